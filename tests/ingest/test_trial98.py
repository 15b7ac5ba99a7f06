"""The ninety-eighth new-user trial (tests/fixtures/ingest/trial98/): 42 invented Fox News feed
items of one week (30 November - 6 December 2026) from Fox's moxie and legacy feeds, most with
the whole article in content:encoded, exported by 14 readers, automations and scripts with each
tool's own keys (FreshRSS, Miniflux, Inoreader, Zapier, Make, Readwise Reader, Obsidian,
NetNewsWire, n8n, a feedparser script, an rss-parser script, newsboat, Tiny Tiny RSS, Feedbin);
written blind; 14 on the briefing's subject and 28 off-topic items dense with its words. First
run, with the theme model fitted on trials up to 82: 1301/1332 checks (97.7%; 812/815, 99.6%,
without the figure checks); themes micro-F1 0.973 with 28 of 28 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL98 = TRIAL.parent / "trial98"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-venezuela-drug-boat-strike-three": {
        "no figure 3",
    },
    "05-national-guard-washington-extended": {
        "no figure 2000",
    },
    "06-borno-iswap-damboa-base": {
        "no figure 11",
    },
    "08-poland-us-brigade-pullout": {
        "no figure 1500",
        "no figure 8000",
    },
    "10-anbar-raid-isis-leader-ap": {
        "no figure 5",
    },
    "11-gaza-bureij-camp-strike": {
        "no figure 2",
        "no figure 5",
    },
    "14-yemen-houthi-missile-sites-strikes": {
        "no figure 3",
    },
    "18-turkish-drones-pkk-duhok": {
        "no figure 4",
    },
    "19-essen-christmas-market-plot-fox": {
        "group",
    },
    "20-essen-christmas-market-plot-reuters": {
        "group",
    },
    "21-panorama-prison-riot-hasakah": {
        "no figure 4000",
        "themes",
    },
    "22-kyiv-missile-drone-strike-ap": {
        "no figure 6",
    },
    "24-greenland-marines-cold-weather-exercise": {
        "no figure 300",
    },
    "27-ecuador-turi-prison-riot": {
        "no figure 14",
        "no figure 20",
        "no figure 4",
    },
    "28-netherlands-roj-repatriation": {
        "no figure 100",
        "no figure 40",
    },
    "29-bajaur-rally-isis-k-bombing": {
        "no figure 17",
        "no figure 40",
    },
    "30-brooklyn-federal-jail-lockdown": {
        "no figure 100",
        "no figure 1200",
        "no figure 200",
    },
    "35-south-lebanon-israeli-strikes": {
        "no figure 3",
    },
    "36-yazidi-survivors-documentary-streaming": {
        "no figure 2000",
        "no figure 3",
    },
    "37-puntland-africom-strike-isis-somalia": {
        "no figure 7",
    },
}
MIN_RATE = 0.976  # 1301/1332 now; 1301/1332 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL98, KNOWN_MISSES, items=42, min_rate=MIN_RATE, off_topic=28, min_kept_out=0.92
)
