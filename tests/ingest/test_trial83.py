"""The eighty-third new-user trial (tests/fixtures/ingest/trial83/): 30 invented articles an
analyst copied in one November week from 26 news sites in desktop browsers, as people do:
whole pages with their consent dialogs, menus and footers, from the headline down, or the
paragraphs alone under a typed headline, an address or a note of their own above; written
blind; 14 on the briefing's subject, 16 off it (12 near misses full of its words). First
run, with the theme model fitted on trials up to 82: 856/917 checks (93.3%; 593/631, 94.0%,
without the figure checks); themes micro-F1 0.971 with 15 of 16 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL83 = TRIAL.parent / "trial83"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-nato-iraq-mission-defense-post": {"figure 500 troops"},
    "04-roj-boys-taken-mee": {"no figure 2500", "no figure 2"},
    "08-mutaibija-ambush-afp-barrons": {"no figure 3000"},
    "09-hol-annex-transfer-asharq": {"dateline", "figure 85 families"},
    "10-child-terror-arrests-guardian": {"date"},
    "11-is-rebuilding-un-monitors-bbc": {"no figure 3000"},
    "12-hol-annex-convoy-the-national": {"no figure 310", "figure 85 families"},
    "13-guantanamo-review-washington-post": {"no figure 15"},
    "15-salafi-jihadi-update-isw": {"no figure 2", "source", "no figure 3", "no figure 11"},
    "16-caribbean-boat-strike-cnn": {
        "body without 'A US Navy guided-missile destroyer sails in "
        "the Caribbean Sea in October. US Navy'",
        "body without 'Search CNN...'",
    },
    "17-sukhnah-raid-reuters": {"no figure 1000", "figure 1 killed"},
    "18-anbar-smugglers-new-arab": {"no figure 10", "no figure 3"},
    "19-paris-attacks-anniversary-france24": {
        "no figure 2",
        "no figure 2015",
        "no figure 90",
    },
    "20-kasra-checkpoint-attack-ap": {"group"},
    "22-pmf-law-al-monitor": {"no figure 230000"},
    "23-damascus-strikes-nyt": {"dateline", "themes"},
    "24-dhiban-sheikh-killing-lwj": {
        "figure 2 killed",
        "group",
        "no figure 5",
        "no figure 9",
    },
    "25-raqqa-water-syria-direct": {"title"},
}
MIN_RATE = 0.933  # 878/917 now; 856/917 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL83, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=16, min_kept_out=0.93
)
