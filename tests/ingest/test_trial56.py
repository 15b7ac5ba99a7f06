"""The fifty-sixth new-user trial (tests/fixtures/ingest/trial56/): 30 invented articles of an
analyst's week (30 November to 6 December 2026) pasted by hand from a browser, from 27 outlets
(Asharq Al-Awsat, Times of Israel, Baghdad Today, The Arab Weekly, Military Times, War on the
Rocks, France 24, Le Monde, the Long War Journal, DW, Stars and Stripes, Reuters, AP, SOHR and
others): menus, bylines in each house style, dates day- and month-first, a Reuters stamp run
together with its time, Hijri dates, captions, sign-up boxes, bios, comment counts; written
blind (by a helper who never ran digest nor read its code, labels or the other trials); three
rewritten pairs (one off-topic), two undated items; 18 on the briefing's subject, 12
off-topic. First run, with the theme model fitted on trials up to 50: 776/831 checks (93.4%;
93.9% without the figure checks); themes micro-F1 0.933 with 11 of 12 off-topic kept out.
Since: 806/831 (99.0% without the figure checks): a sign-up box's other lines ('Get the …
Roundup', 'Thanks for signing up!', 'Keep up to date with …', 'You can unsubscribe …'), a
membership's plea, 'The views expressed are their own.', a bio 'a contributor to …', a page's
section closing it, 'Reading time 2 min.', a translation note, 'View comments (87)', 'The
Telegraph values your comments' naming the outlet, 'Source: X and Agencies', a byline and date
line with a clock or the article's tags, a standfirst over '3 days ago', a headline written as
two title-case sentences, a caption over a credit in capitals, a rights line's '© 2026', a
standfirst under a masthead and section, a known outlet's name over its menu (SOHR's menu was
the title), a place in capitals over the date line and a caption (Daily Sabah's 'ISTANBUL'), a
byline 'Saad al-Obeidi'. Still missed: sources the labels spell otherwise ('VOA', 'RFE/RL')
and three story groups (one wrongly joined, one pair not found: 'Popular Mobilization Forces',
named in many of the week's reports, no longer tells one event).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL56 = TRIAL.parent / "trial56"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-anbar-border-regrouping-asharq": {"no figure 200"},
    "03-mutaibija-attack-baghdad-today": {"no figure 6"},
    "04-mutaibeja-outpost-arab-weekly": {"no figure 2"},
    "05-fort-drum-rotation-military-times": {"figure 1100 troops"},
    "06-camps-essay-war-on-the-rocks": {"no figure 70000", "no figure 8000"},
    "07-roj-french-returns-france24": {"no figure 100"},
    "09-badia-training-video-lwj": {"no figure 31"},
    "11-hol-syrian-families-enab-baladi": {"no figure 15000"},
    "13-shuhayl-raid-stars-and-stripes": {"figure 1 captured", "group", "no figure 900"},
    "15-nasiriyah-executions-reuters": {"no figure 3000"},
    "16-raqqa-recruitment-mee": {"no figure 2"},
    "17-khurmala-drone-rudaw": {"group"},
    "18-khurmala-oilfield-kurdistan24": {"group"},
    "20-raqqa-reaper-strike-times": {"figure 1 killed"},
    "21-oir-commander-briefing-voa": {"group", "no figure 2", "source"},
    "22-maadan-landmine-sohr": {"no figure 2", "no figure 3"},
    "25-kazakh-returns-rferl": {"no figure 750", "source"},
    "29-hol-returnees-syria-direct": {"no figure 4"},
}
MIN_RATE = 0.96  # 800/831; 776/831 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL56, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=12, min_kept_out=0.9
)
