"""The fifty-fifth new-user trial (tests/fixtures/ingest/trial55/): 40 invented items of two
outlets' feeds (Al Jazeera English, 22: 'Recommended Stories' lists, bracketed photo credits,
'Source:' lines, Doha-time stamps across midnight, an embedded post; The New York Times, 18:
'Listen to this article', correction notices, contributor lines and reporters' bios, print
lines) exported by 15 tools (FreshRSS, Miniflux, Inoreader, Feedly, Tiny Tiny RSS,
NetNewsWire, Newsboat, Hugo YAML and TOML, Jekyll, Obsidian, n8n, feedparser, Feedbin,
Readwise Reader, Zapier; a title a strict YAML loader refuses, a folded title, a BOM, CRLF);
written blind (by a helper who never ran digest nor read its code, labels or the other trials);
three pairs told by both outlets, one undated item; 18 on the briefing's subject, 22
off-topic. First run, with the theme model fitted on trials up to 50: 1121/1195 checks (93.8%;
95.1% without the figure checks); themes micro-F1 1.000 with 22 of 22 off-topic kept out.
Since: 1162/1195 (every check but the figures' and one correction notice, which earlier trials
keep as the article's own): the Times's 'contributed reporting' and 'Reporting was contributed
by' lines, reporters' linked bios ('… is the Baghdad bureau chief for The Times', 'reports
from Cairo …'), 'Listen to this article · 5:02 min', a caption over its 'Credit...' line, a
published line with its update glued on; Al Jazeera's numbered 'Recommended Stories' list in
one block (the article went on below it and was cut), captions with bracketed credits,
'share2'; a title that a strict YAML loader refuses keeps its closing quote.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL55 = TRIAL.parent / "trial55"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-niger-tillaberi-soldiers-killed": {"no figure 12"},
    "02-pentagon-syria-drawdown-200": {"no figure 900"},
    "03-cabo-delgado-village-raids": {"no figure 6000", "no figure 9"},
    "07-guayaquil-prison-riot": {"no figure 17", "no figure 4"},
    "08-gaza-strikes-truce-strain": {"no figure 3", "no figure 9"},
    "10-khneifis-mine-bus-ambush-aje": {"no figure 4"},
    "11-khneifis-mine-bus-ambush-nyt": {
        "body without 'An earlier version of this article misstated the location of the "
        "Khneifis mine'",
        "no figure 4",
    },
    "12-lebanon-syrian-prisoners-transfer": {"no figure 6500", "no figure 140"},
    "13-ukraine-reassurance-force-pledges": {"no figure 15000"},
    "15-kunduz-mosque-bombing": {"no figure 11"},
    "16-al-hol-enforcers-aid-cuts": {"no figure 24000"},
    "18-quneitra-israeli-raid-detentions": {"no figure 3"},
    "19-isil-detainees-flown-to-iraq-aje": {
        "no figure 60",
    },
    "21-yemen-prisoner-swap": {"no figure 300"},
    "22-deir-al-zour-isis-night-notes": {"no figure 40"},
    "24-puntland-us-strikes-aje": {"no figure 3", "no figure 9"},
    "25-puntland-us-strikes-nyt": {"no figure 3", "no figure 9"},
    "26-gaza-force-indonesian-troops": {"no figure 1200", "no figure 200"},
    "30-odesa-drone-attack": {"no figure 4"},
    "31-eastern-pacific-boat-strike": {"no figure 3"},
    "33-al-hol-annex-handover": {"no figure 3", "no figure 6000"},
    "34-mutaibijah-family-killed": {"no figure 2"},
    "37-mindanao-militants-killed": {"no figure 2", "no figure 7"},
    "40-el-obeid-rsf-drone-strikes": {"no figure 11"},
}
MIN_RATE = 0.97  # 1162/1195; 1121/1195 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL55, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=22, min_kept_out=1.0
)
