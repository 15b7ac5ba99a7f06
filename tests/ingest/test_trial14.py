"""The fourteenth new-user trial (tests/fixtures/ingest/trial14/): 40 invented items written blind
(by a helper who never ran digest nor read its code, labels or the other trials) in the shape of
one major outlet's World, Middle East, US and Politics feeds as feed readers export them
(`link`, `pubDate`/`published`/`isoDate`, `dc:creator`, the feed's address as `source`, raw HTML
with 'RELATED:' promos, app plugs, 'Video:' captions and wire credits); 12 are short items, four
of them with no body at all (the description only); 16 on the briefing's subject, 24 off-topic
though full of its words (boat strikes in the Caribbean, ISIS-inspired plots in Michigan, Sydney
and Germany, troops to Greenland and Poland, a hostage swap in Afghanistan, Iran-backed militias'
drones on Erbil, Syria and Iraq without the Islamic State).

Measured at the first run, before any change: 587/641 checks (91.6%; four items not ingested);
themes micro-F1 0.957 with 20 of 21 off-topic items kept out. The failures: the four items
without a body refused ('no article text left'); the source given as the address's domain
('examplenews.com') where the outlet writes its name in every article ('CLICK HERE TO GET THE
EXAMPLE NEWS APP', 'Watch more Example News videos'); 'Video: …' captions and 'Watch more …
videos' kept; a cut item's closing 'Read more' and 'Continue reading…' links kept; 'about 200
additional soldiers' not read.

After: a feed item with a description only is that text; a domain's name is the one the text
spells it with ('Example News'), else the one the site's other articles from that address give
(provenance `site`); video captions, 'Watch more … videos' and a closing 'Read more' link go;
'additional', 'extra' and 'further' may stand between a number and what it counts:
687/690 (99.6%), themes 0.958, 23 of 24 off-topic kept out. Left: a figure the expectation
words differently ('11 sentenced' against '11 Islamic State members'), a congressional
hearing's fourth theme and Iran-backed militias' drones on a US base read as foreign troops.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL14 = TRIAL.parent / "trial14"
KNOWN_MISSES: dict[str, set[str]] = {
    "22-iraq-court-is-sentences": {"figure 11 sentenced"},
}
MIN_RATE = 0.99  # 687/690

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL14, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=0.95
)
