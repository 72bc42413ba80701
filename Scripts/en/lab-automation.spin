# Lab automation: a discovery call about pre-analytical sample handling in a hospital or regional clinical laboratory.
# Suits a laboratory manager, a quality or validation lead, a senior scientist, or a pathology director.
id: lab-automation
language: en
title: Automating sample handling from reception to analyser
industry: healthcare (clinical laboratory services)
offer: A modular pre-analytical automation line for clinical laboratories: sample reception, sorting, decapping, aliquoting and tracking to the analysers, with barcode identification end to end.
tags: pathology, pre-analytical, turnaround time, sample identification, ISO 15189, accreditation, staffing

[opening]
opening.purpose: Thank you for the time. Before I suggest anything, I'd like to understand how samples move from reception to result in your laboratory. Would it be all right if I asked some questions?
  hint: Permission to ask questions sets the tone of a consultation, not a product tour.
  D: I'll be brief. A few questions about your sample flow, then you decide whether a second meeting is worth it.
  C: I'd like to ask about ten questions on your current pre-analytical process, and I'll send you my notes afterwards so you can correct anything I've misunderstood. Is that acceptable?
opening.homework: I've read your published quality report and your accreditation schedule, so I won't ask about what's already in them. May I check a few things that weren't covered?
  hint: Showing you did your homework earns the right to fewer, better situation questions.
opening.time: You mentioned you have thirty minutes. Shall we keep the last five for agreeing whether a next step makes sense for you?
  hint: Name the end of the call now so that asking for commitment later feels like part of the plan.
  S: I know the day is busy. Would it help if we went through things one step at a time and kept the last few minutes to agree what, if anything, happens next?

[situation]
situation.volume: Roughly how many tubes come through the laboratory per day, and what does a Monday peak look like?
  probes: volume
  hint: Check the public figures first; daily and peak volume size everything you will say later.
  C: What is your average daily tube volume, and what is the peak, by day of the week?
situation.sources: What share of the work comes from the wards, the emergency department and the GP practices?
  probes: sources
  hint: The mix tells you which turnaround targets matter most and who complains when they slip.
  I: Who are the people relying on you most, the wards, the emergency department or the GP practices, and how is the work shared between them?
situation.analysers: Which analysers do you run in chemistry, immunoassay and haematology, and are any of them connected by a track?
  probes: analysers
  hint: Installed instruments and their service contracts limit what any automation can connect to.
  D: Which analysers, and is anything already connected?
situation.pre-analytical: Could you walk me through what happens to a tube after reception: sorting, centrifuging, decapping, aliquoting?
  probes: pre-analytical
  hint: Let them describe it step by step; each manual hand-off you hear is a candidate for the problem stage.
  C: Which pre-analytical steps are manual today, and in what order: reception, sorting, centrifugation, decapping, aliquoting?
  S: Would you take me through the journey of a single tube from the moment it arrives in reception, one step at a time?
situation.transport: How do samples reach you from the outlying sites: courier, pneumatic tube or your own drivers?
  probes: transport
  hint: Arrival patterns explain peaks; a late courier run often explains an evening backlog.
situation.staffing: How is the team organised across the 24-hour rota, and how many posts are there in total?
  probes: staffing
  hint: Ask for posts, not just people in post; the difference is the vacancy figure you may need later.
  D: Headcount and shift pattern?
situation.accreditation: When is your next accreditation assessment, and what does your current scope cover?
  probes: accreditation
  hint: The assessment date is a deadline the buyer already owns; note it for the commitment stage.
  C: Which standard are you accredited against, and on what date is the next surveillance visit?
situation.lis: Which laboratory information system and middleware do you use, and how long have you had them?
  probes: lis
  hint: Interfacing is a frequent deal-breaker for technical buyers; find out early who owns the LIS.
situation.projects: What other projects are competing for budget and attention this year?
  probes: evaluation
  hint: Listen for a competitor evaluation or a tender timetable; a rival you haven't heard about is a red flag.
  C: Is there a formal evaluation or tender in progress, and what is its timetable?

