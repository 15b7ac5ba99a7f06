"""The eighty-second new-user trial (tests/fixtures/ingest/trial82/): 30 invented articles an
analyst copied in one late-November week from news apps, aggregators and syndication (Apple
News, Google News, Yahoo, MSN and Microsoft Start, SmartNews, Ground News, Flipboard,
NewsBreak, Feedly, a LinkedIn and a Substack repost, a phone's share sheet, archive.ph and
12ft.io, an AFP and an AP client terminal, two PDF e-editions, two machine translations from
Arabic); written blind; 12 on the briefing's subject, 18 off-topic or near misses full of its
words. The source is always the original outlet, never the app. First run, with the theme
model fitted on trials up to 79: 928/1086 checks (85.5%; 617/760, 81.2%, without the figure
checks); themes micro-F1 0.897 with 17 of 18 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL82 = TRIAL.parent / "trial82"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-kurdish-oil-flows-apple-news-bloomberg": {
        'body without "Lower crude prices have squeezed Iraq\'s 2026 budget"',
        "body without 'Exports via Ceyhan to rise in stages after payment deal'",
    },
    "03-isis-regrouping-map-msn-newsweek": {
        "body without 'U.S. soldiers patrol near an oil field in northeastern Syria in "
        "this file photo.'",
        "body without 'Update 11/25/26, 10:45 a.m. ET: This article has been updated "
        "with additional information.'",
        "date",
        "no figure 1000",
    },
    "05-hol-iraqi-returns-yahoo-afp": {
        "body without '(Zaid KHALIL)'",
        "date",
        "figure 612 camp residents",
        "no figure 70000",
    },
    "06-un-monitors-warning-flipboard-al-monitor": {"no figure 3000"},
    "08-counter-drone-contract-feedly-breaking-defense": {
        "body without 'The awards are the first under a program launched after drone "
        "strikes on US outposts in Iraq, Syria and Jordan exposed gaps in base "
        "defenses.'",
    },
    "09-isis-extortion-finance-linkedin-asharq": {
        "body without '14 comments • 6 reposts'",
        "body without 'Most relevant'",
        "body without 'Very useful, thanks Selim. Matches what we hear from Diyala.'",
        "body without 'english.aawsat.com'",
        "body without '…see more'",
        "source",
    },
    "10-raqqa-unpaid-fighters-substack-syria-direct": {
        "body without 'A note before the piece: I am reposting this in full'",
        "body without 'Euphrates Notes'",
        "body without 'It was originally published by Syria Direct on November 26, 2026.'",
        "body without 'Thanks for reading Euphrates Notes!'",
        "date",
        "no figure 3",
        "source",
    },
    "11-iraq-border-cells-archive-wsj": {
        "body without 'Write to Rory Whitcombe at rory.whitcombe@wsj.com'",
        "dateline",
        "no figure 2",
        "no figure 500",
    },
    "13-leeds-plot-verdict-12ft-the-times": {"no figure 8"},
    "14-sukhnah-army-post-afp-terminal": {
        "body with 'the Britain-based Syrian Observatory for Human Rights, a war "
        "monitor, said the attack bore the hallmarks of IS'",
        "body without 'Iraq-Syria-jihadists-camp, ADVISORY'",
        "no figure 120",
    },
    "15-pmf-law-ap-newsroom": {"no figure 200000"},
    "16-sinaa-prison-guards-pdf-washington-post": {
        "body with 'The handover of the prisons from "
        "the Kurdish-led administration to the "
        "government in Damascus, agreed this year as "
        "part of a broader deal to integrate the "
        "northeast into the Syrian state'",
        "body without 'BY GRANT OSLER'",
        "body without 'Black Friday shaped by tariffs'",
        "body without 'INSIDE'",
        "body without 'Jailers who once served the Kurdish-led SDF now answer to'",
        "body without 'Prisons hold thousands accused of IS ties'",
        "body without 'RETAIL CONTINUED ON A14'",
        "body without 'SYRIA CONTINUED ON A6'",
        "body without 'SYRIA FROM A1'",
        "body without 'Shoppers return, warily, for a'",
        "body without 'Sports: Commanders fall in Dallas D1'",
        "body without 'than last year, betting that shop'",
        "date",
        "no figure 500",
    },
    "17-rutba-hashd-attack-almada-translate": {"dateline", "source", "title"},
    "18-hol-returnees-ground-news-rudaw": {"figure 612 camp residents"},
    "19-turkish-strikes-sinjar-microsoft-start-independent": {"figure 2 wounded"},
    "22-warehouse-strike-msn-ap": {
        "body without 'Workers picket outside a distribution center "
        "in Joliet, Ill., on Friday, Nov. 27, 2026.'"
    },
    "23-kharkiv-drone-strike-ground-news-kyiv-independent": {"no figure 2"},
    "27-darfur-cholera-camps-google-news-guardian": {"no figure 80"},
    "28-hospital-ransomware-feedly-bleepingcomputer": {"source"},
    "29-canada-fire-pdf-la-times": {
        "body with 'had burned more than 6,200 acres by Friday evening and was 5% contained'",
        "body without 'Fire crews race to build lines before winds return'",
        "body without 'THE CAÑADA FIRE burns above Santa Paula on "
        "Friday. Photographs by Miguel Santos Los Angeles Times'",
        "body without 'Thousands flee as gusts ground aircraft; at least 14 homes lost'",
        "body without 'Times staff writer Joaquin Reyes reported "
        "from Santa Paula and Alana Whitfield from Los Angeles.'",
        "body without '[Fire, from A1]'",
        "body without '[See Fire, A8]'",
    },
    "30-iraq-squad-basra-camp-alsabah-translate": {"dateline", "source", "title"},
}
MIN_RATE = 0.854  # 988/1086 now; 928/1086 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL82, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=18, min_kept_out=0.94
)
