"""The sixty-ninth new-user trial (tests/fixtures/ingest/trial69/): 30 invented short items from
one mid-January week of 2027 (wire flashes, agency briefs, Telegram and X posts copied from
their apps, WhatsApp forwards, a ticker line, a live-blog entry, an SMS alert, an e-mail
alert, a statement, a communiqué, a podcast's description, a radio bulletin); three events
told by two or three items, a near miss, three undated; written blind; 17 on the briefing's
subject, 13 off-topic. First run, with the theme model fitted on trials up to 67: 554/603
checks (91.9%; 373/417, 89.4%, without the figure checks; some year-less dates fall after
this machine's today, which a real paste's never do); themes micro-F1 0.923 with 12 of 13
off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL69 = TRIAL.parent / "trial69"
KNOWN_MISSES: dict[str, set[str]] = {
    "05-mutaibija-attack-shafaq-telegram": {"body without '🔴 Urgent |'"},
    "06-mutaibija-attack-reuters-urgent": {"date"},
    "07-mutaibija-attack-nina-whatsapp": {
        "dateline",
    },
    "09-budget-session-new-region-x": {"body without 'Translate post'"},
    "11-erbil-airport-drone-rudaw-x": {
        "body without 'Translate post'",
        "date",
        "themes",
        "title",
    },
    "14-sednaya-museum-telegram": {"source"},
    "15-sinaa-prison-riot-afp": {"no figure 4000"},
    "16-hamrin-regroup-email-alert": {
        "body without 'Daily digest ⋅ 15 January 2027'",
        "body without 'Flag as irrelevant'",
        "source",
        "title",
    },
    "20-wadi-horan-raid-centcom": {"group"},
    "21-wadi-horan-raid-rudaw": {"group"},
    "22-wadi-horan-raid-rfi-radio": {"group"},
    "23-mutaibija-ied-kurdistan24-live": {"figure 1 killed", "no figure 3"},
    "24-jordan-border-smugglers-statement": {"title"},
    "25-kirkuk-broker-killing-shafaq": {"themes"},
    "26-jdeidet-artouz-cell-sana": {
        'body without "Damascus, Sunday 9 Sha\'ban 1448 AH, corresponding to 17 January 2027 AD"',
        "date",
        "figure 5 arrested",
    },
    "28-kifri-post-attack-alsumaria-ticker": {"figure 1 killed", "source"},
    "29-desert-comeback-podcast": {"no figure 24000", "title"},
}
MIN_RATE = 0.918  # 554/603 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL69, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=13, min_kept_out=0.9
)
