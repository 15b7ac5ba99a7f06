"""The third new-user trial (tests/fixtures/ingest/trial3/): 61 invented items in the shape of a
broadcaster's world and politics feeds as a feed reader exports them (front-matter from the feed
item, a feed address as `source`, raw HTML bodies with headline promos, app plugs and wire
credits, publishers' local times) and short wire items pasted as text, 28 of them about the
briefing's subject and 33 off-topic though full of its words (strikes in Venezuela, Nigeria and
Somalia, ISIS-inspired attacks in Australia, Britain and the US, troops in Greenland, Romania,
Israel and Chicago, a Brooklyn jail, Syria and Iraq without ISIS). Each expectation also names
the themes an analyst gives it, so this trial measures ingest and classification together.

Measured at the first run of items 01-36, before any change: 340/353 checks (96.3%); themes
micro-F1 0.930 with 20 of 21 off-topic items kept out. Five of the 13 failures were the
expectation's (a date in UTC where the publisher's own day is the better answer), two the
figures rule's ('9/11 attacks' read as 11 attacks, '70 targets' not counted), one an italic wire
credit kept.
Items 37-51, written after those fixes: every ingest check passed at their first run; 2 of
their 15 theme sets were wrong (a US raid on an ISIS leader given attacks without foreign
troops, Turkish strikes on the SDF given attacks). With the model refitted after the labels'
correction (US raids are foreign troops too) and the learned words held weaker: 479/484,
themes micro-F1 0.918, 28 of 29 off-topic items kept out; with cues for foiled plots and
hangings (items 37 and 38 were under the threshold): 481/484, 0.952. Items 52-61, written
against that final model and not fixed after: every ingest check passed at their first run; 8
of their 10 theme sets right (micro-F1 0.857, 3 of 4 off-topic kept out: Iraqi militias
refusing to disarm read as foreign troops for a sentence on their old attacks on US bases, and
a rise in attacks told as a warning given resurgence alone). All 61: 557/562, themes micro-F1
0.935, 31 of 33 off-topic kept out.

The expected sources once given as the address's domain ('meridiannews.com') are the name the
outlet's own text spells it with ('Meridian News') (outlets.name_for_domain).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL3 = TRIAL.parent / "trial3"
# An analyst gives these a second theme for one paragraph (the prison camps in a warning
# about ISIS, a prime minister on al-Hol); the model, fitted on whole texts, does not. Sanctions
# on an Iraqi militia "that attacked U.S. personnel" read as the foreign troops' story.
KNOWN_MISSES: dict[str, set[str]] = {
    "06-un-report": {"themes"},
}
MIN_RATE = 0.99  # the four theme misses above: 558/562
MIN_THEMES_F1 = 0.9
MIN_KEPT_OUT = 0.96  # measured 33 of 33 (31 before the model of round four)


trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL3,
    KNOWN_MISSES,
    items=61,
    min_rate=MIN_RATE,
    off_topic=33,
    min_themes_f1=MIN_THEMES_F1,
    min_kept_out=MIN_KEPT_OUT,
)
