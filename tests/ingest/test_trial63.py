"""The sixty-third new-user trial (tests/fixtures/ingest/trial63/): 24 invented saved pages in
the templates of big news sites, 2015-2026 (BBC text blocks, a Guardian live blog, a New York
Times analysis with three headlines, Reuters and Politico bodies split around promos, AP's
relative time and 'FILE - In this … file photo' captions, Al Jazeera in Arabic, France 24,
DW, The National on Next.js, Kurdistan24 AMP, The Independent with a hidden print copy, Fox
News, a Daily Mail page with bullets over the text and a long comment section, the Telegraph,
NPR's photo essay, Bloomberg's paywall, Axios, The Hill, Sky News Arabia, ABC Australia
undated, Times of Israel); written blind; 13 on the briefing's subject, 11 off-topic. First
run, with the theme model fitted on trials up to 61: 449/485 checks (92.6%; 405/430, 94.2%,
without the figure checks); titles 23/24 and body F1 0.971 against the careful copies
(trafilatura alone 13/24, 0.927); themes micro-F1 0.800 (the French and Arabic on-topic
pages unthemed) with 11 of 11 off-topic kept out. Since (an archive photo's caption, 'Go
deeper:', Times of Israel's and Axios's plugs, 'TheHill', a headline in an h2 that goes on
where og:title stops, bullets over the text no lede, decks under the headline): 460/485,
titles 24/24, body F1 0.981.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL63 = TRIAL.parent / "trial63"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-bbc-2023-text-blocks-social-ogtitle-badia-bus-ambush": {
        "body without 'Syria’s forgotten desert war'",
        "no figure 23",
        "no figure 5",
    },
    "02-guardian-2024-liveblog-key-events-deir-ezzor-prison": {
        "body without 'SDF imposes curfew "
        "on villages near Sina’a prison "
        "as search for fugitives "
        "continues'",
        "no figure 14",
    },
    "04-reuters-2021-split-body-containers-kirkuk-roadside-bomb": {"no figure 3"},
    "06-ar-aljazeera-2022-rtl-read-also-list-homs-desert-attack": {"themes", "no figure 4"},
    "07-fr-france24-2024-publie-modifie-chapo-transfert-detenus": {
        "body without 'Irak : au tribunal de Bagdad, des procès de jihadistes à la chaîne'",
        "figure 152 detainees",
        "themes",
    },
    "08-de-dw-2019-smalllist-datum-bundeswehr-ausbilder-irak": {
        "body without 'Das Einsatzführungskommando zieht die Soldaten aus Tadschi ab.'",
        "body without 'Das Feldlager in "
        "Erbil beherbergt schon heute "
        "den Großteil der deutschen "
        "Soldaten im Irak'",
        "figure 120 troops",
        "themes",
    },
    "09-independent-2017-hidden-print-copy-iraq-detention-backlog": {
        "figure 19000 detainees",
        "no figure 20",
    },
    "10-rudaw-2021-visible-date-only-garmiyan-peshmerga": {"no figure 2"},
    "11-thenational-2025-nextjs-css-modules-updated-first-un-monitors": {"no figure 3000"},
    "13-politico-2024-story-text-chunks-updated-syria-pullout": {"themes"},
    "15-dailymail-2016-h2-headline-bullets-long-comments-gull-attacks": {
        "body without 'Council says reports of gulls swooping on people have doubled in two years'",
    },
    "16-telegraph-2015-firstpar-secondpar-wales-alps-camp": {
        "body without 'Wales players go through their paces at the Vale of Glamorgan'"
    },
    "19-bloomberg-2024-abstract-bullets-paywall-overlay-copper-strike": {
        "body without 'Union rejects latest wage offer at the Cerro Lindo operation'",
        "body without 'With assistance from Valentina Fuentes.'",
    },
}
MIN_RATE = 0.942  # 457/485; 449/485 at the first run
MIN_TITLES = 24
MIN_BODY_F1 = 0.975  # 0.981; 0.971 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL63, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=11, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL63, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
