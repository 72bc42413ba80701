# Test fixture, not product content: a small script the logic tests play against,
# so that editing the bundled scripts breaks no logic test.
id: fixture-en-bakery
language: en
title: Fixture script for logic tests: oven monitoring at a bakery
industry: test baking
offer: Fixture offer: sensors that warn of a failing oven before it stops.
tags: fixture, test

[opening]
opening.purpose: Thanks for the time. Before I say anything about us, I'd like to understand how the bakery runs. Is that all right?
  hint: State the purpose and ask permission to ask questions.
  D: Twenty minutes: where the bakery loses output, then whether a next step is worth it. Fair?
opening.agenda: I'd suggest we cover how the ovens run today, where stops hurt, and whether a next step makes sense. Anything to add?

[situation]
situation.ovens: How many ovens do you run, and on how many shifts?
  hint: Ask only what you could not look up.
  D: Ovens and shifts: how many of each?
situation.team: How big is the maintenance team, and what goes to contractors?
  hint: Headcount tells you who else you must meet.
situation.schedule: How is preventive maintenance on the ovens scheduled today?
  C: Are the oven service intervals set by the calendar or by run hours, and who set them?
situation.records: Where are work orders and oven history recorded?
situation.monitoring: Do any ovens have temperature or vibration sensors today?
situation.budget: How is the maintenance budget set, and who signs off spend above your limit?

[problem]
problem.stops: Which oven has unplanned stops or breakdowns more often than you'd like?
  hint: Ask for the oven by name and how often.
  after: situation.ovens
  D: Which oven has the most unplanned stops, and how many last month?
problem.waste: How much dough and bread do you scrap on a bad week?
  hint: Waste is money; ask for the last real week.
problem.preventive: How far behind is the preventive plan on the ovens?

[implication]
implication.deliveries: When an oven stops unplanned, what happens to your deliveries and the orders that go out late?
  hint: Tie the stop to a customer the buyer cares about.
  after: problem.stops
implication.overtime: How much overtime goes into catching up after a stop?
  after: problem.stops
implication.firefighting: When the team is firefighting a stop, what happens to the preventive jobs they had planned?
  after: problem.stops
implication.margin: What does a bad week of waste cost you in flour and margin?
  after: problem.waste

[need-payoff]
need-payoff.warning: How would it help if you could see an oven failure coming days before it stopped?
  hint: Let the buyer say what the answer is worth.
  after: implication.deliveries
need-payoff.waste: What would it be worth to catch an oven drifting before the bread goes bad?
  after: implication.margin

[commitment]
commitment.pilot: Could we run a four-week pilot on your worst oven and review the readings together?
  hint: Propose a bounded step with a review date.
  D: Four-week pilot on your worst oven, results reviewed with you. Yes or no?
commitment.meeting: Who else should be in the room next time, and can we put a date in the diary now?
