"""Candidate equivalents drawn from the target side of a segment pair.

English candidates are word n-grams (up to ten words) that do not cross punctuation
and neither start nor end with a function word: "Programme of Action" is a candidate,
"the Programme" and "Programme of" are not. Chinese candidates (for the reverse
direction) are runs of two to twelve ideographs that do not cross punctuation and do not
start or end with a particle or conjunction.

The containment rule (:func:`absorb_contained`) then keeps maximal candidates: where
"General Assembly" explains most co-occurrences of "Assembly" with a term, "Assembly"
is dropped for that term, as "developing" gives way to "developing countries".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from termbase.text.chinese import CJK_RUN, ZH_CONJUNCT_SEPARATORS, ZH_CONJUNCTIONS
from termbase.text.english import EN_CONJUNCTIONS, singular

# A word: letters/digits, with inner hyphens (ASCII, U+2010 and the non-breaking U+2011
# that 2023 UN documents print in "Inter‑Agency" and "COVID‑19"), figure and en dashes,
# apostrophes, slashes and dots kept inside ("non-governmental", "A/CONF.192/15",
# "2015–2030", "Children's"). A possessive stays inside the word: names hold them
# ("United Nations Children's Fund"), but a candidate never ends with one ("Council's"
# is not a term; see _POSSESSIVE).
ENGLISH_WORD = re.compile(r"[^\W_]+(?:[-‐‑‒–/.][^\W_]+|['’][^\W_]+)*")
# Keys spell every hyphen and dash inside a word as "-" and the typographic apostrophe
# as "'": one document's "Inter‑Agency" and another's "Inter-Agency" are one candidate,
# whose counts would otherwise be split between two spellings and lose to a shorter one.
_KEY_MARKS = str.maketrans("‐‑‒–’", "----'")
_POSSESSIVE = re.compile(r"['’][sS]$")
# A footnote marker glued to the word before it, as text taken from PDF has it
# ("Budgetary Questions2 and requests"): one or two digits after two lower-case letters.
# Digits after capitals or a hyphen belong to a name or symbol (CO2, G77, COVID-19).
_GLUED_MARKER = re.compile(r"(?<=[a-z]{2})\d{1,2}$")
# Degree words that change a term's meaning when they open it ("least developed
# countries" is not "developed countries"): they may start a candidate, never end one.
_DEGREE_WORDS = frozenset({"least", "less", "most", "more"})

# English function words that never start or end a term. Short on purpose: words such as
# "general", "international" or "action" are content words in UN terminology.
_STOP_TEXT = """
a an the of and or nor but in on at to for by with from as into onto upon within without
between among under over about against during through after before than then so if
is are was were be been being am has have had do does did not no also such
this that these those which who whom whose what where when why how there here
it its it's they them their theirs he him his she her we us our you your i me my
will would shall should may might must can could
all any each every some other others both either neither more most less least very
per via including inter alia s mr ms mrs
throughout across along itself themselves himself herself ourselves yourselves
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_TEXT.split())


def name_word(word: str) -> bool:
    """Whether ``word`` may stand inside a name as English writes one: capitalised, a
    figure, or one of the small words names hold ("of", "the": Department of Public
    Information)."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in STOP_WORDS

# Chinese characters that are grammatical glue, never the first or last character of a
# term: structural particles, conjunctions and a few coverbs.
ZH_GRAMMAR = ZH_CONJUNCTIONS | frozenset("的了并而在之其于被把着也都")
"""Chinese characters that are grammatical glue: no term starts with one, and no
English content word translates one."""
_ZH_NO_START = ZH_GRAMMAR
_ZH_NO_END = ZH_GRAMMAR | {"将"}

MAX_EN_WORDS = 10
MAX_NAME_WORDS = 20
"""A name (every content word capitalised) may run longer than other candidates: "United
Nations Relief and Works Agency for Palestine Refugees in the Near East" is 13 words."""
MIN_ZH_CHARS, MAX_ZH_CHARS = 2, 12


