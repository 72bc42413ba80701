# Predictive maintenance: a discovery call with a plant manager or maintenance lead.
# Moves from how the plant runs, through stoppages, spares and the preventive plan,
# to what early warning of failures would be worth.
id: plant-downtime
language: en
title: Predictive maintenance and condition monitoring for a manufacturing plant
industry: manufacturing
offer: Wireless vibration and temperature sensors with predictive-maintenance software that warns of machine failures days ahead; customers usually start with a pilot on one critical machine.
tags: equipment, maintenance, condition monitoring, OEE, spare parts, downtime

[opening]
opening.purpose: Thanks for the time today. Before I say anything about what we do, I'd like to understand how the plant runs and where maintenance fits in. Would that be a good use of the half hour?
  hint: State the purpose, put their plant before your product, and ask permission to ask questions.
  D: Thirty minutes. I'd like to see where the plant loses output, then decide with you whether a next step is worth it. Fair?
  S: I'd like to take this at an easy pace: first how things run today, and only then whether we can help at all. Is that all right with you?
opening.agenda: I'd suggest three parts: how the plant runs today, where stoppages hurt most, and whether a next step makes sense. Anything you'd add or drop?
  hint: An agenda the buyer can edit hands them control; note what they add, because it is often the real reason they agreed to meet.
opening.homework: I've read your annual report and saw the capacity you added last spring, so I'll skip what I could find myself. What should I know about the plant that isn't in print?
  hint: Shows you did your homework and saves you situation questions; the answer often points straight at the current worry.

[situation]
situation.lines: How many production lines do you run, and on what shift pattern?
  probes: lines, footprint
  hint: Ask only what you could not look up; this one answer frames every figure that comes later.
  D: Lines and shifts: how many of each?
situation.assets: Which machines are critical, the ones that hold up the whole plant when they are out of action?
  probes: bottleneck
  hint: Find the bottleneck asset early; it is where downtime costs most and where a pilot will prove itself.
  C: Which assets are on your criticality list, and how was that ranking decided?
situation.team: How is the maintenance team organised: how many technicians per shift, and what do you hand to contractors?
  probes: team
  hint: Headcount and the contractor split tell you who else you must meet and who will live with the system every day.
situation.schedule: How is preventive maintenance scheduled today: fixed calendar intervals, run hours, or something else?
  probes: schedule
  hint: Pure fact-finding; the method they describe tells you whether condition-based work is a small step or a big one.
situation.cmms: Where are work orders and machine history recorded: a CMMS, a module of the ERP, or paper?
  probes: records, systems
  hint: The system of record decides how you will get data out for a pilot; ask who owns it.
situation.oee: Do you track OEE on your key equipment, and what did you average last quarter?
  probes: oee
  hint: If they quote the figure without looking it up, it matters to them; if they cannot, do not press.
  C: What was last quarter's OEE on the main line, and how do you calculate availability?
situation.spares: How is the spare parts storeroom run: how many line items do you hold, and who sets the reorder levels?
  probes: storeroom, counting
  hint: Gets the size and ownership of the spares stock without suggesting anything is wrong; the problem comes later.
situation.monitoring: Are any machines fitted with vibration or temperature sensors today, or are readings taken by hand on rounds?
  probes: monitoring
  hint: Learn what condition monitoring already exists so you don't pitch it back to them; listen for a disappointing past trial.
situation.budget: How is the maintenance budget set each year, and who signs off capital spend above your own limit?
  probes: approval, who-decides
  hint: Maps the economic decision without asking "are you the decision maker"; listen for thresholds, committees and names.
  S: Could you walk me through how a spending request moves through approval here, one step at a time?

[problem]
problem.unplanned: Which machines have unplanned stops or breakdowns more often than you'd like?
  probes: breakdowns
  hint: Ask for the machine by name and the frequency; a number said with irritation is a strong implied need.
  after: situation.assets
  D: Which machine has the most unplanned stops, and how many last month?
