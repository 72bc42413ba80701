# ERP replacement: discovery with finance, operations and IT at a mid-size manufacturer and distributor.
# Covers the close, stock accuracy, spreadsheets, reporting, double entry, IT workload and growth.
id: erp-rollout
language: en
title: Replacing spreadsheets and an ageing ERP at a mid-size manufacturer and distributor
industry: manufacturing and distribution
offer: A cloud ERP for mid-size manufacturers and distributors (finance, inventory, orders and reporting in one system), rolled out in phases with migration from the old system.
tags: ERP, finance, month-end close, inventory accuracy, reporting, spreadsheets, IT

[opening]
opening.purpose: Thanks for making the time. I'd like to understand how orders, stock and the numbers move through the business today before we talk about software at all. Is that a fair use of the hour?
  hint: Signals that you will diagnose before you prescribe; most ERP buyers have sat through too many demos already.
  C: I'd like to spend most of the hour on your current processes and data flows, and leave product detail for later, in writing. Does that suit you?
opening.time: I've blocked forty-five minutes. Does that still work for you, and is there anything you need to leave with by the end?
  hint: Confirms the time contract and brings out the buyer's own objective, which you should then make sure you meet.
  I: Great to finally meet in person! I've kept forty-five minutes free; what would make this a really good meeting for you?
opening.context: When we spoke on the phone you said the board had started asking questions about your systems. Is that still what's behind today's meeting?
  hint: Connects to the trigger event; if the reason has changed, you want to know before you run the call around it.

[situation]
situation.systems: Which systems run the business today: the ERP, anything built in-house, and the tools around them?
  probes: systems, landscape
  hint: Map the landscape before judging any of it; someone in the room may have built part of it.
  C: Could you list the core applications, what each one is the system of record for, and how they exchange data?
situation.erp-age: When was the current ERP installed, and which version are you running now?
  probes: version
  hint: Age and version tell you about support status and upgrade debt without asking anyone to admit a problem.
situation.sites: How many sites, warehouses and legal entities does the business run?
  probes: footprint, sites
  hint: Sets the scope of any project; several entities usually mean manual consolidation somewhere.
situation.close: Walk me through the month-end close: how many working days does it take, and who takes part?
  probes: close
  hint: Ask for the sequence, not an opinion; the day count becomes the baseline for every later figure.
  S: Could you take me through the close step by step, from the last day of the month to the final report?
situation.inventory: How do you count stock today: a full stocktake, cycle counts, or both?
  probes: counting
  hint: Counting practice shows how far the business trusts its stock figures; keep it factual at this stage.
situation.spreadsheets: Roughly how many spreadsheets does the business rely on for planning, pricing or reporting, and who maintains them?
  probes: spreadsheets
  hint: The names of spreadsheet owners matter; they are users who will either champion a change or resist it.
situation.it-team: How big is the IT team, and how is its time split between run work and new projects?
  probes: it-team, team
  hint: Gives you the workload baseline; ask it neutrally, especially if the person who built the current systems is present.
situation.orders: How many order lines do you ship a day, and through which channels: EDI, a customer portal, email?
  probes: orders, interfaces
  hint: Volume and channels size the order-to-cash flow and the interfaces any new system would have to carry.
  D: Daily order lines and channels, roughly?
situation.reporting: Which reports does management look at each week, and where do the figures come from?
  probes: reports
  hint: Trace each key figure to its source; the gaps you find become problem questions later.
situation.decision: If the business were to look at a new system, how would the decision be made, and when does the budget cycle start?
  probes: who-decides, governance
  hint: Learn the process and its timing without implying the buyer lacks authority; listen for a review board or committee.

[problem]
problem.close: Are you satisfied with how long the month-end close takes, or does it turn into a scramble every month?
  hint: Finance leaders rarely volunteer how stressful the close is; a sigh before the answer is your signal.
  after: situation.close
  D: Is the close fast enough for you?
problem.inventory: How often does the stock the system shows differ from what's actually on the shelf?
  probes: stock-accuracy
  hint: Ask for a recent example; one specific empty bin persuades more than an accuracy percentage.
  after: situation.inventory
  C: At the last count, what was the variance between system stock and physical stock, by value and by location?
problem.spreadsheets: Where do people work around the system in spreadsheets because it can't do what they need?
  probes: spreadsheet-planning
  hint: Each workaround is an implied need; note the ones that carry money, such as pricing or rebates.
  after: situation.spreadsheets
