"""The nineteenth new-user trial (tests/fixtures/ingest/trial19/): 30 invented plain-text
articles as analysts paste them, written blind (by a helper who never ran digest nor read its
code, labels or the other trials): a wire terminal with its slug and contact lines, pages
machine-translated from Arabic and Kurdish under the service's banner, an e-mail newsletter, app
shares, a printed press release, a Telegram post, a think-tank roundup; six pairs of rewritten
reports and two near misses; 18 on the briefing's subject, 12 off-topic.

Measured at the first run, before any change: 580/651 checks (89.1%); themes micro-F1 0.909 with
11 of 12 off-topic items kept out.

After: a translation service's note, a wire slug ('IRAQ-SECURITY/ATTACK (UPDATE 1)') and
contact line, a newsletter's top and footer, app shares (their outlet the source), a line of
hashtags, channel plugs, 'Image:' captions, a press release's '-30-' and media contacts, SANA's
editors' initials dropped; the outlet's line above the headline ('Kurdistan24', 'ANHA | Hawar
News Agency') the source, not the title; a printed headline broken over two lines joined from
the print header; 'By ARAB NEWS', 'All rights reserved © Baghdad Today', a closing 'Source:'
below 'Read more' and an address above the headline read for the source: 625/651 (96.0%);
a known outlet's own dateline ('Erbil (Kurdistan24) - …'): 626/651; a known place alone
before a long dash ('Shingal – Two members …'): 627/651.

Left: a Telegram post (no headline, reactions, its date after an emoji), a dateline
('Deir Ezzor-SANA' on a line of its own), a date after a line of its own,
a roundup's issue number taken for its publisher, two rewritten pairs not grouped, and themes.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL19 = TRIAL.parent / "trial19"
KNOWN_MISSES: dict[str, set[str]] = {
    "04-qarachogh-post-shafaq": {"figure 1 killed", "no figure 3"},
    "07-hol-sweep-hawar": {"figure 23 once"},
    "08-hol-sweep-ap": {"figure 23 arrested"},
    "11-wadi-houran-raid-centcom-pdf": {"group"},
    "12-wadi-houran-raid-telegram": {"group", "title"},
    "18-detainee-transfer-jun30-afp": {"no figure 47"},
    "22-conoco-base-handover-app": {"source"},
    "24-israel-strike-quneitra-reuters": {"figure 1 wounded"},
    "25-tabqa-checkpoint-attack": {"figure 1 wounded"},
}
MIN_RATE = 0.975  # 637/651

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL19, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=12, min_kept_out=0.9
)
