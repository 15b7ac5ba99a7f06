"""The seventy-first new-user trial (tests/fixtures/ingest/trial71/): 40 invented feed items of
Rudaw English and The National (UAE), one November week, exported by 22 readers, automations
and importers not all met before (Zapier, IFTTT, n8n, Inoreader, Eleventy, NewsBlur, Feedbin,
Astro, Make, Wallabag, Readwise, Raindrop, Tiny Tiny RSS, a feedparser script, Emacs Org, Hugo,
Logseq, Joplin, Jekyll, Obsidian, Notion, Omnivore); written blind; 17 on the briefing's
subject, 23 off-topic. First run, with the theme model fitted on trials up to 70: 1179/1237
checks (95.3%; 746/783, 95.3%, without the figure checks); themes micro-F1 0.974 with 23 of 23
off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL71 = TRIAL.parent / "trial71"
KNOWN_MISSES: dict[str, set[str]] = {
    "03-amedi-turkish-drone-strike": {"no figure 2"},
    "10-ghwayran-prison-handover-damascus": {"figure 4500", "no figure 300"},
    "11-qarachogh-peshmerga-attack-rudaw": {"no figure 2", "themes", "no figure 4"},
    "12-qarachogh-peshmerga-attack-national": {"no figure 4"},
    "15-nato-iraq-mission-italy-command": {"figure 500"},
    "18-al-hol-iraqi-families-rudaw": {"figure 642"},
    "19-el-obeid-rsf-assault-sudan": {"no figure 14", "no figure 9000"},
    "20-khor-mor-gas-field-drone": {"no figure 2"},
    "22-krsc-isis-attacks-disputed-territories": {"no figure 10"},
    "26-kabul-bank-bombing-isis-k": {"no figure 9"},
    "27-deir-ez-zor-raid-isis-official-rudaw": {"figure 3"},
    "28-damascus-isis-cell-churches-arrests": {"no figure 2"},
    "33-duhok-flash-floods": {"no figure 2"},
    "34-shingal-yazidi-families-return": {"no figure 400", "no figure 5"},
    "35-abu-dhabi-t10-opening-night": {
        "body with 'The tournament runs until December 3, with "
        "the final on the eve of the National Day holiday.'"
    },
    "36-kermanshah-earthquake-felt-sulaimani": {"no figure 23"},
    "39-german-dutch-trainers-stay-kurdistan": {
        "body with 'The Peshmerga ministry said it hoped "
        "other coalition countries would make similar "
        "commitments.'",
        "figure 120",
    },
}
MIN_RATE = 0.953  # 1213/1237 now; 1179/1237 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL71, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=23, min_kept_out=1.0
)
