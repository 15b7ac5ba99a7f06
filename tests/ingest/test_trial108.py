"""The hundred-and-eighth new-user trial (tests/fixtures/ingest/trial108/): 24 invented saved pages
of a broad mix of English-language sites of 2008-2024 (a county paper saved by Internet Explorer
6 in Windows-1252, national papers, a broadcaster, wires, a military command's release, a
Blogger blog, a sports site, a university, a charity, Substack, Medium, a magazine, local TV
stations on one CMS, an AMP page, Next.js, a Notepad re-save with a BOM), saved by Chrome,
Firefox, SingleFile, wget and curl; written blind; 8 on the briefing's subject, 4 near-misses
and 12 off-topic. First run (with trial 106's and 107's fixes, none from this trial): 854/877
checks (97.4%; 595/609, 97.7%, without the figure checks); titles 23/24 and body F1 0.992
against the careful copies (trafilatura alone 22/24, 0.964); themes micro-F1 0.960 with 16 of
16 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL108 = TRIAL.parent / "trial108"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-countypaper-school-levy-ie6": {
        "body without 'Email this story'",
        "body without 'Print this story'",
        "figure 23 positions",
    },
    "05-centcom-press-release-qaim-chrome-htmlonly": {
        "figure 13 terrorists",
    },
    "06-blogger-ice-storm-chrome-complete": {
        "figure 38000 customers",
    },
    "07-espnfc-match-report-firefox-complete": {
        "body with 'Shots (on target)'",
    },
    "08-irishtimes-airport-strike-vote-wget": {
        "body without 'The Irish Times - Tuesday, March 16, 2010'",
        "figure 420 handlers",
    },
    "10-university-cover-crops-undated-wget": {
        "figure 48 plots",
        "source",
    },
    "14-verge-isis-propaganda-video-app-chrome-complete": {
        "figure 3400 accounts",
    },
    "15-cnbc-retailer-store-closures-curl": {
        "figure 1200 jobs",
        "figure 64 stores",
    },
    "16-substack-isis-badia-chrome-htmlonly": {
        "themes",
    },
    "17-mee-idlib-market-shelling-singlefile": {
        "figure 9 people",
    },
    "19-savethechildren-roj-repatriation-firefox-complete": {
        "source",
    },
}
MIN_RATE = 0.973  # 861/877 now; 854/877 at the first run
MIN_TITLES = 23  # 23 at the first run
MIN_BODY_F1 = 0.99  # 0.992 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL108, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=16, min_kept_out=0.95
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL108, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
