# SpinCoach concept lexicon, English.
# Format: concept: term, term, multi-word term
# Terms match on word forms (stop = stops, stopped, stopping); multi-word terms match consecutive words.
# Keep each concept narrow. Generic words (problem, issue, help, value) are deliberately left out.

# ---------------------------------------------------------------
# Money, finance and commercial terms
# ---------------------------------------------------------------
money: money, cost, costly, expensive, expense, spend, pay, paid, dollar, pound, euro, yuan, RMB, financial impact, price tag, cost us
revenue: revenue, income, top line, lost sales, sales value, takings, business we lose, in sales
margin: margin, net margin, gross margin, profit, profitability, bottom line, earnings, markup
budget: budget, budgeted, pencilled in, penciled in, funding, allocation, spending plan, budget cycle, budget round
capital spend: capital, capex, capital expenditure, capital review, capital request, investment, invest
approval: approve, approval, sign off, sign-off, signature, signing limit, authorise, authorize, go-ahead, green light, spending limit, threshold
decision-making: decision, decide, decision making, informed decision, gut feel, gut feeling, guesswork, judgement call, judgment call
decision maker: decision maker, final say, final decision, who decides, last word, make the call, economic buyer
board: board, board meeting, board of directors, trust board, the directors, board pack
finance team: finance, finance team, finance department, CFO, finance director, financial controller, accounts team, accountant
payback: payback, pay back, ROI, return on investment, pays for itself, pay for itself, break even, business case, paid back
total cost of ownership: total cost of ownership, TCO, lifetime cost, whole-life cost, five-year total, ten-year cost, running cost, consumables, service contract
price: price, pricing, price list, discount, list price, licence fee, license fee, quotation, price quote, rate
working capital: working capital, cash, cash flow, liquidity, money tied up, cash tied up, capital tied up, tied up in stock, interest cost
receivables: receivables, accounts receivable, collections, overdue payment, payment terms, debtor, unpaid invoice, bad debt, DSO
invoice: invoice, invoicing, billing, invoiced
credit note: credit note, credit memo, credits, refund, credited
rebate: rebate, rebates, volume discount, retro bonus
freight: freight, freight cost, carriage, shipping cost, transport cost, delivery cost
premium freight: premium freight, air freight, airfreight, express freight, expedite, expedited, flown in, rush order, rush delivery, hot shot, emergency shipment
penalty: penalty, penalise, penalize, deduction, deduct, fine, chargeback, liquidated damages, docked
claim: claim, compensation, damages, reimburse, reimbursement, pay back the customer
write-off: write-off, write off, written off, destroy, destroyed, destruction, discard, thrown away, binned, disposed of
savings: saving, savings, save money, cut cost, cost reduction, reduce cost, take cost out, efficiency gains

# ---------------------------------------------------------------
# Month-end, accounting, reporting, data
# ---------------------------------------------------------------
month-end close: month-end, month end, month-end close, financial close, close the books, closing the books, period end, finance close, working days to close, closes in
consolidation: consolidation, consolidate, consolidated accounts, group accounts, group reporting, intercompany, inter-company, elimination, two sets of books
reconciliation: reconcile, reconciliation, reconciling, tie out, agree the figures, match the figures, cross-check, check against
discrepancy: discrepancy, mismatch, disagree, don't agree, never agree, doesn't match, different value, variance, out of sync, inconsistent
general ledger: general ledger, ledger, GL, the books, accounting system, accounting software
reporting: report, reporting, management pack, monthly pack, weekly pack, operations pack, management information, dashboard, standard reports, board report
restated figures: restate, restatement, changed after, revised figures, figures changed, numbers changed, corrected later
KPI: KPI, key performance indicator, metric, indicator, measure, performance figures
target: target, goal, objective, aim for, benchmark figure, standard agreed
forecast: forecast, forecasting, demand planning, projection, predict demand, outlook, demand forecast
production planning: production planning, planner, planning file, master planning, master plan, capacity planning, production schedule, scheduling, shortage list
spreadsheet: spreadsheet, Excel, workbook, macro, tabs, pivot table, final v7, CSV
double entry: double entry, double keying, rekey, re-key, retype, re-type, keyed twice, typed twice, enter twice, entered again, key in, keyed, retyping, typing
manual data entry: manual entry, data entry, hand-keyed, copied by hand, transcription, transcribe, copy the figure
one version of the truth: one version, single version, single source of truth, one number, one figure, one place, same numbers
visibility: visibility, visible, one view, single view, one screen, live view, overview, transparency, see everything, at a glance
real time: real time, real-time, live, up to date, up-to-date, as it happens, updated as things move, instant, same morning
data silo: silo, siloed, separate systems, disconnected, don't talk, do not talk, not connected, fragmented, each depot its own, its own system, own version
interface: interface, integration, integrate, API, connector, data feed, feed, data flow, exchange data, talk to each other
batch: batch, nightly batch, overnight job, batch job, overnight run
EDI: EDI, electronic data interchange, customer portal, portal, web portal, online ordering

