"""The ninety-ninth new-user trial (tests/fixtures/ingest/trial99/): 24 invented saved news pages
of 2011-2019 in 17 languages (English from six countries, Russian, Ukrainian, Turkish, Italian,
French, Spanish, Portuguese, Romanian, Hungarian, Greek, Indonesian, Japanese, Chinese, Hindi,
Persian, Hebrew), in older templates: table layouts, `<br>` paragraphs, pagination, print views,
eight pages in legacy encodings; written blind; 8 on the briefing's subject, 16 off-topic or near
misses. First run, with the theme model fitted on trials up to 82: 886/936 checks (94.7%;
649/686, 94.6%, without the figure checks); titles 23/24 and body F1 0.968 against the careful
copies (trafilatura alone 19/24, 0.919); themes micro-F1 0.667 (the taxonomy reads English only)
with 16 of 16 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL99 = TRIAL.parent / "trial99"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-guardian-2014-firefox-complete-r2-standfirst-share-counts-diyala-funeral-bombing": {
        "no figure 31",
    },
    "03-straitstimes-2019-html-only-drupal-title-section-suffix-sgt-utc-eve-al-hol-indonesians": {
        "group",
        "no figure 70000",
    },
    "04-id-kompas-2019-singlefile-baca-juga-show-all-paging-al-hol-indonesians": {
        "figure 31 women",
        "figure 54 children",
        "group",
    },
    "05-ru-interfax-2017-chrome-complete-windows-1251-moscow-dateline-counters-anbar-checkpoint": {
        "dateline",
        "figure 13 killed",
        "group",
        "themes",
    },
    "06-zh-people-2017-html-only-gb2312-xinhua-source-line-fullwidth-indent-anbar-checkpoint": {
        "dateline",
        "figure 13 killed",
        "group",
        "themes",
    },
    "07-hu-index-2016-html-only-title-site-first-lead-kept-kapcsolodo-erbil-trainers": {
        "figure 143 troops",
        "themes",
    },
    "08-it-repubblica-2019-singlefile-br-paragraphs-leggi-anche-summary-kirkuk-cells": {
        "body without 'Protagonisti'",
        "themes",
    },
    "09-tr-milliyet-2012-firefox-complete-iso-8859-9-aspnet-ids-spot-pkk-zap-strikes": {
        "source",
    },
    "10-he-ynet-2014-wget-rtl-two-digit-year-talkbacks-quneitra-mortars": {
        "body without 'מבזקים'",
    },
    "12-fa-hamshahri-2012-chrome-complete-windows-1256-arabic-yeh-solar-date-basra-electricity": {
        "date",
    },
    "13-vanguard-2019-singlefile-byline-paragraph-kindly-share-signoff-iswap-damasak": {
        "body without 'Vanguard News Nigeria'",
        "no figure 6",
        "no figure 9",
        "source",
    },
    "14-inquirer-2013-firefox-complete-art-plat-ordinal-date-utc-eve-bicol-typhoon": {
        "date",
        "dateline",
        "no figure 3200",
        "no figure 42000",
        "source",
    },
    "15-toi-2012-curl-arttle-normal-div-br-paragraphs-tnn-ist-thane-chain-snatchers": {
        "no figure 2",
        "no figure 4",
    },
    "17-cricinfo-2011-wget-converted-links-table-header-scorebox-leicestershire-seamer": {
        "body without 'Ball-by-ball'",
        "body without 'Leicestershire lead by 130 runs with 9 second-innings wickets remaining'",
        "body without 'Scorecard summary'",
    },
    "19-ja-nikkansports-2012-chrome-complete-shift-jis-h2-headline-logo-h1-bracket-stamp-rakuten-shutout": {  # noqa: E501
        "source",
    },
    "20-el-ingr-2011-firefox-complete-iso-8859-7-td-headline-font-br-paragraphs-athens-transport-strike": {  # noqa: E501
        "body without 'ΑΠΕ-ΜΠΕ, in.gr'",
    },
    "23-hi-amarujala-2016-html-only-print-version-title-only-headline-bureau-byline-banda-heatwave": {  # noqa: E501
        "source",
    },
}
MIN_RATE = 0.946  # 886/936 now; 886/936 at the first run
MIN_TITLES = 23  # at the first run
MIN_BODY_F1 = 0.96  # 0.968 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL99, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=16, min_kept_out=0.92
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL99, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
