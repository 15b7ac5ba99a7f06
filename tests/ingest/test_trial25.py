"""The twenty-fifth new-user trial (tests/fixtures/ingest/trial25/): 30 invented plain-text
articles as analysts paste them, written blind (by a helper who never ran digest nor read its
code, labels or the other trials): selected from 20 outlets' pages (regional ones above all),
bodies pasted under a headline of their own, PDF and print views with hard wraps and page
headers, wire terminals (AFP's header and keywords, AP's slug, editors' note and filing
stamp), translated regional outlets; five rewritten pairs and two near misses; 17 on the
briefing's subject, 13 off-topic.

Measured at the first run, before any change: 606/659 checks (92.0%); themes micro-F1 0.974
with 13 of 13 off-topic items kept out.

After: Reuters' tagline above a copied page, a section word above a headline ('Security'), a
headline and its date line never joined by a hard wrap, AFP's and AP's terminal lines, AP's
filing stamp read as the date ('10-20-26 1127EDT'), a weekday and a day without a year read by
the year the weekday settles ('on Tuesday, January 27,'), 'Published: 08 September ,2026', an
outlet written as its address ('Rudaw.net') or with 'The' or 'English' ('Al Arabiya
English'), 'Source: Al Jazeera' above a box of links, 'Security | 10/6/2026 13:05', the
headline repeated with its site's name, 'H.A': 633/659 (96.1%); where a report was filed, from
a line of its own naming the outlet and a place ('Baghdad Today - Baghdad') or a place alone in
capitals above the article ('DEIR EZ-ZOR'); the site's name after a repeated headline; Daily
Sabah's closing 'SOURCE DAILY SABAH WITH AGENCIES' and tags in capitals; 'Edited by: X' under
hard-wrapped text: 639/659 (97.0%).

Left: a rewritten pair too unlike in words for its few shared facts, figures the labels count
otherwise.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL25 = TRIAL.parent / "trial25"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-mutaibija-ambush-reuters": {"group"},
    "02-mutaibija-ambush-shafaq": {"group"},
    "03-mutaibija-pmf-killed": {"figure 1 killed"},
    "07-koya-iran-strike-rudaw": {"figure 1 killed"},
    "08-koysinjaq-iran-strike-sabah": {"figure 1 killed"},
    "10-detainee-handover-north-press": {"figure 305 detainees"},
    "14-damascus-cell-arrest-sana": {"figure 1 killed", "figure 1 wounded"},
    "15-detainee-handover-second-rudaw": {"no figure 14", "no figure 305"},
    "17-hol-annex-riot-national": {"no figure 6000"},
    "19-shaddadi-withdrawal-aljazeera": {"figure 300 troops"},
    "24-is-regrouping-afp": {"no figure 160", "no figure 2500"},
    "25-roumieh-syrian-prisoners": {"no figure 1200"},
    "26-dez-cell-raid-hawar": {"figure 1 killed"},
    "28-erbil-advisers-al-arabiya": {"figure 1500 troops", "themes"},
    "30-france-prison-attack-ap": {"figure 2 wounded", "no figure 400"},
}
MIN_RATE = 0.955  # 633/659

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL25, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=13, min_kept_out=1.0
)
