"""The seventh new-user trial (tests/fixtures/ingest/trial7/): 45 invented items written blind
(by a helper who never ran digest nor read its model, labels or the other trials), as a week's
export of a major outlet's World and Middle East feeds (30 feed items: a feed address as
`source`, raw HTML with promos, app plugs, video captions and wire credits) and 15 short items
pasted by hand (Reuters datelines, '(Reporting by ...; Editing by ...)' lines, four undated);
19 on the briefing's subject and 26 off-topic though full of its words (Ukraine, Gaza, the Red
Sea, Kordofan, Mali, Puntland, Bajaur, a Düsseldorf trial, the National Guard in Memphis, a
Caribbean boat strike, Greenland, Iran, Taiwan, a Guayaquil prison riot, Rikers, ISWAP, ISIS-K,
a cyberattack, Iraq's oil and salaries, Syria's power plants and refugee returns, the PMF law).

Measured at the first run, before any change and with the model shipped before it (trained
without the 80 stories of tests/themes/labels-written-b.yaml): 575/582 checks (98.8%); themes
micro-F1 0.952 with 26 of 26 off-topic items kept out. With the model refitted on those stories
(written by another helper at the same time, who never saw this trial): themes 0.977, 26 of 26.
Ingest fixes after the first run: an app plug whose call is 'Download it here.', 'hanged 11 men'
as 11 executed, the Hamrin Mountains' dateline capitalised: 579/582.

The expected sources once given as the address's domain ('continentalgazette.com') are the name
the outlet's own text spells it with ('Continental Gazette') (outlets.name_for_domain).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL7 = TRIAL.parent / "trial7"
# A long read's third theme (resurgence) missed; tolls that need a sum or a reading of 'a tribal
# leader and his son' ('killed a senior official and two of his aides' is 3 killed).
KNOWN_MISSES: dict[str, set[str]] = {
    "09-deir-ezzor-raid-leader": {"figure 3 killed"},
    "27-diban-sheikh-killed": {"figure 2 killed"},
}
MIN_RATE = 0.99  # 579/582
MIN_THEMES_F1 = 0.95
MIN_KEPT_OUT = 0.96  # measured 26 of 26


trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL7,
    KNOWN_MISSES,
    items=45,
    min_rate=MIN_RATE,
    off_topic=26,
    min_themes_f1=MIN_THEMES_F1,
    min_kept_out=MIN_KEPT_OUT,
)
