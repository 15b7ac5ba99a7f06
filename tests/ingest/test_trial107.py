"""The hundred-and-seventh new-user trial (tests/fixtures/ingest/trial107/): 30 invented articles of
one week (7-13 December 2026) pasted by hand: whole pages selected in Chrome, Firefox and
Safari, article parts, a Reuters wire, a Telegram post, a PDF print edition, a machine
translation, a phone's share, a forwarded newsletter, Markdown page copies and two hand-typed
notes; written blind; 20 on the briefing's subject (four events each told by two or three outlets
in other words and spellings) and 10 off-topic. First run: 799/856 checks (93.3%; 570/619, 92.1%,
without the figure checks); themes micro-F1 0.979 with 10 of 10 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL107 = TRIAL.parent / "trial107"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-shafaq-kirkuk-army-post-attack": {
        "group",
    },
    "02-stripes-us-troops-poland": {
        "figure 130 vehicles",
        "figure 87 tanks",
    },
    "03-reuters-wire-kirkuk-toll": {
        "group",
    },
    "04-kurdistan24-iraq-budget-draft": {
        "body without 'Dinar steady at 1,465 to the dollar in Erbil market'",
        "body without 'KRG delivers November oil revenue report to Baghdad'",
    },
    "05-rudaw-kirkuk-toll-rises": {
        "figure 4 soldier",
        "group",
    },
    "06-xinhua-anbar-is-suspects": {
        "body without 'Manufactured by Xinhua Net'",
    },
    "07-alsumaria-machine-translation-nineveh-court": {
        "figure 5",
    },
    "08-dw-kassel-market-stabbing": {
        "body without 'Image: Martin Sauer/dpa/picture alliance'",
        "source",
    },
    "09-northpress-deir-ez-zor-checkpoint-attack": {
        "group",
    },
    "10-sohr-deir-ezzor-thiban-attack": {
        "group",
    },
    "11-anadolu-somalia-shabaab-base-attack": {
        "body without 'Only part of the news distributed to subscribers through the AA "
        "News Broadcasting System'",
        "dateline",
    },
    "12-note-dayr-az-zawr-thiban-checkpoint": {
        "group",
        "source",
    },
    "13-national-epaper-pdf-isis-badia": {
        "body without 'KAMAL SHARIF'",
        "body without 'THE NATIONAL Thursday, December 10, 2026 19'",
        "body without 'from page 18'",
        "body without 'www.thenationalnews.com'",
        "source",
        "title",
    },
    "14-kurdistan24-al-hol-repatriation": {
        "body without \"Asayish arrest ISIS suspect in al-Hol camp's foreigners' section\"",
    },
    "18-note-minnesota-isis-support-sentencing": {
        "body without '**'",
        "date",
        "date_source",
        "source",
    },
    "19-voa-al-hawl-repatriation": {
        "source",
    },
    "20-reuters-us-raid-kills-is-official-syria": {
        "figure 2 associates",
    },
    "21-telegram-shafaq-tarmiyah-ied": {
        "body without '🔗 Full story:'",
    },
    "22-almonitor-us-raid-hasakah": {
        "body without 'Ezra Calloway'",
        "body without '](https://'",
        "source",
    },
    "23-xinhua-nigeria-iswap-base-raid": {
        "body without '■'",
    },
    "24-enabbaladi-ghwayran-prison-escape-plot": {
        "body without 'A guard tower at al-Sina’a prison in the Ghwayran neighborhood of "
        "al-Hasakah city (North Press)'",
        "figure 2 guards",
    },
    "26-asharq-alawsat-hasakah-raid-residents": {
        "figure 2 men",
    },
    "27-ap-phone-copy-drones-us-base-syria": {
        "figure 3 drones",
        "source",
        "title",
    },
    "28-france24-afp-is-sleeper-cells-northeast-syria": {
        'body without "The day\'s essential world news, every morning"',
        "body without 'IS prisoners in Syria: the camps and jails nobody wants to inherit'",
        "source",
        "themes",
    },
    "29-ap-ecuador-guayaquil-prison-riot": {
        "source",
    },
    "30-national-suwayda-clashes-prisoner-swap": {
        'body with \'"We spent three weeks on this exchange and it lasted one morning," '
        "the mediator, Sheikh Fares Abu Hamdan, told The National.'",
        "body without 'Tarek Hamdi'",
        "body without '](https://'",
        "source",
    },
}
MIN_RATE = 0.940  # 805/856 now; 799/856 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL107, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=10, min_kept_out=0.95
)
