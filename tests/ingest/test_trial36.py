"""The thirty-sixth new-user trial (tests/fixtures/ingest/trial36/): 24 invented saved pages in
21 languages from many countries' sites, written blind (by a helper who never ran digest nor
read its code, labels or the other trials): German, Japanese (with ruby), Arabic with
Arabic-Indic digits, Brazilian Portuguese, French, Polish, Russian in windows-1251 bytes, Czech,
Swedish, Greek (saved by SingleFile), Hebrew, Turkish, Ukrainian, Persian with solar Hijri
dates, Hindi, Indonesian, Vietnamese, Korean, Chinese simplified and traditional (a Minguo
year), and English pages from India, Nigeria and Australia; wrong, missing and meta-only `lang`
attributes; "Web page, complete" saves; 8 on the briefing's subject, 16 off-topic.

Measured at the first run, before any change for it: 404/458 checks (88.2%); titles 22 of 24
and body word F1 0.935 over the 23 pages the measuring script could read (it read the
windows-1251 page as UTF-8; trafilatura alone 10 of 24, 0.913); themes: the 8 on-topic pages
are in languages the theme model does not read, so none got a theme (16 of 16 off-topic kept
out).

After: a page decoded in the code page it declares (the Russian page was mojibake); the logo's
text as the site's name; a UTC stamp shown in the publisher's zone dated by its day; the
publication's date line before an update's; dates in Czech, Ukrainian, Greek, Hindi and Swedish,
in Arabic-Indic digits and after an Arabic weekday; a name in guillemets; 'read also' boxes in
Polish, Czech, Turkish, Persian, Hindi and Vietnamese; a headline in a class that says 'title'
in Polish: 427/458 (93.2%), titles 24 of 24, body
F1 0.981 over all 24 (trafilatura 11 of 24, 0.952, given the bytes).

Left: themes of pages in other languages (the model is English), sources the labels name
otherwise than the page's brand ('道東新報' for '道東新報デジタル', a portal's repost), a Minguo
year, a Hindi page's highlights box, a Chinese repost's source lines.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL36 = TRIAL.parent / "trial36"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-de-lang-en-template-bundeswehr-erbil": {"figure 700 troops", "themes"},
    "02-ja-complete-ruby-bus-cuts": {"source", "title"},
    "03-ar-rtl-indic-digits-kirkuk-ambush": {"source", "themes"},
    "04-ptbr-wp-lang-en-leia-tambem-bus-lanes": {
        "body without 'Receba as notícias da Folha Curitibana no seu WhatsApp'"
    },
    "05-fr-complete-abonnes-lire-aussi-badia-cells": {"themes"},
    "07-ru-cp1251-chitayte-takzhe-sukhnah-convoy": {
        "figure 6 killed",
        "figure 9 wounded",
        "source",
        "themes",
    },
    "09-sv-las-ocksa-rattelse-roj-children": {"figure 6 children", "themes"},
    "11-he-rtl-hebrew-calendar-date-desert-cells": {"themes"},
    "12-tr-complete-ilgili-haberler-us-drawdown": {"figure 600 troops", "themes"},
    "14-fa-rtl-solar-hijri-zayandeh-rud": {"body without 'انتهای پیام'"},
    "15-hi-nolang-highlights-ye-bhi-padhen-mango": {"body with 'पहली खेप में करीब 4 टन आम भेजे गए'"},
    "17-vi-nolang-author-last-line-mekong-salinity": {"body without 'Hoàng Nam'"},
    "19-zh-portal-repost-yuanbiaoti-suzhou-canals": {
        "body without '原标题'",
        "body without '本文来源'",
        "source",
    },
    "20-zh-hant-gov-roc-date-content-language-youbike": {"date"},
    "22-en-ng-wp-kindly-share-iswap-monguno": {"body without 'The Lagos Sentinel News Nigeria'"},
    "24-es-mas-informacion-sigue-percebe-storms": {
        "body without 'Sigue toda la información de Galicia'"
    },
}
MIN_RATE = 0.93  # 427/458
MIN_TITLES = 24
MIN_BODY_F1 = 0.975  # 0.981 measured

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL36, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=16, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL36, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
