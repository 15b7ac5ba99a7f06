"""The eighty-fifth new-user trial (tests/fixtures/ingest/trial85/): 24 invented saved pages of
think tanks and research centres, government and international bodies (ISW, Brookings, CTC
Sentinel, CENTCOM, DoD News, UN News, OCHA on ReliefWeb, Crisis Group, GOV.UK, HRW, ACLED,
RUSI, the State Department, UNHCR, ICRC, Amnesty) and a few general pages, 2018-2026, with
their release numbers, contact blocks, abstracts, citation boxes and endnotes; written
blind, with careful copies of their bodies; 11 on the briefing's subject, 13 off it. First
run, with the theme model fitted on trials up to 82: 644/700 checks (92.0%; 481/527, 91.3%,
without the figure checks); titles 24/24 and body F1 0.958 against the careful copies
(trafilatura alone: 18/24, 0.935); themes micro-F1 0.900 with 13 of 13 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL85 = TRIAL.parent / "trial85"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-isw-2025-drupal-key-takeaways-box-endnotes-utc-next-day-deir-ezzor-attacks": {
        "body without 'Map: ISIS attacks in Deir ez-Zor Province'",
        "body without '[1]'",
        "body without 'in the deadliest attack on the SDF in Deir ez-Zor this year'",
        "no figure 5",
    },
    "02-brookings-2021-wp-expert-cards-name-subheads-ogsite-brookings-iraq-early-elections": {
        "source"
    },
    "03-ctc-sentinel-2022-wp-chrome-issue-only-visible-abstract-bios-cite-endnotes-prison-breaks": {
        "body without 'Abstract:'",
        "body without 'Author interviews, SDF officials, Hasakah, January and February 2022.'",
        "body without 'Break the Walls of the Prisons'",
        "body without 'CTC Sentinel 15:2 (2022)'",
        "body without 'How to cite'",
        "body without 'It was the culmination of a strategy the group has pursued since 2019'",
        "source",
        "themes",
    },
    "04-centcom-2026-dnn-release-no-immediate-release-tampa-contact-raid-is-official": {"themes"},
    "05-defense-gov-2026-dnn-dod-news-virin-caption-next-day-raid-is-official": {"no figure 1000"},
    "06-un-news-2024-drupal-translated-versions-audio-jsonld-utc-isil-far-from-defeated": {
        "no figure 43000",
        "no figure 5000",
    },
    "07-reliefweb-ocha-2023-drupal-posted-vs-originally-published-attachment-al-hol-sitrep": {
        "date",
        "figure 48213 camp residents",
        "source",
    },
    "08-crisisgroup-2025-singlefile-qa-contributors-arabic-link-no-iso-date-coalition-exit-iraq": {
        "no figure 2500"
    },
    "09-washington-institute-2019-drupal7-policywatch-number-bio-arabic-related-analysis-iraq-comeback": {  # noqa: E501
        "body without 'Iraqi Security Media Cell statements, June 25 and July 2, 2019'",
        "body "
        "without "
        "'Paul "
        "Keskin "
        "is "
        "a "
        "fellow "
        "in "
        "The "
        "Washington "
        "Institute’s "
        "Military "
        "and "
        "Security "
        "Studies "
        "Program.'",
        "body "
        "without "
        "'and "
        "the "
        "pattern "
        "should "
        "worry "
        "anyone "
        "who "
        "remembers "
        "how "
        "it "
        "rebuilt "
        "itself "
        "the "
        "last "
        "time.'",
        "source",
    },
    "10-govuk-2021-chrome-mod-news-story-published-last-updated-see-all-updates-raf-typhoons-daesh": {  # noqa: E501
        "body without 'Corrected the location of the second strike.'",
        "themes",
    },
    "11-hrw-2019-drupal-beirut-dateline-available-in-dek-contact-block-iraq-child-detainees": {
        "no figure 31",
        "themes",
    },
    "12-acled-2020-wp-regional-overview-date-range-title-country-subheads-methodology-note-badia": {
        "body without 'ACLED’s Regional Overviews are published weekly'",
        "body without 'Data for the Middle East are updated every Tuesday.'",
    },
    "14-rusi-2024-drupal-commentary-views-disclaimer-pitch-box-ogsite-rusi-iskp-central-asia": {
        "body without 'Have an idea for a Commentary you’d like to write for us?'"
    },
    "18-state-2020-wp-media-note-office-spokesperson-sdgt-boilerplate-isis-somalia-designations": {
        "source"
    },
    "20-icrc-2024-drupal-news-release-aden-dateline-boilerplate-contacts-ogsite-icrc-yemen-detainees": {  # noqa: E501
        "body without 'The ICRC is a neutral, impartial and independent organization'",
        "dateline",
        "no figure 113",
        "source",
    },
    "21-amnesty-2019-chrome-complete-files-dir-take-action-box-iraq-karbala-protest-killings": {
        "no figure 14"
    },
    "22-cambridge-2018-sitecore-research-news-short-title-cc-licence-read-this-next-nineveh-gate": {
        "no figure 12"
    },
    "24-metoffice-2026-aem-press-office-last-updated-media-enquiries-amber-snow-scotland": {
        "body with 'Yellow warnings for ice'",
        "body without '07753 880534'",
    },
}
MIN_RATE = 0.92  # 659/700 now; 644/700 at the first run
MIN_TITLES = 24  # at the first run
MIN_BODY_F1 = 0.95  # 0.958 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL85, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=13, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL85, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
