# Cold chain: a discovery call with a temperature-controlled distributor (food or pharma).
# Works for a warehouse user, a QA or transport lead, and an operations executive.
id: cold-chain
language: en
title: Protecting the cold chain from the warehouse door to the customer's dock
industry: logistics and distribution
offer: Wireless temperature monitoring for cold rooms and refrigerated trucks: live alarms to phones, automatic records for audits, and reports by chamber and route.
tags: cold chain, temperature monitoring, warehousing, refrigerated transport, GDP, food safety, driver retention

[opening]
opening.purpose: Thanks for making the time. Before I say anything about what we do, I'd like to understand how product moves through your cold rooms and onto your trucks. Would that be all right?
  hint: Asking permission to ask questions turns the call into an investigation rather than a presentation.
  D: I'll keep this short: a few questions on your cold chain first, then you decide whether another meeting is worth it. Fair?
  I: Thanks for having me. I'd love to hear how things run on your side before I talk about us. Where would you like to start?
opening.referral: Your QA manager mentioned the summer peak was hard on the operation. Could we start there, from your point of view?
  hint: A named introduction shortens the path from stranger to familiar; check the buyer is comfortable before you build on it.
  S: Your QA manager suggested I speak with you because you know the floor best. Would it be all right to go through a normal shift with you, one step at a time?
opening.agenda: We have about forty minutes. Shall I spend most of it asking questions, and keep the last ten for deciding together whether a next step makes sense?
  hint: Agreeing the agenda up front makes the commitment question at the end feel expected rather than sprung.
  C: I have about eight questions on your current setup and records, and I'll send a written summary afterwards. Does that structure suit you?

[situation]
situation.sites: How many sites do you run today, and which temperature zones does each one hold?
  probes: chambers, depots
  hint: Confirm what the website and annual report already say; only ask for what your homework could not find.
  C: Per site, how many pallet positions do you hold in each zone: chilled, frozen and controlled ambient?
situation.fleet: How many refrigerated trucks are in the fleet, and how many of those are subcontracted?
  probes: fleet
  hint: The own-versus-hired split shows where temperature control is outside their direct hands.
  D: Fleet size, and what share is subcontracted?
situation.customers: Who are your main customers, and roughly how many delivery points do you serve each week?
  probes: customers
  hint: Listen for concentration; if two customers carry half the revenue, their standards drive every decision.
  I: Which customers are you proudest to serve, and how many delivery points does that add up to?
situation.dispatch: How does dispatch work: how many loads go out each day, and when does the first vehicle leave?
  probes: dispatch
  hint: Timings reveal pressure points; an early first departure usually means a compressed loading window.
  S: Could you take me through dispatch from the start: when loading begins, how many loads there are, and when the first van leaves?
situation.shifts: How are the shifts organised, and how many people work on each one?
  probes: shifts
  hint: Ask once and move on; you will need the headcount later to size the cost of manual work.
  S: Would you tell me a little about your shift pattern and the people on it?
situation.monitoring: How do you record temperatures today, in the rooms and on the road: data loggers, manual readings or live sensors?
  probes: monitoring
  hint: Map the current method without judging it; the problem questions will find its gaps.
  C: Which devices record temperatures, at what interval, and how often is the data downloaded and reviewed?
situation.software: Which warehouse and transport software do you use, and who looks after it?
  probes: systems
  hint: Integration always comes up later; knowing the systems now avoids a surprise in the demonstration.
situation.drivers: How many drivers do you employ, and how are they contracted: directly, through an agency, or as owner-drivers?
  probes: drivers
  hint: The contract mix hints at turnover; keep the turnover question itself for the problem stage.
  I: Tell me about your drivers: how many are there, and how long have most of them been with you?
situation.audits: Who audits you, and how often: regulators, the retailers or pharmacies you supply, or your own QA department?
  probes: audits
  hint: Note the date of the next audit; it gives your proposal a natural deadline.
  C: Which audits and inspections do you have in a typical year, and when is the next one due?
