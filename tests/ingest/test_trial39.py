"""The thirty-ninth new-user trial (tests/fixtures/ingest/trial39/): 24 invented saved pages of
any subject, in page templates of big and small English-language sites from 2012 to 2026,
written blind (by a helper who never ran digest nor read its code, labels or the other trials):
text in `div.paragraph`s and in a `<span>` a sentence, microdata without JSON-LD, a section's
`<h1>` over an `<h2>` headline, a kicker and a headline in one `<h1>`, a live blog, a long-form
feature, a magazine's dek, a local TV station's page, a wire's 'FILE - ' captions, an opinion's
author box, a 'Key Points' box, a Q&A, a correction on top, endnotes, a blog's table of
contents, a date only in the address, an AMP page, a print version, a paywall overlay, a
'Read more' button over hidden text, a science site's source blocks; 7 on the briefing's
subject, 17 off-topic.

Measured at the first run, before any change for it: 432/456 checks (94.7%); titles 24 of 24
and body word F1 0.987 (trafilatura alone: 1 of 24, 0.968); themes micro-F1 0.900 with 17 of 17
off-topic pages kept out.

After: a page named by its address alone named as its `<title>`, its logo or its rights line
spell it ('hudsonvalleycourier.com' → 'Hudson Valley Courier'); an essay's note numbers; a
table of contents, a science site's source and citation blocks; 'FULL STORY': 437/456.

Left: a live blog's entry times and its pinned summary's toll, a reader's prompt box, a
station's name with its channel number, a journal reference, a Nuxt section's subheading.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL39 = TRIAL.parent / "trial39"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-nz-div-paragraph-ferry-sailings": {"body without 'Do you use the Quarantine Bay ferry?'"},
    "06-liveblog-shaddadi-prison-attack": {
        "body without '09:12 GMT'",
        "body without 'Follow our live coverage.'",
        "figure 12 killed",
        "no figure 19",
        "no figure 5",
    },
    "09-localtv-nexstar-bus-drivers": {"source"},
    "12-key-points-top-isis-attack-pace": {
        "body with 'Correction: This story has been updated to reflect that the figures cover "
        "attacks claimed by the group'",
        "body without 'Why the U.S. still has troops in Syria'",
        "no figure 121",
        "themes",
    },
    "14-correction-top-roj-camp-return": {"no figure 55000"},
    "17-url-date-days-ago-dhiban-checkpoint": {"no figure 2"},
    "20-paywall-overlay-full-dom-uk-trainers": {"figure 150 troops", "no figure 1400"},
    "23-science-aggregator-story-source-olive-soil": {
        "body without 'Soil organic carbon stocks under traditional and super-intensive olive "
        "orchards in southwestern Iberia.'",
        "body without 'The difference is largest in the top 30 centimeters of soil.'",
    },
    "24-nuxt-section-blocks-ebike-scheme": {
        "body with '\"It wasn\\'t just vandals\"'",
        "body without 'The Steel City Post is funded by its members.'",
    },
}
MIN_RATE = 0.95  # 437/456
MIN_TITLES = 24
MIN_BODY_F1 = 0.98  # 0.987 measured

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL39, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=17, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL39, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