# ---------------------------------------------------------------
# IT systems
# ---------------------------------------------------------------
ERP: ERP, enterprise resource planning, core system, on-premise, SQL Server, release 7.1
legacy system: legacy, old system, outdated, ageing, aging, old code, old software, 2009 system, out-of-date system
customisation: customisation, customization, customised, customized, custom code, bespoke, in-house, built in-house, modification
upgrade: upgrade, migration, migrate, cutover, go-live, go live, implementation, implement, rollout, roll out, switch over, data migration, replace the system, replacement
vendor support: support, supported, unsupported, end of life, end-of-life, extended support, mainstream support, out of support, obsolete, vendor support, sunset
patching: patch, patching, hotfix, hot fix, security fix, service pack, fix pack, retest, retesting, keeping the lights on, lights on, upkeep
cyber security: security, cyber, cybersecurity, vulnerability, vulnerable, exploit, breach of data, penetration test
insurance: insurer, insurance, underwriter, insured, insurance premium
IT team: IT team, IT department, developer, developers, programmer, service desk, infrastructure team, IT staff, IT people
architecture: architecture, architecture review, data model, technical design, system landscape, landscape, technical documentation, technical review
backlog: backlog, overdue, put off, postpone, postponed, deferred, pushed back, pushed to next week, keeps slipping, frozen, shelved, deprioritised, waiting list
key person dependency: key person, one person, single point of failure, only one who knows, only person, depend on, depends on, if he left, left tomorrow, knowledge walks out, bus factor
order hub: order hub, order entry, allocation, allocation logic, order allocation

# ---------------------------------------------------------------
# Customers, sales and delivery
# ---------------------------------------------------------------
customer: customer, client, key account, account, biggest customer, largest customer, major customer, buyer
customer complaint: complaint, complain, escalation, escalate, angry customer, phone ringing, ringing, unhappy, grievance, the phones
customer loss: churn, lose the account, lost account, lost accounts, losing the account, moved to a competitor, switch supplier, take their business, repeat business, customer retention, lose customers
contract renewal: renewal, renew, retender, re-tender, contract review, contract renewal, up for renewal, contract expires, rebid
tender: tender, bid, RFP, RFQ, invitation to tender, procurement, purchasing process, shortlist
service level: service level, SLA, service level agreement, contractual target, agreed standard, framework contract
supplier scorecard: scorecard, supplier rating, vendor rating, supplier performance, amber, red status, supplier score
corrective action plan: corrective action, corrective action plan, CAPA, preventive action, action plan, remediation plan
credibility: credibility, credible, reputation, image, first impression, embarrass, embarrassing, embarrassed, look bad, trust, believe, goodwill
competitor: competitor, competition, competing, rival, other vendor, other vendors, other supplier, another vendor, alternative supplier, incumbent, Halden
delivery: delivery, deliver, shipment, ship, shipping, dispatch, despatch, outbound, goods out, send out
on-time delivery: on time, on-time, OTIF, on-time-in-full, delivery performance, punctuality, punctual, late delivery, late deliveries, delivery reliability
delay: delay, delayed, late, lateness, behind schedule, running behind, slip, held up, hold up, overrun, overran, run late
delivery window: delivery window, time window, window, delivery slot, missed slot, slot, before eleven
delivery promise: promise, promised, delivery date, promise date, due date, available to promise, ATP, commit to a date, quote a date, lead time
fill rate: fill rate, in full, order fill, line fill, complete orders, short shipped, goes out short
order volume: order line, order lines, orders a day, order volume, order intake, order book, sales orders
returns: return, returns, returned, sent back, send back, RMA, returned goods
rejection: rejection, reject, rejected, refuse, refused, turned away, refused delivery, refused load, rejected at the dock
sales team: sales team, salespeople, sales rep, sales director, account manager, sales force
pharmacy: pharmacy, pharmacies, hospital pharmacy, chemist, dispensary
retail customer: supermarket, retailer, retail chain, chain, store, grocery, hypermarket, store manager
restaurant: restaurant, restaurant group, hotpot, catering, food service, restaurant manager
distributor: distributor, wholesaler, reseller, dealer, water utility, utility

