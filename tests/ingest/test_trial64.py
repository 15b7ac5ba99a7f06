"""The sixty-fourth new-user trial (tests/fixtures/ingest/trial64/): 30 invented articles pasted
from 30 outlets in one December week, built to test stories told twice: seven events told by
two or three outlets in other words (numbers as digits or words, 'at least 11' and 'eleven',
Tarmiya and Tarmiyah, Deir ez-Zor and Deir al-Zour, al-Hol and Al-Hawl, Hamrin and Himreen,
one report a day later, one undated paste naming only 'on Tuesday') beside six near misses
that must stay apart (the same town another day, the same toll elsewhere, a follow-up weeks
later, a week's round-up, an off-topic drowning sharing a number and a lake, a second prison
story in one province); written blind; 18 on the briefing's subject, 12 off-topic. First run,
with the theme model fitted on trials up to 61: 755/804 checks (93.9%; 518/540, 95.9%, without
the figure checks); six of the seven events grouped and every near miss kept apart; themes
micro-F1 0.870 with 9 of 12 off-topic kept out. Since: 'two hundred and thirty' one number in a
lede (the seventh pair grouped), SOHR's masthead over its full name and menu, a wire's credit
naming its newsroom, plugs of Haaretz, Middle East Eye and Al-Monitor.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL64 = TRIAL.parent / "trial64"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-hasakah-detainee-transfer-asharq": {
        "body without 'Iraqi Counter-Terrorism Service "
        "vehicles at the Rabia border crossing in a file "
        "photo. (Iraqi Media)'"
    },
    "02-brussels-market-plot-brussels-times": {"no figure 17", "figure 2 detained"},
    "03-dhi-qar-teachers-strike-iraqi-news": {"source"},
    "05-conoco-handover-stars-and-stripes": {
        "no figure 1000",
    },
    "07-kiswah-strike-haaretz": {
        "body without 'Smoke rises over the Kiswah area south of "
        "Damascus, in a picture circulated on social media.'"
    },
    "11-lanao-clash-inquirer": {
        "no figure 10",
        "source",
    },
    "12-mayadeen-bombing-new-arab": {"no figure 3", "no figure 6"},
    "13-hol-repatriation-rudaw": {"no figure 70000"},
    "14-sukhnah-attack-sohr": {"no figure 187", "no figure 3"},
    "15-roumieh-hunger-strike-lorient-today": {
        "no figure 1200",
        "no figure 19",
        "themes",
    },
    "17-hamrin-airstrikes-ina": {"no figure 2"},
    "21-hamrin-lake-boat-xinhua": {"no figure 2", "no figure 3", "no figure 4"},
    "22-jeddah-returnees-france24": {"no figure 152"},
    "24-sinjar-pkk-anadolu": {"figure 2 killed", "no figure 40000"},
    "26-deir-ezzor-captagon-cell-enab-baladi": {"figure 6 detained"},
    "27-tarmiyah-hashd-post-baghdad-today": {"figure 1 wounded", "no figure 4", "no figure 5"},
    "29-week-in-review-defense-post": {"no figure 11", "no figure 4", "no figure 5", "no figure 7"},
    "30-conoco-exit-al-monitor": {
        "body without 'Ahmad al-Issa'",
        "body without 'The departure removes the last American "
        "position on the Euphrates and tests whether the new Syrian "
        "army can hold an area where IS cells are active.'",
        "figure 150 troops",
    },
}
MIN_RATE = 0.955  # 768/804; 755/804 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL64, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=12, min_kept_out=0.9
)
