"""The seventy-eighth new-user trial (tests/fixtures/ingest/trial78/): 40 invented feed items of
Reuters and Al-Monitor, one October week, exported by 12 readers and automations, 20 of them
fetched pages with the sites' furniture (credit lines, photo galleries, newsletter boxes,
linked bylines), 20 descriptions only; written blind; 16 on the briefing's subject, 24
off-topic full of its words (strikes, troops and prisons elsewhere, IS outside Iraq and Syria,
Iraq and Syria without IS). First run, with the theme model fitted on trials up to 77:
1006/1065 checks (94.5%; 696/725, 96.0%, without the figure checks); themes micro-F1 0.947
with 24 of 24 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL78 = TRIAL.parent / "trial78"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-poland-us-troops-eastern-flank": {"no figure 800"},
    "03-el-obeid-rsf-drone-strikes": {"no figure 11"},
    "04-nabatieh-israeli-drone-strike": {"no figure 3"},
    "06-odesa-port-missile-strike": {"no figure 5", "no figure 14"},
    "08-egypt-badr-prison-hunger-strike": {"no figure 40"},
    "09-jarablus-us-raid-is-official": {"no figure 2"},
    "10-haiti-gang-suppression-force-arrives": {"no figure 350"},
    "11-mayadin-checkpoint-attack-reuters": {"no figure 4"},
    "12-al-hol-camp-fire-children": {"no figure 9", "no figure 24000"},
    "14-georgia-prison-gang-fight": {"no figure 6", "no figure 4"},
    "15-mayadin-checkpoint-attack-al-monitor": {"no figure 4"},
    "17-qasrak-base-drone-attack": {"themes"},
    "18-kassel-tram-stop-stabbing": {"no figure 3"},
    "22-pentagon-syria-troop-cut": {"no figure 900", "figure 500"},
    "23-jordan-border-smugglers-killed": {"no figure 4"},
    "25-pkk-fighters-leave-qandil-reuters": {"group"},
    "26-niger-tahoua-ambush-soldiers": {"no figure 31", "no figure 12"},
    "27-jalalabad-mosque-bombing": {"no figure 6", "no figure 20"},
    "28-pkk-fighters-return-al-monitor": {"group", "no figure 150"},
    "29-hasakah-trials-is-detainees": {"no figure 4500", "figure 14", "no figure 2"},
    "31-sanaa-israeli-strikes": {"no figure 14", "no figure 2"},
    "32-quneitra-israeli-troops-raid": {"no figure 3"},
    "33-arnhem-teenagers-plot-arrests": {"no figure 2"},
    "40-mosul-airport-first-flight": {"source"},
}
MIN_RATE = 0.944  # 1031/1065 now; 1006/1065 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL78, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=1.0
)
