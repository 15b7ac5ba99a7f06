"""The fifty-eighth new-user trial (tests/fixtures/ingest/trial58/): 40 invented items of two
outlets' feeds (The Washington Post, 22: date lines 'December 2, 2026 at 1:00 p.m. EST',
reporters' bios and 'Follow Name', 'Gift Article', corrections, feed titles that are only
'World' and 'National'; Sky News, 18: reporters' roles and handles, 'Read more from Sky News'
boxes, 'Why you can trust Sky News') exported by 20 tools (FreshRSS, Miniflux, Inoreader,
Feedly, Hugo YAML and TOML, n8n, NetNewsWire, Tiny Tiny RSS, Feedbin, Zapier, Jekyll,
feedparser, Readwise Reader, Make.com, Wallabag, IFTTT with its 'EntryTitle' ingredients and
'December 03, 2026 at 12:15PM' dates, Newsboat, Obsidian, Raindrop.io, Omnivore); written
blind (by a helper who never ran digest nor read its code, labels or the other trials); three
pairs told by both outlets (one off-topic), one undated item; 16 on the briefing's subject,
24 off-topic. First run, with the theme model fitted on trials up to 56: 1029/1141 checks
(90.2%; 90.2% without the figure checks); themes micro-F1 0.947 with 22 of 23 off-topic kept
out; two items were refused ('language: en_GB' is no language tag; IFTTT's keys were not read,
so no text was found). Since: 1155/1199 (820/829 without the figure checks): both read (a
language written 'en_GB' is en-GB; IFTTT's ingredients are the item's fields); the Post's
date lines ('… at 5:00 a.m. EST'), 'Follow Name' under a bio, 'Gift Article'; Sky's byline
set in styled spans (name, role and handle were glued into one word), 'Read more from Sky
News:' and its links in one block, 'Keep up with all the latest news …'; Sky News dated in
London. Still missed: correction notices (kept on purpose, as trials 26 and 39 want), a
video's caption, and the Manchester pair not grouped.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL58 = TRIAL.parent / "trial58"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-borno-army-base-attack": {"no figure 14"},
    "05-syria-desert-highway-isis-tolls": {"no figure 30", "no figure 6"},
    "07-poland-troops-patriot-batteries": {"no figure 10000", "no figure 600"},
    "08-kharkiv-drones-europe-force": {"no figure 23", "no figure 5"},
    "09-centcom-senate-isis-seams": {
        "body without 'Correction: An earlier version of this article misstated the month'",
        "body without 'The article has been corrected.'",
        "no figure 1000",
        "no figure 9000",
    },
    "10-khan-younis-strikes": {"no figure 7", "no figure 2"},
    "11-roj-british-woman-children-home": {"no figure 30"},
    "12-sednaya-prison-memorial": {"no figure 30000"},
    "14-darfur-camps-cholera": {"no figure 140", "no figure 500000"},
    "15-manchester-market-plot-sky": {"group", "no figure 3"},
    "16-manchester-market-plot-wapo": {"group", "no figure 3"},
    "17-al-baaj-outpost-attack-wapo": {"no figure 3"},
    "18-al-baaj-outpost-attack-sky": {
        "body without 'File footage: Iraqi troops on patrol near the Syrian border'",
        "no figure 3",
    },
    "21-parchman-prison-gang-fight": {"no figure 9", "no figure 4"},
    "22-children-terror-arrests-record": {"no figure 71"},
    "24-rmelan-base-drone-attack": {"no figure 1000"},
    "25-ghwayran-prison-riot-sky": {"no figure 2"},
    "26-ghwayran-prison-riot-wapo": {"no figure 2"},
    "27-kosti-rsf-drone-strikes": {"no figure 9"},
    "28-bajaur-market-bombing": {"no figure 20", "no figure 9"},
    "31-hodeidah-israeli-strikes": {"no figure 17", "no figure 4"},
    "32-gaza-city-school-strike": {"no figure 6"},
    "33-basra-water-protests": {"no figure 2"},
    "34-mosul-church-christmas": {"body without 'Why you can trust Sky News'"},
    "36-nineveh-amnesty-releases": {
        "body without 'Middle East correspondent, in Nineveh province'"
    },
    "37-harir-air-base-handover": {"no figure 200"},
    "38-bekaa-israeli-strikes": {"no figure 3"},
    "39-lviv-missile-strike-postwar-force": {"no figure 4"},
}
MIN_RATE = 0.955  # 1151/1199; 1029/1141 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL58, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=0.9
)
