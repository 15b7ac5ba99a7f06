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

Then e-mail (digest/ingest/mail.py: the header block read, a forward's own headers, the
subject as the title, the sender's name as the source, the masthead above the repeated
headline and the footer from 'Unsubscribe' taken out), clippers' metadata in the text
(digest/ingest/clipper.py: 'URL:'/'Author:'/'Date:' lines, a Readwise '## Metadata' list), a
clip's `created` as the day it was saved (a date of last resort, after the text's
'Published' line), a date line with a reading time or a byline: 602/611 (98.5%); with
datelines of cities the gazetteer does not know, in capitals before a dash (MOGADISHU —,
PESHAWAR —): 607/611. Left: a photo credit, a 'Read the full story on' pointer, '11
sentenced', a theme.

The expected sources once given as the address's domain ('hasakahpost.net') are the name the
outlet's own text spells it with ('Hasakah Post') (outlets.name_for_domain).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL8 = TRIAL.parent / "trial8"
# Every check that fails today, so that a fix shows here (and a regression fails).
KNOWN_MISSES: dict[str, set[str]] = {
    "04-omnivore-lebanon-camps-weapons": {"body without 'Read the full story on Cedars Dispatch'"},
    "20-paste-baghdad-court-transferred": {"figure 11 sentenced"},
}
MIN_RATE = 0.99  # 607/611
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