class Span(NamedTuple):
    """One candidate occurrence: its key (the form counted), position, surface form.

    ``start``/``end`` are token positions for English and character positions for
    Chinese; they only serve to tell whether two occurrences overlap.

    A named tuple, not a frozen dataclass: pairing and the learned checks build one for
    every n-gram of every segment (about 55 a segment), and a frozen dataclass's
    ``__init__`` costs some fifty times a tuple's.
    """

    key: str
    start: int
    end: int
    surface: str
    initial: bool = False
    """Whether the span starts its segment, after item labels at most ("2. Small arms"):
    English capitalisation there is no evidence."""
    enumeration: bool = False
    """Whether the span crosses a comma (a candidate only for enumeration terms)."""
    named: bool = False
    """Whether the span, of two words or more, has a capitalised word right after it, or
    right before it (or before the function words before it: "Gender Equality and the
    Empowerment of Women"): its capitals may be a longer name's ("Guiding Principles on
    Internal Displacement"), no evidence of its own
    spelling. (A single word keeps its evidence: "Council" in "Security Council".)"""


@dataclass(frozen=True, slots=True)
class KeySet:
    """Candidate keys wanted from :meth:`CandidateSide.spans`, with every leading part
    of each (whole words in English, characters in Chinese): an n-gram that is no such
    part cannot grow into a wanted key, so the search from that word stops there."""

    keys: frozenset[str]
    prefixes: frozenset[str]

    @classmethod
    def of(cls, keys: Iterable[str], lang: str) -> KeySet:
        keys = frozenset(keys)
        if lang == "zh":
            prefixes = {key[:n] for key in keys for n in range(1, len(key) + 1)}
        else:
            prefixes = set()
            for key in keys:
                # Words are joined by " " or ", " (enumerations): a leading part ends
                # before a space, without the comma.
                words = key.split(" ")
                prefixes.update(" ".join(words[:n]).rstrip(",")
                                for n in range(1, len(words) + 1))
        return cls(keys, frozenset(prefixes))


class CandidateSide(Protocol):
    """How candidates are drawn from the target side's text."""

    lang: str

    def spans(self, text: str, *, enumerations: bool = False,
              within: KeySet | None = None) -> list[Span]:
        """Every candidate occurrence in ``text`` (``enumerations``: also across commas;
        ``within``: only those whose key is wanted — the same spans, found faster)."""
        ...


class _Word(NamedTuple):
    """One word of :func:`english_runs` (a named tuple: built for every word read)."""

    text: str
    comma_before: bool
    """Separated from the previous word of its run by a comma (enumeration runs only)."""


# Abbreviations written with a full stop before the proper name they open, "St." of
# "St. Helena" or "St. Petersburg Declaration" (a closed class: the abbreviated words
# that open a place or a saint's name). Their stop is no sentence's end: a run broken
# there pairs 圣赫勒拿 with "Helena", the part after the stop.
NAME_PREFIX_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
"""Each abbreviation with the word it stands for, which a dictionary glosses by (CC-CEDICT's
圣彼得堡 is "Saint Petersburg")."""


def unabbreviated(text: str) -> str:
    """``text`` with each :data:`NAME_PREFIX_ABBREVIATIONS` word written out ("St
    Petersburg" → "saint Petersburg"), for reading its words against a dictionary."""
    return " ".join(NAME_PREFIX_ABBREVIATIONS.get(w.casefold(), w) for w in text.split(" "))


