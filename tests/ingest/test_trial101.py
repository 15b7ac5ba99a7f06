"""The hundred-and-first new-user trial (tests/fixtures/ingest/trial101/): 50 invented short feed
items (a headline and one to three sentences) of one week from ABC News, CBS News, NBC News, NPR,
Sky News and Fox News, exported by ten readers and scripts; written blind as a themes test of
short items under the heaviest word pressure: 18 on the briefing's subject, 32 off-topic (strikes,
swaps, plots, troops, jails elsewhere; Iraq and Syria news without the subject). First run, with
the theme model fitted on trials up to 82: 1181/1214 checks (97.3%; 695/705, 98.6%, without the
figure checks); themes micro-F1 0.933 with 32 of 32 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL101 = TRIAL.parent / "trial101"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-dnipro-drones-europe-troops-force": {
        "no figure 19",
        "no figure 4",
    },
    "02-al-bab-us-raid-isis-finance-official": {
        "figure 2",
    },
    "03-greenland-pituffik-more-us-troops": {
        "no figure 150",
    },
    "04-venezuela-drug-boat-strike-four": {
        "no figure 4",
    },
    "11-army-armored-brigade-poland-rotation": {
        "no figure 3800",
    },
    "12-isis-ambush-us-troops-wounded-syria-fox": {
        "group",
        "themes",
    },
    "13-isis-attack-patrol-american-troops-hurt-cbs": {
        "group",
    },
    "19-congo-isis-linked-rebels-kill-villagers": {
        "no figure 23",
    },
    "20-guard-border-cities-deployments-extended": {
        "no figure 4000",
    },
    "21-us-airstrike-isis-somalia-puntland-six": {
        "no figure 6",
    },
    "23-bochum-christmas-market-plot-arrest-abc": {
        "group",
    },
    "24-bochum-christmas-market-plot-arrest-sky": {
        "group",
    },
    "28-niger-army-base-attack-islamic-state-sahel": {
        "no figure 31",
    },
    "29-palmyra-checkpoint-attack-four-security-officers": {
        "figure 4 once",
    },
    "30-hormuz-us-helicopters-sink-iranian-boats": {
        "no figure 5",
    },
    "33-isis-k-kunduz-mosque-bombing": {
        "no figure 12",
    },
    "36-us-strikes-houthi-sites-yemen-cargo-ship": {
        "no figure 3",
    },
    "37-erbil-base-rockets-us-troops-no-injuries": {
        "themes",
    },
    "38-mayadin-car-bomb-isis-steps-up-attacks": {
        "themes",
    },
    "39-al-hol-camp-aid-cuts-heating-fuel-winter": {
        "no figure 24000",
    },
    "40-haiti-gangs-storm-prison-inmates-escape": {
        "no figure 7",
    },
    "41-gaza-city-shejaiya-strike-five": {
        "no figure 5",
    },
    "44-baghdad-derby-abandoned-fans-pitch": {
        "no figure 14",
        "no figure 4",
    },
    "46-cabo-delgado-islamic-state-insurgents-kill-nine": {
        "no figure 9",
    },
    "47-earthquake-northwest-syria-idlib-three-killed": {
        "no figure 3",
    },
    "48-south-lebanon-israeli-strikes-two-killed": {
        "no figure 2",
    },
    "50-machala-prison-riot-ecuador-undated": {
        "no figure 17",
    },
}
MIN_RATE = 0.972  # 1181/1214 now; 1181/1214 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL101, KNOWN_MISSES, items=50, min_rate=MIN_RATE, off_topic=32, min_kept_out=0.92
)
