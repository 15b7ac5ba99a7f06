"""The sixty-first new-user trial (tests/fixtures/ingest/trial61/): 24 invented saved pages of
templates not seen before (SingleFile, 'Webpage, complete', Substack, Medium, Blogger with
<br> paragraphs, Joomla, TYPO3, Sitecore, Adobe Experience Manager, Wagtail, Squarespace, Wix,
Webflow, Tumblr, Hugo PaperMod, Jekyll minima, Escenic, Atex Polopoly, a tagDiv live page, an
Arabic Sahifa site, a Sorani Kurdish site, Yahoo's and MSN's syndicated copies, an AMP cache
page) in English, Arabic, Sorani, Dutch, Spanish and Italian; written blind; one undated page;
13 on the briefing's subject, 11 off-topic. First run (with the code after trial 59's first
rules and the theme model fitted on trials up to 58): 458/498 checks (92.0%; 403/430, 93.7%,
without the figure checks); titles 22/24 and body F1 0.970 against the careful copies
(trafilatura alone 11/24, 0.958); themes micro-F1 0.769 (the Arabic, Sorani and Spanish
on-topic pages get none: the model reads English) with 11 of 11 off-topic kept out. Since:
lists the extractor dropped put back with their lead-in, an articleBody's lists kept, update
notes kept, a blog's name in its h1 not the headline, a stated publication day over a page's
<meta name=date>, sign-offs and release notes: 471/498, titles 23/24, body F1 0.984.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL61 = TRIAL.parent / "trial61"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-singlefile-base64-hasakah-prison-transfer": {"no figure 200", "no figure 10000"},
    "02-medium-clap-bar-ransomware-museum": {"source"},
    "03-webpage-complete-saved-from-rutba-ambush": {"no figure 3"},
    "04-blogspot-br-paragraphs-peregrine-resurgence": {
        "body without 'Birds, mostly, from the fens to the cathedral close.'"
    },
    "07-ar-sahifa-breaking-ticker-tarmiyah-checkpoint": {"themes", "no figure 4"},
    "08-ckb-div-paragraphs-kurdish-digits-garmiyan-peshmerga": {
        "figure 2 killed",
        "source",
        "themes",
    },
    "10-es-escenic-seccion-lea-tambien-besmaya": {"themes", "no figure 50000"},
    "11-yahoo-syndicated-story-continues-gas-field-bus": {"no figure 2", "date"},
    "12-wix-undated-h1-sitename-siege-play": {
        "body without 'Community theatre in Calder Bridge'",
        "body without 'The garrison holds the church: Act Two of the first run.'",
        "title",
    },
    "13-msn-syndicated-relative-time-promo-h2-syria-bases": {"no figure 1500"},
    "16-tumblr-text-post-notes-dura-garrison": {
        "body without '(a duty roster fragment, Yale "
        "collection, photo from their online catalogue)'",
        "body without 'Show more notes'",
        "body without 'the soldier absent with the camels is all of us'",
    },
    "17-sitecore-webforms-media-release-taji-handover": {"no figure 30000", "source"},
    "21-hugo-papermod-footnotes-toc-detention-economy": {"no figure 9000"},
    "23-tagdiv-newspaper-sticky-share-live-tuz-khurmatu": {
        "no figure 19",
        "no figure 4",
        "no figure 7",
    },
}
MIN_RATE = 0.943  # 470/498 (471 before trials 65-67 joined the fit); 458/498 at the first run
MIN_TITLES = 23
MIN_BODY_F1 = 0.98  # 0.984; 0.970 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL61, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=11, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL61, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