def english_runs(text: str, *, across_commas: bool = False) -> list[list[_Word]]:
    """Words of ``text`` grouped into runs not separated by punctuation.

    Only whitespace may stand between two words of a run, so an n-gram never spans a
    bracket, full stop or glued footnote marker (which is dropped). With
    ``across_commas`` a comma does not end a run either
    (enumerations such as "disarmament, demobilization and reintegration"). The stop
    of an abbreviation that opens a name ("St. Helena") ends no run; the word is read
    without it, as :func:`english_words` reads it.
    """
    runs: list[list[_Word]] = []
    current: list[_Word] = []
    last_end = 0
    for match in ENGLISH_WORD.finditer(text):
        gap = text[last_end:match.start()].strip()
        comma = gap in (",", "，")
        if current and gap and not (across_commas and comma) and not (
                gap == "." and current[-1].text.casefold() in NAME_PREFIX_ABBREVIATIONS):
            runs.append(current)
            current = []
        word = match.group()
        marker = _glued_marker(word)
        current.append(_Word(word[:marker.start()] if marker else word,
                             bool(current) and comma))
        if marker:  # the marker ends the phrase, as punctuation would
            runs.append(current)
            current = []
        last_end = match.end()
    if current:
        runs.append(current)
    return runs


def english_words(text: str) -> list[str]:
    """The words of :func:`english_runs`, in order, without the runs: a word reads the
    same whatever run it stands in (but for a function word in capitals, which may be
    an acronym: :func:`acronym_keys`), and a reader of single words (the draft
    evidence's word sets, built for nearly every unit of a draft) is spared the gaps
    between them and an object for each word."""
    words = ENGLISH_WORD.findall(text)
    for i, word in enumerate(words):
        marker = _glued_marker(word)
        if marker:
            words[i] = word[:marker.start()]
    return words


def _glued_marker(word: str) -> re.Match[str] | None:
    """The footnote marker glued to the end of ``word`` ("Protocol2"), which both readers
    of words drop; only a word ending in a digit is searched."""
    return _GLUED_MARKER.search(word) if word[-1].isdigit() else None


class EnglishNgrams:
    """English word n-grams, keyed lower-case and singular ("States parties" and "State
    party" count as one); the surface form is kept for casing and number.

    Only the key is folded (:func:`termbase.text.english.singular`); the answer is the
    corpus' most frequent spelling, so an over-eager fold ("aids" → "aid") never reaches
    the user."""

    lang = "en"

    def __init__(self, max_words: int = MAX_EN_WORDS, *,
                 max_name_words: int | None = None) -> None:
        self.max_words = max_words
        self.max_name_words = max(max_words, max_name_words or 0)
        """Length allowed to candidates that are names (None: no more than others)."""

    def spans(self, text: str, *, enumerations: bool = False,
              within: KeySet | None = None) -> list[Span]:
        """Candidate occurrences; with ``enumerations``, also those spanning commas
        (marked ``enumeration``) for terms that are themselves enumerations; with
        ``within``, only those whose key is wanted."""
        # The hot loop of pairing (every segment, every pass): keys and surfaces grow
        # word by word instead of being joined afresh, and Spans are built positionally.
        wanted = within.keys if within is not None else None
        prefixes = within.prefixes if within is not None else None
        out: list[Span] = []
        append = out.append
        position = 0
        max_words, max_name = self.max_words, self.max_name_words
        for run in _analysed_runs(text, enumerations):
            (words, folded, possessive, opens, closes, commas, in_name, capital,
             named_before, next_usable, starts_segment) = run
            size = len(words)
            for i in range(size):
                if not opens[i]:
                    continue
                crosses = False
                name = True
                key, surface = folded[i], words[i]
                for j in range(i + 1, min(i + max_name, size) + 1):
                    name = name and in_name[j - 1]
                    if j - i > max_words and not name:
                        break
                    if j > i + 1:
                        gap = ", " if commas[j - 1] else " "
                        crosses = crosses or commas[j - 1]
                        key = f"{key}{gap}{folded[j - 1]}"
                        surface = f"{surface}{gap}{words[j - 1]}"
                    if prefixes is not None and key not in prefixes and not (
                            possessive[j - 1] and _unpossessed(key) in prefixes):
                        break  # no wanted key starts with these words
                    if not closes[j - 1] or next_usable[i] >= j:
                        continue
                    if possessive[j - 1]:
                        key, surface = _unpossessed(key), _unpossessed(surface)
                    if wanted is None or key in wanted:
                        append(Span(key, position + i, position + j, surface,
                                    starts_segment and i == 0, crosses,
                                    j - i > 1 and (named_before[i] or capital[j])))
                    if possessive[j - 1]:
                        key, surface = f"{key}'s", f"{surface}{words[j - 1][-2:]}"
            position += size + 1  # a gap, so spans of two runs never touch
        return out


