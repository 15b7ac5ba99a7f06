"""The tenth new-user trial (tests/fixtures/ingest/trial10/, its README lists the events): 36
reports written blind (by a helper who never ran digest), 22 pasted and 14 feed exports: 10
events told by 2-3 outlets in other words (spellings of their own, 'seven' for '7', a paste
with no date but 'on Sunday', a next-day report), 9 near misses (the same camp a week later, a
second strike in Raqqa, a round-up of the week) and 3 off-topic items.

First run: 361/408 checks with main as it was (2 of the 23 rewrites grouped; the expectations'
theme id `resurgence-warnings` corrected to `resurgence`, the prompt's mistake); themes 0.809,
the 3 off-topic kept out. After reports were also scored by the facts they share (written
beside this trial, its first version run on it once): 379/408, 21 of the 23 rewrites grouped,
every near miss apart; with the outlet a text names ('By Al-Monitor Staff', 'Shafaq News/',
a closing 'Rudaw' line): 382/408; with an earlier event's figures left out ('a previous
convoy of 152 families arrived a week ago', "last week's ambush that killed four"): 384/408.
Still missing: the Shaddadi raid's two reports (one names 'Mahmoud al-Ubaid', the other
'Mahmoud Ubaid al-Khalaf', and no figure of the one is in the other); 'AP' and 'BBC' where
digest writes 'Associated Press' and 'BBC News'; 'Baghdad - INA'; an earlier month's toll
not opening its sentence; and themes (a stabbing in al-Hol gets prisons without attacks; a
warning's foreign troops).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL10 = TRIAL.parent / "trial10"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-mutaibija-roadside-bomb-soldier": {"figure 1 killed"},
    "04b-explosion-targets-convoy-deir-al-zor": {"source", "themes"},
    "05-sdf-arrests-suspects-after-convoy-bombing": {"source"},
    "06a-al-hol-guard-stabbed": {"themes"},
    "08a-iraq-brings-home-families-from-al-hol": {"source"},
    "10a-us-strike-kills-is-leader-raqqa": {"themes"},
    "10c-us-says-it-killed-is-commander": {"source", "themes"},
    "11-second-us-strike-raqqa-countryside": {"themes"},
    "12b-5-terrorists-arrested-kirkuk-hawija": {"source"},
    "13-cts-arrests-anbar-smugglers": {
        "themes",
    },
    "14b-nine-jihadists-executed-iraq": {"no figure 13"},
    "17b-cell-leader-captured-al-hasakah": {"source"},
}
MIN_RATE = 0.935  # 383/408 (three sources labelled otherwise than digest names them)

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL10, KNOWN_MISSES, items=36, min_rate=MIN_RATE, off_topic=3, min_kept_out=1.0
)
