"""The seventy-third new-user trial (tests/fixtures/ingest/trial73/): 24 invented saved pages of
news sites writing in Arabic, Kurdish (Sorani), Turkish, French, German, Spanish, Persian,
Russian and Italian, 2015-2026, in four save formats (Chrome and Firefox complete pages, HTML
only, SingleFile), with Hijri, Solar Hijri and Kurdish calendars, local digits, consent dialogs
and mid-text 'read also' boxes; written blind; 10 on the briefing's subject, 14 off-topic.
First run, with the theme model fitted on trials up to 70: 546/601 checks (90.8%; 443/489,
90.6%, without the figure checks); titles 20/24 and body F1 0.975 against the careful copies
(trafilatura alone 10/24, 0.937); themes micro-F1 0.000 (the taxonomy's phrases are English:
none of the ten on-topic pages takes a theme) with 14 of 14 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL73 = TRIAL.parent / "trial73"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-ar-asharq-2026-chrome-complete-hijri-issue-alhol-families": {
        "body without 'مسؤول: المخيم ما زال «قنبلة موقوتة» رغم تراجع أعداد قاطنيه'",
        "date",
        "figure 212 families",
        "source",
        "themes",
    },
    "02-ar-shafaq-2026-html-only-nextdata-utc-eve-makhmour-attack": {
        "group",
        "no figure 2",
        "no figure 3",
        "source",
        "themes",
    },
    "03-ckb-rudaw-2026-singlefile-kurdish-digits-makhmour-attack": {
        "figure 4 killed",
        "group",
        "source",
        "themes",
    },
    "04-ar-alsumaria-2021-firefox-complete-iraqi-months-hamrin-raid": {"themes", "source"},
    "08-ckb-kurdistan24-2023-firefox-complete-kurdish-calendar-salaries": {"source"},
    "09-tr-anadolu-2022-html-only-has-note-pkk-metina": {
        "body without 'Anadolu Ajansı web "
        "sitesinde, AA Haber Akış Sistemi (HAS) "
        "üzerinden abonelere sunulan haberler'",
        "source",
    },
    "11-fr-lemonde-2015-html-only-lire-aussi-baghdad-car-bomb": {
        "no figure 42",
        "source",
        "themes",
    },
    "12-fr-lemonde-2022-singlefile-paywall-mosul-exhibition": {"source"},
    "13-fr-rfi-2020-firefox-complete-correspondant-tillaberi-attack": {
        "body without 'Avec notre correspondant à Niamey, Issoufou Garba'",
        "no figure 14",
    },
    "14-fr-france24-2025-chrome-complete-didomi-damascus-traders": {
        "body without 'Syrie : les banques se préparent au retour des transferts internationaux'"
    },
    "15-de-spiegel-2025-singlefile-utc-datetime-us-withdrawal-iraq": {
        "body with 'Schläferzellen in Kirkuk und Diyala'",
        "themes",
    },
    "16-de-spiegel-2018-html-only-h2-headline-cologne-suspect": {
        "body without 'Er soll einen Anschlag auf ein Public Viewing zur Fußball-WM geplant haben'",
        "body without 'mxw/dpa/AFP'",
    },
    "17-de-sueddeutsche-2021-firefox-complete-lesen-sie-auch-stadelheim": {"title"},
    "18-de-dw-2025-chrome-complete-un-report-syria-rebuild": {
        "body without 'Mit Material von dpa, AFP und Reuters'",
        "themes",
    },
    "19-es-elpais-2023-singlefile-place-date-cet-catalonia-reservoirs": {
        "body without 'Sigue toda la información de El País Clima y Medio Ambiente'",
    },
    "20-fa-bbcpersian-2023-firefox-complete-solar-hijri-nasiriyah-executions": {
        "body without 'پایان مطالب پیشنهادی'",
        "figure 11 executed",
        "themes",
    },
    "21-ru-tass-2020-html-only-unix-dateformat-deir-ezzor-bus": {
        "date",
        "figure 9 killed",
        "themes",
    },
    "23-it-ansa-2024-singlefile-rome-dateline-erbil-drones": {"themes", "figure 300 troops"},
    "24-it-ansa-2022-firefox-complete-venice-mose": {
        "body without 'Previsto un picco di 125 centimetri nel primo pomeriggio'"
    },
}
MIN_RATE = 0.908  # 553/601 now; 546/601 at the first run
MIN_TITLES = 20  # at the first run
MIN_BODY_F1 = 0.97  # 0.975 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL73, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=14, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL73, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
