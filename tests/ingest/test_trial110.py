"""The hundred-and-tenth new-user trial (tests/fixtures/ingest/trial110/): 20 invented articles that
reached an analyst by e-mail, saved as .eml files (Gmail downloads, Thunderbird and Apple Mail
saves): newspapers' breaking-news e-mails (Mailchimp, SendGrid, Sailthru, SparkPost), Substack
posts, think tanks' updates, two government press offices (GovDelivery, Exchange Online),
forwards from Gmail, Apple Mail and Outlook with the forwarder's note, a Google Alert, an
iPhone share, a page sent as an attachment, and a statement in Arabic in windows-1256; written
blind; 7 on the briefing's subject, 4 near-misses and 9 off-topic. First run: 404/472 checks
(85.6%; three Outlook-relayed messages were not read as e-mails, their header names too long
for the reader); themes micro-F1 0.824 with 13 of 13 off-topic kept out. Now 454/472; themes
0.824 with 13 of 13 kept out (0.778 and 12 of 13 while the Outlook forward's bombing in
Pakistan, whose claim names a bomber who fought in Syria, took 'attacks': an affiliate's name
now counts against the region).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL110 = TRIAL.parent / "trial110"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-google-alert-hasakah-prison": {
        "themes",
    },
    "02-iphone-share-bbc-rail-strike": {
        "body without 'Transport correspondent'",
        "figure 4 train operators",
    },
    "03-national-houthi-tanker-attack": {
        "figure 23 crew",
    },
    "04-substack-badia-resurgence": {
        "body without 'A Syrian army position outside al-Sukhnah, eastern Homs province, in October'",  # noqa: E501
        "figure 41 attacks",
        "themes",
    },
    "08-gmail-attached-html-gdansk-cyber-attack": {
        "figure 14 container vessels",
    },
    "12-defence-au-troops-exercise-release": {
        "date_source",
        "source",
    },
    "13-washinst-jeddah1-repatriation": {
        "figure 2340 Iraqis",
        "source",
    },
    "15-outlook-fwd-iskp-bajaur": {
        "figure 31 injured",
    },
    "17-ar-security-media-cell-hamrin": {
        "figure 3 أوكار",
        "figure 6 إرهابيين",
        "themes",
    },
    "19-ap-alert-germany-christmas-market-plot": {
        "figure 3 teenagers",
        "no figure 17",
    },
}

MIN_RATE = 0.961  # 454/472 now; 404/472 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL110, KNOWN_MISSES, items=20, min_rate=MIN_RATE, off_topic=13, min_kept_out=0.9
)
