"""The forty-third new-user trial (tests/fixtures/ingest/trial43/): 30 invented articles pasted
from where analysts read news away from a desktop browser page: a WhatsApp or Signal forward, a
phone's share sheet ('Shared from the BBC News app', 'Sent from my iPhone', 'Check out this
article from NBC News:'), Apple News and Google News, an AMP page, a print preview, an audio
player's 'Listen 7 min', plain-text e-mail newsletters hard-wrapped at 70 characters and split
by rules, a blog's new-post e-mail, e-paper replicas in narrow columns with page heads and feet,
LinkedIn and Facebook posts sharing a link with the article pasted below the card; written blind
(by a helper who never ran digest nor read its code, labels or the other trials); two rewritten
pairs and a near miss; four items with no date; 17 on the briefing's subject, 13 off-topic.

Measured at the first run, before any change for it: 671/770 checks (87.1%); themes micro-F1
0.944 with 13 of 13 off-topic items kept out.

After: WhatsApp's and Signal's messages around a forward; share texts, 'Sent from my iPhone',
Apple News's end lines, AMP's and an audio player's lines; a toolbar under a standfirst no
longer ends the article (a Washington Post copy had kept only its standfirst); a webmail's
'To: me / Subject:' under the sender; a newsletter's story between its rules and its masthead's
date; a blog's new-post notice (its site, a two-line headline, the date in its post-meta row);
a post's link card naming the article's site; an e-paper's page head and foot (its date and
paper), a column's line ending on 'of' running on; 'Rudaw Media Network' as Rudaw; the two
Mutaibija reports grouped: 734/770 (95.3%).

Left: an e-paper's captions, pull quotes and caps byline over its place; a print preview's
source; a newsletter plug inside a page; figures; two themes.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL43 = TRIAL.parent / "trial43"
KNOWN_MISSES: dict[str, set[str]] = {
    "05-mutaibija-bomb-rudaw-amp": {"no figure 3", "no figure 4"},
    "06-estonia-troops-forces-news-newsletter": {"figure 900 troops"},
    "07-badia-truffle-attack-syria-direct-newsletter": {"no figure 2"},
    "12-deir-hafer-checkpoint-independent-listen": {"figure 5 once", "no figure 6"},
    "14-hasakah-raid-defense-post-email": {"figure 3 arrested", "no figure 2"},
    "16-un-monitors-reuters-googlenews": {"no figure 3000"},
    "17-hol-smuggling-hawar-signal": {"figure 2 arrested"},
    "18-unifil-drawdown-guardian-app": {
        "figure 600 troops",
    },
    "19-harir-coalition-exit-national-epaper": {
        "body without 'A US soldier at Harir air base in 2023. The base was a hub'",
        "body without 'for coalition operations against ISIS in Iraq and Syria. AFP'",
        "figure 350 troops",
    },
    "20-mosul-minaret-times-epaper": {
        "body without 'Catherine Wells Mosul'",
        "body without 'Crowds gather beneath the restored minaret yesterday.'",
        "body without 'Unesco said 2,000 craftsmen and labourers worked on the site'",
        "body without 'ZAID AL-OBEIDI/AFP'",
    },
    "21-basra-prison-escape-shafaq": {"no figure 6", "no figure 800"},
    "23-damascus-church-cell-asharq-applenews": {"no figure 2"},
    "25-sinaa-prison-handover-arab-weekly-epaper": {
        "body without 'Hundreds of foreign ISIS suspects among'",
        "body without 'Kamal Sheikho'",
        "no figure 4500",
    },
    "26-zaatari-returns-jordan-times-linkedin": {"figure 350 families"},
    "29-lanao-militants-killed": {"figure 4 once", "no figure 10"},
    "30-france-prison-guards-france24-amp": {"figure 1 wounded", "no figure 400", "no figure 50"},
}
MIN_RATE = 0.95  # 734/770

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL43, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=13, min_kept_out=1.0
)
