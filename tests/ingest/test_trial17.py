"""The seventeenth new-user trial (tests/fixtures/ingest/trial17/): 40 invented items of one
British broadcaster's feeds as feed readers export them to Markdown, written blind (by a helper
who never ran digest nor read its code, labels or the other trials): front-matter keys of
several readers (`link`, `guid`, `pubDate` in GMT or BST, `published` in UTC or another zone,
`feed_title`, `feed_url`), entity-laden titles, a BOM, CRLF line endings, an escaped
description, 12 short items (four with only a description), and raw feed HTML with promos,
captions, amendment notes and help-line footers; 16 on the briefing's subject, 24 off-topic.

Measured at the first run, before any change: 721/753 checks (95.8%); themes micro-F1 0.894 with
23 of 24 off-topic items kept out.

After: a time stamp's day taken where the publisher is (the country an address's code names,
`www.….co.uk`: London), so 23:30 UTC on 5 September is the 6th there; 'Follow … on X' plugs of
a longer outlet name, 'This article was amended on …' and 'If you have been affected by …'
footers dropped; an outlet's word after the name its address spells ('Meridian World
Service'): 738/753 (98.0%).

Left: figures whose noun differs from the label's ('air strikes', 'women and children
repatriated'), and five themes (foreign troops that are British or Turkish, a battle's
anniversary, a camp's funding as a resurgence).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL17 = TRIAL.parent / "trial17"
# Conflicting labels: this trial drops a correction note ('This article was amended on …'),
# trials 26 and 30 keep it as the article's; digest keeps it (three checks here).
AMENDED = "body without 'This article was amended'"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-somalia-shabab-airstrike": {"figure 2 air strikes"},
    "03-al-hol-camp-funding": {
        "body without 'This article was amended'",
        "figure 24000 people in the camp",
    },
    "05-raf-typhoons-strike-syria": {"figure 2 jets"},
    "11-kyrgyzstan-roj-repatriation": {"figure 63 women and children repatriated"},
    "12-latakia-earthquake": {"figure 4 injured"},
    "14-un-report-is-resurgence": {"body without 'This article was amended'"},
    "16-iraq-court-death-sentences": {"figure 11 sentenced to death"},
    "25-uk-repatriates-roj-families": {"body without 'This article was amended'"},
    "28-turkish-drones-sdf-prisons": {"figure 4 SDF members killed"},
    "35-guantanamo-transfer": {"figure 2 detainees transferred"},
    "36-centcom-detainee-transfers": {"figure 230 fighters transferred"},
    "39-qara-chokh-peshmerga-coalition": {"figure 300 coalition trainers"},
}
MIN_RATE = 0.975  # 735/753 (738 before correction notes were kept)

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL17, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=0.95
)
