"""The eighty-fourth new-user trial (tests/fixtures/ingest/trial84/): 40 invented feed items of
MailOnline and The Times, one early-December week, exported by 15 readers, scripts and
read-later tools (CDATA left in titles, a byte-order mark, MailOnline's bold points and
comment blocks, the Times's paywall box); written blind, mostly a themes test: 16 on the
briefing's subject, 24 off-topic full of its words (plots and trials in Britain and Europe,
Prevent, British prisons' riots, RAF strikes in Yemen, Assad-era prisons, Kurdistan's oil).
First run, with the theme model fitted on trials up to 79: 1027/1102 checks (93.2%; 662/709,
93.4%, without the figure checks); themes micro-F1 0.952 with 24 of 24 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL84 = TRIAL.parent / "trial84"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-estonia-british-troops-double": {"no figure 1800"},
    "03-british-born-is-fighter-death-sentence-baghdad": {"no figure 2000"},
    "04-raf-typhoons-strike-wadi-hauran": {"themes"},
    "05-prevent-referrals-record-children": {
        "body without 'DOMINIC HARTWELL-OSEI, HOME AFFAIRS EDITOR FOR THE DAILY MAIL'",
        "body without 'Home Office figures show 8,517 "
        "referrals in the year to March, up by almost a "
        "fifth'",
        "body without 'Teachers made more referrals than "
        "any other group, including the police, the figures "
        "show (stock image)'",
    },
    "08-qutayfah-mass-grave-prisoners": {
        "body without 'Forensic workers in white suits examine the site near al-Qutayfah'",
        "no figure 100000",
        "no figure 62",
    },
    "10-erbil-base-drone-british-soldier-hurt": {"no figure 100"},
    "11-bolton-stadium-plot-teenager-guilty": {
        "body without 'was found guilty after a three-week trial at Manchester Crown Court'"
    },
    "12-venezuela-air-base-us-strike": {"no figure 7"},
    "13-tarmiyah-ambush-four-soldiers": {"no figure 3"},
    "14-aqtan-prison-tunnel-escape-daily-mail": {
        "body without 'Guards discovered the breakout "
        "at al-Aqtan prison, north of Raqqa, during a "
        "dawn headcount'",
        "figure 14 once",
        "no figure 1500",
        "no figure 9000",
    },
    "16-tawke-oil-field-drone-strike": {
        'body without "Smoke rises from the Tawke oil field in '
        "Duhok province after Tuesday night's drone strike\""
    },
    "17-aqtan-prison-tunnel-escape-the-times": {
        "body without 'Guards found a hole leading from a shower block to an irrigation ditch'"
    },
    "18-somalia-us-strikes-isis-puntland": {"no figure 6"},
    "19-roj-isis-bride-loses-citizenship-appeal": {
        "body without 'Hafsa Mirza-Kent, now 26, has "
        "been held in the Roj camp in north-east "
        "Syria since 2019'",
        "body without 'Three judges ruled the Home "
        "Secretary was entitled to strip her of "
        "British citizenship'",
        "body without 'pictured in the Roj camp in "
        "2023, travelled to Syria with two school "
        "friends'",
        "no figure 2",
        "no figure 20",
        "no figure 40",
    },
    "20-frankland-prison-riot-daily-mail": {"no figure 30", "no figure 2"},
    "21-frankland-prison-riot-the-times": {
        "body without \"Prison officers' union says Islamist "
        'prisoners co-ordinated attack on staff"',
        "no figure 2",
        "no figure 30",
    },
    "25-palmyra-checkpoint-suicide-truck-bomb": {"no figure 6"},
    "26-us-drone-strike-is-commander-al-bab": {
        "body without 'Militant ran the group’s cells in Aleppo province, says Central Command'"
    },
    "27-raf-typhoons-houthi-strikes-yemen": {
        "body without 'Four Typhoons flying from RAF "
        "Akrotiri in Cyprus hit launchers near Hodeidah "
        "overnight'",
        "no figure 3",
    },
    "30-conoco-base-us-troops-withdraw": {
        "body without 'US armoured vehicles on patrol in Deir ez-Zor province in 2024.'",
        "no figure 100",
    },
    "31-al-hol-raid-23-suspects": {
        "body without 'Syrian troops at the entrance to al-Hol camp "
        "in Hasakah province on Saturday morning'",
        "no figure 20000",
        "themes",
    },
    "32-ain-al-asad-us-advisers-stay": {"figure 250"},
    "33-koblenz-syrian-prison-chief-life-sentence": {"no figure 1200"},
    "35-stansted-arrests-syria-travel": {"no figure 2", "no figure 25"},
    "37-sayyida-zeinab-shrine-suicide-bombing": {"no figure 20"},
    "38-peshawar-wedding-isis-k-bombing": {"no figure 14"},
    "39-ghwayran-guards-is-prisoners-waiting": {
        "body without 'A guard on the roof of Ghwayran prison in Hasakah'",
        "body without 'DELIL SOUAN-BRANDT/AFP/GETTY IMAGES'",
        "body without 'and the men who guard them fear "
        "the group outside is preparing to free them'",
    },
    "40-syria-tourism-palmyra-british-tourists": {
        "body without 'At least six British operators "
        "now run tours to Syria, visiting Damascus, "
        "Aleppo and Palmyra'",
        "body without 'Visitors walk through the colonnade at Palmyra'",
        "body without 'data:image/gif;base64'",
        "body without 'where owners say bookings have doubled this year'",
        "source",
    },
}
MIN_RATE = 0.931  # 1048/1102 now; 1027/1102 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL84, KNOWN_MISSES, items=40, min_rate=MIN_RATE, off_topic=24, min_kept_out=1.0
)
