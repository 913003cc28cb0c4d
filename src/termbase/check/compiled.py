"""Checking against a compiled glossary (:mod:`termbase.index`) without reading it whole.

Reading a 50,000-term TBX file, hashing it and building the term automata takes longer
than checking a 1 MB draft. A compiled glossary already holds every concept (as JSON),
the content hash and the languages; what the checker still needs is its matchers. They
are built once per set of match options from the compiled concepts, and kept beside the
database (:func:`termbase.index.cache.write_derived`) as a pickle in which every glossary
term is a reference — concept id and position — rather than the term itself: the automata
hold each key's owners as plain tuples of references, which the matcher resolves when a
draft has the key (:attr:`LanguageMatcher.resolve`). Loading them therefore costs the
automata's bytes, not 50,000 term objects nor an object for each key; a term is read from
the database the first time a draft contains it, together with its whole concept — the
concepts of every match of a draft side in one query, since the matcher announces them
all before reading any (:meth:`LanguageMatcher.find_all`) — and every later reference
to that concept gets the very same objects, so the checks see exactly what they would
see in memory. The concepts' JSON is decoded without validation: it was validated when
the glossary was compiled (:func:`termbase.index.compiled.decode_concept`).

The pickle is read only from termbase's own cache folder, with an unpickler that builds
nothing but termbase's and pyahocorasick's classes (no function can be named, so none
can be called); anything it cannot load is derived again. The cache folder is trusted
as the installation is: whoever can write there could as well change termbase itself.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

from termbase.check.matching import LanguageMatcher, MatchOptions, base_lang
from termbase.model import Concept, Glossary, Term

if TYPE_CHECKING:
    from termbase.index.compiled import CompiledIndex

_MATCHER_MODULES = ("termbase.check.matching", "termbase.match", "termbase.text.english",
                    "termbase.text.titles", "termbase.model", "termbase.diagnostics",
                    "termbase.check.compiled")
"""Modules whose code decides what a pickled matcher holds: their source is part of the
cache key, so that a changed rule never meets matchers built by the old one."""

_LOADABLE = ("termbase.", "ahocorasick")
_UNPICKLE_ERRORS = (pickle.UnpicklingError, EOFError, AttributeError, ImportError,
                    IndexError, KeyError, TypeError, ValueError, MemoryError)


def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _MATCHER_MODULES:
        module = sys.modules.get(name)
        path = getattr(module, "__file__", None)
        if path:
            with open(path, "rb") as handle:
                digest.update(handle.read())
    return digest.hexdigest()[:16]


class CompiledConcepts(Mapping[str, Concept]):
    """The concepts of a compiled glossary by id, each read once, on first use."""

    def __init__(self, index: CompiledIndex) -> None:
        self._index = index
        self._loaded: dict[str, Concept] = {}
        self._terms: dict[str, list[Term]] = {}
        self._wanted: dict[str, int] = {}
        """The glossary position of each concept announced as wanted, by id."""
        self._owners: dict[tuple[_Ref, ...], _Owners] = {}

    def __getitem__(self, concept_id: str) -> Concept:
        concept = self._loaded.get(concept_id)
        if concept is None:
            # Every concept announced as wanted comes along: one query, not one each,
            # by the positions the matchers' references give (no id is looked up, which
            # would first map every id of the glossary to its position).
            wanted = [pos for cid, pos in self._wanted.items() if cid not in self._loaded]
            announced = concept_id in self._wanted
            self._wanted.clear()
            found = self._index.concepts_at_all(wanted)
            if not announced:
                found.extend(self._index.concepts_by_id([concept_id]).values())
            for each in found:
                self._loaded.setdefault(each.id, each)
            if concept_id not in self._loaded:
                raise KeyError(concept_id)
            concept = self._loaded[concept_id]
        return concept

    def want(self, concepts: Iterable[tuple[str, int]]) -> None:
        """Say that these concepts (id, glossary position) will be read: the next read
        fetches them too."""
        self._wanted.update(concepts)

    def __iter__(self) -> Iterator[str]:
        return iter(self._index.concept_ids())

    def __len__(self) -> int:
        return self._index.concept_count

    def adopt(self, concept: Concept) -> Concept:
        """The object this mapping hands out for ``concept``'s id: ``concept`` itself
        unless one was handed out already."""
        return self._loaded.setdefault(concept.id, concept)

    def owners(self, refs: tuple[_Ref, ...]) -> _Owners:
        """The owners of an automaton key, named by ``refs``: one object for each key,
        so that its terms are resolved once."""
        found = self._owners.get(refs)
        if found is None:
            found = self._owners[refs] = _Owners(self, refs)
        return found

    def term(self, concept_id: str, position: int, index: int) -> Term:
        """The term at ``index`` among the terms (language sections in order) of the
        concept at ``position`` in the glossary."""
        terms = self._terms.get(concept_id)
        if terms is None:
            if concept_id not in self._loaded:
                self._wanted.setdefault(concept_id, position)
            terms = self._terms[concept_id] = self[concept_id].all_terms()
        return terms[index]


_Ref = tuple[str, int, int]
"""A glossary term as a matcher pickle names it: concept id, the concept's glossary
position, the term's index among the concept's terms."""


class _Owners(Sequence[tuple[str, Term]]):
    """The (concept id, term) pairs behind one automaton key, resolved on first use."""

    __slots__ = ("_concepts", "_pairs", "_refs")

    def __init__(self, concepts: CompiledConcepts, refs: tuple[_Ref, ...]) -> None:
        self._concepts = concepts
        self._refs = refs
        self._pairs: tuple[tuple[str, Term], ...] | None = None

    def announce(self) -> None:
        """Let the concepts these terms belong to be read with the next one read."""
        if self._pairs is None:
            self._concepts.want((cid, pos) for cid, pos, _ in self._refs)

    def _resolved(self) -> tuple[tuple[str, Term], ...]:
        if self._pairs is None:
            self._pairs = tuple((cid, self._concepts.term(cid, pos, i))
                                for cid, pos, i in self._refs)
        return self._pairs

    def __iter__(self) -> Iterator[tuple[str, Term]]:
        return iter(self._resolved())

    def __len__(self) -> int:
        return len(self._refs)

    def __getitem__(self, i: Any) -> Any:
        return self._resolved()[i]


class _RefPickler(pickle.Pickler):
    """Pickles glossary terms as references (:data:`_Ref`)."""

    def __init__(self, file: io.BytesIO, refs: dict[int, _Ref]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._refs = refs

    def persistent_id(self, obj: Any) -> Any:
        if type(obj) is Term:
            ref = self._refs.get(id(obj))
            return None if ref is None else ("term", ref)
        return None


class _RefUnpickler(pickle.Unpickler):
    def __init__(self, file: BinaryIO, concepts: CompiledConcepts) -> None:
        super().__init__(file)
        self._concepts = concepts

    def persistent_load(self, pid: Any) -> Any:
        kind, ref = pid
        if kind == "term":
            return self._concepts.term(*ref)
        raise pickle.UnpicklingError(f"unknown reference {kind!r}")

    def find_class(self, module: str, name: str) -> Any:
        # Classes only, and only termbase's and pyahocorasick's: a function found here
        # could be called by the pickle with any arguments.
        found = super().find_class(module, name) if module.startswith(_LOADABLE) else None
        if not isinstance(found, type):
            raise pickle.UnpicklingError(f"{module}.{name} is not expected in a matcher")
        return found


def _references(concepts: Sequence[Concept]) -> dict[int, _Ref]:
    """The reference of each term of ``concepts`` (the compiled glossary's, in its order),
    by id()."""
    # An id names the last concept that has it, as looking the id up finds it.
    position = {c.id: pos for pos, c in enumerate(concepts)}
    return {id(term): (c.id, position[c.id], i) for c in concepts
            for i, term in enumerate(c.all_terms())}


def _dump(matcher: LanguageMatcher, refs: dict[int, _Ref]) -> bytes:
    """``matcher``, whose automata hold references (:data:`_Ref`), pickled; its other
    terms (a deprecated term matched only as written) as references too."""
    buffer = io.BytesIO()
    _RefPickler(buffer, refs).dump(matcher)
    return buffer.getvalue()


def _load(data: BinaryIO, concepts: CompiledConcepts) -> LanguageMatcher | None:
    try:
        loaded = _RefUnpickler(data, concepts).load()
    except (*_UNPICKLE_ERRORS, OSError):  # OSError: the file failed while being read
        return None
    if not isinstance(loaded, LanguageMatcher):
        return None
    loaded.resolve = concepts.owners
    return loaded


class CompiledGlossary:
    """A compiled glossary as :func:`termbase.check.checker.check_draft` uses it: its
    languages, content hash, concepts read on demand and matchers kept in the cache."""

    def __init__(self, index: CompiledIndex, compiled_from: Sequence[Concept] | None = None
                 ) -> None:
        """``compiled_from``: the concepts ``index`` was just compiled from, when the
        caller still has them (:attr:`termbase.index.Opened.loaded`): equal to what the
        database reads back, so the first check of a glossary builds its matchers from
        them instead of decoding every row again."""
        self.index = index
        self.concepts = CompiledConcepts(index)
        self._everything: tuple[Concept, ...] | None = None
        self._compiled_from = compiled_from
        self._refs: dict[int, _Ref] | None = None

    @property
    def languages(self) -> tuple[str, ...]:
        return self.index.languages

    def content_hash(self) -> str:
        return self.index.content_hash

    def glossary(self) -> Glossary:
        """The whole glossary's concepts (for what needs them all, such as the aligner's
        lexicon); read once."""
        return Glossary(self._all())

    def _all(self) -> tuple[Concept, ...]:
        if self._everything is None:
            # Through the mapping, so that a concept already handed out stays the one
            # object every term found and every check sees.
            read = (self.index.all_concepts() if self._compiled_from is None
                    else self._compiled_from)
            self._everything = tuple(map(self.concepts.adopt, read))
            self._compiled_from = None
        return self._everything

    def matcher(self, lang: str, options: MatchOptions) -> LanguageMatcher:
        """The matcher of ``lang`` under ``options``: loaded from beside the database, or
        built from the compiled concepts and stored there for the next run."""
        from termbase.index.cache import open_derived, write_derived

        name = (f"check matcher {base_lang(lang)} {sorted(options.settings().items())} "
                f"{_code_fingerprint()}")
        kept = open_derived(self.index, name)
        if kept is not None:
            with kept:
                loaded = _load(kept, self.concepts)
            if loaded is not None:
                return loaded
        concepts = self._all()
        if self._refs is None:  # one table for both languages' matchers
            self._refs = _references(concepts)
        refs = self._refs
        # Built as it is kept: its automata name each key's owners by reference (plain
        # tuples, which unpickle without a call for each key), resolved as a loaded
        # one's are, so that it is pickled as it stands rather than copied.
        matcher = LanguageMatcher(Glossary(concepts), lang, options,
                                  lambda owners: tuple(refs[id(term)] for _, term in owners))
        write_derived(self.index, name, _dump(matcher, refs))
        matcher.resolve = self.concepts.owners
        return matcher
