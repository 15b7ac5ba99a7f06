"""The twenty-sixth new-user trial (tests/fixtures/ingest/trial26/): 24 invented saved pages of
the kinds web-extraction benchmarks hold, written blind (by a helper who never ran digest nor
read its code, labels or the other trials), each with its body as a careful person would copy
it: bodies split over sibling containers with ads between, a headline with a kicker in
`<header>`, headlines that differ from `og:title` and `<title>`, comment threads, related cards
with teasers, galleries, bios, 'READ MORE:' links, key points, embedded posts, corrections and
editors' notes, dates only in `<time>` or JSON-LD, `<br>` text, cookie walls; English,
Polish, Italian, Korean and Spanish; 7 on the briefing's subject, 17 off-topic.

Measured at the first run, before any change (its dates written as quoted text, which the
harness now reads as dates): 399/426 checks (93.7%); titles right on 22 of 24 and body word F1
0.967 (trafilatura alone: 7 of 24, 0.932); themes micro-F1 0.800 with 17 of 17 off-topic pages
kept out.

After: a page's one `<h1>` is its headline when the metadata words it otherwise; Italian,
Polish, Turkish and Indonesian months and an Italian weekday before a date; 'GOV.UK' as a name;
GOV.UK's lead paragraph its summary; embedded posts and Polish, Italian, Spanish and Indonesian
boxes by their class; a magazine's print note, an affiliate's note and a tip line: 418/426
(98.1%), titles 24 of 24, body F1 0.984.

Left: one paragraph of a body split across containers, a site named with and without 'The', a
Polish page's comment lines, and themes for pages in other languages.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL26 = TRIAL.parent / "trial26"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-national-split-key-points-raqqa-cells": {
        "body with 'Cells in the Raqqa and Deir ez-Zor countryside are collecting “taxes” from "
        "farmers again.'"
    },
    "03-2005-tables-county-tax": {"source"},
    "17-nextjs-time-only-tweet-busayrah-bomb": {"themes"},
    "20-pl-br-divs-rodo-wall-tram-works": {
        "body without 'Krakowianie muszą przygotować się na kilka miesięcy utrudnień'"
    },
    "21-it-leggi-anche-erbil-withdrawal": {"themes"},
    "22-ko-reporter-signoff-subway-fare": {"body without '경기도 버스요금도 인상 검토'"},
    "24-gallery-captions-iraq-detainee-transfer": {"themes"},
}
MIN_RATE = 0.975  # 418/426
MIN_TITLES = 24
MIN_BODY_F1 = 0.975  # 0.984 measured

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL26, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=17, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL26, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
