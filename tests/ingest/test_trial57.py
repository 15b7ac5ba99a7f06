"""The fifty-seventh new-user trial (tests/fixtures/ingest/trial57/): 24 invented saved pages
("Save page as… HTML only") on 2012-2026 templates (Arc XP, a news agency's site, WordPress
JNews, GeneratePress, Twenty Eleven with Jetpack, Gutenberg and its print view, Drupal 8-10,
Brightspot, Ghost, Next.js with __NEXT_DATA__, Nuxt 2, AMP, a live blog, a think tank's report
page, a photo gallery, an opinion column, two h1s, page 1 of 2, an og:title with the site's
name, a windows-1252 table layout without a date), in English, French, Arabic, German and
Turkish, each with the body a careful person would copy (bodies/); written blind (by a helper
who never ran digest nor read its code, labels or the other trials); 10 on the briefing's
subject, 14 off-topic. First run, with the theme model fitted on trials up to 56: 446/482
checks (92.5%; 94.2% without the figure checks); themes micro-F1 0.929 with 14 of 14
off-topic kept out; titles 22 of 24 and body word F1 0.966 against the careful copies
(trafilatura alone: 4 of 24, 0.916). Since: 454/482 and body F1 0.973: a WordPress print
view's byline line ('Posted By … On … @ 14:20 In …'), its footer ('Article printed from …',
'URL to article:', 'URLs in this post:' and the list) and the '[1]' marks it sets after each
link (the body had 'Fellside Learning Trust [1] so it can'), 'in your inbox every weekday',
'Members make our reporting … possible'. Still missed: a live blog's entry bylines and its
summary box, a think tank's endnotes, a trade paper's related headlines in an aside, a parish
page's title, the French and Arabic on-topic pages' themes (the model reads English only).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, careful_copy_test, trial_tests

TRIAL57 = TRIAL.parent / "trial57"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-arc-fusion-utc-evening-ain-al-asad-drawdown": {"no figure 2500", "figure 1000 troops"},
    "02-agency-site-signoff-slideshow-mosul-checkpoint": {"no figure 14", "no figure 2"},
    "03-jnews-arabic-topbar-ddmm-makhmur-peshmerga": {"no figure 2"},
    "04-thinktank-drupal-key-findings-notes-long-wait": {
        "body without 'Carrick Institute interviews with SDF officials, Hasakah, June 2022.'"
    },
    "05-liveblog-entry-bylines-raqqa-prison-siege": {
        "body without 'From Marwan Issa in Qamishli'",
        "body without 'The Kurdish-led SDF says it "
        "has retaken the compound after a night of "
        "fighting.'",
        "no figure 11",
        "no figure 12",
        "no figure 16",
    },
    "06-fr-didomi-lire-aussi-rapatriement-roj": {
        "body without 'Et les victimes des attentats, on en parle ?'",
        "themes",
    },
    "07-ar-telegram-box-hamrin-shepherds": {
        "body without 'تابعوا آخر الأخبار العاجلة عبر قناتنا على تلغرام'",
        "themes",
    },
    "08-brightspot-opinion-authorbox-leaving-iraq": {
        "body without 'Submit a letter to the editor'"
    },
    "09-amp-accordion-scorecard-otago-seamers": {
        "body without 'Bowling: R Tamati 17-4-41-5; B Ngata 19-6-44-2; L Marsden 12-3-30-1'"
    },
    "10-paginated-page1-hamrin-survivors": {"no figure 100"},
    "11-nextjs-next-data-prisoner-transfer": {"figure 640 detainees", "no figure 2100"},
    "16-tr-son-dakika-tarihi-cezaevi": {
        "body without 'Eski hükümet konağı için restorasyon ihalesi yapıldı'"
    },
    "18-ogtitle-sitename-prison-officer-phones": {"source"},
    "19-tradepress-drupal10-profile-aside-copper-strike": {
        "body without 'How AI-powered belt "
        "monitoring cut unplanned downtime by "
        "30% at a Pilbara site'",
        "body without 'Union rejects final offer as company activates contingency plan'",
        "title",
    },
    "22-undated-tables-parish-roof-appeal": {
        "body without 'Peter Hollis, Chairman, Hall Committee'",
        "title",
    },
    "23-gutenberg-pullquote-embed-urchin-barrens": {
        "body without 'supported by the Marrick Foundation'"
    },
}
MIN_RATE = 0.94  # 454/482; 446/482 at the first run
MIN_TITLES = 22
MIN_BODY_F1 = 0.97  # 0.973; 0.966 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL57, KNOWN_MISSES, items=24, min_rate=MIN_RATE, off_topic=14, min_kept_out=1.0
)

test_titles_and_body_f1_against_the_careful_copies = careful_copy_test(
    TRIAL57, pages=24, min_titles=MIN_TITLES, min_body_f1=MIN_BODY_F1
)
