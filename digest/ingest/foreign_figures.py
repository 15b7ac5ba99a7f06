"""Key figures in German, French, Spanish, Portuguese and Arabic text.

The English rules (`figures.py`) read word order and auxiliaries; these read what news in
these languages writes most: a number with the people it counts and what befell them, in either
order, in one clause:

- `mindestens zwölf Menschen getötet`, `Zwölf Tote`, `17 Menschen wurden verletzt`
- `au moins 14 morts`, `quatorze personnes ont été tuées`, `une attaque a tué 5 soldats`
- `nueve militares murieron`, `otros cinco resultaron heridos`, `mataron a siete civiles`
- `mataram sete civis`, `sete civis mortos`, `12 feridos`
- `مقتل خمسة عناصر من الشرطة`, `وأصيب ثلاثة آخرون`, `١٢ قتيلاً`

`what` is written in English ('civilians killed'), as every figure of the site is. Years,
numbers before a unit ('zwei Jahre', '5 km'), dates ('7 mars') and ones are not figures.
"""

from __future__ import annotations

import re
from typing import Any

# Outcomes, by the words that say them; a word counts when the text's word starts with it
# ('getötet', 'tuées', 'muertos', 'mortos'). Nouns of the dead and wounded count alone
# ('Zwölf Tote', '14 morts', 'nueve muertos').
_OUTCOME_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "getötet": "killed", "tote": "killed", "toten": "killed", "ums leben": "killed",
        "starben": "killed", "gestorben": "killed", "verletzt": "wounded",
        "verletzte": "wounded", "verletzten": "wounded", "verwundet": "wounded",
        "festgenommen": "arrested", "verhaftet": "arrested", "entführt": "kidnapped",
        "hingerichtet": "executed", "befreit": "freed", "freigelassen": "released",
    },
    "fr": {
        "tué": "killed", "tués": "killed", "tuée": "killed", "tuées": "killed",
        "morts": "killed", "mortes": "killed", "mort": "killed", "décédé": "killed",
        "blessé": "wounded", "blessés": "wounded", "blessée": "wounded", "blessées": "wounded",
        "arrêté": "arrested", "arrêtés": "arrested", "interpellé": "arrested",
        "interpellés": "arrested", "enlevé": "kidnapped", "enlevés": "kidnapped",
        "enlevées": "kidnapped", "exécuté": "executed", "exécutés": "executed",
        "libéré": "released", "libérés": "released",
    },
    "es": {
        "muertos": "killed", "muertas": "killed", "murieron": "killed", "muerto": "killed",
        "fallecidos": "killed", "fallecieron": "killed", "asesinados": "killed",
        "heridos": "wounded", "heridas": "wounded", "herido": "wounded",
        "detenidos": "arrested", "arrestados": "arrested", "secuestrados": "kidnapped",
        "ejecutados": "executed", "liberados": "released",
    },
    "pt": {
        "mortos": "killed", "mortas": "killed", "morreram": "killed", "morto": "killed",
        "feridos": "wounded", "feridas": "wounded", "ferido": "wounded", "presos": "arrested",
        "detidos": "arrested", "sequestrados": "kidnapped", "executados": "executed",
        "libertados": "released",
    },
    "ar": {"قتلى": "killed", "قتيلا": "killed", "قتيلاً": "killed", "جرحى": "wounded",
           "مصابين": "wounded", "جريحا": "wounded", "جريحاً": "wounded", "معتقلين": "arrested"},
}  # fmt: skip
# Verbs of an outcome written before the number they befell ('a tué 5 soldats').
_OUTCOME_BEFORE: dict[str, dict[str, str]] = {
    "de": {"tötete": "killed", "töteten": "killed", "verletzte": "wounded",
           "verletzten": "wounded", "nahm": "arrested", "entführten": "kidnapped"},
    "fr": {"tué": "killed", "tuant": "killed", "blessé": "wounded", "blessant": "wounded",
           "arrêté": "arrested", "enlevé": "kidnapped"},
    "es": {"mataron": "killed", "mató": "killed", "matando": "killed", "hirieron": "wounded",
           "hiriendo": "wounded", "detuvieron": "arrested", "secuestraron": "kidnapped"},
    "pt": {"mataram": "killed", "matou": "killed", "matando": "killed", "feriram": "wounded",
           "ferindo": "wounded", "prenderam": "arrested", "sequestraram": "kidnapped"},
    "ar": {"قتل": "killed", "وقتل": "killed", "مقتل": "killed", "بمقتل": "killed",
           "ومقتل": "killed", "أصيب": "wounded", "وأصيب": "wounded", "إصابة": "wounded",
           "وإصابة": "wounded", "جرح": "wounded", "وجرح": "wounded", "اعتقال": "arrested",
           "واعتقال": "arrested", "باعتقال": "arrested", "اعتقل": "arrested",
           "اختطاف": "kidnapped", "إعدام": "executed"},
}  # fmt: skip
# The people a number counts, in English.
_COUNTED: dict[str, dict[str, str]] = {
    "de": {
        "menschen": "people", "personen": "people", "soldaten": "soldiers",
        "zivilisten": "civilians", "kämpfer": "fighters", "polizisten": "policemen",
        "häftlinge": "prisoners", "gefangene": "prisoners", "dschihadisten": "jihadists",
        "extremisten": "militants", "kinder": "children", "frauen": "women",
        "geiseln": "hostages", "angreifer": "attackers", "anschläge": "attacks",
        "mitglieder": "members", "verdächtige": "suspects",
    },
    "fr": {
        "personnes": "people", "soldats": "soldiers", "militaires": "soldiers",
        "civils": "civilians", "combattants": "fighters", "policiers": "policemen",
        "gendarmes": "policemen", "jihadistes": "jihadists", "djihadistes": "jihadists",
        "enfants": "children", "femmes": "women", "détenus": "detainees",
        "prisonniers": "prisoners", "otages": "hostages", "humanitaires": "aid workers",
        "assaillants": "attackers", "attaques": "attacks", "attentats": "attacks",
        "membres": "members", "suspects": "suspects",
    },
    "es": {
        "personas": "people", "militares": "soldiers", "soldados": "soldiers",
        "civiles": "civilians", "combatientes": "fighters", "policías": "policemen",
        "agentes": "policemen", "yihadistas": "jihadists", "niños": "children",
        "mujeres": "women", "presos": "prisoners", "rehenes": "hostages",
        "atacantes": "attackers", "ataques": "attacks", "atentados": "attacks",
        "miembros": "members", "sospechosos": "suspects",
    },
    "pt": {
        "pessoas": "people", "militares": "soldiers", "soldados": "soldiers",
        "civis": "civilians", "combatentes": "fighters", "policiais": "policemen",
        "polícias": "policemen", "jihadistas": "jihadists", "crianças": "children",
        "mulheres": "women", "reféns": "hostages", "atacantes": "attackers",
        "ataques": "attacks", "atentados": "attacks", "membros": "members",
        "suspeitos": "suspects",
    },
    "ar": {
        "عناصر": "members", "عنصرا": "members", "جنود": "soldiers", "جنديا": "soldiers",
        "مدنيين": "civilians", "مدنيا": "civilians", "أشخاص": "people", "شخصا": "people",
        "مسلحين": "fighters", "مسلحا": "fighters", "أطفال": "children", "هجمات": "attacks",
    },
}  # fmt: skip
_NUMBERS: dict[str, dict[str, int]] = {
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
           "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
           "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
           "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
           "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
           "cinquante": 50, "soixante": 60, "cent": 100},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
           "quince": 15, "dieciséis": 16, "veinte": 20, "treinta": 30, "cuarenta": 40,
           "cincuenta": 50, "cien": 100},
    "ar": {"اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5,
           "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8,
           "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرين": 20, "ثلاثين": 30},
    "pt": {"dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
           "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
           "catorze": 14, "quinze": 15, "vinte": 20, "trinta": 30, "quarenta": 40,
           "cinquenta": 50, "cem": 100},
}  # fmt: skip
# Words that may stand between a number, its people and their outcome: qualifiers,
# auxiliaries, articles and adjectives of nationality are passed over, within `REACH` words.
_PASSABLE = re.compile(
    r"^(?:mindestens|rund|etwa|über|weitere|andere|wurden|worden|sind|seien|waren|bei|kamen"
    r"|au|moins|plus|de|d|des|autres|ont|été|sont|furent|ont-ils|a|al|menos|más|otros|otras"
    r"|fueron|resultaron|han|sido|ao|pelo|pelos|mais|outros|outras|foram|ficaram|e|y|et|und"
    r"|mutmaßliche[nr]?|présumés?|presuntos?|supuestos?|supostos?|alegados?"
    r"|ما|لا|يقل|عن|نحو|حوالي|أكثر|من|آخرون|آخرين"
    r"|[a-zäöüéèêàâçíóúñãõ]+(?:ische[nr]?|iens?|iennes?|ais|aises?|anos?|anas?|eses?|ês))$",
    re.IGNORECASE,
)
REACH = 6  # words after the number in which its outcome is looked for
_SKIP_AFTER = frozenset(
    {"jahre", "jahren", "monate", "tage", "stunden", "prozent", "euro", "dollar", "km",
     "kilometer", "uhr", "ans", "années", "mois", "jours", "heures", "pour", "%", "euros",
     "dollars", "años", "meses", "días", "horas", "por", "anos", "dias", "kilómetros",
     "quilômetros", "mil"}
)  # fmt: skip
_TOKEN = re.compile(r"\d[\d.,]*\d|\d|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "(", ")"})
LANGUAGES = frozenset(_NUMBERS)
# Languages that put the outcome first, its number alone after it: 'وأصيب ثلاثة آخرون'.
_OUTCOME_FIRST = frozenset({"ar"})


def foreign_sentence_figures(sentence: str, language: str) -> list[dict[str, Any]]:
    """The figures of one sentence in `language` ('de', 'fr', 'es' or 'pt')."""
    numbers, counted = _NUMBERS[language], _COUNTED[language]
    tokens = _TOKEN.findall(sentence)
    figures: list[dict[str, Any]] = []
    for index, token in enumerate(tokens):
        value = _value(token, numbers)
        if value is None or value < 2 or value > 10_000_000:
            continue
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        if following in _SKIP_AFTER or following in _MONTHS:
            continue
        if token.isdigit() and 1900 <= value <= 2100 and following not in counted:
            continue  # a year
        noun, outcome = _after(tokens, index + 1, language)
        if outcome is None and (noun is not None or language in _OUTCOME_FIRST):
            outcome = _before(tokens, index, language)
        if noun is None and outcome is None:
            continue
        what = " ".join(part for part in (noun, outcome) if part)
        figures.append({"value": value, "what": what})
    return figures


_MONTHS = frozenset(
    {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember", "janvier", "février", "mars", "avril", "juin",
     "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero",
     "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho",
     "setembro", "outubro", "dezembro", "de"}
)  # fmt: skip


def _value(token: str, numbers: dict[str, int]) -> int | None:
    if token[0].isdigit():
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", token):
            return int(re.sub(r"[.,]", "", token))  # '1.200' (de), '1,200'
        return int(token) if token.isdigit() else None
    return numbers.get(token.lower())


def _after(tokens: list[str], start: int, language: str) -> tuple[str | None, str | None]:
    """The people counted and their outcome in the words after the number."""
    counted, outcomes = _COUNTED[language], _OUTCOME_WORDS[language]
    noun = None
    for cursor in range(start, min(start + REACH, len(tokens))):
        word = tokens[cursor].lower()
        if word in _CLAUSE_END or word[0].isdigit() or word in _NUMBERS[language]:
            break
        if word in outcomes:
            return noun, outcomes[word]
        if cursor + 1 < len(tokens) and f"{word} {tokens[cursor + 1].lower()}" in outcomes:
            return noun, outcomes[f"{word} {tokens[cursor + 1].lower()}"]  # 'ums Leben'
        if noun is None and word in counted:
            noun = counted[word]
            continue
        if word == "," or _PASSABLE.match(word):
            continue
        break
    return noun, None


def _before(tokens: list[str], index: int, language: str) -> str | None:
    """An outcome verb just before the number ('a tué 5 soldats', 'mataron a siete')."""
    verbs = _OUTCOME_BEFORE[language]
    for cursor in range(index - 1, max(index - 4, -1), -1):
        word = tokens[cursor].lower()
        if word in verbs:
            return verbs[word]
        if not _PASSABLE.match(word):
            return None
    return None
