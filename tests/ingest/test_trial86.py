"""The eighty-sixth new-user trial (tests/fixtures/ingest/trial86/): 40 invented feed items of Fox
News (21) and USA TODAY (19), one November week, exported by 17 tools (FreshRSS, Miniflux,
Inoreader, Feedly through Zapier and IFTTT, Readwise Reader, Obsidian's RSS plugin, Tiny Tiny
RSS, Wallabag, Feedbin, Make.com, n8n, a feedparser script, newsboat, NetNewsWire, Omnivore, a
shell script); USA TODAY's items through its feed proxy (a tracking pixel and share icons after
the text, links that redirect, a minus sign in datelines); written blind; 15 on the briefing's
subject, 25 off-topic or near misses dense with its words. First run, with the theme model
fitted on trials up to 82: 1139/1215 checks (93.7%; 721/777, 92.8%, without the figure checks);
themes micro-F1 0.974 with 23 of 24 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL86 = TRIAL.parent / "trial86"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-sinjar-turkish-drone-strikes": {"no figure 3"},
    "02-kurdistan-us-troops-stay": {"no figure 2500"},
    "06-al-hol-iraqi-families-returned": {
        "no figure 17000",
    },
    "07-caribbean-drug-boat-strike": {"no figure 4"},
    "08-memphis-national-guard-extended": {"no figure 1200"},
    "12-sayyida-zeinab-shrine-bombing": {"no figure 20", "no figure 2"},
    "13-muskogee-jail-escape": {"no figure 3"},
    "17-tigris-drought-iraq-farmers": {"no figure 170000"},
    "18-shaddadi-us-raid-isis-commander-fox": {"no figure 1000"},
    "23-shaddadi-us-raid-isis-commander-usatoday": {"no figure 1000"},
    "25-syria-power-grid-deal": {"themes"},
    "26-raqqa-commander-warns-isis-rebuilding": {
        "body without \"Former Army Ranger warns ISIS 'never really left'\"",
        "no figure 5000",
    },
    "32-federal-prison-staffing-crisis": {"no figure 1000", "no figure 150"},
    "33-borno-army-base-attack": {"no figure 9", "no figure 12"},
    "36-mosul-library-documentary-review": {
        "body without 'Librarian Nawal Qasim-Baird in a scene from'",
        "body without 'Northlight Documentary Films'",
    },
    "37-southern-border-troops-extended": {"no figure 8000"},
}
MIN_RATE = 0.937  # 1211/1234 now; 1139/1215 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL86, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=25, min_kept_out=0.92
)
