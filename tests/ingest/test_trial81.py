"""The eighty-first new-user trial (tests/fixtures/ingest/trial81/): 24 invented saved pages of
regional and international broadcasters' English sites on Iraq and Syria (France 24, DW,
Euronews, VOA, RFE/RL, Asharq Al-Awsat, Arab News, Kurdistan24, Shafaq News, INA, North
Press, Enab Baladi, Syria Direct, The New Arab, Middle East Eye, Amwaj, ANF, ANHA, Al
Arabiya, TRT World, Al-Monitor, SANA, Rudaw, Anadolu), 2019-2026, kept by Chrome, Firefox,
SingleFile, Safari, a print module, a reader view, archive.today and the Wayback Machine;
written blind, with careful copies of their bodies; 10 on the briefing's subject, 14 off
it. First run, with the theme model fitted on trials up to 79: 767/804 checks (95.4%;
583/607, 96.0%, without the figure checks); titles 23/24 and body F1 0.989 against the
careful copies (trafilatura alone: 20/24, 0.947); themes micro-F1 0.966 with 13 of 14
off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL81 = TRIAL.parent / "trial81"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-france24-2025-issued-modified-daymonth-with-afp-roj-repatriation": {"no figure 80"},
    "02-dw-2024-singlefile-title-date-mmdd-translated-note-is-regrouping-syria": {
        "no figure 153",
        "no figure 9000",
    },
    "05-rferl-2024-chrome-complete-service-byline-gmt-updated-kyrgyz-returns-roj": {
        'body without "Written by Daniel Brennan based on reporting by RFE/RL\'s Kyrgyz Service"',
        "no figure 79",
    },
    "11-npa-2022-singlefile-wp-jannah-read-also-reporting-signoff-busayrah-raid": {
        "figure 4 arrested"
    },
    "14-newarab-2024-nextjs-staff-agencies-jsonld-utc-previous-day-darfur-camp-shelling": {
        "no figure 19"
    },
    "15-mee-2023-archive-today-capture-meta-sitename-archive-ph-sinjar-returns": {"no figure 6"},
    "16-amwaj-2025-html-only-explainer-label-jsonld-other-zone-pmf-law": {"date"},
    "17-anf-2021-html-only-sitename-anf-news-title-prefix-zap-avashin-bombardment": {
        "no figure 14",
        "source",
    },
    "18-anha-2020-amp-sitename-anha-jsonld-no-zone-mercenaries-al-hol-sweep": {
        "body without 'H/ F.Z.'",
        "no figure 60000",
    },
    "20-trtworld-2022-nuxt-state-and-agencies-neutralised-asos-pkk-strikes": {"no figure 11"},
    "21-almonitor-2023-drupal-long-sitename-pro-promo-unifil-markaba-shell": {
        "body without 'The "
        "UN force in "
        "southern Lebanon "
        "urged all sides "
        "to respect the "
        "safety of its "
        "personnel'",
        "no figure 10000",
    },
    "22-sana-2019-wp-sahifa-saved-from-signoff-initials-hama-terrorist-groups": {
        "body without 'B. Hamoud / L. Tarraf'"
    },
    "24-aa-2024-saved-from-dotted-date-sitename-ajansi-location-line-istanbul-daesh-detentions": {
        "no figure 33",
        "no figure 5",
    },
}
MIN_RATE = 0.953  # 785/804 now; 767/804 at the first run
MIN_TITLES = 23  # at the first run
MIN_BODY_F1 = 0.98  # 0.989 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL81, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=14, min_kept_out=0.92
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL81, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
