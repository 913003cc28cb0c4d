"""The compiled glossary: one SQLite database holding a :class:`~termbase.lookup.LookupIndex`.

Tables:

* ``meta`` — name/value pairs: schema and termbase versions, the source files with
  their size, mtime and sha256, the readers' diagnostics, counts, the key-length table,
  the glossary's content hash and languages;
* ``concepts`` — each concept's canonical JSON (:func:`~termbase.model.concept_to_dict`),
  by its position in the glossary, read only for the concepts a query returns;

and, for lookups (``meta`` says whether they are there: ``lookup``):

* ``keys`` — the normalised keys, numbered by (length, text) exactly as in memory,
  with their length, indexed by (length, text) for exact search and for prefix search
  one length at a time;
* ``entries`` — the terms under each key, with what ranking needs (concept, language,
  status, the term's position in its concept);
* ``grams`` — the n-gram posting lists, as packed arrays of key ids, with an index of
  the grams and their list sizes.

The n-grams are our own table rather than FTS5's trigram tokenizer: the in-memory index
uses bigrams at Chinese characters (a trigram misses two-character terms), and only
the same grams give the same candidates, and so the same answers.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from termbase.errors import TermbaseError
from termbase.lookup import (
    DEFAULT_LIMIT,
    Entry,
    Hit,
    LookupIndex,
    Match,
    Ranked,
    first_id_of_length,
    length_of_id,
)
from termbase.lookup import normalise as normalise_text
from termbase.lookup import rank as rank_entries
from termbase.model import (
    CONCEPT_OTHERS,
    LANG_SEC_OTHERS,
    TERM_OTHERS,
    Concept,
    Context,
    Definition,
    Glossary,
    LangSec,
    PartOfSpeech,
    Term,
    TermStatus,
    TermType,
    Transaction,
    TransactionType,
    concept_to_dict,
    glossary_from_dict,
)
from termbase.text.chinese import Simplifier

SCHEMA_VERSION = 4
"""2: meta holds the glossary's content hash and languages (for check's signature).
3: keys carry their length, indexed with the text (prefix search by length); grams are
found through an index apart from their lists.
4: the lookup tables (keys, entries, grams) may be left out, ``meta['lookup']`` false: a
check reads the concepts and the meta alone, and its first run need not build them."""

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE concepts (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, data TEXT NOT NULL);
"""
_LOOKUP_SCHEMA = """
CREATE TABLE keys (kid INTEGER PRIMARY KEY, key TEXT NOT NULL, len INTEGER NOT NULL);
CREATE TABLE entries (kid INTEGER NOT NULL, seq INTEGER NOT NULL, concept INTEGER NOT NULL,
                      concept_id TEXT NOT NULL, lang TEXT NOT NULL, status INTEGER NOT NULL,
                      term INTEGER NOT NULL, PRIMARY KEY (kid, seq)) WITHOUT ROWID;
CREATE TABLE grams (gram TEXT NOT NULL, size INTEGER NOT NULL, ids BLOB NOT NULL);
"""


class IndexUnreadable(Exception):
    """The database failed while being read: the caller falls back to the in-memory index."""


class CannotCompile(Exception):
    """The glossary cannot be stored exactly (e.g. text SQLite cannot hold)."""


# --- reading our own JSON back ------------------------------------------------------------
# The concepts table is written by write_database, which refuses to store a concept that
# would not read back equal through these functions; at run time they need not validate
# (the validating reader is most of the cost of reading a concept). Should a row be
# damaged anyway, decoding it raises, and concepts_at reads it again with the validating
# reader, which names what is wrong.

_STATUSES = {s.value: s for s in TermStatus}
_TERM_TYPES = {t.value: t for t in TermType}
_PARTS_OF_SPEECH = {p.value: p for p in PartOfSpeech}
_DECODE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def _pairs(raw: list[dict[str, str]], kind: type[Context] | type[Definition]
           ) -> tuple[Any, ...]:
    return tuple(kind(p["text"], p.get("source", "")) for p in raw)


def _transactions(raw: list[dict[str, str]]) -> tuple[Transaction, ...]:
    return tuple(Transaction(TransactionType(t["type"]), t.get("date", ""),
                             t.get("responsibility", ""), t.get("target", "")) for t in raw)


