"""The seventy-fifth new-user trial (tests/fixtures/ingest/trial75/): 45 invented items of one
major outlet's world feed (the Guardian), one November week, exported by 11 readers and
automations, 25 of them fetched pages with the site's furniture (newsletter promotions, live
blogs' key events, bylines with places), 20 standfirsts only; a stress test of the themes: 15
on the briefing's subject, 30 off-topic full of its words (strikes, troops and prisons
elsewhere, IS outside Iraq and Syria, Iraq and Syria without IS); written blind. First run,
with the theme model fitted on trials up to 74: 1256/1324 checks (94.9%; 783/816, 96.0%,
without the figure checks); themes micro-F1 0.882 with 29 of 30 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL75 = TRIAL.parent / "trial75"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-us-raid-deir-ez-zor-is-commander": {"no figure 1000"},
    "03-el-obeid-rsf-drone-strikes": {"no figure 23"},
    "04-caribbean-boat-strike-puerto-rico-troops": {"no figure 4"},
    "08-ukraine-war-live-kyiv-drones-troops": {
        "no figure 2",
        "no figure 4",
        "no figure 6",
        "no figure 84",
    },
    "10-hasakah-kurdish-officials-warn-is-regrouping": {"no figure 4", "no figure 40"},
    "11-zamfara-air-strike-naming-ceremony": {"no figure 16"},
    "12-greenland-danish-troops-arctic-exercise": {"no figure 1500"},
    "13-tarmiyah-roadside-bomb-soldiers-killed": {"no figure 4"},
    "14-tarmiyah-bombing-fears-is-return": {"no figure 4", "no figure 3"},
    "16-kabul-ministry-bombing-is-k": {"no figure 20", "no figure 11"},
    "17-puntland-us-air-strikes-is-somalia": {"no figure 300", "no figure 14"},
    "18-south-lebanon-israeli-strikes-border-troops": {"no figure 5"},
    "23-fort-bliss-immigration-detention-deaths": {"no figure 2"},
    "24-gaza-strikes-stabilisation-force-el-arish": {"no figure 4", "no figure 12"},
    "25-iraq-mps-motion-us-troops-kurdistan": {"themes"},
    "26-tillaberi-is-sahel-army-post-attack": {"no figure 27"},
    "30-nasiriyah-prison-executions-is-convicts": {"no figure 2"},
    "31-balochistan-raids-is-k-militants": {"no figure 9"},
    "32-abu-dhabi-us-russia-prisoner-swap": {
        "no figure 2",
    },
    "35-middle-east-live-damascus-strikes-cairo-talks": {
        "body without '3h ago'",
        "no figure 4",
        "no figure 9",
    },
    "36-israeli-jets-strike-syrian-army-bases-damascus": {"no figure 4", "no figure 9"},
    "37-us-troops-hand-over-qasrak-base-hasakah": {"no figure 2000"},
    "38-us-strikes-houthi-radar-sites-yemen": {"no figure 3"},
    "39-sinjar-turkish-drone-strike-pkk": {"no figure 2"},
    "42-lithuania-german-brigade-baltic-deployments": {"no figure 4000"},
    "43-jableh-earthquake-aid-convoys": {"no figure 9"},
    "45-sweida-clashes-government-troops": {"no figure 11"},
}
MIN_RATE = 0.948  # 1287/1324 now; 1256/1324 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL75, KNOWN_MISSES, items=45, min_rate=MIN_RATE, off_topic=30, min_kept_out=0.96
)