# ---------------------------------------------------------------
# Growth and change
# ---------------------------------------------------------------
growth: growth, grow, growing, expansion, expand, scale, scale up, growing pains, growth plan
new site: new site, new region, new regions, new warehouse, third warehouse, new depot, new plant, next warehouse, Chengdu, Wuhan, launch, opening
acquisition: acquisition, acquire, acquired, merger, takeover, bought a company, bring onto our systems, Kessel
synergies: synergy, synergies, integration benefits, promised savings
playbook: playbook, template, standard setup, replicate, clone, from scratch, rebuilt, rebuild, copy the setup, same way
deadline: deadline, timeline, time frame, timeframe, timetable, cut-off date, launch date, by October, quarter end
pilot: pilot, trial, proof of concept, test run, try it, start small, small scale, run alongside

# ---------------------------------------------------------------
# Risk, audit, compliance, quality
# ---------------------------------------------------------------
risk: risk, risky, at risk, jeopardy, jeopardise, jeopardize, danger, threat, in danger, exposed
audit: audit, auditor, inspection, inspector, inspectorate, self-inspection, surveillance visit, assessment visit, assessor, external auditors, regulator visit
audit finding: finding, nonconformity, non-conformity, nonconformities, observation, major finding, minor finding, deficiency, medium finding, high finding, flagged, raised as
compliance: compliance, comply, compliant, regulation, regulatory, regulator, requirement, GDP, good distribution practice, GMP, legal requirement
certification: certification, certificate, certified, accreditation, accredited, ISO, ISO 15189, scope, food-contact
evidence: evidence, proof, prove, demonstrate, substantiate, back it up, objective evidence, validation data, published data
traceability: traceability, trace, traceable, audit trail, chain of custody, timestamp, time-stamped, time stamped, journey, full history, track and trace
records: record, records, log, logbook, logging, documentation, entries, entry, missing entries, gaps in the record, written record
paper-based: paper, paper-based, clipboard, log sheet, log sheets, handwritten, hand-written, paper form, paper card, printout, sheet by the door
investigation: investigation, investigate, root cause, root cause analysis, RCA, find out why, could not be determined, get to the bottom
deviation: deviation, deviation report, write up, write-up, exception report, nonconformance report
incident: incident, serious incident, incident review, adverse event, near miss, incident report
document control: document control, quality documents, SOP, standard operating procedure, procedure, procedures, work instruction
quality: quality, defect, defective, out of specification, out of spec, off-spec, quality issue, bad product, nonconforming product
waste: waste, scrap, scrapped, spoilage, spoiled, spoilt, wastage, board waste, yield loss
rework: rework, redo, do again, repeat work, reprocess
safety: safety, accident, injury, hazard, unsafe, safe, health and safety, near-miss
patient safety: patient safety, patient harm, harm, wrong treatment, treat the wrong patient, clinical risk, safety committee
drift: drift, drifting, creep, creeping up, deviate, out of tolerance, going out of tolerance

