"""The sixty-seventh new-user trial (tests/fixtures/ingest/trial67/): 30 invented articles pasted
from 30 outlets in the week across the New Year 2027 (browsers, reader views, phone apps,
forwarded mail, PDFs, machine translations); four events told by two or three outlets, two
near misses (a raid in the same district three days later, a tanker fire on the ambushed road
the next day), two undated; written blind; 18 on the briefing's subject, 12 off-topic. First
run, with the theme model fitted on trials up to 64: 757/857 checks (88.3%; 511/589, 86.8%,
without the figure checks; two of the date misses are year-less dates after this machine's
today, which a real paste never is); themes micro-F1 0.844 with 10 of 12 off-topic kept out.
Since (a date over the headline, a breadcrumb with '>', 'By X on <date>', a reader view's
address, 'NEWS AGENCY' under a name, two-digit years, '© Copyright 2026 X', agency-first and
bracketed datelines, headlines' tolls telling two events apart): 779/857 (533/589); after
joining the fit, themes 0.933 with 11 of 12 kept out;
since trials 68-70 joined too, 0.913 with 10 of 12.
"""

from __future__ import annotations

from tests.ingest.trial import TRIAL, trial_tests

TRIAL67 = TRIAL.parent / "trial67"
KNOWN_MISSES: dict[str, set[str]] = {
    "01-syria-posture-breaking-defense": {"themes"},
    "02-badia-overview-acled-pdf": {
        "body with 'Iraqi forces carried out at least six air strikes on IS hideouts in "
        "the Hamrin mountains and the Wadi al-Shay valley south of Kirkuk.'",
        "body without 'MIDDLE EAST OVERVIEW'",
        "body without 'Published: 28 December 2026'",
        "date",
        "no figure 10",
        "no figure 6",
        "title",
    },
    "03-tal-baydar-ied-military-com": {
        "body without 'Connor Whitlock covers the Army and ground operations for Military.com.'",
        "body without 'Show Full Article'",
        "figure 1 killed",
        "no figure 1000",
    },
    "04-kyrgyz-roj-returns-24kg": {
        "body without 'Link to the article: https://24.kg/english/318245/'"
    },
    "05-iraq-transferee-trials-hrw": {
        "body without 'At Least 47 Sentenced to Death After Hearings Lasting Under 10 Minutes'",
        "body without 'Your tax deductible gift can help stop "
        "human rights violations and save lives around the world.'",
        "figure 47 sentenced",
        "no figure 23",
    },
    "06-nye-security-the-local": {
        "body without \"Police officers patrol near the Brandenburg Gate ahead of New Year's "
        'Eve. Photo: dpa | Britta Hollmann"',
        "body without 'Log in here to leave a comment.'",
        "body without 'Member comments'",
    },
    "07-disputed-territories-crisis-group-pdf": {
        "body with 'they are policed by a patchwork of army, federal police, Popular "
        "Mobilisation and, in a few places, Peshmerga units that rarely talk to one "
        "another'",
        "date",
        "no figure 6",
        "source",
    },
    "09-kyrgyz-roj-returns-un-news": {"no figure 20000"},
    "10-amedi-strikes-medya-news": {
        "body without 'Smoke rises over the hills near Amedi in a "
        "photo shared by residents. (Social media)'"
    },
    "11-puntland-strike-hiiraan": {"dateline"},
    "12-sednaya-graves-amnesty": {
        'body without "Take action: Demand truth and justice for Syria\'s disappeared"',
        "themes",
    },
    "13-daquq-police-post-kirkuknow": {
        "body without 'A federal police checkpoint on the "
        "Kirkuk–Baghdad road near Daquq. KirkukNow archive'",
        "figure 3 killed",
        "no figure 10",
        "themes",
    },
    "14-daqouq-attack-alsumaria-translate": {"dateline"},
    "15-turin-nye-plot-ansa": {"no figure 80000"},
    "16-sulaimani-teachers-strike-draw-translate": {"date"},
    "17-erbil-coalition-exit-task-and-purpose": {
        'body without "The flag of Combined Joint Task Force–Operation Inherent Resolve came '
        "down in Erbil on New Year's Eve.\"",
        "body without 'Task & Purpose Daily'",
        "body without 'The news you need, every weekday morning.'",
        "no figure 1000",
    },
    "18-badia-comeback-winep-email": {
        "body without \"Fewer claims, more control: the group's "
        "year in the Badia suggests it is rebuilding as an "
        'insurgency rather than racing to retake territory."',
        "source",
    },
    "20-erbil-coalition-ceremony-basnews": {"figure 600 troops"},
    "21-daquq-funerals-gulf-news-app": {
        "figure 3 killed",
        "themes",
    },
    "22-fuel-subsidy-syrian-observer": {
        "body without 'Responsibility for the information and "
        "views set out in this article lies entirely with the "
        "author.'",
        "body without 'This article was translated and edited by The Syrian Observer.'",
        "source",
    },
    "25-wadi-shay-raid-pukmedia": {"no figure 3", "no figure 2"},
    "26-fort-campbell-return-army-times-fwd": {
        "body without 'Not Iraq/Syria, but worth "
        "comparing with the troop numbers in the CENTCOM "
        "piece from Monday.'",
        "date",
        "figure 250 troops",
        "no figure 4000",
    },
    "27-shoula-ambush-deirezzor24-reader": {"no figure 2"},
    "28-shoula-tanker-fire-levant24": {
        "body without 'A burned-out minibus on the Deir "
        "ez-Zor–Palmyra highway near al-Shoula. (Syrian Civil "
        "Defence)'",
        "no figure 6",
        "no figure 9",
        "themes",
    },
    "30-detainee-limbo-lawfare-reader": {
        "body without 'Eleanor Whitfield is a senior fellow at "
        "a Washington think tank, where she works on detention, "
        "counterterrorism and the laws of war.'",
        "no figure 9000",
    },
}
MIN_RATE = 0.928  # 796/857; 757/857 at the first run

trial, test_each_input, test_pass_rate_and_themes, test_expectations = trial_tests(
    TRIAL67, KNOWN_MISSES, items=30, min_rate=MIN_RATE, off_topic=12, min_kept_out=0.8
)
