"""The sixty-eighth new-user trial (tests/fixtures/ingest/trial68/): 40 invented feed items of
NPR and The Telegraph from one mid-January week of 2027, exported by 27 tools not used before
(feed-rs's and feedparser's structured titles and link lists, gofeed, rss2email's messages
saved as .md with RFC 2047 subjects, a Discord export of MonitoRSS, Hexo's `original:`, Feedly
for Evernote naming itself as the source, Quarto, Jupyter Book, Zotero, Drafts…); 12 short
items, three NPR/Telegraph pairs of one event, a near miss, one undated; written blind; 17 on
the briefing's subject, 23 off-topic. First run, with the theme model fitted on trials up to
67: 1101/1282 checks (85.9%; 673/821, 82.0%, without the figure checks: NPR's player and
photo captions, the Telegraph's toolbar and bylines, exporters' own lines); themes micro-F1
0.950 with 23 of 23 off-topic kept out. Since (those shapes, furniture and keys): 1173/1282
(745/821); after joining the fit, themes 0.976.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL68 = TRIAL.parent / "trial68"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-england-prisons-early-release-third": {"no figure 3400"},
    "02-kabul-ministry-bombing-isk": {
        "body without 'Taliban security officers stand guard near "
        "the site of the bombing in Kabul on Monday.'",
        "no figure 20",
        "no figure 9",
    },
    "04-islamic-state-rebuilding-badia-analysis": {
        "body without 'Syria’s new army is stretched thin – and the jihadists know it'"
    },
    "05-north-waziristan-airstrikes": {"no figure 12"},
    "06-estonia-british-troops-brigade": {
        "body without '12 January 2027 • 10:20am'",
        "body without 'Defence Correspondent'",
        "no figure 1000",
        "no figure 900",
    },
    "07-us-russia-prisoner-swap-abu-dhabi": {
        "body without '<!-- truncate -->'",
        "no figure 2",
        "no figure 4",
    },
    "08-al-hol-guards-walkout-wages": {"no figure 24000"},
    "09-palmyra-ambush-soldiers-npr": {
        "body without 'Syrian army vehicles on the highway east of Palmyra in December.'",
        "no figure 3",
    },
    "11-palmyra-ambush-soldiers-telegraph": {"no figure 3"},
    "12-puntland-us-strike-isis-somalia": {"body without '## Summary'", "no figure 4"},
    "14-hawija-checkpoint-bombing-police": {"no figure 3"},
    "15-raf-typhoons-strike-jebel-bishri": {
        "body without 'Clipped from telegraph.co.uk'",
        "body without 'Rendered with Quarto'",
        "body without 'callout-note'",
    },
    "17-dusseldorf-carnival-plot-teens-npr": {
        "body without 'View Highlight'",
        "body without 'compare Manchester case'",
        "body without 'read.readwise.io'",
        "no figure 17",
        "no figure 3",
    },
    "18-dusseldorf-carnival-plot-teens-telegraph": {
        "body without '## Snapshot'",
        "body without 'Open in Zotero'",
        "body without 'Rupert Ellingham-Batt in Berlin'",
        "body without 'zotero://'",
        "no figure 17",
    },
    "19-haiti-gang-suppression-force-arrivals": {
        "body without '=============='",
        "body without 'Exported 1 message(s)'",
        "body without 'Guild: Analyst Desk'",
        "body without 'MonitoRSS#4837 (BOT)'",
        "body without '{Reactions}'",
        "body without '📅'",
        "no figure 5500",
        "source",
        "title",
    },
    "20-baghdad-trials-isis-suspects-from-syria": {
        'body without "Relatives wait outside the '
        "Central Criminal Court in Baghdad's Karkh "
        'district on Thursday."',
        "body without 'Murtadha Al-Sudani-Wexford/Anadolu via Getty Images'",
        "no figure 2000",
        "source",
    },
    "21-syrian-refugees-return-lebanon-winter": {
        "body without '+++'",
        "body without ':::{figure}'",
        "body without ':name: fig-qusayr'",
        "body without 'Global Health Security'",
        "body without 'Lebanon’s refugee camps are emptying'",
        "body without 'Protect yourself and your family by learning more about'",
        'body without \'{"part": "abstract"}\'',
        "body without '{admonition}'",
        "no figure 5",
    },
    "22-us-advisers-stay-kurdistan-agreement": {
        "body without 'A U.S. soldier at a base near Erbil in northern Iraq in 2025.'",
        "figure 300",
    },
    "24-raqqa-prison-escape-npr": {
        "body without 'Syrian security forces at a checkpoint on the road out of Raqqa on Friday.'",
        "figure 11 once",
        "no figure 2",
        "no figure 3",
    },
    "26-syria-local-elections-vote": {
        "body without 'Captured:'",
        "body without 'compare turnout with Iraq provincial vote'",
        "body without 'no ISIS angle'",
        "body without '{#article}'",
        "dateline",
        "source",
    },
    "27-niger-tillaberi-army-base-attack": {"no figure 41", "no figure 23"},
    "28-memphis-jail-deaths-investigation": {
        "body without 'National : NPR'",
        "body without 'Tiny Tiny RSS'",
        "body without 'shared article'",
        "no figure 2000",
    },
    "29-sydney-teen-church-stabbing-plot": {
        'body without "Image: Police outside the boy\'s home in Bankstown"',
        "body without '15 January 2027 • 12:40am'",
        "body without 'Dean Lewins-Tarrant/AAP'",
        "body without 'Marcus Ferriby, Sydney'",
        "body without 'Related Topics'",
        "title",
    },
    "32-rutba-shepherds-kidnapped": {"body without '## Summary'"},
    "33-israel-syria-security-talks-baku": {"no figure 2"},
    "34-greenland-danish-troops-exercise": {"no figure 200"},
    "35-yemen-ras-isa-israeli-strikes": {"no figure 6", "no figure 19"},
    "36-deir-ez-zor-isis-recruiting-transcript": {
        "body without 'Captured:'",
        "body without 'compare UN monitoring report'",
        "body without '{#article}'",
        "body without '{#transcript}'",
        "no figure 3",
    },
    "39-france-roj-children-repatriated": {"no figure 30", "no figure 20"},
    "40-erbil-airport-drone-attack-us-base": {
        "body without '#reading'",
        "body without '#us-forces'",
        "themes",
    },
}
MIN_RATE = 0.915  # 1174/1282; 1101/1282 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL68, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=23, min_kept_out=1.0
)