_ANALYSED_TEXTS = 1 << 13
"""Segments whose word analysis :meth:`EnglishNgrams.spans` remembers: every counting
pass reads each segment again, and `mine` pairs two term lists over one corpus."""


class _AnalysedRun(NamedTuple):
    """One run of a segment as :meth:`EnglishNgrams.spans` reads it, word by word (the
    lists are shared by every caller through the cache: read only)."""

    words: list[str]
    folded: list[str]
    """Each word's key spelling (lower case, singular, a possessive kept as "'s")."""
    possessive: list[bool]
    opens: list[bool]
    closes: list[bool]
    commas: list[bool]
    """A comma before the word."""
    in_name: list[bool]
    capital: list[bool]
    """A capitalised content word (one more entry: after the run)."""
    named_before: list[bool]
    """The nearest content word before it, past function words, is capitalised."""
    next_usable: list[int]
    """The first word from here on that is neither a function word nor a number."""
    starts_segment: bool
    """Only item labels come before the run in its segment."""


@functools.lru_cache(maxsize=_ANALYSED_TEXTS)
def _analysed_runs(text: str, enumerations: bool) -> tuple[_AnalysedRun, ...]:
    """What :meth:`EnglishNgrams.spans` needs of each run of ``text`` whatever keys are
    wanted: its words, their keys and the flags that decide where candidates open,
    close and stay inside a name."""
    analysed: list[_AnalysedRun] = []
    opening = True
    """No run but item labels so far: the next run opens the segment's sentence."""
    for run in english_runs(text, across_commas=enumerations):
        words = [w.text for w in run]
        size = len(words)
        starts_segment, opening = opening, opening and size == 1 and is_label(words[0])
        lower = [w.lower().translate(_KEY_MARKS) for w in words]
        # The key keeps a possessive as "'s" (singular() would fold it away), so
        # that keys grow word by word the same way with or without ``within``.
        folded = [singular(_unpossessed(w)) + "'s" if _POSSESSIVE.search(w)
                  else singular(w) for w in lower]
        content = [w not in STOP_WORDS or acronym
                   for w, acronym in zip(lower, acronyms(run), strict=True)]
        numeric = [_is_number(w) for w in lower]
        # "I" after a capitalised content word is the Roman numeral of a name
        # ("Working Group I", "Annex I Parties", "Additional Protocol I"), not the
        # pronoun, which follows a comma or a lower-case word: a number.
        for k in range(1, size):
            if words[k] == "I" and content[k - 1] and words[k - 1][:1].isupper():
                content[k] = numeric[k] = True
        # A candidate needs one word that is neither a function word nor a number
        # ("2015" or "10 000" is not a term): the first such word from each position.
        next_usable = [size] * (size + 1)
        for k in range(size - 1, -1, -1):
            usable = content[k] and not numeric[k]
            next_usable[k] = k if usable else next_usable[k + 1]
        opens, closes = _edges(lower, content, numeric,
                               [next_usable[k] == k for k in range(size)])
        commas = [w.comma_before for w in run]
        possessive = [bool(_POSSESSIVE.search(w)) for w in lower]
        # A word that may stand in a name: capitalised, a number or a function word.
        in_name = [not content[k] or words[k][:1].isupper() or numeric[k]
                   for k in range(size)]
        capital = [content[k] and not numeric[k] and words[k][:1].isupper()
                   for k in range(size)]
        capital.append(False)  # after the run
        # The nearest content word before each word, past function words ("Gender
        # Equality and the Empowerment of Women"), capitalised: a name goes on.
        named_before = [False] * size
        last_capital = False
        for k in range(size):
            named_before[k] = last_capital
            if content[k]:
                last_capital = capital[k]
        analysed.append(_AnalysedRun(words, folded, possessive, opens, closes, commas,
                                     in_name, capital, named_before, next_usable,
                                     starts_segment))
    return tuple(analysed)


