"""The thirty-third new-user trial (tests/fixtures/ingest/trial33/): 40 invented feed items in the
shape of Fox News's feeds as a feed reader exports them to Markdown (the held-out set's shape),
written blind (by a helper who never ran digest nor read its code, labels or the other trials):
a week across a month's end in EDT, late-evening stamps that are the next day in UTC (one in GMT,
one an `isoDate` in Z), the feed's address in `source:`, raw feed HTML with entities, uppercase
related-headline promos in `<strong>` (some with 'RELATED:' or 'WATCH:'), app and newsletter
plugs, contributor lines, bios and embedded X posts; 12 on the briefing's subject and 28
off-topic but full of its words; 12 short items, three only a description.

Measured at the first run, before any change for it: 719/723 checks (99.4%); themes micro-F1
0.968 with 28 of 28 off-topic items kept out.

Left: three background numbers the labels forbid as figures, a joint raid given 'attacks'
without 'foreign-troops'.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL33 = TRIAL.parent / "trial33"
KNOWN_MISSES: dict[str, set[str]] = {
    "17-nigeria-iswap-base-attack": {"no figure 2"},
    "19-federal-prison-lockdown": {"no figure 155000"},
    "38-poland-armored-brigade": {"no figure 4000"},
}
MIN_RATE = 0.99  # 719/723

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL33, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=28, min_kept_out=1.0
)
