"""The ninth new-user trial (tests/fixtures/ingest/trial9/): 30 pasted wire reports written
blind (by a helper who never ran digest): 8 events each told by 2-3 outlets in different words
(digits against words, al-Hol/al-Hawl, Palmyra/Tadmur, Deir ez-Zor/Deir al-Zor, a day apart,
one outlet with fewer details), and 9 near misses (the same place another day, another toll, a
follow-up a week later) that must stay apart. Each expectation names its story (`group`).

Measured at the first run, before any change: 261/286 checks (91.3%); every near miss kept
apart, but only 4 of the 21 rewrites grouped with another report of their event (pairs in 3 of
the 8 events, none whole): recognising a genuine rewrite is not done. Themes: 0.928 (a killing
inside al-Hol given prisons without attacks). Recorded as known misses, so a fix shows here.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL9 = TRIAL.parent / "trial9"
KNOWN_MISSES: dict[str, set[str]] = {
    "01a-kirkuk-army-patrol-ambush": {"group"},
    "01b-wadi-al-shai-officer-killed": {"group"},
    "01c-three-soldiers-killed-northern-iraq": {"group", "themes"},
    "03-kirkuk-valley-roadside-bomb": {"themes"},
    "04a-iraqi-woman-shot-al-hol": {"group", "themes"},
    "04b-al-hawl-two-women-held": {"group", "themes"},
    "04c-camp-killing-suspects-detained": {"group", "themes"},
    "08a-baghdad-eid-plot-foiled": {"group"},
    "08b-tarmiya-daesh-cell-dismantled": {"group"},
    "08c-iraq-detains-holiday-plotters": {"group", "source"},
    "10a-syria-hands-iraq-is-suspects": {"group"},
    "10b-iraq-takes-custody-of-suspects": {"group"},
    "12a-is-attack-kills-five-soldiers": {"group"},
    "12b-tadmur-sukhna-post-stormed": {"group"},
    "12c-islamic-state-kills-five-central-syria": {"group"},
    "14a-iraqi-jets-hit-hamrin-hideouts": {"group"},
    "14b-hemrin-caves-struck": {"group"},
    "16a-raqqa-checkpoint-two-killed": {"group"},
    "16b-al-raqqa-grenade-gunfire": {"group"},
    "16c-islamic-state-claims-raqqa-attack": {"group"},
}
MIN_RATE = 0.91  # 261/286

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL9, KNOWN_MISSES, items=30, min_rate=MIN_RATE, misses_may_pass=True
)
