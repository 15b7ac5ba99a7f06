"""The hundred-and-third new-user trial (tests/fixtures/ingest/trial103/): 33 invented pastes of
one week and three older pieces in the shapes of ../shared/seeds and others: the headline first
or under the outlet's name, the source on its own line, in a byline, a dateline's tag or only in
the text, dates in date lines, datelines, weekdays alone or 'Posted' lines, HTML pasted by
accident, share lines, 'Read more:', tags, wire credits, '[ad_1]' marks, a JustPaste.it mirror,
a Blogger copy, an autoblog; four groups of rewrites of one event; written blind; 18 on the
briefing's subject, 15 off-topic or near misses. First run, with the theme model fitted on
trials up to 82 (code of 388bca6): 829/864 checks (95.9%; 590/608, 97.0%, without the figure
checks); themes micro-F1 0.974 with 14 of 15 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL103 = TRIAL.parent / "trial103"
KNOWN_MISSES: dict[str, set[str]] = {
    "02-adhaim-toll-new-arab": {
        "figure 1 wounded",
        "figure 4 killed",
        "no figure 2",
        "no figure 3",
    },
    "03-roj-repatriation-abc": {
        "no figure 30",
    },
    "05-qasrak-handover-ap": {
        "figure 200 troops",
    },
    "06-qasrak-base-north-press": {
        "figure 200 troops",
    },
    "07-qasrak-army-enters-enab-baladi-justpaste": {
        "body without 'Residents of Tal Tamr fear a security vacuum after the departure "
        "of the American forces, while the Defense Ministry says its units are ready to "
        "fill the gap.'",
        "figure 200 troops",
        "no figure 2000",
    },
    "10-syria-attacks-doubled-reuters": {
        "no figure 260",
        "no figure 3",
    },
    "12-al-hol-smuggling-the-national": {
        "no figure 70000",
    },
    "14-bundestag-iraq-mandate-dw": {
        "figure 300 troops",
    },
    "22-red-sea-festival-arab-news": {
        "themes",
    },
    "23-borno-base-attack-reuters": {
        "no figure 2",
    },
    "25-guantanamo-transfer-military-times": {
        "no figure 14",
    },
    "26-kordofan-camp-drone-al-jazeera": {
        "no figure 4",
    },
    "27-east-coast-floods-xinhua": {
        "no figure 200000",
    },
    "32-peshmerga-warning-kurdistan24-autoblog": {
        "source",
    },
}
MIN_RATE = 0.959  # 829/864 now; 829/864 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL103, KNOWN_MISSES, items=33, min_rate=MIN_RATE, off_topic=15, min_kept_out=0.92
)
