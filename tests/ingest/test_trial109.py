"""The hundred-and-ninth new-user trial (tests/fixtures/ingest/trial109/): 20 invented news pages
saved as single-file archives (9 Chrome/Edge MHTML made by Chromium's own snapshot, 4 Internet
Explorer and Edge IE-mode .mht, 5 Safari .webarchive binary property lists, a Firefox UnMHT
file and a Word 'Single File Web Page') from regional and world outlets, 16 of one week of
November 2026 and 4 of 2012-2024; written blind; 7 on the briefing's subject, 4 near-misses and
9 off-topic. Before single-file archives were read (1690d0f), 5 of the 20 were refused as binary
and most titles kept the site's name: 289/325 checks. First run with archives read (support
written from the formats before this trial was seen, none of its fixes): 420/427 checks
(98.4%); titles 20/20 and body F1 0.995 against the careful copies (trafilatura on the same
pages taken out of their archives 19/20, 0.967); themes micro-F1 1.000 with 13 of 13
off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL109 = TRIAL.parent / "trial109"
KNOWN_MISSES: dict[str, set[str]] = {
    "03-shafaq-hamrin-warning": {
        "figure 300 militants",
    },
    "06-militarytimes-green-village": {
        "figure 1100 U.S. troops",
    },
    "12-ap-germany-teen-plot": {
        "source",
    },
}
MIN_RATE = 0.983  # 424/427 now; 420/427 at the first run
MIN_TITLES = 20  # 20 at the first run
MIN_BODY_F1 = 0.99  # 0.995 now

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL109, KNOWN_MISSES, items=20, min_rate=MIN_RATE, off_topic=13, min_kept_out=0.95
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL109, pages=20, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
