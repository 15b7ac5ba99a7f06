"""The hundred-and-sixth new-user trial (tests/fixtures/ingest/trial106/): 44 invented feed items
of one week (23-29 November 2026, US Eastern time) from CNN (short descriptions with FeedBurner
share icons, live and video items) and The Washington Post (longer descriptions), exported by 17
readers, automations, read-later apps and scripts (FreshRSS, Miniflux, Feedbin, Inoreader,
Obsidian plugins, Omnivore, Readwise Reader, Logseq, Hugo, jekyll-import, Zapier, IFTTT, n8n,
NetNewsWire, newsboat, a feedparser dump); written blind; 16 on the briefing's subject and 28
off-topic items dense with its words. First run, with the theme model fitted on trials up to 82:
840/930 checks (90.3%; 665/743, 89.5%, without the figure checks; one item refused for a
front-matter left open); themes micro-F1 0.944 with 27 of 27 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL106 = TRIAL.parent / "trial106"
KNOWN_MISSES: dict[str, set[str]] = {
    "03-cnn-venezuela-boat-strike-four-killed": {
        "figure 4 people",
    },
    "06-wapo-ukraine-drones-russian-refinery": {
        "figure 112 drones",
    },
    "11-wapo-iraq-brings-home-612-from-al-hol": {
        "figure 612 citizens",
    },
    "21-wapo-us-commandos-kill-islamic-state-financier": {
        "figure 2 associates",
    },
    "24-cnn-denmark-troops-jets-greenland": {
        "figure 4 jets",
        "source",
    },
    "25-cnn-drones-target-us-base-syria": {
        "figure 2 drones",
        "themes",
    },
    "28-cnn-sdf-hands-over-isis-detainees-iraq": {
        "body without 'Link Copied!'",
        "body without 'Lorin Haskeh/AFP/Getty Images/File'",
        "figure 210 men",
    },
    "29-wapo-vienna-christmas-market-plot": {
        "figure 3 teenagers",
    },
    "31-wapo-houthis-seize-cargo-ship": {
        "figure 22 crew",
    },
    "33-cnn-us-to-close-two-more-syria-bases": {
        "figure 2 outposts",
        "themes",
    },
    "38-wapo-iraq-arrests-islamic-state-cell-anbar": {
        "figure 12 rockets",
    },
    "40-wapo-iraq-court-sentences-returned-detainees": {
        "figure 2 defendants",
    },
}
MIN_RATE = 0.982  # 932/949 now; 840/930 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL106, KNOWN_MISSES, items=44, min_rate=MIN_RATE, off_topic=28, min_kept_out=0.95
)
