"""The fourth new-user trial (tests/fixtures/ingest/trial4/): 40 invented items written blind
(by a helper who never ran digest nor read its model or labels) in the shape of another
outlet's feeds as three feed readers export them (FreshRSS `link`/`description`/`pubDate`,
rss-parser `isoDate`/`contentSnippet`, Miniflux `url`/`published_at`/`feed_title`), raw HTML
with Canadian-style wire credits ('With files from ...') and newsletter plugs, short wire items
pasted as text, and six long multi-topic pieces; 17 on the briefing's subject and 23 off-topic
though full of its words (Kyiv, El Fasher, Peshawar, Cabo Delgado, Mali, Hadramout, south
Lebanon, Gaza, troops in Poland, New Orleans and Taiwan, a provincial jail, a Russian penal
colony, ransomware, a heart attack, attack ads, Syria's new lira, Kurdistan's oil).

Measured at the first run, before any change: 544/572 checks (95.1%); themes micro-F1 0.957
with 23 of 23 off-topic items kept out. The failures: 'With files from Reuters.' kept as text
(20 items), five newsletter plugs whose call closes the paragraph ('... in your inbox.
Subscribe now.'), 'Jan. 9, shot dead' read as 9 killed, and two theme sets (below). After the
credit, plug and date fixes: 570/572.

The expected sources once given as the address's domain ('harbourstandard.com') are the name the
outlet's own text spells it with ('Harbour Standard') (outlets.name_for_domain).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL4 = TRIAL.parent / "trial4"
# A death sentence for ISIS members told as a court story ('sentences ... to death') sits just
# under the threshold (attacks 0.52, for the attack it punishes; prisons 0.03); the camp's
# recruiters are a warning an analyst reads in two paragraphs (resurgence 0.35).
KNOWN_MISSES: dict[str, set[str]] = {}
MIN_RATE = 0.99  # 568/572 (570 with the model before round four's stories)
MIN_THEMES_F1 = 0.9
MIN_KEPT_OUT = 0.95  # measured 23 of 23


trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL4,
    KNOWN_MISSES,
    items=40,
    min_rate=MIN_RATE,
    off_topic=23,
    min_themes_f1=MIN_THEMES_F1,
    min_kept_out=MIN_KEPT_OUT,
)
