"""The sixty-sixth new-user trial (tests/fixtures/ingest/trial66/): 24 invented saved pages of
mid-size and local news sites around the world, 2009-2026, 17 of them not in English (ko, cs,
es, he, de, pt, nl, ru, pl, it, ja, fr, id, tr, fa): table layouts with `<font>`, a print view,
Naver's press logo, Drupal, Joomla with its headline in an h2, Bitrix, WordPress with Jetpack
and comments, Tilda's headline in a div, ExpressionEngine's paywall teaser, a gallery, AMP,
a Jalali date; written blind; 7 on the briefing's subject (6 of them not in English), 17
off-topic. First run, with the theme model fitted on trials up to 64: 431/470 checks (91.7%;
401/434, 92.4%, without the figure checks); titles 22/24 and body F1 0.959 against the careful
copies (trafilatura alone 8/24, 0.912); themes micro-F1 0.500 (the non-English on-topic pages
get no theme) with 17 of 17 off-topic kept out. Since (comments, captions and view counters in
other languages, a company's rights line naming the site, Czech and Polish published labels,
Tilda's headline): 444/470, titles 24/24, body F1 0.984.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL66 = TRIAL.parent / "trial66"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-pellriver-2009-table-font-sitename-title-school-closure": {
        "body without 'Board splits 4-3 after four hours of testimony; 112 students to "
        "move to Riverside in the fall'",
        "source",
    },
    "02-calderclarion-2010-print-view-chapel-lead-theft": {
        "body without 'Congregation vows celebrations will go ahead despite £20,000 damage'"
    },
    "03-ko-naver-2011-press-logo-source-pear-frost": {
        "source",
    },
    "04-cs-vysocina-2012-table-inline-styles-brewery": {
        "body without 'Bratři Kratochvílovi "
        "uvařili v bývalé sladovně první várku "
        "ležáku. Pivnice se otevře na jaře.'"
    },
    "09-nl-dekempen-2015-lees-ook-oirschot-trainers-erbil": {"themes", "figure 130 troops"},
    "10-ru-kamvestnik-2016-bitrix-sukhnah-checkpoint-attack": {
        "body without 'Нападавшие "
        "взорвали у заграждения "
        "начиненный взрывчаткой "
        "автомобиль, а затем пошли на "
        "штурм.'",
        "figure 9 killed",
        "themes",
    },
    "13-it-cronachefriulane-2017-joomla-h2-headline-alpini-return": {"figure 350 troops", "themes"},
    "14-ja-sanin-2018-ruby-kagura-debut": {"title"},
    "15-fr-reveillorrain-2019-drupal8-roj-camp-family": {
        "body without 'Ses parents ont saisi la justice avec une vingtaine d’autres familles.'",
        "themes",
    },
    "17-ru-sibparter-2020-tilda-div-headline-theatre-letters": {
        "body without '«Я слышала голос. Не актрисы, а именно ее, Клавы»'",
        "body without 'Сорок три письма медсестры нашли при реставрации деревянного дома.'",
    },
    "19-portalder-2022-gallery-long-captions-boat-festival": {
        "body without 'Gallery: Port Alder Wooden Boat Festival 2022'"
    },
    "20-tr-cukurovapostasi-2023-breadcrumbs-section-heads-raqqa-prison-attack": {
        "figure 7 killed",
        "themes",
    },
    "21-tigrisherald-2024-amp-hamrin-cells-regroup": {"no figure 2", "no figure 3"},
    "22-fa-khabaresahel-2024-rtl-jalali-date-caspian-pier": {
        "body without 'گزارش خبر ساحل از بندر انزلی'"
    },
}
MIN_RATE = 0.944  # 444/470; 431/470 at the first run
MIN_TITLES = 24  # 22 at the first run
MIN_BODY_F1 = 0.98  # 0.984; 0.959 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL66, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=17, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL66, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
