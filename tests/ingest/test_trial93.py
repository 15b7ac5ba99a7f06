"""The ninety-third new-user trial (tests/fixtures/ingest/trial93/): 40 invented Fox News feed items
of one week (23-29 November 2026) from the world, politics, US, latest, opinion, health and science
feeds, exported by 16 readers, automations and scripts (Inoreader, Feedly through Zapier and IFTTT,
FreshRSS, Feedbin, Tiny Tiny RSS, two Obsidian plugins, Readwise, a Go and a Python script,
newsboat, n8n, Miniflux, Reeder, NetNewsWire), 21 of them the feed's description alone; written
blind; 15 on the briefing's subject and 25 off-topic items dense with its words (plots in France,
Canada and the US, IS affiliates in Africa and Afghanistan, strikes elsewhere, troops at home and
in Europe and Korea, jails and prisoner swaps). First run, with the theme model fitted on trials up
to 82: 1073/1105 checks (97.1%; 703/714, 98.5%, without the figure checks); themes micro-F1 0.923
with 24 of 25 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL93 = TRIAL.parent / "trial93"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-strasbourg-christmas-market-plot": {"no figure 3"},
    "03-southern-border-troops-extended": {"no figure 8000"},
    "06-borno-iswap-base-attack": {"no figure 12"},
    "09-canada-roj-repatriation": {
        "no figure 20",
        "themes",
    },
    "10-belarus-american-prisoner-swap": {"no figure 4"},
    "13-eastern-pacific-drug-boat-strike": {"no figure 4"},
    "14-nangarhar-taliban-isis-k-raid": {"no figure 6"},
    "19-al-hol-foreign-families-moved-roj": {
        "no figure 24000",
        "no figure 2500",
        "no figure 70000",
    },
    "20-tacoma-ice-hunger-strike": {"no figure 1500", "no figure 60"},
    "21-iran-executions-kerman-bombing": {"no figure 2"},
    "23-opinion-thanksgiving-troops-isis": {"body without '| Fox News'", "no figure 9"},
    "24-poland-thanksgiving-troop-cuts": {"no figure 10000"},
    "25-gaza-city-zeitoun-strike": {"no figure 4"},
    "26-alabama-jail-escape-thanksgiving": {"no figure 3"},
    "29-veterans-anti-isis-lung-disease-study": {"themes"},
    "30-odesa-drone-strike-postwar-force-ap": {"no figure 3"},
    "31-new-orleans-national-guard-mardi-gras": {"no figure 350"},
    "33-qasrak-base-drone-shot-down": {"themes"},
    "34-south-korea-troop-cut": {"no figure 28500", "no figure 4500"},
    "37-cal-miskaad-africom-strike": {"no figure 5"},
}
MIN_RATE = 0.971  # 1078/1105 now; 1073/1105 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL93, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=25, min_kept_out=0.92
)