def acronyms(run: Sequence[_Word]) -> list[bool]:
    """Which words of a run of :func:`english_runs` are acronyms: written in capitals,
    three letters or more, and neither word beside them (in the run, no comma between)
    in capitals too. "WHO" in "WHO and UNICEF" or "(WHO)" is the World Health
    Organization, a content word whatever lower-case word it spells ("who", "can",
    "and"); "TRADE AND DEVELOPMENT", a heading set in capitals, keeps its function
    words. The test reads no comma-crossing neighbour, so a word is read alike with or
    without enumerations."""
    size = len(run)
    capitals = [_in_capitals(w.text) for w in run]
    out = [False] * size
    for k, word in enumerate(run):
        if not capitals[k] or len(_LETTER.findall(word.text)) < 3:
            continue
        before = k > 0 and not word.comma_before and capitals[k - 1]
        after = k + 1 < size and not run[k + 1].comma_before and capitals[k + 1]
        out[k] = not (before or after)
    return out


def _in_capitals(word: str) -> bool:
    """Two letters or more, none of them lower case ("WHO", "OF", "COVID-19"; not "A",
    which opens a sentence as often as it heads one)."""
    return word.isupper() and len(_LETTER.findall(word)) >= 2


def acronym_keys(text: str) -> list[str]:
    """The keys of the words of ``text`` that :func:`acronyms` reads as acronyms: for
    readers of single words (:func:`english_words`, :func:`word_key`), which take a
    function word in capitals for the function word, as only its run tells."""
    return [fold_word(word.text) for run in english_runs(text)
            for word, acronym in zip(run, acronyms(run), strict=True) if acronym]


def word_key(lower: str) -> str | None:
    """The key :meth:`EnglishNgrams.spans` gives ``lower`` — one lower-cased word of
    :func:`english_runs` — as a candidate on its own; None for a function word or a
    number, which are no candidates alone (an acronym that spells a function word
    aside: see :func:`acronym_keys`). For readers of single words that must agree
    with the n-grams without building them."""
    lower = lower.translate(_KEY_MARKS)
    if lower in STOP_WORDS or _is_number(lower):
        return None
    return fold_word(lower)


def fold_word(word: str) -> str:
    """``word`` as keys spell it: lower case, one hyphen and apostrophe, no possessive,
    singular ("Children's" → "child")."""
    return singular(_unpossessed(word.lower().translate(_KEY_MARKS)))


_LETTER = re.compile(r"[^\W\d_]")


_LABEL = re.compile(r"[a-z]|[ivxlc]{1,6}", re.IGNORECASE)


def is_label(word: str) -> bool:
    """Whether ``word``, standing alone before a segment's first words, is an item label
    ("2. Small arms", "B. Draft decision", "(iv) Peacekeeping operations"): the item's
    first word is then capitalised as a sentence's is, no evidence of its spelling."""
    return _is_number(word) or _LABEL.fullmatch(word) is not None


def _is_number(word: str) -> bool:
    return _LETTER.search(word) is None


def _unpossessed(text: str) -> str:
    """``text`` without a final possessive 's."""
    return _POSSESSIVE.sub("", text)