situation.growth: What does the growth plan look like for the next two years: new regions, new product lines, new kinds of customer?
  probes: expansion
  hint: The plan is the buyer's future state; later you can ask what stands between today and that goal.
  I: What's the big plan for the next couple of years? I'd love to hear about the new regions you're taking the business into.
  D: Where does the business need to be in two years?

[problem]
problem.excursions: How often does a chamber or a trailer drift out of range, even for a few minutes?
  probes: excursions
  hint: Ask about frequency, not fault; people admit short drifts far more readily than failures.
  after: situation.monitoring
  S: In a normal week, are there times when a chamber drifts out of range, even briefly, say during loading?
  C: How many excursions did you log last quarter, and how long did the longest one last?
problem.late-alarms: When a reading goes out of range at night or over a weekend, how quickly does anyone find out?
  probes: excursions
  hint: Listen for the gap between the event and its discovery; the loss happens inside that gap.
  D: Out-of-hours alarm: who gets it, and how fast?
problem.paper-logs: How reliable are the paper temperature logs, especially on nights and weekends?
  probes: paper-logs
  hint: Manual records fail quietly; listen for late entries, copied figures and blank boxes.
  S: When the team fills in the paper log sheets, are there ever gaps you have to chase afterwards?
problem.new-starters: How hard is it to get new starters and agency staff working safely in the cold rooms?
  probes: new-starters
  hint: A user buyer lives with this every shift; ask for one recent example rather than a general view.
  S: When new starters join the team, how long does it take before you're comfortable leaving them on their own?
problem.dock: Do pallets ever wait on the dock because a truck is late or the bay is still full?
  probes: dock
  hint: Dock dwell time is a hidden source of excursions; get minutes and frequency, not impressions.
  S: When two trucks arrive close together, do pallets sometimes have to wait on the dock, and how does the team handle it?
problem.rejections: How often does a customer refuse a delivery at their door because of temperature?
  probes: rejections
  hint: Rejections are the visible part; ask how many losses are settled quietly as credits instead.
  I: Have you had any painful rejections at a customer's door lately? What happened?
  C: How many loads were rejected for temperature last year, and how many of those were disputed?
problem.on-time: Which customers or routes are hardest to serve on time, within their delivery windows?
  probes: on-time
  hint: Move from the general to a named route or customer; specifics make the implication questions land.
  D: Where are you missing delivery windows, and how often?
  I: Which customers give your team the hardest time about delivery windows?
problem.driver-turnover: How many drivers leave in a typical year, and how hard is it to replace them?
  probes: driver-turnover
  hint: Turnover is often accepted as normal; a number turns background noise into a problem.
  I: How are you getting on with driver turnover? I hear it's tough everywhere at the moment.
problem.visibility: How easy is it to see, in one place, where every truck is and what temperature it is holding right now?
  probes: visibility
  hint: Executives feel this as a loss of control; listen for spreadsheets, phone calls and guesswork.
  D: Can you see every truck and every depot live, in one place?
problem.reefer-settings: Have you ever found a reefer unit set to the wrong temperature, or switched off, after the truck had left?
  hint: One concrete near miss is worth more than a general admission; ask what happened next.

[implication]
implication.stock-hold: When a chamber has been out of range, what happens to the stock inside: is it put on hold, quarantined or destroyed?
  probes: excursions.1
  hint: Follow the excursion to the pallets; quantities and days on hold make the cost tangible.
  after: problem.excursions
  S: After a chamber has been too warm, what happens to the stock in it, step by step?
  C: How many pallets went into quarantine after excursions last year, and for how many days on average?
implication.deviations: How much work does each deviation report and investigation take, and who ends up writing it?
  probes: excursions.2
  hint: The user buyer often carries this paperwork personally; this is where the problem becomes theirs.
  after: problem.excursions