problem.repeat: Are there faults that keep coming back on the same machine even after it has been repaired?
  hint: Repeat faults point to root causes nobody has time to chase; listen for resignation such as "that's just how it is".
problem.spares: How often are technicians left waiting for a spare part before they can restart a machine?
  probes: spares
  hint: Waiting time is the hidden part of downtime; ask for the last real example rather than an average.
  after: situation.spares
  I: Tell me about the last time your crew had a machine opened up and no spare part to put in it.
problem.preventive: How satisfied are you with how much of the preventive plan actually gets done on time?
  probes: preventive
  hint: A backlog of overdue jobs is common and rarely admitted at the first ask; keep the tone curious, not critical.
  after: situation.schedule
  S: How comfortable are you with the way the preventive plan is keeping up at the moment?
problem.skills: Is it getting harder to hire or keep experienced maintenance people?
  hint: Staffing is personal for a manager; listen for retirements and names, and don't offer a fix yet.
  after: situation.team
problem.history: How far can you trust the maintenance history, kept on paper cards and spreadsheets, to tell you why a machine really failed?
  hint: Poor failure records make every other problem harder to prove; note it, because it will matter in the business case.
  after: situation.cmms
problem.quality: Do you see scrap or rework creep up in the days before a machine finally gives out?
  probes: board-quality
  hint: Links machine health to quality; plant managers often know their waste figures but have never tied them to wear.
  C: Have you compared scrap and rework rates against the maintenance log for the weeks before a failure?
problem.overmaintain: Are parts being replaced on schedule that still had plenty of life left in them?
  probes: preventive
  hint: The other side of calendar maintenance; finance-minded buyers react to parts and hours thrown away.

[implication]
implication.orders: When the bottleneck is out for a shift, what happens to that week's deliveries and to the customers waiting for them?
  probes: breakdowns.1
  hint: Follow the stop out of the plant to the customer; that is where a plant manager's pain becomes a board-level issue.
  after: problem.unplanned
  D: One lost shift on the bottleneck: what does it do to deliveries?
implication.overtime: How much overtime or weekend work does it take to catch up after a big breakdown?
  probes: breakdowns.2
  hint: Turns a stop into a cost line the buyer owns; ask for the last real figure, not a guess.
  after: problem.unplanned
implication.firefighting: When the team is firefighting, what happens to the preventive jobs that were planned for that week?
  probes: breakdowns.3
  hint: Exposes the vicious circle: breakdowns push out preventive work, and skipped work causes the next breakdowns.
  after: problem.unplanned
implication.expedite: When the part isn't on the shelf, what do you end up paying to rush it in by courier or air freight?
  probes: spares.1
  hint: Expediting costs are rarely booked against downtime; adding them up makes the spares problem visible.
  after: problem.spares
implication.cash: How much cash ends up tied up in parts people hold just in case, and what does finance say about it?
  probes: spares.2, stock-accuracy.2
  hint: Hoarding is the usual reaction to stock-outs; this links the storeroom to working capital and to the CFO.
  after: problem.spares
  C: What value of spares has sat unmoved for two years, and how much working capital does that represent?
implication.labour: How many technician hours a month go into replacing parts that still had life left in them?
  probes: preventive.1
  hint: Quantifies the waste of calendar maintenance in hours the buyer could put elsewhere.
  after: problem.overmaintain
implication.audit: If overdue maintenance jobs turned up in a customer audit or an insurance review, where would that leave you?
  probes: preventive.2
  hint: Raises the stakes of a preventive backlog; ask it gently, because it can sound like an accusation.
  after: problem.preventive
implication.margin: How much material goes in the bin before anyone notices a machine drifting, and what does that do to your margin?
  probes: board-quality.1
  hint: Puts a price on quality drift; the material lost usually dwarfs the cost of the repair.
  after: problem.quality
implication.claims: Has product made on a drifting machine ever come back to you as a complaint or a claim?
  probes: board-quality.2
  hint: One claim is a memorable number; let the buyer tell the whole story before you move on.
  after: problem.quality