def _term(d: dict[str, Any]) -> Term:
    status = _STATUSES[d.get("status", "preferred")]
    if len(d) <= 2:  # text and status: nearly every term
        return Term(d["text"], status)
    get = d.get
    term_type, part = get("termType"), get("partOfSpeech")
    return Term(d["text"], status,
                None if term_type is None else _TERM_TYPES[term_type],
                None if part is None else _PARTS_OF_SPEECH[part],
                get("grammaticalGender", ""), get("geographicalUsage", ""),
                get("termLocation", ""), _pairs(get("contexts", ()), Context),
                tuple(get("sources", ())), tuple(get("notes", ())),
                tuple(get("customerSubsets", ())), tuple(get("projectSubsets", ())),
                _transactions(get("transactions", ())))


def _lang_sec(d: dict[str, Any]) -> LangSec:
    if len(d) == 2 and "terms" in d:  # language and terms: nearly every section
        return LangSec(d["lang"], tuple(map(_term, d["terms"])))
    get = d.get
    return LangSec(d["lang"], tuple(map(_term, get("terms", ()))),
                   _pairs(get("definitions", ()), Definition), tuple(get("notes", ())),
                   tuple(get("sources", ())), _transactions(get("transactions", ())))


def decode_concept(d: dict[str, Any]) -> Concept:
    """A concept from the JSON :func:`write_database` stored (trusted: not validated)."""
    if len(d) == 2 and "langSecs" in d:  # id and language sections: nearly every concept
        return Concept(d["id"], tuple(map(_lang_sec, d["langSecs"])))
    get = d.get
    return Concept(d["id"], tuple(map(_lang_sec, get("langSecs", ()))),
                   get("subjectField", ""), _pairs(get("definitions", ()), Definition),
                   tuple(get("notes", ())), tuple(get("sources", ())),
                   tuple(get("crossReferences", ())), tuple(get("externalReferences", ())),
                   _transactions(get("transactions", ())), tuple(get("graphics", ())))


def reads_back(concept: Concept, d: dict[str, Any]) -> bool:
    """Whether :func:`decode_concept` of ``d`` equals ``concept`` (what compiling asks of
    every concept, and decoding them all cost as much as reading the TBX file)."""
    return _plainly_equal(concept, d) or decode_concept(d) == concept


def _plainly_equal(concept: Concept, d: dict[str, Any]) -> bool:
    """True only if :func:`decode_concept` of ``d`` equals ``concept``, told without
    building what the decoder's plain paths build (a concept of its id and sections, a
    section of its language and terms, a term of its text and status: nearly all): the
    object's plain fields are compared with the dict's and its other fields with their
    defaults, which the decoder leaves them. False when unsure: then decode and compare."""
    if not (len(d) == 2 and "langSecs" in d) or type(concept) is not Concept:
        return False
    raw_secs, secs = d["langSecs"], concept.lang_secs
    if (type(secs) is not tuple or len(secs) != len(raw_secs) or concept.id != d["id"]
            or CONCEPT_OTHERS.get(concept) != CONCEPT_OTHERS.defaults):
        return False
    for sec, raw in zip(secs, raw_secs, strict=True):
        if not (len(raw) == 2 and "terms" in raw) or type(sec) is not LangSec:
            if _lang_sec(raw) != sec:
                return False
            continue
        raw_terms, terms = raw["terms"], sec.terms
        if (type(terms) is not tuple or len(terms) != len(raw_terms)
                or sec.lang != raw["lang"] or LANG_SEC_OTHERS.get(sec) != LANG_SEC_OTHERS.defaults):
            return False
        for term, raw_term in zip(terms, raw_terms, strict=True):
            if len(raw_term) > 2 or type(term) is not Term:
                if _term(raw_term) != term:
                    return False
            elif (term.text != raw_term["text"]
                  or term.status != _STATUSES[raw_term.get("status", "preferred")]
                  or TERM_OTHERS.get(term) != TERM_OTHERS.defaults):
                return False
    return True


def _decoded(texts: Sequence[str], source: str) -> list[Concept]:
    # The rows parsed as one JSON array: a parse for each row cost a quarter more. A row
    # that is not one JSON value (damaged) would shift the others: then each row alone,
    # which names it.
    data = json.loads(f"[{','.join(texts)}]")
    if len(data) != len(texts):
        data = [json.loads(text) for text in texts]
    try:
        return [decode_concept(d) for d in data]
    except _DECODE_ERRORS:
        return list(glossary_from_dict({"concepts": data}, source).concepts)