# ---------------------------------------------------------------
# People, staffing, workload
# ---------------------------------------------------------------
staff: staff, staffing, team, headcount, workforce, employee, personnel, posts, crew, head count
vacancy: vacancy, vacancies, vacant, understaffed, short-staffed, staff shortage, unfilled, not enough people, short of people, posts empty
recruitment: recruit, recruitment, hire, hiring, candidate, job advert, fill the post, new hires needed
staff turnover: staff turnover, turnover, attrition, quit, resign, resignation, retention, retain, keep people, keeping people, moved on, drivers leave, people leave, staff leave, lost two developers
agency staff: agency, agency staff, agency people, temp, temps, temporary staff, locum, locums, bank staff, labour agency, agency rates
overtime: overtime, extra hours, extra shift, Saturday shift, weekend shift, premium pay, double shift, double shifts, work late, long hours, evenings and weekends, after my shift
fatigue: fatigue, fatigued, tired, exhausted, burnout, burn out, burned out, worn out, stress, stressed, can't keep that up
morale: morale, motivation, motivated, frustrated, frustration, resentment, team spirit, upset the team
cover: cover, covering, pick up the slack, slack, fill in, fill the gaps, stand in, backfill, double up, covers everything
training: training, train, onboarding, induction, competency, competence, competency assessment, upskill, coaching, learning curve, pair with, walk through
new starter: new starter, new starters, new hire, newcomer, new joiner, new people, new driver, new drivers, first week, inexperienced, unfamiliar
experience: experienced, experience, expertise, know-how, knowledge, veteran, old hands, senior staff, best picker
retirement: retire, retirement, retiring, retired, ageing workforce, leave the trade
staff time: staff hours, man-hours, hours a week, hours a shift, hours per week, staff weeks, person-days, time spent, hours of work, clerk time
free up time: free up, freed up, hours back, time back, get back, Fridays back, release people, redeploy
productivity: productivity, productive, efficiency, efficient, inefficient, idle, wasted time, waiting around
shift pattern: shift, shifts, shift pattern, rota, roster, three shifts, day shift, 24-hour rota
night shift: night, nights, night shift, overnight, out of hours, after hours, four in the morning
weekend: weekend, weekends, Saturday, Sunday, bank holiday
holiday: holiday, vacation, time off, annual leave, honeymoon, days off, off for three weeks
contractor: contractor, contractors, subcontract, subcontractor, outsource, outsourcing, third party, external provider, carriers we hire

