# A small, complete script used by the end-to-end tests.
id: office-print
language: en
title: Managed printing for a law firm
industry: legal services
tags: printing, documents

[opening]
opening.purpose: Thanks for seeing me. May I ask a few questions about how documents get printed here?
  hint: Ask permission before you ask questions.

[situation]
situation.fleet: How many printers do you run across the two floors?
  hint: Count devices before you count pages.
  C: How many devices, and what monthly page volume?

[problem]
problem.jams: Where do jams or breakdowns slow people down?
  hint: Listen for who complains, not just what breaks.
  after: situation.fleet

[implication]
implication.deadlines: When a printer fails before a filing deadline, what does that do to the team?
  hint: Follow the problem to deadlines and clients.
  after: problem.jams

[need-payoff]
need-payoff.reliable: How would reliable printing on deadline days help the partners?
  hint: Let the buyer say why it matters.

[commitment]
commitment.audit: Could we run a two-week print audit starting Monday?
  hint: Ask for a dated step.
