"""The hundred-and-fifth new-user trial (tests/fixtures/ingest/trial105/): 24 invented saved pages
of English-language news sites of 2021-2026 (US, UK, Irish, Canadian, Australian, Indian,
Pakistani, Gulf, Kurdish, Turkish and Israeli outlets) in today's layouts: Next.js pages with the
article again in JSON, hashed class names, WordPress blocks, paywalls after three paragraphs,
newsletter boxes, embedded posts, pull quotes, galleries, corrections, consent layers, live blogs,
a Safari web archive converted to HTML and a page fetched with its HTTP headers; written blind; 10
on the briefing's subject, 4 near-misses, 10 off-topic. First run (with trial 104's fixes, none
from this trial): 834/873 checks (95.5%; 609/635, 95.9%, without the figure checks); titles 22/24
and body F1 0.921 against the careful copies (trafilatura alone 17/24, 0.863); themes micro-F1
0.968 with 13 of 13 off-topic kept out (14 of 14 once page 24 is read).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL105 = TRIAL.parent / "trial105"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-nytimes-2025-chrome-complete-hashed-css-pullquote-print-headline-utc-next-day-syria-drawdown-prisons": {  # noqa: E501
        "body without 'The Pentagon is closing three small outposts in the northeast.'",
        "themes",
    },
    "05-abc-au-2023-html-only-nextjs-key-points-recommended-utc-previous-day-roj-australian-repatriation": {  # noqa: E501
        "no figure 2",
        "no figure 30",
    },
    "06-hindustantimes-2024-safari-webarchive-textutil-cocoa-html-breadcrumb-also-read-un-report-resurgence": {  # noqa: E501
        "body without 'Get Latest World News along with Latest News and Top Headlines "
        "from India and around the world.'",
        "body without 'Latest News'",
        "body without 'The UN monitoring team said ISIS had between 3,000 and 5,000 "
        "fighters across Syria and Iraq and was recruiting in displacement camps'",
    },
    "07-ynetnews-2024-singlefile-draftjs-blocks-us-order-date-tweet-badia-strikes": {
        "group",
        "no figure 900",
    },
    "08-thenews-2024-curl-raw-relative-links-print-edition-next-day-afp-badia-strikes": {
        "group",
        "no figure 900",
    },
    "09-inews-2025-firefox-complete-wordpress-blocks-pullquote-newsletter-youtube-correction-al-hol-children": {  # noqa: E501
        "body without 'This article was amended on 12 February 2025.'",
        "no figure 35",
    },
    "10-globalnews-2023-chrome-complete-wordpress-vip-read-more-video-newsletter-updated-erbil-drone": {  # noqa: E501
        "no figure 350",
    },
    "11-dailysabah-2023-wget-absolute-links-war-on-terror-label-tweet-pkk-metina-strikes": {
        "no figure 40000",
        "no figure 6",
    },
    "15-guardian-2026-html-only-liveblog-key-events-tweet-amendment-note-newcastle-villa": {
        "no figure 2",
    },
    "16-newscomau-2024-singlefile-newscorp-intro-more-coverage-video-recommended-denmark-shark-attack": {  # noqa: E501
        "body without 'A man has been flown to Perth after being attacked by a shark "
        "while surfing with friends, with beaches closed along a stretch of the coast.'",
        "body without 'More Coverage'",
    },
    "17-ndtv-2024-html-only-nextjs-liveblog-ist-entries-tweet-also-read-sukma-ied-attack": {
        "body without 'Quick Reads'",
        "body without 'Six DRG jawans killed, two injured in IED blast in Sukma'",
        "no figure 2",
        "no figure 6",
    },
    "18-dawn-2024-chrome-complete-h2-headline-injected-consent-read-inline-comments-is-k-bajaur-checkpost": {  # noqa: E501
        "no figure 2",
    },
    "19-timesofisrael-2022-wget-wordpress-vip-underline-illustrative-caption-daily-edition-clinic-ransomware": {  # noqa: E501
        "body without 'Welcome to the Times of Israel community'",
    },
    "21-hurriyetdailynews-2021-singlefile-city-line-spot-gallery-captions-sinop-prison-museum": {
        "dateline",
    },
    "22-irishexaminer-2022-firefox-reader-view-date-in-content-read-more-list-cork-hurling-resurgence": {  # noqa: E501
        "body without 'Sign up to receive the latest GAA news and opinion from the Irish "
        "Examiner sports desk'",
    },
    "23-theglobeandmail-2021-chrome-complete-author-headshot-cookie-layer-paywall-three-paragraphs-saskatchewan-wildfire-troops": {  # noqa: E501
        "no figure 120",
        "no figure 2000",
    },
}
MIN_RATE = 0.968  # 889/918 now (page 24 read: 45 more checks); 834/873 at the first run
MIN_TITLES = 24  # 22 at the first run
MIN_BODY_F1 = 0.98  # 0.983 now (its live blog read whole); 0.921 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL105, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=14, min_kept_out=0.92
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL105, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
