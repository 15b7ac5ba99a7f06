"""The thirty-seventh new-user trial (tests/fixtures/ingest/trial37/): 30 invented plain-text
articles pasted from the places analysts work in, written blind (by a helper who never ran
digest nor read its code, labels or the other trials): a phone's reader view, Pocket, Google
News's story page, a colleague's forward and an Outlook reply chain, Slack and Teams, a
think tank's PDF with footnotes, Google Translate, the Wayback Machine, a Kindle clipping, a TV
transcript with time codes, ministry statements with reference numbers, a newsletter digest cut
to one story, mojibake, non-breaking spaces and soft hyphens, an article pasted twice, a
headline in capitals, a relative date, a day-first date; three rewritten pairs; two items with
no date; 17 on the briefing's subject, 13 off-topic.

Measured at the first run, before any change for it: 780/920 checks (84.8%); themes micro-F1
0.927 with 13 of 13 off-topic items kept out.

After: chat copies, aggregator pages, reading apps, translators and the archive's toolbar read
without their own lines; Outlook chains and forwards read as the article pasted; statements'
reference lines, set-apart headlines and contact blocks; a digest's kept story; a transcript's
broadcast date and time codes; soft hyphens; a standfirst over the byline; a Kindle's clippings;
an article pasted twice; a PDF's title broken over two lines and its masthead in capitals:
886/920 (96.3%).

Left: a think tank's PDF's footnotes, a rewrite whose
counts differ (7 women and 4 children for '11 women and children'), 'RFE/RL' for Radio Free
Europe/Radio Liberty, figures.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL37 = TRIAL.parent / "trial37"
KNOWN_MISSES: dict[str, set[str]] = {
    "03-baiji-tanker-strike-fwd-email": {"no figure 600"},
    "04-hol-escape-north-press-reader": {"figure 11 people", "figure 2 arrested"},
    "07-ain-al-asad-handover-ap-outlook": {"figure 350 troops"},
    "08-ain-al-asad-handover-aljazeera-pocket": {"figure 350 troops"},
    "09-jalawla-bomb-k24-slack": {"figure 1 killed", "no figure 3", "no figure 4"},
    "10-badia-brief-washington-institute-pdf": {
        "body with 'these payments are now collected on "
        "a schedule, with receipts, as they were before "
        "2017.'",
        "body without 'Author interviews with former Syrian army officers'",
        "body without 'Author interviews with tribal elders'",
        "body without 'Desert convoys seen near al-Sukhnah'",
        "body without 'POLICYWATCH 4196'",
        "body without 'is-claims-tracker-2026'",
        "no figure 41",
    },
    "11-vienna-knife-attack-bbc-mojibake": {
        "body without 'Police sealed off the square outside Westbahnhof station'",
        "figure 2 wounded",
    },
    "12-garmiyan-warning-rudaw-wayback": {"no figure 200"},
    "13-deir-ez-zor-cells-france24-transcript": {"figure 1 wounded"},
    "15-roj-germany-returns-almonitor-digest": {"no figure 100"},
    "20-badush-sentences-baghdad-today-daymonth": {"figure 6 sentenced"},
    "22-metina-strikes-anadolu-gnews": {"no figure 40000", "no figure 6"},
    "26-anbar-lightning-arabnews-wayback": {"no figure 2"},
    "28-tajik-recruiters-rferl-fwd-email": {"figure 9 sentenced", "no figure 2", "source"},
    "30-damascus-aleppo-railway-syria-direct-reader": {"no figure 300"},
}
MIN_RATE = 0.955  # 886/920

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL37, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=13, min_kept_out=1.0
)
