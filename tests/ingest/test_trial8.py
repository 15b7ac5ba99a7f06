"""The eighth new-user trial (tests/fixtures/ingest/trial8/): 40 invented items written blind
(by a helper who never ran digest) in input shapes the earlier trials lacked: 12 articles
clipped to Markdown by read-later and note tools (Obsidian Web Clipper, Readwise, Omnivore,
Pocket, MarkDownload), 16 texts copied from a browser with the page's leftovers (a section
kicker above the headline, a byline and a date line with a reading time, 'Listen to this
article', photo credits, comment counts), and 12 e-mail newsletters and alerts saved as text
with their `From:`/`Subject:`/`Date:` headers and footers; 16 on the briefing's subject.

Measured at the first run, before any change: 484/611 checks (79.2%); themes micro-F1 0.974
with 24 of 24 off-topic items kept out. After reading the kicker as no headline and taking out
the toolbar's leftovers ('Listen to this article', comment counts, 'Tweet Share Email'):
514/611 (84.1%). **Not done: e-mail.** A newsletter or alert saved with its headers is read as
plain text: its title is the `From:` line, its source and date are not taken from the headers,
and 'View in browser', 'Unsubscribe' and the sender's postal address stay in the body (the
e-mail items are most of the misses below). Also missed: a Readwise or Pocket header block
(`URL:`, `Date:`), a MarkDownload clip's 'Published' line, a date line that ends in a reading
time ('12 March 2026 · 4 min read').
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL8 = TRIAL.parent / "trial8"
# Every check that fails today, so that a fix shows here (and a regression fails).
KNOWN_MISSES: dict[str, set[str]] = {
    "03-readwise-alhol-repatriation": {
        "body without 'Category: #articles'",
        "body without 'rw-book-cover'",
        "date",
        "source",
    },
    "04-omnivore-lebanon-camps-weapons": {"body without 'Read the full story on Cedars Dispatch'"},
    "05-markdownload-deir-ezzor-raid": {
        "body without 'By Daniel Ortega Price | Published'",
        "date",
    },
    "06-pocket-heart-attack-study": {"date", "source"},
    "08-readwise-isis-k-pakistan": {"date", "dateline"},
    "09-markdownload-un-monitoring-report": {"date"},
    "12-markdownload-battery-cells": {"date"},
    "14-paste-syria-currency": {"body without '4 min read'"},
    "15-paste-dockworkers-strike": {"body without 'Credit: Belga'"},
    "16-paste-roj-camp-repatriation": {"body without '5 min read'"},
    "19-paste-mozambique-isis": {"dateline"},
    "20-paste-baghdad-court-transferred": {"figure 11 sentenced"},
    "21-paste-hospital-cyberattack": {"body without '3 min read'"},
    "22-paste-us-troops-poland": {"dateline"},
    "24-paste-opcw-syria": {"dateline"},
    "26-paste-hamrin-resurgence-warning": {"body without '4 min read'"},
    "29-email-brief-palmyra-checkpoint": {
        "body without '1400 K Street NW'",
        "body without 'Unsubscribe'",
        "body without 'View in browser'",
        "body without 'You are receiving this e-mail'",
        "source",
        "themes",
        "title",
    },
    "30-email-alert-red-sea-tanker": {
        "body without '88 Wharf Road'",
        "body without 'Unsubscribe'",
        "body without 'View in browser'",
        "body without 'You received this alert'",
        "source",
        "title",
    },
    "31-email-fwd-sinaa-prison-transfer": {
        "body without '---------- Forwarded message'",
        "body without 'Rue de la Loi'",
        "body without 'Unsubscribe'",
        "body without 'View this e-mail in your browser'",
        "date",
        "source",
        "title",
    },
    "32-email-newsletter-syria-sanctions": {
        "body without 'Issue 212'",
        "body without 'Riad El Solh Street'",
        "body without 'Sponsored:'",
        "body without 'Unsubscribe'",
        "body without 'View in browser'",
        "source",
        "title",
    },
    "33-email-alert-anbar-joint-strike": {
        "body without 'PO Box 5520'",
        "body without 'TIGRIS WIRE ALERT'",
        "body without 'Unsubscribe'",
        "body without 'View in browser'",
        "dateline",
        "source",
        "title",
    },
    "34-email-newsletter-detention-center": {
        "body without 'Donate'",
        "body without 'Fourth Avenue'",
        "body without 'Unsubscribe'",
        "body without 'View in browser'",
        "source",
        "title",
    },
    "35-email-brief-germany-plot": {
        "body without 'Avenue Louise'",
        "body without 'View online | Forward'",
        "body without 'unsubscribe here'",
        "source",
        "title",
    },
    "36-email-alert-iraq-water-talks": {
        "body without 'NEWS ALERT'",
        "body without 'Read the full report on our website'",
        "body without 'Unsubscribe'",
        "body without 'View in browser'",
        "source",
        "title",
    },
    "37-email-brief-alhol-sweep": {
        "body without 'Rue de la Loi'",
        "body without 'Unsubscribe'",
        "body without 'View this e-mail in your browser'",
        "source",
        "title",
    },
    "38-email-alert-somalia-strike": {
        "body without 'FLASH ALERT'",
        "body without 'PO Box 14820'",
        "body without 'Unsubscribe'",
        "body without 'View in browser'",
        "dateline",
        "source",
        "title",
    },
    "39-email-brief-isis-claims-rise": {
        "body without '1400 K Street NW'",
        "body without 'Unsubscribe'",
        "body without 'View in browser'",
        "body without 'You are receiving this e-mail'",
        "source",
        "title",
    },
    "40-email-fwd-guantanamo-transfer": {
        "body without '---------- Forwarded message'",
        "body without 'Unsubscribe'",
        "body without 'View in browser'",
        "body without 'Wilson Boulevard'",
        "source",
        "title",
    },
}
MIN_RATE = 0.84  # 514/611
MIN_THEMES_F1 = 0.95  # 0.974
MIN_KEPT_OUT = 0.95  # 24 of 24


trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL8,
    KNOWN_MISSES,
    items=40,
    min_rate=MIN_RATE,
    off_topic=24,
    min_themes_f1=MIN_THEMES_F1,
    min_kept_out=MIN_KEPT_OUT,
    misses_may_pass=True,
)
