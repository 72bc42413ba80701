id: broken-script
language: zh
title: Broken on purpose
industry: testing

[opening]
opening.hi: Hello?
  hint: Greet.
  Q: a question for a style that does not exist
[situation]
[problem]
problem.a: What is hard?
problem.a: What is hard, again?
  after: situation.missing
this line has no colon
[implication]
implication.a: What does that lead to?
[need-payoff]
need-payoff.a: What would that be worth?
[commitment]
commitment.a: Shall we meet next week?
[closing]
