"""The hundredth new-user trial (tests/fixtures/ingest/trial100/): 30 invented pastes of one week
in the mix an analyst collects: desktop pages whole or from the headline down, phone share
sheets and apps, a Telegram channel post, a WhatsApp forward, an e-mail newsletter, a PDF
report, a wire terminal, and text typed with the source added ('Source: X, date', 'Via X');
three groups of rewrites of one event; written blind; 14 on the briefing's subject, 16
off-topic or near misses. First run, with the theme model fitted on trials up to 82: 840/883
checks (95.1%; 601/628, 95.7%, without the figure checks); themes micro-F1 1.000 with 16 of 16
off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL100 = TRIAL.parent / "trial100"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-deir-ez-zor-bus-ambush-north-press-telegram": {
        "body without '🔴'",
    },
    "02-deir-al-zor-bus-toll-reuters-terminal": {
        "figure 5 wounded",
        "figure 6 killed",
        "no figure 4",
        "no figure 7",
    },
    "06-raqqa-raid-ap-apple-news": {
        "no figure 1000",
        "no figure 6",
    },
    "07-raqqa-raid-al-arabiya-google-news": {
        "source",
    },
    "08-hol-returns-jeddah-unhcr-pdf": {
        "body without 'UNHCR Iraq | Operational Update: Returns from Al-Hol Camp | 20 "
        "November 2026'",
        "body without 'achterberg@unhcr.org'",
        "body without 'daouds@unhcr.org'",
        "no figure 318",
    },
    "09-policywatch-isis-syria-washington-institute-newsletter": {
        "body without \"The group is exploiting the seams between Syria's new security "
        "forces and a shrinking U.S. presence, and Washington and Damascus should close "
        'them before the spring."',
        "no figure 71",
    },
    "11-roj-camp-foreign-women-washington-post": {
        "no figure 2300",
    },
    "13-shoula-desert-attack-sohr": {
        "no figure 187",
        "no figure 219",
    },
    "14-zap-metina-pkk-strikes-anadolu-typed": {
        "body without 'Terrorists targeted in Zap, Metina regions, says National Defense Ministry'",
        "no figure 12",
        "no figure 286",
    },
    "16-tigris-record-low-al-monitor": {
        "body without 'All news articles, in-depth analysis and exclusive interviews "
        "from across the Middle East.'",
        "source",
    },
    "18-harir-base-drone-iraqinews": {
        "source",
    },
    "20-tihar-hunger-strike-times-of-india": {
        "no figure 19000",
    },
    "21-prison-places-houseblock-moj-gov-uk": {
        "body without 'Two new houseblocks have opened at HMP Highpoint in Suffolk, "
        "adding hundreds of places to ease pressure on the prison estate.'",
        "source",
    },
    "22-south-lebanon-strikes-jerusalem-post": {
        "figure 2 once",
    },
    "29-gaziantep-mosaic-hurriyet-daily-news-reader": {
        "dateline",
    },
    "30-poland-armored-rotation-stars-and-stripes": {
        "figure 4000 troops",
    },
}
MIN_RATE = 0.951  # 840/883 now; 840/883 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL100, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=16, min_kept_out=0.92
)
