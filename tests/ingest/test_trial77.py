"""The seventy-seventh new-user trial (tests/fixtures/ingest/trial77/): 24 invented saved pages of
English-language news and analysis sites, 2014-2026 (the Guardian, the Independent, Al Jazeera,
Arab News, The National, Middle East Eye, Kurdistan24, Rudaw, Stars and Stripes, Military
Times, War on the Rocks, the Long War Journal, Lawfare, Foreign Policy, The Conversation,
Reuters, AP, VOA, RFE/RL, Euronews, Sky News, CBC, ABC Australia, NPR), metadata sometimes
contradicting the page; written blind; 10 on the briefing's subject, 14 off-topic. First run,
with the theme model fitted on trials up to 74: 608/644 checks (94.4%; 483/496, 97.4%, without
the figure checks); titles 24/24 and body F1 0.987 against the careful copies (trafilatura
alone 17/24, 0.954); themes micro-F1 0.914 with 13 of 14 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL77 = TRIAL.parent / "trial77"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-guardian-2019-dcr-cookie-pullquote-lastmodified-al-hol-swells": {
        "figure 72000 camp residents",
        "no figure 10000",
        "no figure 120",
    },
    "03-aljazeera-2023-wp-recommended-list-utc-eve-basra-power-protests": {
        "no figure 11",
        "no figure 6",
    },
    "05-thenational-2021-arcxp-fusion-content-ogsuffix-coalition-advisers": {
        "figure 300 troops",
        "no figure 2200",
    },
    "06-middleeasteye-2018-drupal-relative-lastupdate-readmore-baghdad-women-trials": {
        "figure 300 detainees",
        "no figure 800",
        "no figure 9",
    },
    "07-kurdistan24-2024-nextjs-embedded-tweet-utc-saturday-daquq-attack": {"no figure 2"},
    "08-rudaw-2022-jsonld-views-bold-readmore-makhmour-camp-drone": {"no figure 2", "no figure 3"},
    "10-militarytimes-2018-arc-wrong-sitename-armytimes-lithuania-winter-drills": {
        "no figure 450",
    },
    "11-warontherocks-2020-wp-italic-bio-image-credit-syria-prisons-essay": {"no figure 10000"},
    "12-longwarjournal-2025-wp-block-tweet-embed-author-box-is-claims-syria": {
        "no figure 37",
        "no figure 9",
        "source",
    },
    "14-foreignpolicy-2026-paywall-teaser-ungated-argument-is-comeback": {"themes"},
    "17-apnews-2023-brightspot-updated-only-signoff-shaddadi-raid": {"no figure 10000"},
    "18-voa-2023-pangea-wsw-centcom-tweet-info-credit-shaddadi-raid": {
        "no figure 10000",
        "no figure 40000",
    },
    "19-rferl-2024-pangea-gmt-updated-readmore-kharkiv-substation-drones": {
        "no figure 2",
    },
    "20-euronews-2025-published-updated-gmt1-advertisement-syrian-returns": {"no figure 5"},
    "21-skynews-2023-liveblog-ncposts-metoffice-tweet-cold-snap": {
        "body with 'Good morning and welcome to our live coverage'",
        "body with 'Soldiers called in to help stranded drivers on A66'",
        "body without 'Yellow and "
        "amber warnings are in place "
        "across northern England, "
        "Wales and Scotland.'",
        "no figure 40",
    },
}
MIN_RATE = 0.944  # 612/644 now; 608/644 at the first run
MIN_TITLES = 24  # at the first run
MIN_BODY_F1 = 0.98  # 0.987 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL77, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=14, min_kept_out=0.92
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL77, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
