"""The ninetieth new-user trial (tests/fixtures/ingest/trial90/): 24 invented saved news pages of
2008-2019 in 13 languages (12 English pages of US, UK, Indian, Canadian, Australian, Nigerian,
Kenyan and Philippine papers; Spanish, French, Portuguese, German, Turkish, Italian, Russian,
Chinese, Arabic, Japanese, Indonesian, Persian), ten saved in the legacy encodings they
declare, in the templates of their time (tables and font tags, Drupal 6, DLE, a logo's h1, a
section's h1 over an h2 headline, masthead clocks and weather, comments); written blind; 8 on
the briefing's subject, 16 off-topic or near misses. First run, with the theme model fitted on
trials up to 82: 615/677 checks (90.8%; 473/522, 90.6%, without the figure checks); titles
21/24 and body F1 0.954 against the careful copies (trafilatura alone 12/24, 0.920); themes
micro-F1 0.714 with 16 of 16 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL90 = TRIAL.parent / "trial90"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-us-kdh-2016-blox-chrome-complete-posted-updated-fort-hood-mosul-advisers": {
        "figure 500 troops",
        "themes",
    },
    "03-in-thehindu-2017-wget-none-timestamps-print-block-west-mosul-checkpoint": {
        "group",
        "no figure 15",
    },
    "04-au-smh-2015-html-only-utc-previous-day-raaf-baiji-strikes": {
        "body without 'with AAP'",
        "no figure 300",
        "no figure 400",
    },
    "05-ca-winnipegfreepress-2016-chrome-complete-posted-mmddyyyy-days-ago-aleppo-bakery": {
        "no figure 1000",
        "no figure 4",
    },
    "06-ng-vanguard-2016-singlefile-wordpress-dateline-caps-comments-borno-ambush": {
        "no figure 11",
        "no figure 6",
        "source",
    },
    "10-uk-expressandstar-2019-singlefile-published-line-sections-walsall-man-sdf-prison": {
        "no figure 1000",
    },
    "12-ca-haliburtonecho-undated-drupal6-firefox-complete-h2-title-sidebar-first-curling-roof": {
        "no figure 140",
    },
    "14-fr-ouestfrance-2018-chrome-complete-pays-point-headline-avec-afp-kirkouk-cells": {
        "themes",
    },
    "17-tr-radikal-2014-html-only-windows1254-div-title-section-kobani-car-bomb": {
        "date",
        "figure 14 killed",
        "themes",
    },
    "19-ru-vkonline-2011-curl-i-headers-windows1251-dle-vchera-h3-title-ice-floe-rescue": {
        "date",
    },
    "20-zh-people-2017-wget-gb2312-empty-pre-sub-fullwidth-indent-west-mosul-checkpoint": {
        "dateline",
        "figure 9 killed",
        "group",
        "themes",
    },
    "21-ar-almada-2010-html-only-windows1256-sitename-title-td-font-issue-number-election-turnout": {  # noqa: E501
        "body without 'بغداد / المدى'",
    },
    "22-ja-kahoku-2010-html-only-shiftjis-div-title-youbi-date-tanabata-crowds": {
        "body without '2010年08月09日月曜日'",
        "body without '宮城のニュース'",
        "source",
        "title",
    },
    "23-id-detik-2019-chrome-complete-br-text-linksisip-gambas-al-hol-women-children": {
        "dateline",
        "figure 47 women and children",
        "source",
    },
}
MIN_RATE = 0.908  # 628/677 now; 615/677 at the first run
MIN_TITLES = 21  # at the first run
MIN_BODY_F1 = 0.95  # 0.954 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL90, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=16, min_kept_out=0.92
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL90, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
