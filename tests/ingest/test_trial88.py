"""The eighty-eighth new-user trial (tests/fixtures/ingest/trial88/): 30 invented pastes from 29
outlets in one November week, built round six groups of reports of one event rewritten by
other outlets (tolls revised between reports, places spelled otherwise, dates given as
weekdays), a wire's copy on two sites, and reports of other events at the same places; written
blind; 16 on the briefing's subject, 14 off-topic or near misses. First run, with the theme
model fitted on trials up to 82: 768/819 checks (93.8%; 551/580, 95.0%, without the figure
checks), the rewrites of two revised-toll groups and of the UN warning not grouped; themes
micro-F1 0.977 with 14 of 14 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL88 = TRIAL.parent / "trial88"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-dakuk-outpost-toll-kurdistan24": {"figure 2 wounded", "no figure 3"},
    "04-daquq-federal-police-ied-ina": {"no figure 4"},
    "05-ghweiran-breakout-north-press": {"themes"},
    "06-hasakeh-jailbreak-france24": {"no figure 2", "no figure 5"},
    "07-hasaka-prison-mutiny-guardian": {"no figure 6", "no figure 3"},
    "08-hasakah-detainee-handover-rudaw": {"no figure 9"},
    "09-kyrgyz-repatriation-rferl": {"source"},
    "10-kyrgyz-returnees-akipress": {"figure 61 children"},
    "11-theban-raid-ap": {"figure 1 captured", "group"},
    "12-theban-raid-independent": {"ingested"},
    "13-dhiban-raid-enab-baladi": {"figure 2 detained", "group"},
    "14-un-counterterrorism-briefing-un-news": {
        "body without 'The Security Council meets on "
        "threats to international peace and security "
        "caused by terrorist acts.'",
        "group",
        "no figure 20000",
        "no figure 3000",
    },
    "15-un-warning-bbc": {"no figure 3000", "group"},
    "16-hakurk-pkk-strikes-anadolu": {"no figure 40000"},
    "17-hakurk-pkk-strikes-daily-sabah": {"no figure 40000"},
    "21-kharkiv-drone-attack-kyiv-independent": {"no figure 2"},
    "22-borno-iswap-attack-premium-times": {"no figure 2"},
    "23-spain-propaganda-arrests-euronews": {"figure 4 detained", "no figure 3"},
    "28-kurdistan-floods-xinhua": {"no figure 60"},
    "29-gold-two-week-high-bloomberg": {
        "body without 'Bullion gains as softer US jobs data lifts bets on easing'"
    },
}
MIN_RATE = 0.937  # 760/790 now; 768/819 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL88, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=14, min_kept_out=0.92
)
