"""The eleventh new-user trial (tests/fixtures/ingest/trial11/, its README lists the shapes):
30 items written blind (by a helper who never ran digest) in the shapes analysts save: 12
e-mails (saved `.eml` files with every header, multipart, quoted-printable and HTML-only;
Outlook, Gmail and Apple Mail copies, a reply that pastes an article under a signature;
newsletters with mastheads, sponsors and footers), 10 Markdown clips (Obsidian, MarkDownload,
Readwise with highlights, Pocket, Instapaper, Joplin, Notion) and 8 pages copied from a browser
(the site's name, its menu, 'Subscribe Sign in', share bars, 'Most read'); 8 off-topic.

First run, with main as it was (after the e-mail reader written for trial 8): 465/570 checks
(81.6%); themes 0.815, the 8 off-topic kept out. Then, each change general and unit-tested: an
e-mail's every header ('Return-Path', 'Received'), a webmail page's copy, a forward without
headers, a reply's quoted history cut and the article pasted under its note, HTML e-mail's
layout tables, newsletters' sponsor blocks, share bars and addresses, a sender's 'Alerts' or
'Syria Desk'; a browser copy's site name (above its menu: the source), menus and controls;
clip blocks with a note tool's own properties ('Status:'), 'Saved to Instapaper', a Readwise
export's highlights, MarkDownload's '> ## Excerpt' (the summary), a date line set in one block
with a byline, 'Most read' with its list, 'Donate to …', the outlet of a byline beside its
date ('By X, Baghdad Sports Daily | Published …'): 556/570 (97.5%), themes 0.862; a name
beside a date ('Gulf Security Review | 10 March 2026') as a date line and its publisher: 557/570;
'Kurdistan24' as the outlet writes its name (the publishers' table had 'Kurdistan 24'): 558/570;
with trial 12's page-copy rules (the site's name above the headline is the source): 559/570.

Left: a Notion clip dated the
Monday its text names (2 March) where the trial expects the day it was clipped; 'injured' where
digest writes 'wounded'; a toll that needs a sum (a mukhtar and his son); and themes.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL11 = TRIAL.parent / "trial11"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-eml-multipart-hasakah-prison-escape-plot": {"themes"},
    "07-apple-mail-forward-guayaquil-prison-riot": {"figure 20 injured"},
    "14-obsidian-clip-rudaw-tadmur-bus-ambush": {"themes"},
    "22-notion-export-al-arabiya-border-infiltration": {"date"},
    "23-browser-kurdistan24-daquq-mukhtar-killed": {"figure 2 killed"},
    "27-browser-north-press-busayrah-coalition-raid": {"source"},
    "29-browser-jazira-post-hasakah-prison-riot": {"figure 5 injured"},
    "30-browser-stars-and-stripes-troops-eastern-syria": {
        "themes",
    },
}
MIN_RATE = 0.975  # 558/570 (559 before naming a known outlet as the publishers table does)

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL11, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=8, min_kept_out=1.0
)
