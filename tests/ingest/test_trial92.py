"""The ninety-second new-user trial (tests/fixtures/ingest/trial92/): 24 invented saved news pages
of 2017-2024 in 13 languages (12 English pages of US, UK, Irish, South African, Pakistani,
Malaysian, New Zealand and Gulf outlets; German, Dutch, Polish, Czech, Swedish, Brazilian
Portuguese, Mexican Spanish, Belgian French, Arabic, Sorani Kurdish, Korean, Vietnamese), in modern
templates: Next.js and Arc pages with the article in JSON as well, AMP, paywall teasers, consent
banners, 'Read also' links inside the text, a Pocket, an Instapaper and a Firefox Reader View page
saved as they are; written blind; 9 on the briefing's subject, 15 off-topic or near misses. First
run, with the theme model fitted on trials up to 82: 788/834 checks (94.5%; 551/583, 94.5%, without
the figure checks); titles 23/24 and body F1 0.984 against the careful copies (trafilatura alone
20/24, 0.948); themes micro-F1 0.588 (five of the nine on-topic pages are not in English) with 15 of
15 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL92 = TRIAL.parent / "trial92"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-wsj-2023-html-only-nextjs-paywall-updated-only-syria-troop-review": {"no figure 900"},
    "02-cnn-2019-chrome-complete-zn-body-blocks-read-all-busayrah-raid": {
        "dateline",
        "no figure 1000",
    },
    "03-thestar-2023-html-only-breadcrumbs-lazy-noscript-ticker-al-hol-repatriation": {
        "no figure 8"
    },
    "04-stuff-2020-firefox-reader-view-date-in-content-read-more-taji-farewell": {
        "figure 16 troops",
        "no figure 40000",
        "source",
    },
    "05-ckb-kurdistan24-2021-chrome-complete-div-headline-logo-h1-kifri-attack": {
        "figure 3 killed",
        "group",
        "source",
        "themes",
    },
    "06-ar-alarabiya-2021-html-only-breaking-ticker-gst-comma-date-kifri-attack": {
        "group",
        "no figure 4",
        "source",
        "themes",
    },
    "07-nl-nos-2024-html-only-nextjs-articlebody-lees-ook-roj-joint-repatriation": {
        "figure 12 children",
        "figure 5 women",
        "group",
        "themes",
    },
    "08-fr-lesoir-2024-singlefile-paywall-chapo-lire-aussi-roj-joint-repatriation": {
        "group",
        "no figure 12",
        "themes",
    },
    "09-pl-tvn24-2022-firefox-complete-consent-lead-czytaj-tez-al-asad-rockets": {
        "body without "
        "'Polscy "
        "żołnierze, "
        "którzy w niej "
        "stacjonują, "
        "są bezpieczni "
        "- przekazało "
        "wojsko.'",
        "themes",
    },
    "10-rte-2019-wget-converted-links-updated-undof-golan-rotation": {
        "no figure 130",
        "no figure 600",
        "source",
    },
    "11-tribune-2022-amp-print-line-next-day-comments-arbaeen-pilgrims": {
        "no figure 3000",
    },
    "12-ko-chosun-2017-chrome-complete-euc-kr-par-br-iraq-housing-restart": {"source"},
    "13-de-tagesschau-2023-singlefile-topline-bold-teaser-stand-iraq-drought": {
        "no figure 70000",
        "source",
    },
    "19-smithsonian-undated-instapaper-read-page-origin-line-chestnut-resurgence": {"source"},
    "20-cs-idnes-2024-singlefile-opener-perex-kept-section-h2-cet-hailstorm": {
        "body with "
        "'Kroupy "
        "velikosti "
        "vlašských ořechů "
        "poškodily ve "
        "čtvrtek večer "
        "stovky střech, "
        "aut a skleníků "
        "na Hodonínsku a "
        "Břeclavsku.'",
        "source",
    },
    "21-sv-aftonbladet-2018-firefox-complete-sportbladet-ingress-las-ocksa-vasaloppet": {
        "body "
        "without "
        "'Oskar "
        "Hedlund "
        "vann "
        "Vasaloppet "
        "efter "
        "en "
        "avgörande "
        "attack "
        "i "
        "backen "
        "upp "
        "mot "
        "Eldris.'"
    },
    "22-pt-g1-2022-html-only-mc-column-blocks-leia-tambem-atualizado-ha-new-frog": {
        "body without 'VÍDEOS: mais assistidos do g1 Campinas e Região'",
        "source",
    },
}
MIN_RATE = 0.944  # 794/834 now; 788/834 at the first run
MIN_TITLES = 23  # at the first run
MIN_BODY_F1 = 0.98  # 0.984 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL92, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=15, min_kept_out=0.92
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL92, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
