"""The forty-sixth new-user trial (tests/fixtures/ingest/trial46/): 30 invented articles copied by
hand, as the seeds were, in the house styles of 30 outlets no earlier hand-copy trial used (SOHR,
Euronews, Iraqi News, FDD's Long War Journal, the WSJ, 964media, The New Arab, Baghdad Today, CBS
News, VOA, L'Orient Today, ABC News Australia, NPR, The Hindu, Daily Sabah, The Telegraph,
RFE/RL, TRT World, Sputnik, Premium Times, ANF, Sky News, Hürriyet Daily News, Syria Direct…):
their bylines, date lines and datelines, day-first and month-first numbers, a Hijri date beside
the Gregorian one, relative times, cookie banners, plugs, bios and related links; written blind
(by a helper who never ran digest nor read its code, labels or the other trials); two rewritten
pairs (one telling '7 women and 4 children' as '11 women and children') and a near miss; four
items with no date; 17 on the briefing's subject, 13 off-topic.

Measured at the first run, before any change for it: 712/783 checks (90.9%), the split-count
pair grouped by the rule made the session before from trial 37; themes micro-F1 0.933 with 10
of 13 off-topic items kept out (a Turkish clash with the PKK, Russians leaving Qamishli, an
ISIS-inspired cell in India).

After: more outlets' bylines and date lines ('By Middle East correspondent X and Y', 'By X On
01/28/2026', "L'Orient Today / By X, 12 June 2026 18:05", 'Posted …, updated …', '14:32 GMT
19.10.2026 (Updated: …)'), captions credited in brackets or 'File photo.', plugs, credits,
pointers and bios; India's places and the PKK counted elsewhere by the relevance gate:
741/783 (94.6%); themes micro-F1 0.955 with 11 of 13 kept out.

Left: sources the labels spell otherwise ('Voice of America', 'Al Arabiya English', 'Baghdad
Today news agency'); a menu above RFE/RL's headline; two off-topic items still themed.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL46 = TRIAL.parent / "trial46"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-kawm-ambush-sohr": {"no figure 11", "no figure 6"},
    "02-brussels-plot-euronews": {"no figure 16"},
    "03-wadi-houran-warning-iraqi-news": {"no figure 7", "no figure 400"},
    "04-isis-claims-syria-lwj": {"no figure 47"},
    "05-syria-pullback-wsj": {
        "no figure 900",
        "source",
    },
    "07-samarra-hashd-new-arab": {"no figure 15"},
    "08-jallam-bomb-baghdad-today": {"dateline", "figure 1 killed", "no figure 5"},
    "09-busayrah-patrol-cbs": {"figure 1 killed", "no figure 1000"},
    "11-iraqi-factions-al-mayadeen": {"source"},
    "13-shaddadi-raid-voa": {"figure 1 killed", "source"},
    "14-ain-al-asad-al-arabiya": {"source"},
    "15-jeddah1-returnees-npr": {
        "body without 'Women who returned from the al-Hol camp in Syria wait "
        "outside a prefabricated building at the Jeddah-1 rehabilitation "
        "center near Qayyarah, Iraq, in May.'",
        "no figure 3",
    },
    "18-roj-families-guardian": {"figure 11 women and children"},
    "19-pune-module-hindu": {"dateline"},
    "21-raf-strike-telegraph": {"no figure 100"},
    "22-kunduz-bombing-rferl": {
        "no figure 2",
        "no figure 4",
        "source",
    },
    "27-roj-smuggling-anf": {
        "body without 'The Internal Security Forces arrested two men accused of "
        "organising the escape of ISIS-affiliated women and their children from "
        "Roj Camp in exchange for money.'",
        "no figure 2600",
    },
    "28-euphrates-rebuilding-sky": {"body without \"'They know our patrols before we do'\""},
    "29-hatay-returns-hurriyet": {"no figure 1400"},
    "30-atmeh-floods-syria-direct": {"no figure 900"},
}
MIN_RATE = 0.945  # 741/783

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL46, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=13, min_kept_out=0.8
)
