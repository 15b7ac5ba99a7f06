"""The ninety-fourth new-user trial (tests/fixtures/ingest/trial94/): 30 invented pastes of one week
(23-29 November 2026) copied from phones and apps as much as from desktop browsers: a news app's
share sheet, a WhatsApp Web and a Telegram Desktop forward, Apple News, Yahoo, MSN and Google News
republications, AMP pages, a reader view, e-mail newsletters, an aid agency's and a think tank's
reports copied from their PDFs; 28 outlets; two groups of rewrites of one event (one with a revised
toll and the town spelled two ways); written blind; 14 on the briefing's subject, 16 off-topic or
near misses. First run, with the theme model fitted on trials up to 82: 779/839 checks (92.8%;
549/601, 91.3%, without the figure checks); themes micro-F1 0.973 with 16 of 16 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL94 = TRIAL.parent / "trial94"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-udhaim-attack-reuters-yahoo": {
        "no figure 2",
    },
    "03-diyala-attack-the-national-apple-news": {"no figure 2"},
    "04-roj-repatriation-bbc-app": {"no figure 35", "no figure 15"},
    "05-roj-repatriation-guardian-amp": {
        "no figure 50",
    },
    "07-hol-roj-flooding-ocha-pdf": {
        "body without 'Coordination Saves Lives'",
        "body without 'For further information, please contact:'",
        "body without 'Syrian Arab Republic: North-east Syria – "
        "Flooding in Al-Hol and Roj camps | Flash Update No. 2 | 2'",
        "body without 'abouchakra@un.org'",
        "body without 'marzouk-evans@un.org'",
        "body without 'www.unocha.org/syria'",
    },
    "09-syria-east-crisis-group-pdf": {
        'body without "Keeping the Islamic State at Bay in Syria\'s East"'
    },
    "10-bundestag-iraq-mandate-dw-google-news": {"figure 500 troops"},
    "11-peshmerga-warning-rudaw-telegram": {"no figure 500", "themes", "body without '🔴'"},
    "15-basra-salinity-protest-al-jazeera": {"no figure 600"},
    "18-quneitra-raid-times-of-israel-liveblog": {"body without 'By Times of Israel Staff'"},
    "28-odesa-drone-attack-kyiv-independent-reader": {"no figure 2"},
}
MIN_RATE = 0.928  # 807/839 now; 779/839 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL94, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=16, min_kept_out=0.92
)
