"""The hundred-and-second new-user trial (tests/fixtures/ingest/trial102/): 24 invented saved news
pages of 2012-2024, 12 in English (US, UK, Canadian, Indian, Australian, South African, Turkish,
Israeli and Qatari outlets) and 12 in German, French, Arabic, Russian, Turkish, Dutch, Polish,
Spanish, Italian, Portuguese, Japanese and Korean, chosen as a test of titles: a logo or section
in the h1, kickers and labels, reworded social titles, several h1s, multi-part `<title>`s, a live
blog, a gallery, an AMP page and a print view; written blind; 8 on the briefing's subject, 16
off-topic or near misses. First run (with this commit's fixes from trial 103, none from this
trial): 800/830 checks (96.4%; 615/638, 96.4%, without the figure checks); titles 24/24 and body
F1 0.989 against the careful copies (trafilatura alone 8/24, 0.942); themes micro-F1 0.556 (the
taxonomy reads English only) with 16 of 16 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL102 = TRIAL.parent / "trial102"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-washingtonpost-2019-chrome-complete-analysis-kicker-og-label-hamrin-regrouping": {
        "themes",
    },
    "02-skynews-2023-html-only-liveblog-latest-entry-three-part-title-al-hol-sweep": {
        "group",
        "no figure 23",
    },
    "03-de-tagesspiegel-2021-firefox-complete-overline-in-h1-politik-title-roj-returnees": {
        "body without 'Die Bundesregierung hat erneut Frauen und Kinder aus dem Lager "
        "Roj zurückgeholt.'",
        "no figure 3",
        "themes",
    },
    "04-fr-lefigaro-2016-singlefile-several-h1-premium-promo-newsletter-mosul-rafale-caesar": {
        "themes",
    },
    "05-cbc-2015-wget-politics-section-title-shorter-og-peshmerga-front-line": {
        "no figure 50",
    },
    "06-ar-alaraby-2023-chrome-complete-short-og-twitter-titles-al-hol-sweep": {
        "group",
        "no figure 23",
        "themes",
    },
    "07-ru-kommersant-2017-html-only-print-view-issue-prefix-title-deir-ezzor-counterattack": {
        "date",
        "figure 14 killed",
        "source",
        "themes",
    },
    "08-tr-sabah-2014-html-only-caps-h1-sentence-case-og-kirkuk-turkmen-village": {
        "figure 9 killed",
        "themes",
    },
    "10-trtworld-2022-wget-section-h1-headline-h2-short-og-pkk-asos": {
        "no figure 6",
    },
    "11-nl-volkskrant-2022-singlefile-reportage-label-kicker-reworded-og-idlib-cholera": {
        "body without 'Artsen komen infuuszakken tekort, hulporganisaties geld.'",
    },
    "14-mg-2012-html-only-laquo-title-entities-rea-vaya-strike": {
        "source",
    },
    "17-mirror-2016-chrome-complete-exclusive-flag-short-og-sunderland-transfer": {
        "source",
    },
    "24-ko-hani-2018-firefox-complete-colon-chain-title-h4-headline-ellipsis-seoul-apartments": {
        "body without '강남 3구 재건축 호가 수천만원씩 올라'",
        "body without '보유세 개편안 발표 뒤 불확실성 해소 인식'",
    },
}
MIN_RATE = 0.972  # 807/830 now; 800/830 at the first run
MIN_TITLES = 24  # at the first run
MIN_BODY_F1 = 0.98  # 0.989 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL102, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=16, min_kept_out=0.92
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL102, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
