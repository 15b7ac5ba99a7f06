"""The sixty-second new-user trial (tests/fixtures/ingest/trial62/): 40 invented items of two
outlets' feeds across the turn of the year, 29 December 2025 to 4 January 2026 (Fox News, 22:
'You can now listen to Fox News articles!', links to other stories set in capitals, 'CLICK
HERE TO GET THE FOX NEWS APP', reporters' bios; Reuters, 18: 'Reporting by …; Editing by …',
'REUTERS/Name' captions, addresses dated in UTC) exported by 24 tools (Readwise with its
reader's own link as `url`, an Obsidian clipper with the address as `source`, Drafts,
NewsBlur, MarkDownload and others), stamps near midnight in New York, London and Baghdad
offsets, a published line 'Jan. 2 9:40pm ET' without a year; written blind; three pairs told
by both outlets (one off-topic), one undated item; 16 on the briefing's subject, 24
off-topic. First run, with the theme model fitted on trials up to 61: 1022/1084 checks
(94.3%; 735/764, 96.2%, without the figure checks); themes micro-F1 1.000 with 24 of 24
off-topic kept out. Since, by general rules (the article's address over a read-later app's,
Reuters dated in UTC, a clipper's source address for the zone, a yearless published line
dated in the latest such day with a warning, Fox News's player and capitalised links, a
Reuters caption): 1049/1084.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL62 = TRIAL.parent / "trial62"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-niger-tillaberi-soldiers-killed": {"no figure 17"},
    "02-quneitra-israeli-raid": {"no figure 3"},
    "06-vienna-new-years-plot-fox": {"no figure 3", "no figure 24"},
    "07-vienna-new-years-plot-reuters": {"no figure 3"},
    "09-romania-us-army-brigade": {"no figure 3500"},
    "10-guayaquil-prison-riot": {"no figure 11", "no figure 20"},
    "11-sukhnah-raid-four-militants": {"no figure 2"},
    "12-kabul-money-market-bombing": {"no figure 7", "no figure 19"},
    "13-kirkuk-checkpoint-ambush-fox": {"no figure 2"},
    "14-marseille-car-new-years-crowd": {"no figure 9"},
    "16-kirkuk-checkpoint-ambush-reuters": {"no figure 2"},
    "17-louisiana-jail-escape": {"no figure 4", "no figure 2"},
    "18-syrian-refugee-returns-2025": {"no figure 1900000", "no figure 1200000"},
    "19-us-troops-syria-below-1000": {
        "no figure 2000",
    },
    "25-kabul-taliban-raid-is-militants": {"no figure 3"},
    "26-gaza-strike-khan-younis": {"no figure 5"},
    "27-borno-iswap-attack": {"no figure 12"},
    "28-sweida-clashes": {"no figure 3"},
    "31-kharkiv-drone-strike": {"no figure 4", "no figure 17"},
    "34-brazil-prison-riot-hostages": {"no figure 8"},
    "36-burkina-faso-soldiers-killed": {"no figure 10"},
    "39-lower-shabelle-au-base-attack": {"no figure 6"},
    "40-al-hol-escape-foiled": {
        "no figure 2",
    },
}
MIN_RATE = 0.97  # 1052/1084; 1022/1084 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL62, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=1.0
)
