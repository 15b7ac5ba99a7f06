"""The seventy-sixth new-user trial (tests/fixtures/ingest/trial76/): 30 invented English pastes
from major outlets (Reuters, AP, the BBC, Al Jazeera, the New York Times, the Independent,
France 24, the Times of Israel, Arab News, Kurdistan24, Middle East Eye, the Defense Post, the
Long War Journal, Stars and Stripes): whole pages from their menus down, from the headline
down, text under a headline the analyst typed, phone reader views; written blind; 14 on the
briefing's subject, 16 off-topic (10 near misses). First run, with the theme model fitted on
trials up to 74: 841/886 checks (94.9%; 597/621, 96.1%, without the figure checks); themes
micro-F1 0.944 with 15 of 16 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL76 = TRIAL.parent / "trial76"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-hol-closure-timetable-al-jazeera": {"no figure 23000"},
    "03-romania-brigade-stars-and-stripes": {
        "body without 'in a photo released by the Army earlier this year. (U.S. Army)'",
        "figure 2800 troops",
        "no figure 1000",
    },
    "06-makhmour-camp-strike-mee": {
        "figure 3 once",
        "no figure 12000",
    },
    "07-puntland-strikes-defense-post": {"no figure 2"},
    "09-baghdad-lockup-fire-arab-news": {"no figure 20"},
    "10-borno-base-attack-ap": {"no figure 2"},
    "11-syria-claims-october-lwj": {
        'body without "Chart: Islamic State claimed attacks in Syria '
        "and Iraq, January-October 2026. Source: al-Naba; FDD's Long "
        'War Journal"',
        "no figure 38",
        "no figure 6",
    },
    "13-hasakah-rollover-stars-and-stripes": {"no figure 1200", "figure 1 killed"},
    "16-syria-desert-regroup-nyt": {"dateline"},
    "19-quneitra-drone-strike-times-of-israel": {"group"},
    "20-quneitra-brothers-al-jazeera": {"no figure 29", "group"},
    "24-sweida-clashes-france24": {"no figure 3", "no figure 8"},
    "25-peshmerga-gap-warning-kurdistan24": {"no figure 3", "no figure 4"},
    "26-freed-detainees-rejoin-mee": {"no figure 1400", "no figure 2"},
    "27-thanksgiving-travel-ap": {"no figure 2"},
    "28-copenhagen-market-plot-nyt": {"dateline", "source", "no figure 19"},
}
MIN_RATE = 0.949  # 857/886 now; 841/886 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL76, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=16, min_kept_out=0.93
)
