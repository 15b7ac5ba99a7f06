"""The ninety-fifth new-user trial (tests/fixtures/ingest/trial95/): 40 invented feed items of one
week (30 November - 6 December 2026) from six major outlets' feeds (CNN, BBC News, The Guardian,
Al Jazeera, The New York Times, The Washington Post), exported by 12 readers, automations and
scripts with each tool's own keys (FreshRSS, Miniflux, Inoreader, Zapier, Readwise Reader, n8n, a
feedparser script, newsboat, NetNewsWire, Feedbin, Tiny Tiny RSS, Obsidian), 18 of them the feed's
description alone; written blind; 16 on the briefing's subject and 24 off-topic items dense with
its words. First run, with the theme model fitted on trials up to 82: 1045/1082 checks (96.6%;
690/706, 97.7%, without the figure checks); themes micro-F1 0.974 with 24 of 24 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL95 = TRIAL.parent / "trial95"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-kunduz-mosque-bombing-isis-k": {"no figure 17"},
    "04-lithuania-armored-brigade-arrives": {"no figure 3500", "no figure 5000"},
    "05-iraq-mps-vote-expel-us-troops": {"no figure 329"},
    "12-al-hol-damascus-takes-charge": {"no figure 3"},
    "13-mogadishu-hotel-siege": {"no figure 5", "no figure 9"},
    "14-tarmiyah-roadside-bomb-cnn": {"no figure 2"},
    "16-guantanamo-detainee-transferred-oman": {"no figure 12"},
    "18-duhok-turkish-drone-strikes-guardian": {"no figure 3"},
    "19-duhok-turkish-drone-strikes-aljazeera": {"no figure 3"},
    "20-houthis-detain-un-staff": {"no figure 7"},
    "22-evin-prison-british-iranian-freed": {
        "body without 'Family handout'",
        "body without 'Parisa Mohajer-Lowe was reunited "
        "with her daughter at Heathrow on Thursday "
        "morning'",
    },
    "23-baghdad-trials-isis-suspects-from-syria": {"figure 40"},
    "25-hodeidah-israeli-strikes": {"no figure 4"},
    "26-deir-ez-zor-isis-sleeper-cells-waking": {"themes"},
    "27-mozambique-cabo-delgado-beheadings": {"no figure 11"},
    "29-puntland-africom-strike-isis-somalia": {"no figure 7"},
    "30-freed-palestinians-israeli-detention": {"no figure 12"},
    "33-south-lebanon-israeli-strike-five": {"no figure 5"},
    "35-syrian-refugees-leave-lebanon-masnaa": {"no figure 4"},
    "36-quneitra-israeli-troops-raid-village": {"no figure 4"},
    "40-mindanao-isis-linked-militants-killed-undated": {"no figure 4"},
}
MIN_RATE = 0.965  # 1058/1082 now; 1045/1082 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL95, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=0.92
)