def write_database(path: Path, source: LookupIndex | Glossary, meta: dict[str, Any]
                   ) -> None:
    """Write ``source`` into a new SQLite database at ``path``: a lookup index with its
    glossary, or a glossary alone — its concepts, without the lookup tables, which only
    a lookup searches (a check reads concepts and matchers: :mod:`termbase.check.compiled`).

    ``meta`` values are stored as JSON. Raises :class:`CannotCompile` when a concept
    would not read back as it is, ``sqlite3.Error``/``OSError`` when writing fails.
    """
    index = source if isinstance(source, LookupIndex) else None
    glossary = source.glossary if isinstance(source, LookupIndex) else source
    concepts = glossary.concepts
    data = [concept_to_dict(c) for c in concepts]
    # Displayed hits and a check's concepts are rebuilt from this JSON by the trusted
    # decoder: refuse to compile what it would bring back different (a wrong answer),
    # rather than find out at lookup time. The validating reader is only the fallback for
    # a damaged row; a property test holds it to the same concepts.
    if not all(map(reads_back, concepts, data)) or len(data) != len(concepts):
        raise CannotCompile("some concepts would not read back exactly from JSON")

    con = sqlite3.connect(path)
    try:
        # A new file, renamed into place only once complete: no journal is needed.
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.executescript(_SCHEMA if index is None else _SCHEMA + _LOOKUP_SCHEMA)
        with con:
            con.executemany("INSERT INTO concepts VALUES (?, ?, ?)", (
                (pos, c.id, json.dumps(d, ensure_ascii=False, separators=(",", ":")))
                for pos, (c, d) in enumerate(zip(concepts, data, strict=True))))
            full_meta = {**meta, "schema": SCHEMA_VERSION, "byteorder": sys.byteorder,
                         "concepts": len(concepts), "lookup": index is not None,
                         "content_hash": glossary.content_hash(data),
                         "languages": list(glossary.languages)}
            if index is not None:
                _write_lookup(con, index, concepts)
                full_meta.update(keys=len(index.keys), length_start=index.length_start)
            con.executemany("INSERT INTO meta VALUES (?, ?)",
                            ((k, json.dumps(v, ensure_ascii=False))
                             for k, v in full_meta.items()))
    except UnicodeEncodeError as exc:  # lone surrogates: SQLite stores UTF-8 only
        raise CannotCompile(f"text SQLite cannot store: {exc.reason}") from None
    finally:
        con.close()


def _write_lookup(con: sqlite3.Connection, index: LookupIndex, concepts: Sequence[Concept]
                  ) -> None:
    """The lookup tables of ``index`` (keys, entries, grams), in ``con``'s transaction."""
    positions = [{id(t): i for i, t in enumerate(c.all_terms())} for c in concepts]
    # The length is stored, not computed by SQLite: its length() stops at a NUL.
    con.executemany("INSERT INTO keys VALUES (?, ?, ?)",
                    ((kid, key, len(key)) for kid, key in enumerate(index.keys)))
    con.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)", (
        (kid, seq, e.concept, e.concept_id, e.lang, e.status,
         positions[e.concept][id(e.term)])
        for kid, entries in enumerate(index.entries)
        for seq, e in enumerate(entries)))
    con.executemany("INSERT INTO grams VALUES (?, ?, ?)", (
        (gram, len(ids), ids.tobytes()) for gram, ids in index.postings.items()))
    con.execute("CREATE UNIQUE INDEX keys_by_length ON keys (len, key)")
    # Grams are looked up in an index of their own, never among the lists: a
    # search of a table keyed by text reads every long row it compares with
    # (SQLite loads a record spilling onto overflow pages whole), which cost
    # ~10 ms a query on 1,000,000 concepts.
    con.execute("CREATE UNIQUE INDEX grams_by_text ON grams (gram, size)")


def read_meta(con: sqlite3.Connection) -> dict[str, Any]:
    """The ``meta`` table as values; raises sqlite3.Error or ValueError on a foreign file."""
    return {name: json.loads(value) for name, value in con.execute("SELECT name, value FROM meta")}


def _json_ids(ids: Iterable[int]) -> str:
    return "[" + ",".join(map(str, ids)) + "]"


