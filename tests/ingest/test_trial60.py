"""The sixtieth new-user trial (tests/fixtures/ingest/trial60/): 30 invented articles pasted by
hand from 30 outlets' pages in one December week (Hürriyet, Al Jazeera, Defense One, The
Scotsman, Anadolu with its Turkish masthead, Politico's audio player, SANA, INA, The National,
Ahval, Sky News, Al-Monitor with its motto, The Times of India's 'TNN / Updated: …' line, Hawar's
'KOBANÊ –', the Daily Mail's counters, CBC's 'Name · CBC News ·', ABC Australia's key points,
the Guardian's plea, L'Orient Today's 'Name   /   date', the Mirror, The New Arab's 'Name -
Place', Xinhua and others); written blind; two rewritten pairs, two near misses, one undated
article; 18 on the briefing's subject, 12 off-topic. First run, with the theme model fitted on
trials up to 58: 760/818 checks (92.9%; 544/583, 93.3%, without the figure checks); themes
micro-F1 0.909 with 9 of 12 off-topic kept out. Since, by general rules (date lines split by a
slash, roles with 'of' and a handle, 'Name - Place' and 'Name · Outlet ·' bylines, an outlet's
motto over its menu, a lone 'PLACE –' dateline, cookie, disclaimer, counter and plea lines, a
byline's role no outlet, 'Copyrights 2026, X - All Rights Reserved', 'Anadolu Ajansı'):
792/818. Kept on purpose: an update note ('This article has been updated.', as corrections
are) and a key points box (trials 26, 36 and 39 keep them).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL60 = TRIAL.parent / "trial60"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-gara-strikes-hurriyet": {"no figure 14"},
    "02-hol-iraqi-families-al-jazeera": {"no figure 70000"},
    "03-syria-bases-defense-one": {"no figure 2000"},
    "06-antwerp-market-plot-euronews": {"figure 3 detained", "no figure 18"},
    "08-latakia-cell-arrests-sana": {"themes", "source", "figure 5 detained"},
    "14-badia-recruits-al-monitor": {"no figure 2"},
    "16-iraqi-detainees-handover-arab-news": {
        "figure 236 detainees",
        "no figure 3000",
    },
    "17-maharashtra-module-times-of-india": {"figure 4 detained"},
    "18-kobani-drone-strike-hawar": {"figure 1 wounded"},
    "20-roj-british-woman-daily-mail": {"no figure 2500", "no figure 3"},
    "21-canadian-troops-iraq-cbc": {"figure 85 troops"},
    "25-hamrin-airstrikes-xinhua": {"no figure 2", "no figure 3"},
    "26-borno-base-attack-independent": {"no figure 2"},
    "27-roumieh-transfer-lorient-today": {"themes"},
    "28-oil-traders-zakat-north-press": {"no figure 2", "no figure 3"},
    "30-tarmiyah-night-cells-new-arab": {
        "body without 'In the farmland north of Baghdad, "
        "residents say Islamic State militants have begun "
        "visiting villages at night'",
        "no figure 5",
    },
}
MIN_RATE = 0.968  # 792/818; 760/818 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL60, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=12, min_kept_out=0.8
)
