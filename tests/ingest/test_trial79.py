"""The seventy-ninth new-user trial (tests/fixtures/ingest/trial79/): 30 invented pastes of a
hurried week: wire flashes and short stories (a Reuters terminal, AFP, AP, Xinhua, Anadolu,
INA, SANA), think-tank daily updates, ministries' threads on X, an embassy's security alert, a
UN noon briefing, press offices' statements, a GOV.UK release, and analysts' own notes typed
above pasted articles; written blind; 15 on the briefing's subject, 15 off-topic. First run,
with the theme model fitted on trials up to 77: 644/700 checks (92.0%; 441/486, 90.7%, without
the figure checks); themes micro-F1 0.895 with 14 of 15 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL79 = TRIAL.parent / "trial79"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-badia-cells-isw-update": {
        "no figure 6",
        "source",
    },
    "02-hol-visit-un-noon-briefing": {
        "body without 'For information media. Not an official record.'",
        "no figure 24000",
        "no figure 4000",
        "source",
    },
    "03-baghdad-protests-embassy-alert": {
        "body without 'Home | U.S. Citizen Services | Security and Travel Information | Alerts'",
        "source",
        "title",
    },
    "04-sudan-market-drone-afp-urgent": {"body without 'More to follow'"},
    "05-wadi-houran-attack-reuters-terminal": {"group"},
    "06-wadi-houran-attack-ina": {
        "body without 'Baghdad-INA'",
        "dateline",
        "figure 3 once",
        "group",
    },
    "07-wadi-houran-attack-note-afp": {"group"},
    "08-rutba-tribal-killing-ap": {"group", "themes"},
    "09-coalition-commander-pm-media-office": {'body without "Prime Minister\'s Media Office"'},
    "10-sayyida-zaynab-cell-sana": {"figure 5 arrested"},
    "12-hol-returns-xinhua": {"no figure 600"},
    "14-hol-handover-anadolu": {"no figure 21000"},
    "15-tal-baydar-handover-note-ap": {"figure 200 troops"},
    "17-deir-hafer-clashes-isw-update": {
        "figure 3 wounded",
        "figure 4 killed",
        "source",
    },
    "20-idlib-strike-ap-breaking": {
        "body without 'BREAKING NEWS'",
        "body without 'THIS IS A BREAKING NEWS UPDATE. Check back soon for further information.'",
    },
    "22-cabinet-session-pm-media-office": {'body without "Prime Minister\'s Media Office"'},
    "25-metina-pkk-anadolu": {"no figure 40000", "figure 5 killed"},
    "26-water-reserves-ina": {"body without 'Baghdad-INA'", "dateline"},
}
MIN_RATE = 0.92  # 659/700 now; 644/700 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL79, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=15, min_kept_out=0.93
)
