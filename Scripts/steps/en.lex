# Next steps a rep may propose, English (see README.md).
# Format: how the buyer names the step: term, term, multi-word term
# The name completes "let's …" in a buyer's acceptance; the terms are how a rep proposes it.

run the pilot: pilot, trial, try it out, test run, proof of concept, parallel run, side by side, start small, put sensors on, pilot run, fit sensors, fitting sensors, for six weeks, for four weeks
visit the reference site: visit, site visit, come and see, see it running, see it in action, tour
talk to your customer: introduce you, introduction, reference call, speak to a customer, talk to a customer, hear their story, hear from them, speak with their, talk with their
see the demo: demo, demonstration, walk you through, walkthrough, show you how, show your team
hold the workshop: workshop, half-day session, working session, one session with, mapping session
set up the meeting: meet, meeting, fifteen minutes with, sit down with, get together, in one room, present to, presentation, book time, in the diary, in the room, next conversation
go through the proposal: proposal, quote, quotation, business case, calculation, one-page calculation, written summary, pricing
send you our data: could you send, can you send, you export, export, share your, share the, pull the data, work orders, incident data, could you share, would you share
do the assessment: assessment of, assess your, audit, baseline, analysis, review of your
sign the order: sign the contract, place the order, purchase order, contract, sign today, sign this week
