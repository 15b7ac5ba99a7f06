"""The fifth new-user trial (tests/fixtures/ingest/trial5/): 40 invented items written blind
(by a helper who never ran digest nor read its model or labels): 26 short items typed or pasted
by hand (wire datelines in capitals with diacritics, 'UNITED NATIONS (Reuters) -', dates only in
the text, a closing 'Source:' line, stray `<p>` tags, two undated) and 14 feed exports of an
invented US broadcaster (FreshRSS and Miniflux shapes, app plugs, caps promos); 20 on the
briefing's subject and 20 off-topic though full of its words (Kabul, Puntland, the Sahel, Ituri,
Mozambique, the Red Sea, Quneitra, a Turkish strike on the PKK, an Ecuador prison riot, a US
federal prison, a Düsseldorf plot trial, a battery-cell plant, a scout troop, a shark attack,
Syria's elections and central bank, Iraq's oil).

Measured at the first run, before any change: 519/531 checks (97.7%); themes micro-F1 0.857
with 19 of 20 off-topic items kept out. The ingest failures: datelines in capitals with
diacritics (DÜSSELDORF) and 'UNITED NATIONS (Reuters) -' not read, so neither their source; a
closing 'Source: Gulf Energy Daily' line losing to the '(Wire)' of the dateline; 'two
smugglers, who had charged each family about $3,000, were arrested' not counted. After those
fixes: 525/531.

The expected sources once given as the address's domain ('capitolnewsnetwork.com') are the name
the outlet's own text spells it with ('Capitol News Network') (outlets.name_for_domain).
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL5 = TRIAL.parent / "trial5"
# Theme sets the model gets wrong (see the module docstring of tests/ingest/test_trial4.py and
# the README's figures): a death sentence told as a court story read as attacks; sanctions on a
# militia that once attacked US forces read as foreign troops; a CENTCOM strike on a leader who
# planned prison breaks read as prisons; warnings told in a paragraph of an attacks or prisons
# story missed. '... attacked two officers ..., wounding both': the toll is in 'both'.
KNOWN_MISSES: dict[str, set[str]] = {
    "28-short-centcom-strike-leader": {"themes"},
    "40-federal-prison-staffing": {"figure 2 wounded"},
}
MIN_RATE = 0.985  # 525/531
MIN_THEMES_F1 = 0.88  # 0.902 (0.857 with the model before round four's stories)
MIN_KEPT_OUT = 0.95  # measured 19 of 20


trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL5,
    KNOWN_MISSES,
    items=40,
    min_rate=MIN_RATE,
    off_topic=20,
    min_themes_f1=MIN_THEMES_F1,
    min_kept_out=MIN_KEPT_OUT,
)