problem.reporting: How hard is it to get a report management trusts without someone rebuilding it by hand?
  probes: margin-report
  hint: Listen for "it depends who you ask"; disputed figures are the pain an economic buyer feels most.
  I: When the leadership team gets together, do people ever argue about whose report is right?
problem.integration: Where does the same data have to be keyed twice because two systems don't talk to each other?
  probes: double-entry
  hint: Double entry is concrete and countable; ask for volumes per month.
problem.it-load: Is your IT team spending more of its time patching and maintaining the old system than you'd like?
  probes: maintenance-load
  hint: Ask with respect; the person who maintains the system may have built it, and any hint of blame will shut them down.
  after: situation.it-team
  S: How manageable is the upkeep of the current system for your team at the moment?
problem.support: Are you concerned about how long the vendor will keep supporting your ERP version, or about finding people who still know it?
  probes: support
  hint: The support date is a fact you may already know; ask about the concern, not the date.
  after: situation.erp-age
problem.visibility: How often does sales promise a delivery date that the warehouse or the plant then can't meet?
  probes: delivery-promises
  hint: Connects systems to customers; sales and operations often blame each other here, so stay neutral.
problem.scale: What worries you about the current setup when you think about adding a new site or another acquisition?
  probes: growth-readiness
  hint: Growth-minded buyers answer this eagerly; it exposes the gap between today's systems and tomorrow's plan.
  after: situation.sites

[implication]
implication.decisions: When the close runs to day eight or nine, what decisions get made on last month's numbers, or on no numbers at all?
  probes: margin-report.1
  hint: Moves the close from a finance chore to a management problem; economic buyers feel this one.
  after: problem.close
implication.finance-hours: How many evenings and weekends does the finance team put in at month end, and what does that do to staff turnover?
  hint: Shows the human cost; listen for resignations and for how hard those roles are to refill.
  after: problem.close
  I: How is the finance team holding up through those close weeks, honestly? Have you lost anyone over the evenings and weekends?
implication.stockouts: When the system says a part is in stock and it isn't, what happens to the customer's order?
  probes: stock-accuracy.1
  hint: Follow the phantom stock to the customer; one lost order makes the accuracy figure real.
  after: problem.inventory
implication.safety-stock: How much extra safety stock do you carry because nobody trusts the figures, and what does that cost in working capital?
  probes: stock-accuracy.2
  hint: Puts a balance-sheet number on inaccuracy; CFOs react to working capital far more than to percentages.
  after: problem.inventory
  C: What value of safety stock do you hold above the calculated requirement, and at what carrying cost rate?
implication.write-off: What did the last year-end stocktake adjustment come to, and who had to explain it?
  probes: stock-accuracy.3
  hint: Write-offs are remembered by amount and by who took the heat; let the buyer tell you both.
  after: problem.inventory
implication.key-person: If the person who maintains the pricing spreadsheet left tomorrow, what would stop working?
  probes: spreadsheet-planning.1
  hint: Reveals key-person risk without criticising anyone's work; listen for a name.
  after: problem.spreadsheets
implication.errors: Have spreadsheet errors ever gone out in a price list or an invoice, and what did that cost?
  probes: spreadsheet-planning.2
  hint: One expensive mistake persuades more than a general worry about errors.
  after: problem.spreadsheets
implication.board: What does the board say when the figures arrive late or change after they've been presented?
  probes: margin-report.2
  hint: Takes the reporting problem to the top of the company; ask how the CFO felt, not only what happened.
  after: problem.reporting
implication.mismatch: When the same record is entered in two systems, how often do the versions disagree, and who has to hunt down the mismatch?
  probes: double-entry.1
  hint: Double entry creates reconciliation work further down the line; ask who does it and in which week of the month.
  after: problem.integration
implication.rekey-hours: How many staff hours a week go into typing and checking data that already exists somewhere else?
  probes: double-entry.2
  hint: Converts double entry into hours and salary; let the buyer do the sum.
  after: problem.integration
  D: Hours per week lost to entering data a second time: what's the number?
implication.projects: What projects has IT had to put off because the old system takes up so much of their time?
  probes: maintenance-load.1
  hint: Shows the opportunity cost of maintenance; listen for projects the business was promised and never got.
  after: problem.it-load
implication.talent: When developers spend their days on old code, what does that do to hiring and keeping good people?
  probes: maintenance-load.2
  hint: Makes the IT workload a people risk; technical buyers feel this one personally.
  after: problem.it-load
implication.security: What do your auditors or your insurer say about running a version that no longer gets regular security fixes?
  probes: support.1
  hint: Turns support status into a risk the CFO owns; don't scaremonger, ask what has actually been raised.
  after: problem.support
