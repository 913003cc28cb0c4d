"""Per-segment features, computed once per document pair before any dynamic programming.

For every segment: its length in characters (spaces excluded, so that zh and en are
counted alike), counts of the punctuation that survives translation (question and
exclamation marks, colons, semicolons, brackets, quotes), and a set of *keys* — things
that can be found on both sides:

* English content-word stems, and on the Chinese side the stems that the lexicon gives
  for each dictionary word found by forward maximum matching;
* numbers, normalised ("2,000", "2 000" and "2000" are one key; 一九四九年 is 1949);
* Latin tokens and document symbols (A/RES/68/48, HIV/AIDS), lower-cased.

Only keys that occur in *both* documents are kept, and each side's *weight* counts the
translatable material a segment has: English stems some Chinese segment could translate
to, Chinese words whose translations occur somewhere in the English document. The share
of that material that finds a counterpart is the lexical similarity used by the costs.

Keys are stored CSR-style (one id array and row pointers) so the band similarity in
``cost.py`` can be computed with numpy rather than with Python sets.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from termbase.align.furniture import is_furniture
from termbase.align.lexicon import STOP_WORDS, Lexicon, stem
from termbase.text.english import MONTHS

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

PUNCT_CLASSES: tuple[str, ...] = ("?", "!", ":", ";", "(", "\"“”「」『』")
"""Punctuation compared across languages; each string is one class (after NFKC)."""
PUNCT_COLUMNS = len(PUNCT_CLASSES) + 1
"""Columns of ``SideFeatures.punct``: one per class, then the sentence ends."""

# Chinese function characters: their CC-CEDICT glosses are rare senses ("的" → target,
# taxi) that would otherwise match English words by chance in every sentence.
_ZH_STOP = frozenset("的了是在和与及或也都就而把被这那个一有我你他她它们之其此为以于对从向"
                     "将并等着过又还很所得地吗呢吧啊么该各本每")

_NUMBER = re.compile(r"\d+(?:[,\u00a0\u202f ]\d{3}(?!\d))*(?:\.\d+)?")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[./-][A-Za-z0-9]+)*")
_ZH_YEAR = re.compile("([〇零一二三四五六七八九]{2,4})年")
# Articles, paragraphs, pages, chapters and sections that Chinese numbers in words and
# English in figures: 第十五条 ↔ Article 15, 第三款 ↔ (3).
_ZH_ORDINAL = re.compile("第([一二三四五六七八九十]{1,3})[条款段页章节届次]")
_ZH_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_EN_WORD = re.compile("[a-z]+")
# List and section labels at the start of a segment: "(一)" ↔ "(i)", "二." ↔ "II.".
_ZH_LABEL = re.compile(r"[(]?([一二三四五六七八九十]{1,3})(?:[)]|[.、](?!\d))")
_ROMAN_LABEL = re.compile(r"[(]?([ivxl]{1,6}|[IVXL]{1,6})(?:[)]|\.(?!\d))")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_ZH_UNITS = {c: k for k, c in enumerate("零一二三四五六七八九")}


@dataclass(frozen=True, slots=True)
class SideFeatures:
    """Features of every segment of one side, as parallel numpy arrays."""

    lengths: FloatArray
    """Characters per segment, whitespace excluded."""
    weights: FloatArray
    """Translatable items per segment (see the module docstring)."""
    punct: FloatArray
    """(segments × PUNCT_COLUMNS) counts: each punctuation class, then the sentence
    ends (a Chinese full stop, or an English one before a capital or the line's end)."""
    key_ptr: IntArray
    """Row pointers: keys of segment i are key_ids[key_ptr[i]:key_ptr[i+1]]."""
    key_ids: IntArray
    furniture: FloatArray
    """1.0 for a page-furniture line (:mod:`furniture`), else 0.0."""
    heading: FloatArray
    """1.0 for a line shaped like a title, heading or label (:func:`is_heading`)."""
    key_symbol: npt.NDArray[np.bool_] | None = None
    """Parallel to ``key_ids``: whether the key is a number, Latin token, document
    symbol or list label (:func:`symbol_keys`, :func:`label_keys`) rather than a word;
    None when no key is."""
    key_count: IntArray | None = None
    """Parallel to ``key_ids``: how often the key occurs in its segment (English
    words with that stem, Chinese words translating to it, figures); None: once each."""

    def __len__(self) -> int:
        return int(self.lengths.shape[0])

    def keys(self, index: int) -> IntArray:
        return self.key_ids[self.key_ptr[index]:self.key_ptr[index + 1]]

    def slice(self, start: int, stop: int) -> SideFeatures:
        """Features of segments start..stop-1 (for windows between anchors)."""
        ptr = self.key_ptr[start:stop + 1]
        return SideFeatures(self.lengths[start:stop], self.weights[start:stop],
                            self.punct[start:stop], ptr - ptr[0],
                            self.key_ids[ptr[0]:ptr[-1]], self.furniture[start:stop],
                            self.heading[start:stop],
                            None if self.key_symbol is None
                            else self.key_symbol[ptr[0]:ptr[-1]],
                            None if self.key_count is None
                            else self.key_count[ptr[0]:ptr[-1]])

    def take(self, rows: IntArray) -> SideFeatures:
        """Features of the given segments, in that order."""
        rows_keys = [self.keys(int(r)) for r in rows]
        symbol = (None if self.key_symbol is None else np.concatenate(
            [self.key_symbol[self.key_ptr[r]:self.key_ptr[r + 1]] for r in rows]
            or [np.zeros(0, dtype=np.bool_)]))
        count = (None if self.key_count is None else np.concatenate(
            [self.key_count[self.key_ptr[r]:self.key_ptr[r + 1]] for r in rows]
            or [np.zeros(0, dtype=np.int64)]))
        return SideFeatures(self.lengths[rows], self.weights[rows], self.punct[rows],
                            *_csr(rows_keys), self.furniture[rows], self.heading[rows],
                            symbol, count)

    def symbol_side(self) -> SideFeatures:
        """The same segments keeping only their symbol keys (``key_symbol``)."""
        mask = (self.key_symbol if self.key_symbol is not None
                else np.zeros(self.key_ids.size, dtype=np.bool_))
        running = np.concatenate([[0], np.cumsum(mask, dtype=np.int64)])
        ptr = running[self.key_ptr]
        return SideFeatures(self.lengths, np.diff(ptr).astype(np.float64), self.punct, ptr,
                            self.key_ids[mask], self.furniture, self.heading,
                            np.ones(int(ptr[-1]), dtype=np.bool_))

    def shared_keys(self, distance: int, rows: npt.NDArray[np.bool_], *,
                    occurrences: bool = False) -> SideFeatures:
        """Keys that segment s shares with segment s + ``distance``, as a side of its own
        (row s), for the s where ``rows`` holds at either end; only keys are filled in.
        With ``occurrences``, each key as the code of its occurrence that the two
        segments need together (:func:`occurrence_code`: a key found once in each is
        its second occurrence).

        The cost uses them to tell whether a part of a merge has support of its own or
        only repeats words of its neighbour (:meth:`CostTable.set_band`)."""
        count = max(len(self) - distance, 0)
        wanted = rows[:count] | rows[distance:distance + count]
        # Keys coded with their row (the earlier row of each pair on both sides), so
        # that one sorted intersection finds every pair's shared keys at once.
        row_of = np.repeat(np.arange(len(self), dtype=np.int64), np.diff(self.key_ptr))
        stride = int(self.key_ids.max()) + 1 if self.key_ids.size else 1
        first = np.zeros(row_of.size, dtype=np.bool_)
        second = np.zeros(row_of.size, dtype=np.bool_)
        if count:
            first = (row_of < count) & wanted[np.minimum(row_of, count - 1)]
            second = (row_of >= distance) & wanted[np.clip(row_of - distance, 0, count - 1)]
        codes, at_first, at_second = np.intersect1d(
            row_of[first] * stride + self.key_ids[first],
            (row_of[second] - distance) * stride + self.key_ids[second],
            assume_unique=True, return_indices=True)
        shared = codes % stride
        if occurrences:
            counts = (self.key_count if self.key_count is not None
                      else np.ones(self.key_ids.size, dtype=np.int64))
            shared = occurrence_code(shared, counts[first][at_first]
                                     + counts[second][at_second])
        ptr = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(np.bincount(codes // stride, minlength=count), out=ptr[1:])
        zeros = np.zeros(count)
        return SideFeatures(zeros, zeros, np.zeros((count, PUNCT_COLUMNS)),
                            ptr, shared.astype(np.int64), zeros, zeros)


    def repeated_occurrences(self) -> SideFeatures:
        """The same segments keeping, as their keys, the codes of the second, third …
        occurrence of each key they hold more than once (:func:`occurrence_code`);
        only keys are filled in."""
        counts = (np.minimum(self.key_count, _MAX_OCCURRENCE) if self.key_count is not None
                  else np.ones(self.key_ids.size, dtype=np.int64))
        extra = counts - 1
        ids = np.repeat(self.key_ids, extra)
        # Within each key's run: 2, 3, … up to its count.
        starts = np.repeat(np.cumsum(extra) - extra, extra)
        codes = occurrence_code(ids, np.arange(ids.size) - starts + 2)
        running = np.concatenate([[0], np.cumsum(extra)])
        ptr = running[self.key_ptr]
        zeros = np.zeros(len(self))
        return SideFeatures(zeros, zeros, np.zeros((len(self), PUNCT_COLUMNS)), ptr,
                            codes.astype(np.int64), zeros, zeros)


_MAX_OCCURRENCE = 15


def occurrence_code(keys: IntArray, occurrence: IntArray) -> IntArray:
    """One id for "the n-th occurrence of key k" (n capped at 15), so that a band of
    shared ids counts keys one side holds at least as often as the other needs."""
    return np.asarray(keys * (_MAX_OCCURRENCE + 1)
                      + np.minimum(occurrence, _MAX_OCCURRENCE), dtype=np.int64)


def _csr(rows: Sequence[IntArray | list[int]]) -> tuple[IntArray, IntArray]:
    ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum([len(r) for r in rows])
    ids = (np.concatenate([np.asarray(r, dtype=np.int64) for r in rows]) if rows
           else np.zeros(0, dtype=np.int64))
    return ptr, ids.astype(np.int64, copy=False)


def _number_keys(text: str) -> list[str]:
    """Number keys of ``text``, one per occurrence."""
    keys = []
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"[^\d.]", "", match.group())
        if "." in digits:
            digits = digits.rstrip("0").rstrip(".")
        keys.append("#" + (digits.lstrip("0") or "0"))
    return keys


def _latin_keys(text: str) -> list[str]:
    return ["@" + token.lower() for token in _LATIN.findall(text)]


def symbol_keys(text: str) -> set[str]:
    """Number (``#2000``) and Latin-token or symbol (``@a/res/68/48``) keys of any text."""
    return set(_symbol_keys(unicodedata.normalize("NFKC", text)))


def _symbol_keys(folded: str) -> list[str]:
    """:func:`symbol_keys` of NFKC text, one per occurrence."""
    keys = _number_keys(folded) + _latin_keys(folded)
    keys.extend("#" + m.group(1).translate(_ZH_DIGITS) for m in _ZH_YEAR.finditer(folded))
    keys.extend(f"#{value}" for m in _ZH_ORDINAL.finditer(folded)
                if (value := _zh_numeral(m.group(1))))
    return keys


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral.lower()]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v
               for k, v in enumerate(values))


