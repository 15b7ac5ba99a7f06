"""The fifty-ninth new-user trial (tests/fixtures/ingest/trial59/): 40 invented items of two
outlets' feeds (ABC News, 21: its share bar, 'WATCH:' boxes with running times, 'ABC News' Name
contributed to this report.', 'Related Topics'; The Independent, 19: reporters' roles under
linked bylines, 'Independent Premium', 'Support free-thinking journalism', captions closed by
'(PA)' and '(AFP via Getty Images)', 'More about' topics) exported by 25 tools (NewsBlur, The
Old Reader, Feeder, BazQux, Reeder, FreshRSS, Miniflux, Inoreader, Feedly, Hugo, Jekyll,
Eleventy, Zapier, Pipedream, Node-RED, Home Assistant, a Logseq page of properties and an
outline, Joplin, Pocket, Instapaper, Matter, a Go tool, xmlstarlet, Huginn, Power Automate);
written blind (by a helper who never ran digest nor read its code, labels or the other trials);
three pairs told by both outlets (one off-topic), one undated item; 16 on the briefing's
subject, 24 off-topic. First run, with the theme model fitted on trials up to 58: 946/1018
checks (92.9%; 688/736, 93.5%, without the figure checks); themes micro-F1 0.977 with 24 of 24
off-topic kept out. Since, by general rules: a Logseq page read (its byline and share bar had
been the title), Pocket's and Power Automate's keys, 'ABC News: International' the link's
outlet, linked bylines with roles, badges, agency captions, plugs set as headings or
quotations with their plea, 'More about' topics, a read-later app's highlights, the headline
repeated over the text: 994/1018, every check but figures passing.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL59 = TRIAL.parent / "trial59"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-khost-pakistani-strikes": {"no figure 8", "no figure 3"},
    "05-deir-ez-zor-us-helicopter-raid": {"no figure 900", "no figure 2"},
    "06-tarmiyah-checkpoint-attack-indy": {"no figure 2"},
    "07-tarmiyah-checkpoint-attack-abc": {"no figure 2"},
    "09-south-lebanon-israeli-strikes": {"no figure 5"},
    "13-puntland-us-airstrikes-abc": {"no figure 7"},
    "14-puntland-us-airstrikes-indy": {"no figure 7"},
    "15-burkina-faso-army-base-attack": {"no figure 27"},
    "19-pentagon-border-troops": {"no figure 1500"},
    "21-sinjar-turkish-drone-strike": {"no figure 3"},
    "22-kabul-isk-bombing": {"no figure 9"},
    "23-raqqa-prison-escape": {"figure 5 once", "no figure 2"},
    "26-us-troops-syria-detention-sites": {"no figure 900"},
    "27-odesa-missile-strike": {"no figure 11", "no figure 4"},
    "28-maadan-roadside-bomb-soldiers": {"no figure 3"},
    "29-cabo-delgado-villagers-killed": {"no figure 11"},
    "30-guantanamo-detainees-oman": {"no figure 13", "no figure 2"},
    "34-us-general-syria-troops-visit": {"no figure 80"},
    "38-alabama-jail-escape": {"no figure 2"},
}
MIN_RATE = 0.976  # 994/1018; 946/1018 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL59, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=1.0
)
