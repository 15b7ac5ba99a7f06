"""The eighty-seventh new-user trial (tests/fixtures/ingest/trial87/): 24 invented saved pages of
24 English-language outlets (Iraqi News, Asharq Al-Awsat, Arab News, Middle East Eye,
Al-Monitor, Defense One, Military.com, Foreign Policy, Euronews, The Jerusalem Post, Daily
Sabah, Hurriyet Daily News, The Arab Weekly, The New Arab, The Hindu, Dawn, The Conversation,
Breaking Defense, Task & Purpose, The Diplomat, Gulf News, Politico Europe, France 24, Al
Jazeera), 2016-2026, whose article bodies are broken by in-body furniture (link boxes, embedded
posts, ad labels, sign-up boxes, galleries, pull quotes, players, tables of contents, a live
blog, comments); written blind; 10 on the briefing's subject, 14 off-topic or near misses.
First run, with the theme model fitted on trials up to 82: 675/700 checks (96.4%; 514/524,
98.1%, without the figure checks); titles 24/24 and body F1 0.989 against the careful copies
(trafilatura alone 13/24, 0.940); themes micro-F1 0.966 with 14 of 14 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL87 = TRIAL.parent / "trial87"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-iraqinews-2021-amp-reader-relative-time-also-read-mutaibija-post-attack": {"no figure 2"},
    "02-aawsat-2021-drupal-byline-place-related-box-mutaibija-post-attack": {
        "no figure 2",
        "no figure 5",
    },
    "04-middleeasteye-2020-webpage-complete-newsletter-slideshow-rusafa-detainees": {
        "figure 600 detainees",
        "no figure 40",
    },
    "05-almonitor-2023-singlefile-summary-telegram-timeline-ain-al-asad-rockets": {
        "no figure 2500"
    },
    "06-defenseone-2024-newsletter-pullquote-next-story-erbil-troop-shift": {"no figure 2500"},
    "07-militarycom-2022-video-read-next-story-continues-shaddadi-raid": {
        "no figure 10000",
        "no figure 900",
        "themes",
    },
    "08-foreignpolicy-2025-singlefile-toc-listen-pullquote-syria-waiting": {"no figure 9000"},
    "09-euronews-2026-advertisement-labels-factbox-x-post-roj-repatriation": {
        "body with 'Key facts: al-Hol and Roj'",
        "body with 'Roj, the smaller of the two, holds most of the women from Western Europe.'",
    },
    "10-jpost-2017-webpage-complete-br-paragraphs-tweet-comments-yarmouk-car-bomb": {
        "no figure 11"
    },
    "11-dailysabah-2022-amp-war-on-terror-kicker-tweet-gara-pkk-strikes": {"no figure 14"},
    "12-hurriyetdailynews-2022-city-line-footer-headlines-gara-pkk-strikes": {"no figure 14"},
    "20-thediplomat-2022-subscribe-box-ad-labels-iskp-central-asia": {
        "body without 'ISKP’s "
        "propaganda in Tajik, "
        "Uzbek and Kyrgyz is aimed "
        "at migrant workers far "
        "from home.'"
    },
    "22-politicoeu-2025-singlefile-listen-playbook-box-updated-tractors-brussels": {
        "no figure 12",
        "no figure 2",
    },
}
MIN_RATE = 0.964  # 680/700 now; 675/700 at the first run
MIN_TITLES = 24  # at the first run
MIN_BODY_F1 = 0.98  # 0.989 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL87, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=14, min_kept_out=0.92
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL87, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
