"""The twentieth new-user trial (tests/fixtures/ingest/trial20/): 40 invented items of one US
network's feeds ('LBN', www.lbnnews.com) as feed readers export them to Markdown, written blind
(by a helper who never ran digest nor read its code, labels or the other trials): `link` or
`url`, `pubDate` with EST/EDT or an offset, `published`, `isoDate` in UTC, feed addresses in
`source`; raw feed HTML with entities, promos, app plugs, tweets, a CDATA leftover, a body of
`<br><br>`; 16 items on the briefing's subject, 24 off-topic, 10 short (4 with only a
`description`).

Measured at the first run, before any change: 628/677 checks (92.8%), every source but two
'LBN NEWS' (two 'LBN', from 'WASHINGTON (LBN) —'); themes micro-F1 0.930 with 23 of 24
off-topic items kept out. (The helper first expected 'Lakeshore Broadcast Network', a name no
item gives; the expectation is the name the items spell, 'LBN News': see the README.)

After: a name spelled in capitals keeps its acronym ('LBN NEWS' is 'LBN News'), a dateline's
short form of the publisher its address names ('(LBN)' for lbnnews.com) yields to the fuller
name; figures counted with a hyphenated modifier ('8,500 active-duty troops') and of migrants
and killings: 670/677 (99.0%).

Left: a UTC stamp of an outlet whose address names no country and which the zones table does
not know (the Eastern day is wanted), figure nouns that differ from the labels', and themes.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL20 = TRIAL.parent / "trial20"
KNOWN_MISSES: dict[str, set[str]] = {
    "17-hasakah-prison-break-foiled": {"date"},
    "21-baghdad-court-sentences": {"figure 12 men"},
    "31-makhmour-sniper": {"figure 2 fighters"},
    "33-erbil-militia-drone": {"themes"},
    "39-guantanamo-migrant-detention": {"figure 500 migrants"},
}
MIN_RATE = 0.985  # 670/677

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL20, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=0.95
)