[problem]
problem.identification: How often do identification problems happen, such as a mislabelled aliquot or a tube in the wrong rack?
  probes: identification
  hint: Ask how often, not whose fault; quality people will give you exact counts if you don't sound accusatory.
  after: situation.pre-analytical
  C: How many identification incidents did you record last quarter, and at which step did each originate?
problem.turnaround: Which tests struggle most to meet their turnaround targets?
  probes: turnaround
  hint: Get the target, the actual percentage and the tests concerned; vague answers make weak implications.
  D: Which turnaround targets are you missing?
  C: For which tests is turnaround compliance furthest below target, and by how many percentage points?
problem.urgent: How do urgent samples get priority today, and where does that break down?
  probes: turnaround
  hint: Listen for a person or a coloured bag doing the prioritising; that dependence is the weakness.
problem.staffing: Where do vacancies and sickness hurt most: which benches, which shifts?
  probes: staffing-gap
  hint: Staffing is sensitive; ask about the workload, not about individual people.
  S: How is the team coping with the vacancies at the moment?
problem.manual-steps: Which manual steps do your staff find most tiring or most error-prone?
  probes: staffing-gap
  hint: Scientists often resent repetitive work; their answer shows where automation would be welcomed.
problem.reception-peak: When the evening courier run arrives, does work queue in reception or wait for the centrifuges?
  probes: turnaround
  hint: A predictable daily backlog is easy to admit and easy to measure; ask how long the queue lasts.
problem.traceability: If you needed to trace one tube's path through the laboratory, how hard would that be today?
  probes: traceability
  hint: Traceability gaps matter most to quality managers; listen for steps that leave no electronic record.
  C: How complete is your traceability between receipt and result: which steps are time-stamped and which are not?
problem.records: How confident are you that your pre-analytical records would stand up if an assessor picked a tube at random?
  probes: traceability
  hint: Frame it as a test the buyer can picture; avoid implying they have done anything wrong.

[implication]
implication.redraws: When a tube is mislabelled, what does putting it right involve: a redraw, a call to the ward, an incident report?
  probes: identification.1
  hint: Walk through the clean-up step by step; every step is time, cost or risk to a patient.
  after: problem.identification
implication.patient-harm: Has an identification error ever reached a clinician or a patient, and what followed?
  probes: identification.1
  hint: Ask it calmly and respectfully; this is the heaviest consequence and the buyer will remember how you handled it.
  after: problem.identification
  C: Of last quarter's incidents, how many reached a clinician before they were caught?
implication.nonconformity: If identification is still an open nonconformity at the next assessment, what could the assessors do with it?
  probes: identification.2
  hint: Link the problem to the assessment date the buyer already gave you.
  after: problem.identification
  D: Worst case, if that nonconformity is still open when the assessors return?
implication.ed: When emergency results run late, what happens in the emergency department, to admission decisions and to beds?
  probes: turnaround.1
  hint: Move the problem from the laboratory into the hospital, where the economic buyer feels it.
  after: problem.turnaround
implication.contract: How do missed turnaround times show up against your service levels with the GP practices, and when is that contract reviewed?
  probes: turnaround.2
  hint: External contracts turn an internal metric into revenue at risk; ask for the renewal date.
  after: problem.turnaround
  C: What service level does the GP contract specify, what did you achieve last quarter, and when is it retendered?
implication.overtime: What are the vacancies costing you in overtime and locum cover over a year?
  probes: staffing-gap.1
  hint: Ask for the annual figure; monthly numbers sound small and annual ones justify investment.
  after: problem.staffing
  C: What was last year's spend on locums and overtime, and how did it compare with the budget?
implication.fatigue: When the same few people cover the gaps, what happens to fatigue, and to the time left for competency training?
  probes: staffing-gap.2
  hint: Connect staffing to quality; tired teams and lapsed competency records both surface at assessment.
  after: problem.staffing