def _edges(lower: list[str], content: list[bool], numeric: list[bool],
           usable: list[bool]) -> tuple[list[bool], list[bool]]:
    """Which words of a run may open a candidate and which may close one.

    Content words do both (a possessive closes without its 's: "the Council's
    decision" gives "Council"), and a degree word ("least") only opens. A number opens
    only before a word that is neither a function word nor a number ("2030 Agenda", not
    "2015 from the Permanent Representative") and closes only after one ("Global AIDS
    Strategy 2021–2026").
    """
    size = len(lower)
    opens = [c or w in _DEGREE_WORDS for c, w in zip(content, lower, strict=True)]
    closes = list(content)
    for k in range(size):
        if numeric[k]:
            opens[k] = opens[k] and k + 1 < size and usable[k + 1]
            closes[k] = closes[k] and k > 0 and usable[k - 1]
    return opens, closes


class ChineseNgrams:
    """Chinese character n-grams within runs of ideographs (the reverse direction)."""

    lang = "zh"

    def __init__(self, min_chars: int = MIN_ZH_CHARS, max_chars: int = MAX_ZH_CHARS) -> None:
        self.min_chars = min_chars
        self.max_chars = max_chars

    def spans(self, text: str, *, enumerations: bool = False,
              within: KeySet | None = None) -> list[Span]:
        # Chinese enumerations (《…》、…) stay within one run: 、 ends a candidate.
        out: list[Span] = []
        for match in CJK_RUN.finditer(text):
            run, offset = match.group(), match.start()
            for i in range(len(run)):
                if run[i] in _ZH_NO_START:
                    continue
                for j in range(i + self.min_chars, min(i + self.max_chars, len(run)) + 1):
                    key = run[i:j]
                    if within is not None and key not in within.prefixes:
                        break  # no wanted key starts with these characters
                    if run[j - 1] in _ZH_NO_END:
                        continue
                    if within is None or key in within.keys:
                        out.append(Span(key, offset + i, offset + j, key))
        return out


def contains(longer: str, shorter: str, lang: str) -> bool:
    """Whether candidate ``shorter`` is a proper part of ``longer`` (whole words in English)."""
    if len(longer) <= len(shorter):
        return False
    if lang == "zh":
        return shorter in longer
    return f" {shorter} " in f" {longer} "


def is_coordination(text: str, lang: str) -> bool:
    """Whether ``text`` joins two things ("… and …", 《…》和《…》)."""
    if lang == "zh":
        return any(ch in ZH_CONJUNCT_SEPARATORS for ch in text)
    return not EN_CONJUNCTIONS.isdisjoint(text.lower().replace(",", " ").split())


def adds_coordination(longer: str, shorter: str, lang: str) -> bool:
    """Whether ``longer`` extends ``shorter`` by coordinating something with it
    ("Programme of Action and the International Tracing Instrument")."""
    if lang == "zh":
        return is_coordination(longer.replace(shorter, "", 1), lang)
    return is_coordination(f" {longer} ".replace(f" {shorter} ", " ", 1), lang)


def is_coded_name(word: str) -> bool:
    """Whether ``word`` is a name coded in letters and figures ("COVID-19", "G20", "H1N1"):
    one word, starting with a letter, holding a figure, nothing but letters, figures and
    hyphens. Such a name says all it names; no noun after it is part of it."""
    return (word[:1].isalpha() and any(ch.isdigit() for ch in word)
            and all(ch.isalnum() or ch == "-" for ch in word))


def _appends_one_word(longer: str, shorter: str, lang: str) -> bool:
    """Whether English ``longer`` is ``shorter`` and one word more after it."""
    return (lang == "en" and longer.startswith(shorter + " ")
            and len(longer.split()) == len(shorter.split()) + 1)


