"""The forty-fifth new-user trial (tests/fixtures/ingest/trial45/): 24 invented saved English news
pages from the kinds of sites general extraction sets hold (national and regional papers, a
broadcaster's live page, a magazine, trade press, a think tank with footnotes, a city news site,
a tech blog, a sports report, a local TV station, a wire's story on a partner paper, an AMP page,
a page whose JSON-LD holds half its text), in templates from 2015 to 2026 (Arc XP, Brightspot,
Gannett, WordPress Newspaper, Jannah and Astra, Ghost, Newspack, Drupal, Bootstrap), with drop
caps, a 'Republish this article' box, footnote numbers, tables, code, pull quotes, galleries and
cookie walls; written blind (by a helper who never ran digest nor read its code, labels or the
other trials); 8 on the briefing's subject, 16 off-topic.

Measured at the first run, before any change for it: 432/458 checks (94.3%); titles 24 of 24 and
body word F1 0.982 (trafilatura alone: 1 of 24, 0.954); themes micro-F1 0.947 with 16 of 16
off-topic pages kept out.

After: a wire's story on a partner paper credited to the wire its JSON-LD names as
`sourceOrganization`; 'A version of this article appeared in the May issue of …':
434/458 (94.8%).

Left: sources the labels spell longer than the page's site name ('WRVL 9', 'Lantern Magazine',
'The Euphrates Observer'); related links and fact boxes inside a story; a callout dropped;
figures.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL45 = TRIAL.parent / "trial45"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-bbs-blocks-list-doctors-strike": {
        "body without 'Why are resident doctors striking again?'"
    },
    "03-syndication-partner-wire-kirkuk-outpost": {"no figure 11", "no figure 3"},
    "06-astra-table-updated-thunder-bay-grain-strike": {"body without 'Algoma Pathfinder'"},
    "07-thinktank-footnotes-pullquote-prisons-reserve": {
        "body with 'It was meant to be "
        "temporary. Seven years later it holds "
        "men from more than fifty countries'"
    },
    "08-citynews-newspack-republish-park-encampment": {
        "body without 'If you live or work near the trail and want to share what you’re seeing'"
    },
    "09-ghost-blog-callout-code-passkey-timing": {
        "body with 'Update, 14 August 2026: Brightwell has shipped version 9.4.2 of its extension'",
        "body without 'A timing leak in a password "
        "manager’s autofill icon let any web page "
        "learn where you have passkeys. Here is how it "
        "worked and how it was fixed.'",
    },
    "10-broadcaster-live-entries-deir-ez-zor-checkpoints": {
        "body without 'Follow our live "
        "coverage as the Kurdish-led Syrian "
        "Democratic Forces hunt the "
        "attackers'",
        "no figure 6",
    },
    "12-localtv-related-gallery-utc-guard-flood": {"source"},
    "13-brightspot-enhancement-author-uk-iraq-withdrawal": {"no figure 30"},
    "14-magazine-dropcap-pullquotes-prison-choir": {"source"},
    "18-jsonld-partial-body-utc-412-suspects": {
        "body without 'IS attack kills 3 soldiers in Tarmiyah'",
        "body without 'Kirkuk police arrest 6 over extortion ring'",
        "figure 412 detainees",
        "no figure 3",
        "source",
    },
    "21-newspaper-tagdiv-also-read-deir-extortion": {"no figure 11"},
    "23-explainer-h1-ol-h3-table-battery-passport": {
        "body without 'Carbon footprint declaration for EV batteries'",
        "body without 'Key dates under the EU Batteries Regulation'",
    },
}
MIN_RATE = 0.945  # 434/458
MIN_TITLES = 24
MIN_BODY_F1 = 0.975  # 0.982 measured

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL45, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=16, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL45, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
