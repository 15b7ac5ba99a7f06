"""The seventieth new-user trial (tests/fixtures/ingest/trial70/): 24 invented saved pages of
English-language news and magazine sites, 2012-2026 (BLOX and Gannett papers, a Reach plc
page, the Times of India and Dawn, a live blog, a cookie wall, a think tank with footnotes,
an NGO release, a long read with pull quotes, Substack, Medium, Ghost, Blogger, Squarespace
undated, GOV.UK, a university, WordPress with Jetpack, a Q&A, a listicle, a photo essay, a
'Continue reading' page, a TV station's Arc page); written blind; 8 on the briefing's
subject, 16 off-topic. First run, with the theme model fitted on trials up to 67: 452/474
checks (95.4%; 414/431, 96.1%, without the figure checks); titles 24/24 and body F1 0.976
against the careful copies (trafilatura alone 12/24, 0.937); themes micro-F1 0.957 with 16 of
16 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL70 = TRIAL.parent / "trial70"
KNOWN_MISSES: dict[str, set[str]] = {
    "04-timesofindia-2017-three-titles-br-paragraphs-ist-pune-saplings": {
        "body without 'Each sapling will be geo-tagged to track its survival'",
    },
    "05-dawn-2015-h2-title-afp-pkt-anbar-base-attack": {"no figure 30", "no figure 4"},
    "08-gulfchronicle-2019-cookie-wall-first-prayer-times-iraq-detainee-transfer": {
        "figure 280 detainees"
    },
    "09-haldeninstitute-2024-thinktank-footnotes-pdf-bio-badia-recovery": {
        "body without 'Author interview with a security official, Deir ez-Zor, March 2024.'"
    },
    "10-safepassage-2020-ngo-embargo-list-notes-to-editors-camps-winter": {
        "date",
    },
    "11-longitude-2022-longread-dropcap-pullquotes-print-issue-hasakah-guards": {
        "no figure 41",
        "no figure 500",
    },
    "13-medium-2018-graf-pullquote-claps-night-market": {
        "body with 'Last month a generator caught fire and we had to close early.'"
    },
    "14-ferrystreetbulletin-ghost-2020-excerpt-bookmark-card-library-tools": {
        "body without 'The "
        "Ferry Street "
        "Bulletin is a "
        "reader-supported "
        "newsletter "
        "covering Eastbank "
        "and the "
        "riverfront.'"
    },
    "15-notesfrommillhaven-blogger-2012-br-date-header-archive-lost-station": {
        "body without "
        "'Local history, "
        "footpaths and "
        "the odd old "
        "photograph from "
        "a small "
        "Yorkshire "
        "village'"
    },
    "21-swanrivertimes-2024-listicle-numbered-h2-shop-cards-utc-previous-day-winter-warmth": {
        "body with '1. Find the draughts first'",
        "body with '8. Dress for the house you have'",
    },
    "24-kmrl12-2024-tv-station-arc-cst-utc-next-day-water-main-break": {
        "body without 'Stay with KMRL 12 for updates on this developing story.'"
    },
}
MIN_RATE = 0.955  # 454/474; 452/474 at the first run
MIN_TITLES = 24  # 24 at the first run
MIN_BODY_F1 = 0.97  # 0.976 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL70, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=16, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL70, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