implication.headcount: If volumes keep rising every year while headcount stays flat, where does that leave the laboratory in three years?
  probes: staffing-gap
  hint: Project the problem forward; a trend the buyer already knows becomes a deadline.
  after: problem.staffing
implication.prep-time: How many staff weeks go into pulling evidence together before each assessment?
  probes: traceability.1
  hint: Preparation effort is rarely costed; multiplying weeks by senior salaries gives the buyer a figure to use.
  after: problem.traceability
implication.investigations: When a result is challenged, how long does the investigation take without a full record of the tube's journey?
  probes: traceability.2
  hint: Listen for investigations that close without a conclusion; that is the pain a quality manager remembers.
  after: problem.traceability

[need-payoff]
need-payoff.positive-id: If every tube were identified by scan at reception and tracked automatically from then on, how would that help with identification errors?
  probes: identification
  hint: Let the buyer connect the benefit to the incidents they described; don't list features for them.
  after: implication.nonconformity
  C: If identification were verified by scanner at every step, with no manual transcription, what would that do to your incident rate and to the nonconformity?
need-payoff.safety: What would it be worth to the patient safety committee to see identification incidents fall quarter on quarter?
  probes: identification
  hint: Helps the buyer rehearse the case they will make internally to senior colleagues.
  after: implication.patient-harm
need-payoff.urgent-first: What would it mean for the emergency department if urgent samples went to the analyser first, automatically, every time?
  probes: turnaround
  hint: Ask only after the buyer has described the emergency department's reaction; otherwise it sounds like a pitch.
  I: How do you think the emergency team would feel about the laboratory if urgent samples were always first in line, without anyone having to chase them?
  after: implication.ed
need-payoff.turnaround: If you met your turnaround target nine times out of ten, what would that be worth when the GP contract is reviewed?
  probes: turnaround
  hint: Tie the payoff to a date and a contract the buyer named; concrete stakes produce concrete answers.
  after: implication.contract
  D: What's hitting the turnaround target worth to you?
need-payoff.staff-time: If decapping, sorting and aliquoting no longer needed your scientists, where would you put those hours, given the vacancies?
  probes: staffing-gap
  hint: The buyer's answer is the redeployment plan; write it down for the business case.
  after: implication.overtime
  S: If the repetitive tube work were taken off the team, how would that change things for them, with the vacancies you have?
need-payoff.trace: How useful would it be to trace any tube's full history in a couple of minutes when someone asks?
  probes: traceability
  hint: Pause after asking; quality managers often list uses you had not thought of.
  after: implication.investigations
  C: If every tube's path were time-stamped and retrievable in under two minutes, how would you use that traceability in investigations and at assessment?
need-payoff.assessment: How would your assessment preparation change if the pre-analytical records came straight out of the system?
  probes: traceability
  hint: Let the buyer put the saving in weeks; their figure will carry more weight than yours.
  after: implication.prep-time

[commitment]
commitment.data-review: Would you share three months of turnaround and incident data so we can model the effect on your own figures, and review it with you in two weeks?
  hint: An advance built on the buyer's data keeps the conversation about their problem, not your product.
  C: If you send three months of turnaround and incident data, we'll return a model with every assumption stated for you to check. Could we review it on a date you choose?
commitment.reference-visit: Could you and your laboratory manager visit a laboratory of similar size that has run our line for two years, and talk to their quality manager without us in the room?
  hint: Peer evidence carries more weight than vendor claims, especially with sceptical technical buyers.
  I: I'd love to introduce you to the team at a laboratory like yours that has run our line for two years. Shall I set up a visit so you can hear their story first-hand?
commitment.validation-pack: Would it help if I sent our validation documentation and a reference site's assessment report, and we went through them with your validation lead?
  hint: Offer the written detail a technical buyer needs to say yes to the specification.
  D: I'll send validation data and a reference site's assessment report. Can we meet on them next week?
commitment.criteria: Before any decision, could we agree the evaluation criteria in writing, so that every system is judged on the same points?
  hint: Against an entrenched competitor, shaping fair criteria is a legitimate and valuable advance.