def _zh_numeral(numeral: str) -> int:
    if "十" not in numeral:
        return _ZH_UNITS[numeral] if len(numeral) == 1 else 0
    tens, _, units = numeral.partition("十")
    return (_ZH_UNITS.get(tens, 0) or 1) * 10 + _ZH_UNITS.get(units, 0)


def label_keys(folded: str) -> set[str]:
    """A key for a list or section label opening the segment (``§2`` for 二. and II.)."""
    zh = _ZH_LABEL.match(folded)
    if zh and (value := _zh_numeral(zh.group(1))):
        return {f"§{value}"}
    roman = _ROMAN_LABEL.match(folded)
    return {f"§{_roman(roman.group(1))}"} if roman else set()


_NOT_PUNCT = re.compile("[^" + re.escape("".join(PUNCT_CLASSES)) + "]+")
_CLASS_DIGITS = tuple(str(k) for k in range(len(PUNCT_CLASSES)))
_TO_CLASS = str.maketrans({ch: _CLASS_DIGITS[k] for k, cls in enumerate(PUNCT_CLASSES)
                           for ch in cls})


# An English full stop ends a sentence before a capital, a quote, a bracket or the end
# of the line: "para. 31" and "a.m. on" stay uncounted, "U.N. Day" does not.
_SENTENCE_END = re.compile(r"\.(?=\s*$|\s+[A-Z\"“(])")
# A paragraph number or list label opening the line ("25. We believe", "a. Substantive")
# ends no sentence: the Chinese version writes it without the space ("25.我们认为").
_LEADING_LABEL = re.compile(r"\s*[(]?(?:\d+(?:\.\d+)*|[A-Za-z]{1,4})[.)]\s")