# ---------------------------------------------------------------
# Manufacturing, maintenance, equipment
# ---------------------------------------------------------------
breakdown: break down, breakdowns, go down, goes down, stop, stoppage, outage, downtime, fail, failure, trip, unplanned stop, fault, faulty, malfunction, seize, seized, burn out motor, out of action, stands still
unplanned: unplanned, unexpected, unscheduled, without warning, no warning, sudden, suddenly, out of the blue, by surprise
recurring fault: recurring, repeat fault, repeat failure, keeps coming back, comes back, again and again, chronic, same machine again
repair: repair, fix, fixed, mend, corrective maintenance, breakdown maintenance, emergency repair, get it running, restart
firefighting: firefighting, fire-fighting, reactive, run to failure, crisis mode, putting out fires, chasing breakdowns
maintenance: maintenance, maintain, maintenance team, maintenance manager, maintenance lead, maintenance budget, maintenance module
maintenance staff: technician, technicians, fitter, mechanic, electrician, maintenance crew, maintenance engineer, maintenance people
preventive maintenance: preventive, preventative, preventive maintenance, PM, preventive plan, maintenance plan, maintenance schedule, calendar, calendar interval, interval, fixed intervals, planned maintenance, run hours
predictive maintenance: predictive, predictive maintenance, condition monitoring, condition-based, condition based, real condition, monitor the condition, prognostics, failure prediction
early warning: early warning, advance warning, warning, warn, see it coming, days ahead, days in advance, notice, ahead of time, before it fails, heads up
planned stop: changeover, planned changeover, planned stop, planned shutdown, shutdown, scheduled stop, planned downtime, ten-day shutdown
work order: work order, work orders, CMMS, job card, work request, maintenance records, machine history, whiteboard
spare parts: spare, spares, spare part, spare parts, storeroom, store room, stores, MRO, parts, line items, gearbox from Germany
stockout: stockout, stock-out, out of stock, run out, ran out, none on the shelf, nothing on the shelf, empty bin, backorder, back order, waiting for parts, wait for a part
OEE: OEE, overall equipment effectiveness, availability, uptime, performance rate, utilisation, utilization
output: output, production, produce, produced, throughput, tonnes, square metres, lost output, production volume, make
capacity: capacity, headroom, at capacity, maxed out, cope, absorb, handle more, stretched, can't keep up
bottleneck: bottleneck, critical, critical machine, critical asset, criticality, key machine, constraint, whole plant stands, holds up the whole plant
equipment: equipment, machine, machinery, asset, assets, kit, plant equipment
component: bearing, bearings, gearbox, gear, coupling, drive, drives, motor, belt, shaft, pump, compressor, filter
vibration: vibration, vibration reading, vibration analysis, vibration sensor, accelerometer
sensor: sensor, sensors, probe, transducer, measurement point, monitoring point, wireless sensor
rounds: rounds, round, walk round, walk the checks, inspection round, manual checks, manual readings, temperature gun, readings by hand
corrugator: corrugator, single facer, double backer, preheater, glue unit, corrugated board
converting line: converting line, converting, flexo, folder-gluer, die-cutter, die cutter, flatbed
board defect: warp, warped, delamination, bad board, jam, jams
production line: production line, assembly line, assembly plant, CNC, machining cell, cell
site: site, sites, facility, plant, location, branch, multi-site
legal entity: legal entity, entity, entities, subsidiary, subsidiaries, company code, group companies

# ---------------------------------------------------------------
# Warehouse and inventory
# ---------------------------------------------------------------
inventory: inventory, stock, stock level, stockholding, stock on hand, on the shelf, shelves, SKU
inventory accuracy: inventory accuracy, stock accuracy, location accuracy, accurate stock, stock figure, system says, phantom stock, book stock, trust the figure
stocktake: stocktake, stock take, stock-take, stock count, cycle count, physical count, inventory count, count the stock
stock adjustment: stock adjustment, inventory adjustment, adjustment, write-down, shrinkage, stock loss
safety stock: safety stock, buffer stock, buffer, pad, padding, hoard, hoarding, just in case, one of everything, cushion
slow-moving stock: slow moving, slow-moving, obsolete stock, dead stock, hasn't moved, not moved, excess stock, aged stock, overstock
reorder: reorder, reorder level, reorder point, min-max, replenish, replenishment, restock
warehouse: warehouse, depot, distribution centre, distribution center, DC, fulfilment centre, warehouses
picking: picking, pick, picker, pick list, order picking, pick rate
put-away: put away, put-away, putaway, storage location, bin location, zone, pallet position, pallet positions, wrong zone, wrong place, rack location
picking error: mispick, mis-pick, wrong pick, picking error, wrong batch, wrong item, put away wrong, wrong location, misplaced
scanning: scan, scanning, scanner, barcode, bar code, handheld, RF gun, guided put-away, barcode scanning
WMS: WMS, warehouse management system, warehouse system, TMS, transport management system
loading: loading, load, loads, load the van, loaded, loading rush, load out
dock: dock, loading dock, bay, loading bay, staging, staged, dock door, marshalling area
dock appointment: dock appointment, dock slot, dock time, dock booking, booked slot, slot booking, arrival time, booked into
peak: peak, peak hours, surge, busiest, busy period, spike, Mondays, morning peak, rush hour

