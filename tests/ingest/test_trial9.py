"""The ninth new-user trial (tests/fixtures/ingest/trial9/): 30 pasted wire reports written
blind (by a helper who never ran digest): 8 events each told by 2-3 outlets in different words
(digits against words, al-Hol/al-Hawl, Palmyra/Tadmur, Deir ez-Zor/Deir al-Zor, a day apart,
one outlet with fewer details), and 9 near misses (the same place another day, another toll, a
follow-up a week later) that must stay apart. Each expectation names its story (`group`).

Measured at the first run, before any change: 261/286 checks (91.3%); every near miss kept
apart, but only 4 of the 21 rewrites grouped with another report of their event (pairs in 3 of
the 8 events, none whole): recognising a genuine rewrite is not done. Themes: 0.928 (a killing
inside al-Hol given prisons without attacks). Recorded as known misses, so a fix shows here.

After reports were also scored by the facts they share (digest/ingest/stories.py: a lede's
figure as the same fact, names in any transliteration, the day, 'two hundred and thirty' read
as 230, 'Al-Sukhnah' as 'al-Sukhnah'): 278/286, 19 of the 21 rewrites grouped with their event,
every near miss still apart.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL9 = TRIAL.parent / "trial9"
KNOWN_MISSES: dict[str, set[str]] = {
    "03-kirkuk-valley-roadside-bomb": {"themes"},
    "08c-iraq-detains-holiday-plotters": {"source"},
    "10a-syria-hands-iraq-is-suspects": {"group"},
    "10b-iraq-takes-custody-of-suspects": {"group"},
}
MIN_RATE = 0.97  # 278/286

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL9, KNOWN_MISSES, items=30, min_rate=MIN_RATE
)