implication.knowledge: If your two most experienced technicians retired next year, what know-how would leave with them?
  hint: Makes the skills problem concrete; listen for names and for machines that "only one person can fix".
  after: problem.skills
  I: Who is the person everyone calls when a machine acts up, and what happens on the day they're not there?
implication.capital: If you can't show which machines are really wearing out, how does that affect the case you put forward for capital replacement?
  hint: Connects weak failure history to the buyer's budget battles; economic buyers care about winning capital.
  after: problem.history
implication.repeat-cost: Once you add up parts, labour and lost output, what has that one recurring fault cost you this year?
  hint: Chronic faults feel small each time; a yearly total changes how the buyer ranks them.
  after: problem.repeat

[need-payoff]
need-payoff.warning: If you had a week's warning before an unplanned breakdown on the bottleneck, what would that be worth to your delivery record?
  probes: breakdowns
  hint: Ask only once the cost of stops is on the table; then stay quiet and let the buyer put the value into words.
  after: implication.orders
  D: A week's warning before each breakdown on the bottleneck: what's that worth to you?
need-payoff.spares: If you knew two weeks ahead which spare parts a machine was going to need, how would that change the stock you hold?
  probes: spares
  hint: Invites the buyer to describe lower stock and fewer rush orders in their own words.
  after: implication.expedite
need-payoff.preventive: How useful would it be to base preventive work on each machine's actual condition rather than on the calendar?
  probes: preventive
  hint: Works well after the backlog and wasted-hours questions; listen for who else would have to agree.
  after: implication.labour
  S: Would it make the team's week easier if preventive jobs followed what each machine actually needs, rather than a fixed calendar?
need-payoff.quality: What would it be worth to catch a machine that's drifting before it starts producing scrap?
  probes: board-quality
  hint: Let them do the arithmetic; a buyer who calculates the benefit owns it.
  after: implication.margin
need-payoff.repeat: If the root cause of those repeat faults were found and fixed, what would your team do with the time it frees up?
  hint: Turns a chronic irritation into capacity the buyer can picture using.
  after: implication.repeat-cost
need-payoff.skills: How would it help your newer technicians if the readings told them where to look before they opened a machine up?
  hint: Frames monitoring as support for people, not a replacement for them; this matters to S and I buyers.
  after: implication.knowledge
need-payoff.oee: Suppose the bottleneck gained three points of OEE. What would you do with that extra capacity?
  probes: breakdowns
  hint: Growth-minded buyers answer with plans; write those plans down, they belong in the proposal.
  C: If availability on the bottleneck rose by three points, how many extra hours or units a year would that give you?
need-payoff.capital: Why would it matter to you to take hard data on machine condition into the next capital review?
  hint: Arms the buyer to sell internally; listen for the names of the people they need to convince.
  after: implication.capital

[commitment]
commitment.pilot: Would you be open to fitting sensors on your two most critical machines for six weeks, then reviewing the readings with your maintenance lead?
  hint: Propose a bounded, low-risk step with a duration and a review date; that is an advance, not a favour.
  D: Six-week pilot on your two worst machines, results reviewed with you. Yes or no?
commitment.data: Could you share the last twelve months of work-order history so we can show you where the stops cluster? We'd bring the analysis back within ten days.
  hint: Handing over data is a real commitment from the buyer; fix the date of the follow-up before you leave.
  C: Could you export twelve months of work orders with asset, failure code and downtime minutes? We'll return an analysis within ten working days.
commitment.visit: Would it help to see a plant of similar size that has run condition monitoring for two years? I can arrange a visit next month.
  hint: Third-party proof builds trust in your organisation; offer it when the buyer doubts, not as a reflex.
  I: I'd love to introduce you to the plant manager at a site much like yours who has run this for two years. Shall we set up a visit next month?
commitment.meeting: Who else should be in the room for the next conversation, and can we put a date in the diary now?
  hint: Widens your access to the other buying roles and turns goodwill into a dated step.