implication.audit-findings: If an auditor found gaps in the temperature records, what would that finding mean for the operation and for you?
  probes: paper-logs.1
  hint: Connect the records problem to the audit date you noted earlier; a consequence with a date feels urgent.
  after: problem.paper-logs
  S: If an auditor noticed gaps in the log sheets, what would happen next for you and the team?
implication.check-time: How many hours a shift go on walking the checks and typing them up, and what doesn't get done meanwhile?
  probes: paper-logs.2
  hint: Turn a shrug into a number: minutes per round, times rounds per shift, times shifts per week.
  after: problem.paper-logs
  C: How many minutes does one round of readings take, including typing them up, and how many rounds run per shift?
implication.errors: When a new starter makes a mistake, such as a pallet put away in the wrong zone, what does that lead to?
  probes: new-starters.1
  hint: Let the buyer tell one error from discovery to clean-up; most of the cost sits in the clean-up.
  after: problem.new-starters
implication.cover: Who picks up the slack when experienced people leave: do the same few end up on double shifts?
  probes: new-starters.2
  hint: This is the personal cost for a supervisor; ask it gently and leave room for the answer.
  after: problem.new-starters
  S: When someone experienced leaves, who ends up covering, and how is that for you personally?
implication.dock-exposure: While a pallet waits on the dock, how long does it stand at ambient, and what could that do to the product?
  probes: dock.1
  hint: Ask for minutes first, then for the product's stability limit, and let the buyer connect the two.
  after: problem.dock
implication.departures: When loading overruns, what does it do to departure times and to the pharmacies or shops waiting at the other end?
  probes: dock.2
  hint: Follow the delay downstream to a customer the buyer cares about.
  after: problem.dock
implication.margin: Added up over a year, what do rejected loads and credit notes take out of your margin?
  probes: rejections.1
  hint: Economic buyers trust their own figures; ask for the number instead of offering yours.
  after: problem.rejections
  I: If you added up every rejected load and credit note last year, what would that do to the margin you're working so hard to grow?
  C: What was the total value of temperature-related credits last year, as a share of revenue and of margin?
implication.key-accounts: After a rejection, how do your key accounts score you, and what does that do at contract renewal?
  probes: rejections.2
  hint: Tie the problem to the accounts that carry the revenue; the concentration you heard earlier makes this bite.
  after: problem.rejections
implication.penalties: When a delivery misses its window, what penalties or deductions come back from the customer?
  probes: on-time.1
  hint: Many distributors never total their deductions; helping them add it up is the value of the question.
  after: problem.on-time
  D: What do missed windows cost you in penalties each month?
implication.new-regions: If delivery performance slipped like that in the new regions, what would it do to the expansion plan?
  probes: on-time.2
  hint: For a growth-minded buyer, link today's problem to the goal they described in the situation stage.
  after: problem.on-time
  I: Picture the first months in the new regions with the same delivery issues. How would those first customers react?
implication.agency-cost: How much are you paying in agency rates and overtime to fill in for drivers who have left?
  probes: driver-turnover.1
  hint: Premium labour is usually spread across depot budgets; ask who, if anyone, sees the total.
  after: problem.driver-turnover
implication.new-drivers: What happens to service when a new driver takes a route they don't know yet?
  probes: driver-turnover.2
  hint: Listen for complaints and wrong drops; they connect driver turnover to customer revenue.
  after: problem.driver-turnover
implication.reporting: Without one live view of every depot, how long does it take to pull together the numbers the board asks for?
  probes: visibility.1
  hint: Ask about a recent board or investor request; the effort it took is the implication.
  after: problem.visibility
  D: How long does it take to get the board its numbers today?
implication.replicate: When you open a new depot, how much of the setup and routine has to be rebuilt from scratch?
  probes: visibility.2
  hint: Link the visibility gap to the growth plan; expansion depends on copying a model that works.
  after: problem.visibility

