"""The hundred-and-fourth new-user trial (tests/fixtures/ingest/trial104/): 40 invented feed items
of one week (30 November - 6 December 2026) from the Guardian (long HTML descriptions with
figures, rich links and 'Continue reading...'), Al Jazeera (one-line descriptions, some fetched
in full) and the BBC (one-line descriptions, some with the article fetched under them), exported
by 15 readers, automations, read-later apps and scripts; written blind; 16 on the briefing's
subject, 6 near-misses and 18 off-topic items dense with its words. First run, with the theme
model fitted on trials up to 82: 1174/1220 checks (96.2%; 732/742, 98.7%, without the figure
checks); themes micro-F1 0.974 with 23 of 24 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL104 = TRIAL.parent / "trial104"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-makhmour-camp-turkish-drone-strike": {
        "no figure 2",
    },
    "03-mali-menaka-army-post-attack": {
        "no figure 12",
    },
    "04-fort-bliss-detention-camp-death": {
        "no figure 2",
    },
    "06-markada-us-raid-isil-official": {
        "no figure 1000",
    },
    "07-jeddah-camp-closes-al-hol-returnees": {
        "no figure 18000",
    },
    "09-pentagon-caribbean-troops-2000": {
        "no figure 2000",
        "no figure 80",
    },
    "10-syria-first-census": {
        "no figure 1500000",
    },
    "11-tharthar-ambush-soldiers-guardian": {
        "no figure 2",
    },
    "12-tharthar-ambush-soldiers-bbc": {
        "no figure 2",
    },
    "15-iraq-parliament-pmf-law": {
        "no figure 230000",
        "no figure 329",
    },
    "18-al-tanf-us-troops-withdrawal": {
        "no figure 200",
    },
    "19-lyon-festival-plot-guardian": {
        "no figure 19",
        "no figure 2500",
        "no figure 3",
    },
    "20-lyon-festival-plot-aje": {
        "no figure 19",
        "no figure 2000000",
        "no figure 3",
    },
    "22-chad-sudanese-refugee-camps-hunger": {
        "no figure 5",
        "no figure 800000",
    },
    "23-france-special-forces-stay-kurdistan": {
        "figure 300",
    },
    "25-jalalabad-bus-station-bombing": {
        "no figure 20",
        "no figure 9",
    },
    "26-north-kivu-adf-funeral-attack": {
        "no figure 23",
    },
    "28-middle-east-crisis-live-gaza-cairo": {
        "no figure 11",
        "no figure 2",
        "no figure 3",
    },
    "29-raf-ends-operation-shader-strikes": {
        "no figure 1700",
    },
    "33-bolton-teen-jailed-is-propaganda": {
        "themes",
    },
    "35-maguindanao-ambush-soldiers": {
        "no figure 3",
    },
    "36-nuseirat-camp-strikes-gaza": {
        "no figure 2",
        "no figure 20",
        "no figure 7",
    },
    "37-cabo-delgado-attacks-gas-project": {
        "no figure 4",
        "no figure 9",
    },
    "40-indonesia-is-linked-arrests-undated": {
        "no figure 11",
    },
}
MIN_RATE = 0.969  # 1183/1220 now; 1174/1220 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL104, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=0.95
)
