"""The fiftieth new-user trial (tests/fixtures/ingest/trial50/): 24 invented hand copies chosen to
exercise datelines, date lines and sources in the house styles analysts meet ('BAGHDAD (Reuters)
-', 'ERBIL, Kurdistan Region of Iraq (Kurdistan24) –', 'Baghdad / NINA /', 'Al-Hasakah, Nov 3
(ANHA)', 'Washington (CNN)', a dateline under a byline, none at all; 'Published on … / 15:20',
'03.11.2026', 'Monday, 14 September 2026 - 14:05'; outlets named only by a dateline's agency, a
masthead or a rights line); written blind (by a helper who never ran digest nor read its code,
labels or the other trials); one rewritten pair; four items with no date; 14 on the briefing's
subject, 10 off-topic. First run: 510/558 checks (91.4%); themes micro-F1 0.833 with 8 of 10
off-topic kept out. Now 528/558 (94.6%): a region with 'of' ('Kurdistan Region of Iraq'), NINA's
'Baghdad / NINA /', a mixed-case dateline with its date ('Al-Hasakah, Nov 3 (ANHA) –'), a
dateline alone on its line with its outlet after a dash ('Qamishli - North Press', 'Beirut,
Lebanon – AFP'), Anadolu's '(AA)', a company's rights line naming a known outlet ('Al-Monitor,
LLC'), agencies' '(File)' and '(Archive)' captions, a caption above its credit, 'More news from
Security'. What is left is figures the labels count otherwise and themes.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL50 = TRIAL.parent / "trial50"
KNOWN_MISSES: dict[str, set[str]] = {
    "03-karkh-prison-escape-ina": {"no figure 7"},
    "04-duhok-turkish-base-reuters": {"no figure 11"},
    "06-isis-financier-strike-cnn": {"figure 1 killed", "no figure 1000"},
    "07-mosul-airport-al-monitor": {"no figure 142"},
    "08-hol-families-bbc": {"figure 180 families", "no figure 20000", "no figure 70000"},
    "09-raqqa-extortion-ap": {"no figure 60"},
    "10-ankara-detentions-aa": {"no figure 2"},
    "11-sinjar-clash-shafaq": {"figure 1 killed"},
    "13-ain-al-asad-exit-national": {"figure 600 troops"},
    "15-qamishli-drone-north-press": {"figure 1 wounded", "figure 2 once"},
    "17-ghwayran-handover-reuters": {"no figure 4000"},
    "19-hasakah-checkpoint-washington-post": {"no figure 2000", "no figure 20000", "themes"},
    "20-erbil-reformatory-kurdistan24": {"no figure 1200", "no figure 20", "no figure 2000"},
    "21-mayadin-cell-sana": {"figure 1 wounded"},
    "22-badia-analysis-enab-baladi": {"no figure 37"},
    "23-romania-brigade-defense-news": {"figure 3500 troops"},
    "24-qurna-clash-ina": {"figure 1 killed"},
}
MIN_RATE = 0.945  # 528/558; 510/558 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL50, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=10, min_kept_out=0.8
)