[need-payoff]
need-payoff.alerts: If an alarm reached the right person within five minutes of a chamber drifting out of range, what would that change for you?
  probes: excursions
  hint: Let the buyer describe the benefit in their words; resist adding your features to their answer.
  after: implication.stock-hold
  S: Suppose an alarm came to your phone a few minutes after a chamber started to drift. How would that help on a night shift?
need-payoff.automatic-log: How useful would it be if every reading were recorded automatically, with no paper log sheets at all?
  probes: paper-logs
  hint: Ask about usefulness, then pause; the buyer's own words become the first line of your proposal.
  after: implication.audit-findings
  C: If readings were captured every five minutes and stored unaltered, with no paper or manual entry, how would that affect your audit preparation?
need-payoff.guided-work: If new starters were guided step by step on the scanner, so they couldn't put a pallet in the wrong zone, how would that help you?
  probes: new-starters
  hint: Only ask this if your product really offers guided put-away; never ask about a need you cannot meet.
  after: implication.errors
need-payoff.dock-slots: What would it be worth if every truck had a booked dock slot and pallets went straight from the chamber into the trailer?
  probes: dock
  hint: Invite the buyer to list the gains: less exposure, calmer loading, earlier departures.
  after: implication.dock-exposure
need-payoff.proof: If you could show a customer the full temperature history of a load before they reject it, how would that help?
  probes: rejections
  hint: This arms the buyer to sell internally; follow up by asking who else would value that proof.
  after: implication.margin
  I: Imagine your driver showing the store manager the load's whole temperature history on a phone before they reject it. How would your team feel about that?
need-payoff.on-time: How much would it mean to deliver on time, inside the delivery windows, in the new regions from the very first month?
  probes: on-time
  hint: Tie the payoff to a goal the buyer owns; growth-minded buyers will often raise the stakes themselves.
  after: implication.new-regions
  D: What's it worth to hit every delivery window on time from day one in the new regions?
  I: How would it feel to walk into the new regions with a record of delivering on time, every window?
need-payoff.driver-onboarding: Given the turnover you described, what would it be worth if a replacement driver could run an unfamiliar route properly from the first day?
  probes: driver-turnover
  hint: Stay within what you can deliver: onboarding and route support, not pay or working conditions.
  after: implication.new-drivers
need-payoff.one-view: What could you do with every depot and every truck visible in one place, live, that you can't do today?
  probes: visibility
  hint: An open need-payoff question lets the buyer name benefits you had not thought of.
  after: implication.reporting
  I: If you and your depot managers could see everything in one place, live, what would you do with it?
need-payoff.audit-ready: How would it help if you could hand an auditor a complete temperature history in minutes instead of days?
  probes: paper-logs
  hint: Best asked straight after the buyer has described audit pain; then let them put a figure on the saving.
  after: implication.audit-findings

[commitment]
commitment.pilot: Would it make sense to fit sensors in two chambers and on five trucks for six weeks, then review the alarm and excursion data together?
  hint: Propose a bounded, dated step with agreed measures; a pilot is an advance, a brochure is not.
  S: Could we start small, with two chambers for six weeks, and have you and your team tell us at each step how it's going?
  D: Six weeks, two chambers, five trucks, results reviewed with you at the end. Shall we book it?
commitment.reference: Would you and your QA lead like to visit a distributor who has run this for two years and hear it from their team directly?
  hint: Third-party proof builds organisational trust; let the reference site talk without you in the room.
  I: Could I introduce you to the operations director at one of our customers? I think you'd get on, and they'll tell you honestly how it went.
commitment.business-case: If I draft a one-page business case from the figures you've given me today, could we go through it together next week?
  hint: Building on the buyer's own numbers keeps the benefits theirs; fix the date before you leave.
  C: I'll put your figures into a one-page calculation with every assumption listed. Could we check it line by line next Thursday?
commitment.stakeholders: Who else needs to be part of this decision, and could we put a meeting with them in the diary now?
  hint: Map the user, technical and economic buyers and your coach; an influencer nobody has met is a red flag.
