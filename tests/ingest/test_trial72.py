"""The seventy-second new-user trial (tests/fixtures/ingest/trial72/): 30 invented texts an
analyst copies from documents other than news pages: PDFs (a Crisis Group commentary printed
from the browser, CENTCOM releases, a CRS summary, a UN Security Council letter and report, a
conflict-data weekly, an aid agency's flash update, think-tank briefs, an IMF release, a
ministry's bilingual statement), newsletters forwarded from Outlook or copied from Gmail,
ministry web pages, a DeepL translation and ordinary browser copies; written blind; 14 on the
briefing's subject, 16 off-topic. First run, with the theme model fitted on trials up to 70:
762/901 checks (84.6%; 474/587, 80.7%, without the figure checks); themes micro-F1 0.974 with
16 of 16 off-topic kept out.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL72 = TRIAL.parent / "trial72"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-iraq-after-coalition-crisis-group": {
        "body without 'Related Tags'",
        "no figure 500",
        "source",
    },
    "06-sahel-province-brief-csmss": {
        "body without 'CSMSS Policy Brief No. 9 | Islamic State Sahel Province After Ménaka'",
        "body without 'Interviews with local officials and traders, Niamey and Gao, "
        "August and September 2026.'",
    },
    "08-extortion-finances-brief-tigris-institute": {
        "body without 'Interview with a livestock trader, Hawija, August 2026.'",
        "body without 'Taxing the Desert | Tigris Institute Policy Brief No. 31'",
        "body without 'The authors conducted 46 interviews.'",
        "no figure 3",
    },
    "09-busayrah-raid-centcom": {
        "body with 'conducted a helicopter raid near the town of "
        "al-Busayrah in Deir ez-Zor province, Syria, killing a senior "
        "ISIS official and two other ISIS operatives.'",
        "figure 1 detained",
        "figure 3 killed",
        "group",
        "no figure 2",
        "no figure 38",
        "no figure 61",
        "no figure 74",
    },
    "10-jableh-cell-syrian-interior-ministry": {
        "body without 'Anti-Narcotics Branch in Homs seizes shipment of Captagon pills'",
        "body without 'Ministry of Interior launches new electronic passport service'",
        "body without 'Related statements'",
        "source",
    },
    "11-busayrah-raid-military-times": {"figure 1 detained", "group", "no figure 900"},
    "13-syria-iraq-forces-crs": {
        "body with 'U.S. forces in Syria continue to conduct raids and "
        "air strikes against ISIS, often in coordination with Syrian "
        "government forces.'",
        "body without 'Daniel R. Whitford, Analyst in Middle Eastern Affairs'",
        "body without 'Figure 1. Remaining U.S. Military Sites in Syria and Iraq'",
        "body without 'IF12788'",
        "body without 'Source: CRS, based on DOD statements and press reporting.'",
        "body without 'This document was prepared by the Congressional "
        "Research Service (CRS) for Members and'",
        "body without 'VERSION 6 · UPDATED'",
        "body without 'https://crsreports.congress.gov'",
        "no figure 1000",
        "no figure 2",
        "source",
    },
    "15-kifri-attack-peshmerga-ministry": {"body without 'www.mope.gov.krd'"},
    "16-monitoring-team-report-un-security-council": {
        "body without 'Member State information.'",
        "body without 'See also S/2026/512, para. 41.'",
        "no figure 2000",
        "no figure 3500",
        "no figure 8500",
        "source",
        "title",
    },
    "18-iraq-article-iv-imf": {
        "body without 'End-of-mission press releases include statements "
        "of IMF staff teams that convey'",
        "dateline",
    },
    "20-mosul-dam-storage-water-ministry": {
        "body without 'Media Office of the Ministry of Water Resources'",
        "source",
    },
    "21-gothenburg-plot-the-local": {"no figure 17"},
    "22-hol-annex-fire-crescent-aid-alliance": {
        "body with 'the fire spread quickly through "
        "tents pitched close together and burned for "
        "about 40 minutes'",
        "body without 'For more information: Rima Haddad, Head of Programmes, Northeast Syria'",
        "body without 'KEY FIGURES'",
        "body without 'Transfers of Annex residents to "
        "hospitals outside the camp require security "
        "clearance.'",
        "no figure 230",
        "source",
    },
    "24-syria-iraq-weekly-lcdp": {
        "body without 'Figure 1: IS events in Syria by week, June–November 2026'",
        "body without 'Jun Jul Aug Sep Oct Nov'",
        "body without 'LCDP codes targeted killings of civilians as "
        "attributed to IS only where the group claimed'",
        "body without 'LCDP data are updated weekly and are subject to revision'",
        "body without 'Source: LCDP data, 18 November 2026'",
        "body without 'lcdp-data.org | Weekly Update: Syria & Iraq | 2'",
        "no figure 2",
        "no figure 3",
    },
    "25-hol-annex-fire-enab-baladi": {"no figure 3", "figure 2 once"},
    "26-erbil-floods-rudaw": {"no figure 2", "figure 4 killed"},
    "27-alps-snow-euronews": {
        "body without 'Snowploughs clear a road in the canton of "
        "Graubünden on Friday. Copyright: AP Photo'"
    },
    "29-roj-boys-rehabilitation-euphrates-policy-forum": {
        "body without \"Interviews with two former members of the camp's security "
        'administration, Qamishli."',
        "body without 'Euphrates Policy Forum | Growing Up Behind the Fence'",
        "body without 'Interview with a former teacher at a rehabilitation centre, Hasakah.'",
        "no figure 2",
        "source",
        "title",
    },
    "30-sinjar-returns-new-region": {
        "body without 'Related'",
        "body without 'Sinjar agreement: what has been implemented and what has not'",
        "body without 'The New Region is an independent news website based in Erbil.'",
        "body without 'Yazidi survivors still searching for missing relatives'",
        "no figure 100000",
        "source",
    },
}
MIN_RATE = 0.845  # 818/901 now; 762/901 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL72, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=16, min_kept_out=1.0
)