def _punct_counts(text: str) -> list[int]:
    """The ``PUNCT_COLUMNS`` counts of one segment."""
    ends = text.count("。")
    if "." in text:
        label = _LEADING_LABEL.match(text)
        ends += len(_SENTENCE_END.findall(text, label.end() if label else 0))
    # Counting in the few marks a segment has, each written as its class's digit, not in
    # the whole text once per mark.
    marks = _NOT_PUNCT.sub("", text)
    if not marks:
        return [0] * len(PUNCT_CLASSES) + [ends]
    classes = marks.translate(_TO_CLASS)
    return [classes.count(digit) for digit in _CLASS_DIGITS] + [ends]


@dataclass(frozen=True, slots=True)
class _Raw:
    """Strings found in one segment, before document-level filtering."""

    length: int
    punct: list[int]
    symbols: Mapping[str, int]
    """Number, Latin-token and label keys, with their occurrences."""
    words: list[frozenset[str]]
    """English: one singleton per content stem; Chinese: translations of each word."""
    times: list[int]
    """Occurrences of each of ``words`` in the segment."""


def _visible_length(text: str) -> int:
    # str.split() cuts at the same whitespace as a regex \s, but in one C call.
    return len("".join(text.split()))


_NONE: Mapping[str, int] = {}


def _tally(keys: list[str]) -> Mapping[str, int]:
    # Most segments carry no figure or symbol: skip building a Counter for them.
    return Counter(keys) if keys else _NONE


