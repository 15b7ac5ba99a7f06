"""Numbers written in words, as reports write counts: 'seven', 'Twenty-three', 'two hundred
and thirty'. Ingest reads key figures and a lede's numbers with them; the site reads which
figures a lede tells."""

from __future__ import annotations

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
}  # fmt: skip


_UNITS = {"one": 1, **{word: n for word, n in NUMBER_WORDS.items() if n < 10}}


def words_number(tokens: list[str], index: int) -> tuple[int, int]:
    """A number written in words from token `index`, hundreds included ('two hundred and
    thirty' is 230, 'one hundred' 100), and the index after it; (0, index + 1) if none."""
    word = tokens[index].lower()
    value = 1 if word == "one" else word_number(word)
    after = index + 1
    if 0 < value < 10 and after < len(tokens) and tokens[after].lower() == "hundred":
        value, after = value * 100, after + 1
        rest = after + 1 if after < len(tokens) and tokens[after].lower() == "and" else after
        if rest < len(tokens) and 0 < (tail := word_number(tokens[rest].lower())) < 100:
            value, after = value + tail, rest + 1
    return (value, after) if value > 1 else (0, index + 1)


def word_number(word: str) -> int:
    """A number written in words: 'seven', 'Twenty-three'; 0 when it is not one."""
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    tens, _dash, unit = word.partition("-")
    if unit in _UNITS and NUMBER_WORDS.get(tens, 0) in (20, 30, 40, 50, 60, 70, 80, 90):
        return NUMBER_WORDS[tens] + _UNITS[unit]
    return 0