def absorb_contained(joint: Mapping[str, int], lang: str, ratio: float, *,
                     explained_ratio: float = 0.25, contradicted_ratio: float = 0.9,
                     extension_ok: Callable[[str, str], bool | None] | None = None,
                     renders_whole: Callable[[str], bool] | None = None,
                     coordinated_term: bool = True, occurrences: int | None = None,
                     lone_character: Callable[[str, str], bool] | None = None) -> set[str]:
    """Candidates to drop because a longer candidate explains them.

    ``joint`` maps each candidate of one term to its co-occurrence count with the term.
    A candidate is dropped when a longer candidate containing it co-occurs with the term
    at least ``ratio`` times as often: then the shorter one is mostly a fragment of the
    longer ("Assembly" inside "General Assembly"). ``extension_ok(longer, shorter)``, when
    given, says whether the added words translate part of the term (a dictionary): if
    they do, ``explained_ratio`` suffices; if the dictionary knows the term but not the
    added words ("Group of 77 and China" for 77国集团), ``contradicted_ratio`` is needed —
    not more, because dictionaries have gaps ("session" is missing from 会议). The longer
    candidate must not itself be dropped, so candidates are visited longest first.

    When the term is not itself a coordination (``coordinated_term`` false), a longer
    candidate that adds "and …"/"or …" never absorbs: two terms cited together are not
    one term, however often they are cited together. Nor does a longer candidate whose
    added words the dictionary does not give for the term absorb one that
    ``renders_whole`` says already translates every word of the term: "adverse effects
    of climate change" keeps the company of 不利影响 in most of its sentences, but
    "adverse effects" is all the term says. Nor, when that rendering of the whole term
    also stands in pairs of the term without the longer candidate, does one whose added
    words the dictionary does give for the term: they can only say again a word the
    shorter one renders (方案 is "programme" and also "proposal", so "proposed
    programme budget" explains itself), and the pairs without them show they are the
    sentence's (拟议 "proposed" beside the term) — unless they add a coordinated part
    ("sexual exploitation | and abuse"), which a coordinated term names every time.
    Nor does a longer candidate whose added words the dictionary does not give for the
    term absorb a name coded in letters and figures it starts with (:func:`is_coded_name`):
    "COVID-19 pandemic" for 冠状病毒病, which the dictionary reads as "coronavirus
    disease" — "pandemic" is the sentence's 疫情, "COVID-19" the whole name.
    Nor, given the term's ``occurrences``, does a longer candidate that appends one word
    to a shorter one said in every pair of the term absorb it when said in fewer than
    half of them and ``lone_character(longer, shorter)`` says only a character the
    dictionary reads alone gives the word for the term: the shorter one is the term's
    rendering throughout, and the lone character's gloss is the weakest reading there is
    ("Turkish Cypriot" in all eight pairs of 土族塞人, "Turkish Cypriot people" in three,
    for 土族塞人民众, its "people" read in the term's 人 alone).
    """
    ordered = sorted(joint, key=lambda k: (-len(k.split()) if lang == "en" else -len(k), k))
    kept: list[str] = []
    dropped: set[str] = set()
    for candidate in ordered:
        count = joint[candidate]
        for longer in kept:
            if not contains(longer, candidate, lang):
                continue
            if not coordinated_term and adds_coordination(longer, candidate, lang):
                continue
            verdict = extension_ok(longer, candidate) if extension_ok else None
            if (verdict is False or (verdict and count > joint[longer]
                                     and not adds_coordination(longer, candidate, lang))) \
                    and renders_whole is not None and renders_whole(candidate):
                continue
            if verdict is False and lang == "en" and is_coded_name(candidate) \
                    and longer.startswith(candidate + " "):
                continue
            if verdict and lone_character is not None and occurrences is not None \
                    and count >= occurrences and 2 * joint[longer] < count \
                    and _appends_one_word(longer, candidate, lang) \
                    and lone_character(longer, candidate):
                continue
            needed = (ratio if verdict is None
                      else explained_ratio if verdict else contradicted_ratio)
            if joint[longer] >= needed * count:
                dropped.add(candidate)
                break
        else:
            kept.append(candidate)
    return dropped
