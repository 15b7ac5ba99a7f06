"""The ninety-sixth new-user trial (tests/fixtures/ingest/trial96/): 24 invented saved English news
pages of 2010-2022 in the templates of US chains (Gannett, McClatchy, Lee, Tribune), UK regional
groups (Reach, Newsquest), Postmedia and News Corp, local TV and public broadcasters, a WordPress
news blog, a magazine's long read, a government's release, a think tank's commentary and two live
blogs; written blind; 9 on the briefing's subject, 15 off-topic or near misses. First run, with the
theme model fitted on trials up to 82: 827/872 checks (94.8%; 590/624, 94.6%, without the figure
checks); titles 22/24 and body F1 0.983 against the careful copies (trafilatura alone 6/24, 0.938);
themes micro-F1 0.909 with 15 of 15 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL96 = TRIAL.parent / "trial96"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-indystar-2019-chrome-complete-gnt-more-gallery-utc-next-day-guard-homecoming": {
        "figure 400 troops",
        "no figure 40",
        "themes",
    },
    "02-wthr-2019-html-only-tegna-section-label-related-video-guard-homecoming": {
        "figure 400 troops",
        "no figure 17000",
        "themes",
    },
    "03-omaha-worldherald-2021-wget-blox-ap-copyright-relative-updated-kirkuk-checkpoint-attack": {
        "no figure 2",
        "no figure 3",
    },
    "04-northernecho-2021-firefox-complete-newsquest-caps-lede-read-more-roj-returnee-trial": {
        "no figure 2"
    },
    "05-ottawacitizen-2021-html-only-postmedia-story-continues-utc-next-day-op-impact-extension": {
        "figure 850 troops",
    },
    "06-canada-national-defence-2021-singlefile-wet-news-release-date-modified-op-impact-extension": {  # noqa: E501
        "body with 'March 25, 2021 – Ottawa, Ontario – National Defence / Canadian Armed Forces'",
        "dateline",
        "figure 850 troops",
    },
    "09-nbcnews-2022-html-only-liveblog-kicker-in-h1-tweet-nextdata-syria-raid": {
        "body with 'Who was Abu Yasir al-Halabi?'",
        "no figure 900",
    },
    "11-iraqbusinessnews-2020-firefox-complete-wordpress-sharedaddy-source-line-jordan-grid-link": {
        "body without '(Source: Ministry of Electricity)'"
    },
    "13-theatlantic-2021-singlefile-h1-br-pullquotes-print-edition-line-mosul-booksellers": {
        "body "
        "without "
        "'After "
        "the "
        "Islamic "
        "State "
        "emptied "
        "al-Nujaifi "
        "Street, "
        "the "
        "men "
        "who "
        "sold "
        "books "
        "there "
        "came "
        "back.'"
    },
    "14-charlotteobserver-2019-chrome-complete-mcclatchy-read-next-card-updated-youth-league-embezzlement": {  # noqa: E501
        "no figure 600"
    },
    "15-chicagotribune-undated-html-only-print-view-logo-h1-h2-headline-jazz-club-obituary": {
        "title"
    },
    "17-buffalonews-2021-firefox-complete-blox-kicker-newsletter-contact-line-bakery-expansion": {
        "source"
    },
    "22-komo-2019-html-only-sinclair-empty-h1-ogtitle-only-ordinal-date-mount-si-rescue": {
        "source"
    },
    "24-kansascitystar-2022-singlefile-mcclatchy-updated-only-originally-published-correction-streetcar-delay": {  # noqa: E501
        "body "
        "without "
        "'Correction: "
        "An "
        "earlier "
        "version "
        "of "
        "this "
        "story "
        "gave "
        "the "
        "wrong "
        "number "
        "of "
        "stops "
        "on "
        "the "
        "extension.'"
    },
}
MIN_RATE = 0.948  # 844/872 now; 827/872 at the first run
MIN_TITLES = 22  # at the first run
MIN_BODY_F1 = 0.98  # 0.983 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL96, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=15, min_kept_out=0.92
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL96, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
