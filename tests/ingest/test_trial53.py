"""The fifty-third new-user trial (tests/fixtures/ingest/trial53/): 40 invented items of two US
outlets' feeds (CNN, 24: descriptions only or fetched pages with 'Place CNN —' datelines,
'Related article' and video boxes, 'CNN's X contributed to this report.'; NBC News, 16: full HTML
with 'RECOMMENDED' boxes, sign-up plugs and 'Name / AFP via Getty Images' credits) exported by 13
tools (FreshRSS, Miniflux, Inoreader, Feedly, Tiny Tiny RSS, NetNewsWire, Newsboat, Hugo, Jekyll,
Obsidian, n8n, feedparser, Feedbin; stamps in EDT/EST around the clock change, a stale zone, a
BOM, Windows line endings, a title with a stray colon, text only in the front-matter); written
blind (by a helper who never ran digest nor read its code, labels or the other trials); one pair
told by both outlets, one undated item; 14 on the briefing's subject, 26 off-topic. First run,
with the theme model fitted on trials up to 50:
914/969 checks (94.3%; 95.7% without the figure checks); themes micro-F1 1.000 with 26 of 26
off-topic kept out. Since: 946/969 (every check but the figures'): CNN's dateline set in spans
('Erbil, Iraq' 'CNN' '&nbsp;—') read as a dateline; its linked bylines, 'Related article' and
video boxes (a headline over its running time), '/File' credits and the captions over them,
NBC's 'RECOMMENDED' box and italic captions, and a feed title that is the outlet's name and
its section ('NBC News World News').
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL53 = TRIAL.parent / "trial53"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-caribbean-boat-strike": {"no figure 4"},
    "03-new-orleans-guard-patrols": {"no figure 350"},
    "08-barcelona-isis-inspired-plot": {"no figure 2", "no figure 22"},
    "09-houthis-detain-un-staff": {"no figure 4"},
    "10-albukamal-checkpoint-bombing": {"no figure 2"},
    "12-congo-adf-funeral-attack": {"no figure 38"},
    "14-gaza-stabilization-force-arrives": {"no figure 200"},
    "15-georgia-prisons-lockdown": {"no figure 3", "no figure 100"},
    "17-louisiana-ice-hunger-strike": {"no figure 60"},
    "20-guantanamo-migrant-detention": {"no figure 300", "no figure 700"},
    "21-syria-troop-cut-500": {"no figure 1000"},
    "24-makhmour-ambush-cnn": {"no figure 2"},
    "27-ghwayran-prison-handover": {"no figure 4500"},
    "29-kyiv-overnight-attack": {"no figure 3"},
    "31-ohio-veterans-day-plot": {"no figure 24"},
    "35-kabul-isis-k-raid": {"no figure 5"},
    "36-raqqa-prison-escape": {"no figure 3"},
    "37-sdf-fighters-join-syrian-army": {"no figure 3000"},
    "40-puerto-rico-troop-buildup": {"no figure 1500"},
}
MIN_RATE = 0.97  # 946/969; 914/969 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL53, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=26, min_kept_out=1.0
)