class CompiledIndex:
    """A compiled glossary, searched like the in-memory index (the same :func:`rank`).

    Implements :class:`termbase.lookup.KeyIndex` by SQL queries; only the keys, entries
    and concepts a query touches are read.
    """

    def __init__(self, path: Path, con: sqlite3.Connection, meta: dict[str, Any],
                 simplifier: Simplifier | None) -> None:
        self.path = path
        self.meta = meta
        self.simplifier = simplifier
        self._con = con
        # A check's database holds no lookup tables (meta 'lookup'): no keys.
        self._count = int(meta.get("keys", 0))
        self._length_start = [int(n) for n in meta.get("length_start", ())]
        self._positions: dict[str, int] | None = None
        # What one query has read of the grams table: the prefix, substring and typo
        # tiers ask for the same grams' sizes and often the same lists.
        self._sizes: dict[str, int | None] = {}
        self._lists: dict[str, array[int]] = {}

    @property
    def has_lookup(self) -> bool:
        """Whether the lookup tables are there (a check compiles without them)."""
        return bool(self.meta.get("lookup"))

    @property
    def concept_count(self) -> int:
        return int(self.meta["concepts"])

    @property
    def content_hash(self) -> str:
        """:meth:`termbase.model.Glossary.content_hash` of the compiled glossary."""
        return str(self.meta["content_hash"])

    @property
    def languages(self) -> tuple[str, ...]:
        """:attr:`termbase.model.Glossary.languages` of the compiled glossary."""
        return tuple(str(lang) for lang in self.meta["languages"])

    def close(self) -> None:
        self._con.close()

    def intact(self) -> bool:
        """Whether every page of the database reads back (SQLite's quick_check). Opening
        reads only the first pages, so a file damaged further in passes for whole until
        a query reaches the damage; the check reads the whole file."""
        try:
            return self._con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        except sqlite3.Error:
            return False

    # --- KeyIndex ----------------------------------------------------------------------

    def normalise(self, text: str) -> str:
        return normalise_text(text, self.simplifier)

    def exact_id(self, key: str) -> int | None:
        row = self._con.execute("SELECT kid FROM keys WHERE len = ? AND key = ?",
                                (len(key), key)).fetchone()
        return None if row is None else int(row[0])

    def prefixed(self, key: str, lengths: Sequence[int]) -> list[tuple[int, str]]:
        # One statement probes the (len, key) index once per length. SQLite compares
        # text as UTF-8 bytes, which sort as code points do in Python.
        return self._con.execute(
            "SELECT k.kid, k.key FROM json_each(?) AS j JOIN keys AS k "
            "ON k.len = j.value AND k.key >= ? AND k.key < ? ORDER BY k.kid",
            (_json_ids(lengths), key, key + "\U0010ffff")).fetchall()

    def posting_sizes(self, grams: Iterable[str]) -> dict[str, int]:
        grams = list(grams)
        wanted = [g for g in grams if g not in self._sizes]
        if wanted:
            found = dict(self._con.execute(
                f"SELECT gram, size FROM grams WHERE gram IN ({','.join('?' * len(wanted))})",
                wanted).fetchall())
            self._sizes.update((g, found.get(g)) for g in wanted)
        return {g: size for g in grams if (size := self._sizes[g]) is not None}

    def posting(self, gram: str) -> Sequence[int]:
        ids = self._lists.get(gram)
        if ids is None:
            row = self._con.execute("SELECT ids FROM grams WHERE gram = ?", (gram,)).fetchone()
            ids = self._lists[gram] = array("I")
            if row is not None:
                ids.frombytes(row[0])
        return ids

    def first_id_of_length(self, n: int) -> int:
        return first_id_of_length(self._length_start, self._count, n)

    def key_length(self, kid: int) -> int:
        return length_of_id(self._length_start, kid)

    def keys_of(self, ids: Sequence[int]) -> list[str]:
        if isinstance(ids, range):
            rows = self._con.execute("SELECT kid, key FROM keys WHERE kid >= ? AND kid < ?",
                                     (ids.start, ids.stop))
        else:
            rows = self._con.execute("SELECT k.kid, k.key FROM json_each(?) AS j "
                                     "JOIN keys AS k ON k.kid = j.value", (_json_ids(ids),))
        found = dict(rows.fetchall())
        return [found[kid] for kid in ids]

    def containing(self, ids: Sequence[int], q: str) -> list[tuple[int, str]]:
        return self._con.execute(
            "SELECT k.kid, k.key FROM json_each(?) AS j JOIN keys AS k ON k.kid = j.value "
            "WHERE instr(k.key, ?) > 0 ORDER BY j.key", (_json_ids(ids), q)).fetchall()

    def entries_of(self, ids: Sequence[int]) -> list[Sequence[Entry]]:
        grouped: dict[int, list[Entry]] = {kid: [] for kid in ids}
        rows = self._con.execute(
            "SELECT e.kid, e.concept, e.concept_id, e.lang, e.status, e.term "
            "FROM json_each(?) AS j JOIN entries AS e ON e.kid = j.value ORDER BY j.key, e.seq",
            (_json_ids(grouped),))
        for kid, concept, concept_id, lang, status, term in rows:
            grouped[kid].append(Entry(concept, concept_id, lang, status, term))
        return [grouped[kid] for kid in ids]

    # --- answers -----------------------------------------------------------------------

    def concepts_at(self, positions: Sequence[int]) -> list[Concept]:
        """The concepts at these glossary positions, rebuilt from their JSON."""
        rows = dict(self._con.execute(
            "SELECT pos, data FROM concepts WHERE pos IN "
            f"({','.join('?' * len(positions))})", list(positions)).fetchall())
        return _decoded([rows[pos] for pos in positions], str(self.path))

    def concepts_at_all(self, positions: Sequence[int]) -> list[Concept]:
        """:meth:`concepts_at` of any number of positions."""
        step = 500  # SQLite caps the parameters of one statement
        return [c for start in range(0, len(positions), step)
                for c in self.concepts_at(positions[start:start + step])]

    def concepts_by_id(self, ids: Iterable[str]) -> dict[str, Concept]:
        """The concepts with these ids (unknown ids are left out), read in one query."""
        positions = self._id_positions()
        found = [pos for pos in map(positions.get, ids) if pos is not None]
        return {c.id: c for c in self.concepts_at_all(found)}

    def concept_ids(self) -> list[str]:
        """Every concept id, in glossary order."""
        return [cid for (cid,) in self._con.execute("SELECT id FROM concepts ORDER BY pos")]

    def all_concepts(self) -> tuple[Concept, ...]:
        """Every concept, in glossary order (what a whole-glossary reader needs)."""
        return tuple(_decoded([d for (d,) in self._con.execute(
            "SELECT data FROM concepts ORDER BY pos")], str(self.path)))

    def concept(self, concept_id: str) -> Concept | None:
        """The concept with this id, or None. Raises :class:`IndexUnreadable` when the
        database fails underneath, as :meth:`search` does."""
        try:
            pos = self._id_positions().get(concept_id)
            return None if pos is None else self.concepts_at([pos])[0]
        except (sqlite3.Error, LookupError, ValueError, TermbaseError) as exc:
            raise IndexUnreadable(f"{self.path}: {exc}") from None

    def _id_positions(self) -> dict[str, int]:
        # Mapped on first use: one pass over the table instead of a scan per call.
        if self._positions is None:
            self._positions = dict(self._con.execute("SELECT id, pos FROM concepts"))
        return self._positions

    def _ranked(self, query: str, limit: int | None, lang: str | None) -> list[Ranked]:
        try:
            return rank_entries(self, query, limit=limit, lang=lang)
        except (sqlite3.Error, LookupError, ValueError) as exc:  # a bad query: UsageError
            raise IndexUnreadable(f"{self.path}: {exc}") from None
        finally:  # kept for one query only: lists can be megabytes
            self._sizes.clear()
            self._lists.clear()

    def search(self, query: str, *, limit: int | None = DEFAULT_LIMIT,
               lang: str | None = None) -> list[Hit]:
        """As :func:`termbase.lookup.search` over the same glossary (same hits, same order).

        Raises :class:`IndexUnreadable` when the database fails underneath.
        """
        ranked = self._ranked(query, limit, lang)
        try:
            concepts = self.concepts_at([r.entry.concept for r in ranked])
            return [Hit(concept, Match(r.kind, r.entry.lang,
                                       concept.all_terms()[r.entry.term], r.score))
                    for concept, r in zip(concepts, ranked, strict=True)]
        except (sqlite3.Error, LookupError, ValueError, TermbaseError) as exc:
            raise IndexUnreadable(f"{self.path}: {exc}") from None