# ---------------------------------------------------------------
# Cold chain and pharmaceutical distribution
# ---------------------------------------------------------------
cold chain: cold chain, chilled, frozen, refrigerated, temperature-controlled, temperature controlled, two to eight, 2 to 8
cold storage: cold store, cold room, chamber, chambers, fridge, freezer, cold storage, chiller, controlled room
temperature excursion: excursion, temperature excursion, out of range, too warm, warm, above the limit, exceeded, temperature breach, over temperature, eleven degrees
temperature monitoring: temperature monitoring, temperature, temperatures, reading, readings, temperature log, temperature record, temperature data, temperature history, degrees, monitor, monitoring
data logger: data logger, logger, temperature recorder, download, downloaded
alarm: alarm, alert, notification, notify, text alert, SMS, text message, call-out, alarms
false alarm: false alarm, false alarms, false positive, nuisance alarm, spurious, too many alarms, alarm fatigue, cry wolf, ignore the alarms
quarantine: quarantine, quarantined, on hold, put on hold, blocked stock, held back, QA release, stability data, stability
ambient exposure: ambient, exposure, dwell, dwell time, standing time, left out, room temperature, warm up, time out of refrigeration
reefer: reefer, reefer unit, refrigerated truck, refrigerated van, pre-cool, precool, set point, setpoint
fleet: fleet, truck, trucks, lorry, van, vans, vehicle, trailer, refrigerated trucks
driver: driver, drivers, trucker, delivery driver
route: route, routing, route planning, transport planning, dispatcher, drop, drop instructions, delivery point, wrong entrance
traffic: traffic, congestion, gridlock, road conditions
medicine: medicine, medication, drug, pharmaceutical, pharmaceuticals, insulin, vaccine, vaccines, biologic, biologics, biological
expiry: expiry, expiry date, expiration, short-dated, near expiry, shelf life, use-by, batch number
QA: QA, quality assurance, QA manager, quality team, qualified person, QP

# ---------------------------------------------------------------
# Clinical laboratory and hospital
# ---------------------------------------------------------------
turnaround: turnaround, turnaround time, TAT, time to result, result time, results on time, from receipt
urgent sample: urgent, stat, priority, urgent sample, red bag, emergency sample, prioritise, prioritize
emergency department: emergency department, ED, A&E, ER, casualty, emergency, chest pain, medical director
patient flow: bed, beds, bed flow, admission, admissions, discharge, length of stay, cubicle, patient flow, bed occupancy
patient: patient, patients, bled twice, redraw, re-draw, recollection, recollect, repeat sample
clinician: clinician, clinicians, doctor, physician, consultant, medical staff, ward, wards
GP practice: GP, GPs, general practice, GP practice, GP practices, primary care, GP federation, outpatient, outpatient clinic
sample: sample, samples, specimen, specimens, tube, tubes, blood sample
sample volume: sample volume, tubes a day, samples a day, how many samples, workload, test volume, volume
sample transport: courier, courier run, pneumatic tube, pneumatic, sample transport, outlying sites, collection run
pre-analytical: pre-analytical, pre-analytics, preanalytical, pre-analytic, sample reception, reception, booking in, book in, sorting, sort
centrifuge: centrifuge, centrifuges, centrifugation, centrifuged, spin, spun
decapping: decap, decapping, decapped, uncap, aliquot, aliquots, aliquoting, recap
rack: rack, racks, wrong rack, rack position
identification error: identification, misidentification, mislabel, mislabelled, mislabeled, labelling, labeling, wrong label, swapped, swap, sample swap, wrong patient, positive identification
analyser: analyser, analyzer, analysers, instrument, instruments, chemistry, immunoassay, haematology, hematology, standalone
lab automation: track, automation line, total laboratory automation, TLA, conveyor, track system, automated line
automation: automate, automation, automatic, automatically, automated, on their own, without anyone, hands-free
manual work: manual, manually, by hand, manual step, manual steps, labour-intensive, labor-intensive
LIS: LIS, laboratory information system, middleware, lab system
test: test, tests, assay, potassium, troponin, glucose, result, results
biomedical scientist: biomedical scientist, scientists, associate practitioner, lab assistant, laboratory staff, validation work