implication.risk: If the ERP server, or the one person who knows its code, were unavailable for a week, how would you ship orders?
  probes: support.2
  hint: A single point of failure is easy to ignore until someone names it; ask calmly, never as a threat.
  after: problem.support
implication.promises: When a promised date is missed, what does that do to your sales team's credibility and to repeat business?
  probes: delivery-promises.1
  hint: Links delivery promises to revenue; sales leaders tend to answer with the names of accounts.
  after: problem.visibility
implication.expedite: How much goes on premium freight and rush production to rescue dates that were promised without checking?
  probes: delivery-promises.2
  hint: A monthly expediting figure often exceeds what the buyer expects a new system to cost.
  after: problem.visibility
implication.delay: If bringing in the next site takes as long as the last one, what does the delay cost in revenue or in the synergies you promised?
  probes: growth-readiness.1
  hint: Ties the limits of the systems to the growth plan; growth-mode buyers feel the gap most sharply here.
  after: problem.scale

[need-payoff]
need-payoff.close: If the close took three days instead of nine, what would your finance team do with that time?
  hint: Let the buyer describe a better use of the time; their answer is the benefit they will repeat upstairs.
  after: implication.decisions
  D: Close in three days instead of nine: what's that worth to you?
need-payoff.inventory: How would it help if the stock figure in the system matched the shelf to within one percent?
  probes: stock-accuracy
  hint: Ask after the cost of inaccuracy is on the table, or it will sound like a sales pitch.
  after: implication.safety-stock
need-payoff.spreadsheets: What would it be worth to retire the spreadsheets that only one person understands?
  probes: spreadsheet-planning
  hint: Listen for relief as well as money; users often care most about the stress those files cause.
  after: implication.key-person
  S: How would it feel for the team if those critical spreadsheets were replaced safely, one at a time?
need-payoff.reporting: How useful would it be for management to see one version of the numbers, the same morning, without anyone rebuilding reports?
  probes: margin-report
  hint: Invites the buyer to picture meetings without disputed figures; note who they say would benefit.
  after: implication.board
need-payoff.integration: What would it mean for your people if nobody had to enter the same order twice?
  probes: double-entry
  hint: Keep it about their staff, not your integration features; let them name the hours saved.
  after: implication.rekey-hours
need-payoff.it: If IT spent half as much time patching, which postponed project would you start first?
  probes: maintenance-load
  hint: Gives the technical buyer something to gain; a named project becomes part of the business case.
  after: implication.projects
  C: If maintenance effort on the old system fell by half, which items on the IT backlog would you schedule first, and what are they worth to the business?
need-payoff.support: How important is it to you to run on a platform the vendor will support for the next ten years?
  probes: support
  hint: Ask only once the risk of the current version is clear; otherwise it sounds like fear-selling.
  after: implication.security
need-payoff.promise: How valuable would it be for sales to see available stock and a reliable delivery date while the customer is still on the phone?
  probes: delivery-promises
  hint: Let the buyer link better promises to revenue and to their own credibility.
  after: implication.promises
  I: Picture your sales team giving customers a date they can trust, right there on the call. What difference would that make to them?
need-payoff.growth: If the next warehouse could go live on the same system in weeks rather than months, what would that do for your expansion plan?
  probes: growth-readiness
  hint: Connects the project to the buyer's growth goal; listen for dates and targets to build the proposal around.
  after: implication.delay

[commitment]
commitment.workshop: Would you be willing to hold a half-day process workshop with finance, the warehouse and IT in the next two weeks, so we can map where the time goes?
  hint: A workshop is a real advance: it commits the buyer's time and brings the other buying roles into the room.
  S: Could we start with one half-day session with the people closest to the work, so nobody is surprised by what comes next?
commitment.data: Could you share last year's stocktake adjustments and your close calendar, so we can come back with a costed picture by the end of the month?
  hint: Data from the buyer turns your business case into their business case; agree the return date there and then.
  C: Could you send the stocktake variance report and the close task list? We'll return a quantified baseline, with every assumption stated, within fifteen working days.
commitment.reference: Would a call with the finance director of a distributor who moved off a similar ERP last year be useful? I can arrange it this month.
  hint: A peer in the same role answers risk concerns better than any claim of yours.
commitment.review: Who needs to see this before it goes to the board, and can we book time with them together now?
  hint: Surfaces the economic buyer and the technical gatekeepers; a booked meeting is an advance, a promise to "loop them in" is not.
  D: Who signs this off, and when can we get fifteen minutes with them?
