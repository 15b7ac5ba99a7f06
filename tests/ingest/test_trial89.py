"""The eighty-ninth new-user trial (tests/fixtures/ingest/trial89/): 50 invented Fox News feed
items of one November week (world, politics, US, latest, opinion and tech feeds, and the legacy
FeedBurner ones), 27 of them short, exported by 18 tools (Inoreader, Feedly through Zapier,
IFTTT and Make.com, n8n, Node-RED, Huginn, FreshRSS, Miniflux, The Old Reader, BazQux,
NewsBlur, Readwise, Omnivore, Obsidian RSS, Raindrop, a feedparser script, newsboat in three
forms); written blind; 20 on the briefing's subject, 30 off-topic dense with its words. First
run, with the theme model fitted on trials up to 82: 1350/1381 checks (97.8%; 890/903, 98.6%,
without the figure checks); themes micro-F1 0.960 with 29 of 30 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL89 = TRIAL.parent / "trial89"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-venezuela-drug-boat-strike": {"no figure 3"},
    "07-greenland-pituffik-troops": {"no figure 300"},
    "09-mall-of-america-plot-arrest": {"group"},
    "10-mall-of-america-plot-charges": {"group"},
    "15-kabajeb-bus-ambush-fox": {"no figure 1000"},
    "18-homeland-hearing-lone-wolves": {"no figure 23"},
    "19-nuseirat-strike-gaza": {"no figure 2", "no figure 5"},
    "20-somalia-isis-bomb-maker-strike": {"no figure 2"},
    "21-taiwan-us-marines-trainers": {"no figure 200"},
    "26-southern-border-troops-1500": {"no figure 1500"},
    "27-va-burn-pit-care-anti-isis-veterans": {"themes"},
    "28-south-lebanon-israeli-strikes": {"no figure 3"},
    "29-baghdad-airport-rockets-coalition-hub": {"themes"},
    "33-kyiv-strike-postwar-troop-force": {"no figure 24", "no figure 6"},
    "35-georgia-prison-riot": {"no figure 2"},
    "42-chicago-national-guard-holidays": {"no figure 700"},
    "46-lithuania-us-armored-brigade": {"no figure 1000"},
    "47-yemen-aqap-strike-shabwa": {"no figure 3"},
    "50-venezuela-americans-freed-swap": {"no figure 3"},
}
MIN_RATE = 0.977  # 1359/1381 now; 1350/1381 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL89, KNOWN_MISSES, items=50, min_rate=MIN_RATE, off_topic=30, min_kept_out=0.92
)
