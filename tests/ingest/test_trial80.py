"""The eightieth new-user trial (tests/fixtures/ingest/trial80/): 40 invented feed items of ten
defence and military outlets (Military Times and its sister titles Army Times and Defense
News, Stars and Stripes, FDD's Long War Journal, The War Zone, The Defense Post, Defense One,
Breaking Defense, Task & Purpose), one November week, exported by 15 readers, automations
and site generators, 19 of them fetched pages, 2 read-later notes, 19 descriptions only;
written blind; 16 on the briefing's subject, 24 off-topic full of its words (IS in Africa,
the Houthis, Guantanamo and Navy brigs, troops in Europe and Asia, Turkish strikes on the
PKK). Sister titles' names under another title's links are the trial's main source trap. First
run (after the sister-title rule from trial77, before any change for this trial), with the
theme model fitted on trials up to 79: 1010/1073 checks (94.1%; 676/706, 95.8%, without the
figure checks); themes micro-F1 1.000 with 24 of 24 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL80 = TRIAL.parent / "trial80"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-first-cavalry-brigade-poland-rotation": {"no figure 3500"},
    "02-tarmiyah-ambush-four-soldiers": {"no figure 2"},
    "04-marines-anti-ship-missiles-philippines": {"no figure 1600"},
    "06-soldier-killed-syria-rollover": {"no figure 900", "no figure 2"},
    "09-guantanamo-911-hearings-resume": {"no figure 2001", "no figure 15"},
    "10-us-raid-syria-isis-leader-military-times": {"no figure 1000", "group"},
    "11-us-raid-syria-isis-leader-defense-post": {
        "body without 'A US Army CH-47 Chinook helicopter lands at a base in northeastern Syria.'",
        "body without 'File photo: Sgt. Hollis Drummond-Ayodele/US Army'",
        "body without 'Related'",
        "group",
    },
    "12-destroyer-houthi-missiles-yemen-radars": {
        "body with 'shot down two anti-ship ballistic missiles that Yemen’s Houthi "
        "militants fired toward the southern Red Sea on Tuesday night'",
    },
    "14-turkish-airstrikes-pkk-duhok": {"no figure 6"},
    "15-ndaa-syria-troop-floor": {"no figure 900", "no figure 1000", "figure 500"},
    "16-jnim-djibo-base-assault": {"body without '[…]'"},
    "17-va-burn-pit-cancers-iraq-syria": {"body without 'In Other News'"},
    "18-iraq-al-hol-repatriation-580": {
        "no figure 20000",
        "no figure 70000",
    },
    "19-germany-boxer-vehicles-lithuania-brigade": {"no figure 5000"},
    "20-drones-shot-down-us-base-syria": {
        "body without 'A U.S. Army counter-drone launcher at a base in Syria in a past "
        "deployment.'",
        "body without 'U.S. Army photo'",
    },
    "21-fort-bliss-detention-camp-capacity": {"no figure 5000", "no figure 200"},
    "22-hasakah-prison-riot-isis-detainees": {"no figure 11", "no figure 4000", "no figure 2"},
    "23-somalia-airstrikes-puntland-stripes": {"no figure 7", "no figure 2"},
    "26-hamrin-raid-seven-isis-fighters": {"no figure 4", "no figure 2"},
    "27-somalia-airstrikes-puntland-lwj": {
        "no figure 2",
        "no figure 7",
        "no figure 90",
    },
    "29-kadena-f15ex-arrival": {"no figure 15"},
    "30-palmyra-sukhnah-ambush-five-soldiers": {
        "no figure 3",
    },
    "33-navy-brigs-guard-shortage": {
        'body without "compare with the Army\'s Fort Leavenworth numbers"'
    },
    "36-iswap-borno-base-attack": {"no figure 9"},
    "37-kirkuk-federal-police-post-attack": {"no figure 4"},
    "38-ukraine-drone-war-army-brigade": {"no figure 2"},
    "39-al-hol-women-networks-lwj": {
        "body without 'good line for the camps section of the briefing'"
    },
}
MIN_RATE = 0.941  # 1019/1073 now; 1010/1073 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL80, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=1.0
)
