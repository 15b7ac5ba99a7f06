"""The fifty-fourth new-user trial (tests/fixtures/ingest/trial54/): 30 invented short items an
analyst pastes in a week of November 2026: a wire's 'URGENT' flash, briefs of 18 outlets in
their house styles, a 'World in brief' column item, a TV ticker, statements (the Security Media
Cell, CENTCOM, the SDF media centre), a post on X relaying an outlet, a Telegram post, a phone's
push alert, a newsletter's item; written blind (by a helper who never ran digest nor read its
code, labels or the other trials); one rewritten pair, three undated items; 16 on the briefing's
subject, 14 off-topic. First run, with the theme model fitted on trials up to 50: 615/659 checks
(93.3%; 95.1% without the figure checks); themes micro-F1 0.944 with 14 of 14 off-topic kept out.
Now 625/659 (94.8%): a flash's 'URGENT' alone over it, a phone alert's own line over the story's
headline ('BBC News • 2h ago'), a ticker's time and label before its words, 'Rudaw TV' is Rudaw,
KUNA's '(end)', a name under its date line or above its city and date line, a standfirst over such
a byline. Then 631/659 (95.7%): a paper's name over its briefs column and the item's country
('The Irish Times' / 'World in brief' / 'Mozambique'), an edition's name over the headline ('Al
Arabiya English'), KUNA is the Kuwait News Agency, a newsletter's greeting, 'Read the report
(PDF) here.' and its closing 'Also: …'; 632/659 (95.9%): a person's post on X passing on an
outlet's report is the outlet's; 631/659 since a Reuters date line with its update glued on is
furniture: the lede under it counts as the lede, and the themes (not yet fitted on this trial)
add resurgence to item 04. Still missed: a newsletter's own name over its one item
(Defense One's 'The D Brief', so the item's first sentence is not taken as its title), 'Al
Arabiya English' where the table says 'Al Arabiya'.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL54 = TRIAL.parent / "trial54"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-tharthar-strikes-security-media-cell": {"no figure 2"},
    "03-zap-pkk-anadolu": {"figure 4 killed"},
    "05-roj-germany-returns-dpa": {"no figure 2", "no figure 90"},
    "08-tarmiyah-attack-al-arabiya": {"source"},
    "10-deir-ez-zor-raid-centcom": {"figure 1 detained"},
    "12-nineveh-court-ina": {"figure 6 sentenced"},
    "13-kobani-drone-hawar": {"no figure 3", "figure 1 wounded"},
    "14-isis-reconstituting-d-brief": {"body without 'The D Brief'", "no figure 3000", "title"},
    "16-hasakah-recruitment-ap": {"no figure 40"},
    "17-raf-mission-national": {"no figure 23"},
    "18-samos-camp-fire-dpa": {"no figure 3100"},
    "19-georgia-jail-strike-ap": {"no figure 100"},
    "21-cabo-delgado-irish-times-brief": {"no figure 600000"},
    "22-hajin-bomb-north-press": {"figure 1 killed", "figure 2 wounded"},
    "24-lebanon-troops-arab-news": {"no figure 3"},
    "26-wadi-al-shay-attack-x-shafaq": {"figure 1 wounded", "figure 2 killed"},
    "28-border-gaps-arab-news": {"no figure 4"},
    "29-basra-prison-shafaq-telegram": {"no figure 2500", "no figure 60000"},
}
MIN_RATE = 0.955  # 631/659; 615/659 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL54, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=14, min_kept_out=1.0
)