_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}
_EN_ORDINALS = {word: k + 1 for k, word in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth"))}
_EN_ORDINALS.update({tens[:-1] + "ieth": value for tens, value in _EN_TENS.items()})
# "seventy-eighth session" ↔ 第七十八届会议, "tenth meeting" ↔ 第十次会议: UN documents
# number their sessions and meetings in words in English and in numerals in Chinese.
_EN_SESSION = re.compile(r"\b(?:([a-z]+)-)?([a-z]+)\s+(?:session|meeting)s?\b")


def _session_keys(lower: str) -> list[str]:
    """Number keys of the sessions and meetings that ``lower`` numbers in words."""
    keys = []
    for match in _EN_SESSION.finditer(lower):
        tens, word = match.groups()
        value = _EN_ORDINALS.get(word, 0)
        if tens is not None:
            value = _EN_TENS[tens] + value if tens in _EN_TENS and 0 < value < 10 else 0
        if value:
            keys.append(f"#{value}")
    return keys


def _raw_en(text: str, folded: str, zh_latin: set[str]) -> _Raw:
    """``folded`` is ``text`` in NFKC; ``zh_latin`` the Latin tokens of the Chinese
    side (lower-cased), the only ones worth a key: every English word is a Latin token."""
    lower = folded.lower()
    stems = Counter([stem(w) for w in _EN_WORD.findall(lower)
                     if w not in STOP_WORDS and len(w) > 1])
    latin = [f"@{token}" for token in _LATIN.findall(lower) if token in zh_latin]
    sessions = _session_keys(lower) if "session" in lower or "meeting" in lower else []
    symbols = _tally(_number_keys(folded) + latin + list(label_keys(folded.lstrip()))
                     + sessions)
    ordered = sorted(stems)
    return _Raw(_visible_length(text), _punct_counts(folded), symbols,
                [frozenset((s,)) for s in ordered], [stems[s] for s in ordered])


# The lookahead makes the scan skip, in C, every position that starts no date.
_ZH_DATE = re.compile(r"(?=\d{1,4}[年月日])(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?")
_ZH_CLOCK = re.compile(r"(\d{1,2})时(\d{2})分")
_ZH_AMOUNT = re.compile(r"(\d+(?:[,\u00a0\u202f ]\d{3}(?!\d))*(?:\.\d+)?)(多)?([万亿])")
# English writes the month by name ("19 March 2015"); "may" is a stop word, so May
# gets no key on either side.
_MONTH_KEYS = tuple(frozenset((stem(m),)) if m not in STOP_WORDS else None for m in MONTHS)
_SCALES = ((1e9, frozenset((stem("billion"),))), (1e6, frozenset((stem("million"),))))


def _figures_as_english(folded: str) -> tuple[str, list[frozenset[str]]]:
    """``folded`` with its dates, clock times and amounts in 万 and 亿 written as English
    writes them, and the words (month names, million, billion) that they give:
    2015年3月19日 → "2015 19" and March, 10时13分 → "10.13", 42.5亿 → "4.25" and billion.

    Left alone, the unit characters 年, 月, 日, 时 and 分 count as translatable words
    ("year", "month", "day") that an English date never contains, the month becomes a
    number the English spells as a word, and 3 840万 finds no "38.4 million": every
    date or amount made a true pair look partly unmatched, and its figures look like
    a stray line's."""
    if not any(unit in folded for unit in "年月时万亿"):
        return folded, []
    words: list[frozenset[str]] = []

    def date(match: re.Match[str]) -> str:
        year, month, day = match.groups()
        if not match.group() or (month is None and (year is None) == (day is None)):
            return match.group()
        if month is not None and 1 <= int(month) <= 12 and (key := _MONTH_KEYS[int(month) - 1]):
            words.append(key)
        return " " + " ".join(n for n in (year, day) if n) + " "

    def amount(match: re.Match[str]) -> str:
        value = float(re.sub(r"[^\d.]", "", match.group(1))) * (1e4 if match.group(3) == "万"
                                                                else 1e8)
        for scale, word in _SCALES:
            if value >= scale:
                words.append(word)
                value /= scale
                break
        return f" {value:.6f}".rstrip("0").rstrip(".") + " "

    text = _ZH_AMOUNT.sub(amount, _ZH_CLOCK.sub(r" \1.\2 ", folded))
    return _ZH_DATE.sub(date, text), words


def _raw_zh(text: str, folded: str, lexicon: Lexicon) -> _Raw:
    english, extra = _figures_as_english(folded)
    symbols = _tally(_symbol_keys(english) + list(label_keys(folded.lstrip())))
    words = Counter([w for w in lexicon.segment(english) if w not in _ZH_STOP])
    translations = [lexicon.translations(w) for w in words]
    times = list(words.values())
    for word, count in Counter(extra).items():
        translations.append(word)
        times.append(count)
    return _Raw(_visible_length(text), _punct_counts(folded), symbols, translations, times)


def featurize(zh_texts: Sequence[str], en_texts: Sequence[str],
              lexicon: Lexicon) -> tuple[SideFeatures, SideFeatures]:
    """Features of both sides (Chinese first), sharing one key vocabulary."""
    zh_folded = [unicodedata.normalize("NFKC", t) for t in zh_texts]
    en_folded = [unicodedata.normalize("NFKC", t) for t in en_texts]
    zh_raw = [_raw_zh(t, f, lexicon) for t, f in zip(zh_texts, zh_folded, strict=True)]
    zh_latin = {key[1:] for raw in zh_raw for key in raw.symbols if key.startswith("@")}
    en_raw = [_raw_en(t, f, zh_latin) for t, f in zip(en_texts, en_folded, strict=True)]
    en_all: set[str] = set()
    for raw in en_raw:
        en_all.update(raw.symbols)
        for word in raw.words:
            en_all |= word
    zh_all: set[str] = set()
    for raw in zh_raw:
        zh_all.update(raw.symbols)
        for word in raw.words:
            zh_all |= word
    common = en_all & zh_all
    vocab = {key: index for index, key in enumerate(sorted(common))}
    return _side(zh_raw, vocab, zh_folded), _side(en_raw, vocab, en_folded)


def is_heading(text: str) -> bool:
    """Whether a line ends in a letter, digit or ideograph rather than punctuation.

    Sentences end in a full stop, a colon, a semicolon or a comma (the clauses of a
    resolution's preamble); titles, headings, table cells and masthead lines such as
    ``United Nations`` or ``导言`` end in a word. Each language version lays such a line
    out on a line of its own, so inside a merge it must bring support of its own.
    """
    folded = unicodedata.normalize("NFKC", text).rstrip()
    return bool(folded) and folded[-1].isalnum()


def _flags(texts: Sequence[str], test: Callable[[str], bool]) -> FloatArray:
    return np.array([float(test(t)) for t in texts], dtype=np.float64)


def _side(raws: Sequence[_Raw], vocab: dict[str, int], folded: Sequence[str]
          ) -> SideFeatures:
    """``folded``: the segments' texts in NFKC."""
    # Every key occurrence of every segment goes into one flat list; numpy then sorts,
    # dedupes and counts them per segment at once.
    flat: list[int] = []
    sizes: list[int] = []
    weights: list[int] = []
    symbol_ids: set[int] = set()
    # A dictionary word's translations are one shared frozenset per word, and a document
    # repeats its words: look each set up in the vocabulary once.
    in_vocab: dict[frozenset[str], list[int]] = {}
    for raw in raws:
        start = len(flat)
        weight = 0
        for symbol, times in raw.symbols.items():
            index = vocab.get(symbol)
            if index is not None:
                weight += 1
                symbol_ids.add(index)
                flat.extend([index] * times)
        for word, times in zip(raw.words, raw.times, strict=True):
            found = in_vocab.get(word)
            if found is None:
                found = in_vocab[word] = [vocab[s] for s in word if s in vocab]
            if found:
                weight += 1
                flat.extend(found * times)
        sizes.append(len(flat) - start)
        weights.append(weight)
    n = len(raws)
    stride = max(len(vocab), 1)
    codes = (np.repeat(np.arange(n, dtype=np.int64), sizes) * stride
             + np.asarray(flat, dtype=np.int64))
    unique, counts = np.unique(codes, return_counts=True)
    ids = unique % stride
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(unique // stride, minlength=n), out=ptr[1:])
    # Symbol keys (#, @, §) and word stems never share a string, so a key id is a
    # symbol on every segment or on none.
    is_symbol = np.zeros(stride, dtype=np.bool_)
    is_symbol[list(symbol_ids)] = True
    lengths = np.array([r.length for r in raws], dtype=np.float64)
    punct = np.array([r.punct for r in raws], dtype=np.float64).reshape(n, PUNCT_COLUMNS)
    return SideFeatures(lengths, np.array(weights, dtype=np.float64), punct, ptr, ids,
                        _flags(folded, is_furniture), _flags(folded, is_heading),
                        is_symbol[ids], counts.astype(np.int64))
