"""What the web page shows, as plain data: searches over one or more glossaries and
concept entries laid out like a UNTERM record.

Each glossary file gets its own lookup index (compiled into the cache, see
:mod:`termbase.index`), so the page can search one glossary or all of them; hits from
several glossaries are merged in the order :func:`termbase.lookup.rank` uses within one.
A catalog is not thread-safe (a compiled index holds an SQLite connection): the app
opens it, and uses it, on its event loop's thread.

A server runs for days while the glossary files are edited and imported into: before
answering, the catalog looks at most every :data:`RELOAD_CHECK_SECONDS` whether a file's
size or modification time changed, and reindexes that glossary (:meth:`Catalog.refresh`).
termbase replaces a glossary file by renaming a finished temporary file over it, so a
reload reads one whole version or the other; a file that changes while it is read is read
again at the next check. A reload runs on a thread of its own (reading and compiling a
large glossary takes seconds to minutes), while the page goes on answering from the
version read before and says that a newer one is being indexed; the new index takes the
old one's place at the first request after it is ready. A file that is deleted, or cannot
be read (half saved in place by another program, broken), leaves the last good glossary
served and says so, on the page and to the log, until a readable version appears. A page
serving the glossary store (no file named) also follows the store's folders: a glossary
saved into one while it serves is added once it is read, on a thread of its own as a
reload is (the page says it is being added meanwhile), and one that a newly saved
glossary of the same name shadows is replaced by it when that one is ready (`termbase
glossaries` shows the same list).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from termbase.diagnostics import Diagnostic, warning
from termbase.errors import InputError, TermbaseError, UsageError
from termbase.gcpause import cycle_collection_paused
from termbase.index.cache import file_stamp
from termbase.model import Concept, Context, Definition, Glossary, LangSec, Term
from termbase.store import LoadedGlossary

if TYPE_CHECKING:
    from termbase.api import GlossarySource, LookupIndex
    from termbase.lookup import Hit

MAX_LIMIT = 100
"""The most hits one search returns: a page lists, it does not dump the glossary."""
SEARCH_LANGS = ("zh", "en")
"""The languages a search can be limited to, as with `termbase lookup --lang`."""
RELOAD_CHECK_SECONDS = 2.0
"""The least time between two looks at whether the glossary files changed: a look is a
stat of each file, so a page typed into (a search per keystroke) does not stat on each."""

Stamp = tuple[int, int] | None
"""A file's (size, modification time in ns) as last seen; None when it could not be seen."""
Reporter = Callable[[str, tuple[Diagnostic, ...]], None]
"""Told what a reload did: a line for the log, and what reading the glossary noticed."""


@dataclass(frozen=True, slots=True)
class Shelf:
    """One glossary the page can filter on: its name (the file's stem), its index, and
    the stamps of its files when they were read (none for a glossary in memory)."""

    name: str
    index: LookupIndex
    stamps: tuple[Stamp, ...] = ()
    read_at: str = ""
    """The local time the files were read, for 'still serving what was read at …'."""


def _stamps(paths: Sequence[Path]) -> tuple[Stamp, ...]:
    """Each file's stamp as the compiled index judges freshness by it, None for a file
    that cannot be seen."""
    found: list[Stamp] = []
    for path in paths:
        try:
            found.append(file_stamp(path))
        except OSError:
            found.append(None)
    return tuple(found)


@dataclass
class _Reload:
    """A glossary being read again on a thread of its own: the files' stamps and the
    time when it started, and, once :attr:`done` is set, the new shelf or the error."""

    stamps: tuple[Stamp, ...]
    started: str
    done: threading.Event = field(default_factory=threading.Event)
    shelf: Shelf | None = None
    error: Exception | None = None
    dropped: bool = False
    """Set when nobody will serve what it reads (its file left the store meanwhile)."""


def _now() -> str:
    return time.strftime("%H:%M:%S")


def _read_shelf(name: str, paths: Sequence[Path], encoding: str | None) -> Shelf:
    """A shelf over ``paths``; stamped before reading, so a change made during the read
    is seen at the next check (the index's cache stamps the same way)."""
    from termbase import api

    stamps = _stamps(paths)
    index = api.lookup_index([str(p) for p in paths] if len(paths) > 1 else str(paths[0]),
                             encoding=encoding)
    return Shelf(name, index, stamps, _now())


class Catalog:
    """The glossaries behind the page, searched and browsed by concept id."""

    def __init__(self, shelves: Sequence[Shelf], *, encoding: str | None = None,
                 report: Reporter | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 follows_store: bool = False, background: bool = True) -> None:
        self.shelves = tuple(shelves)
        self.follows_store = follows_store
        """Whether the shelves are the glossary store's, so files saved into it are added."""
        self._by_name = {shelf.name: shelf for shelf in self.shelves}
        self._encoding = encoding
        self._report = report
        self._clock = clock
        self._checked = clock()
        self._failed: dict[str, tuple[Stamp, ...]] = {}
        """Per glossary, the stamps of a version that could not be read: not read again."""
        self._unaddable: dict[Path, tuple[Stamp, ...]] = {}
        """Per file saved into the store, the stamps of a version that could not be read."""
        self.problems: dict[str, Diagnostic] = {}
        """Per glossary whose files changed but could not be reread, what is wrong."""
        self._background = background
        """Whether a reload reads on a thread of its own (else on the caller's, at once)."""
        self._reloads: dict[str, _Reload] = {}
        """Per glossary, a reading of its changed files under way or done, not yet served."""
        self._additions: dict[Path, _Reload] = {}
        """Per file newly saved into the store, its reading under way or done, not yet
        served."""
        self._closing = threading.Lock()
        self._closed = False

    @classmethod
    def open(cls, glossary: GlossarySource | None, encoding: str | None = None, *,
             report: Reporter | None = None) -> Catalog:
        """The glossary files ``glossary`` names (default: the store's), one index each,
        CSV/TSV/JSON ones read in ``encoding`` (default: detected); a Glossary object is
        indexed in memory under its title. ``report`` is told of each reload."""
        from termbase import api, store

        if isinstance(glossary, LoadedGlossary):
            glossary = glossary.glossary
        if isinstance(glossary, Glossary):
            return cls([Shelf(glossary.title or "glossary", api.lookup_index(glossary))])
        specs = [] if glossary is None else (
            [str(glossary)] if isinstance(glossary, str | Path) else [str(g) for g in glossary])
        paths = store.input_paths(specs)
        if not paths:
            api.load_glossary(specs or None, encoding=encoding)  # raises, saying what to do
        shelves: list[Shelf] = []
        for path in paths:
            name = _unique(path.stem, {s.name for s in shelves})
            shelves.append(_read_shelf(name, [path], encoding))
        return cls(shelves, encoding=encoding, report=report, follows_store=not specs)

    def close(self) -> None:
        with self._closing:
            self._closed = True
            for job in [*self._reloads.values(), *self._additions.values()]:
                if job.shelf is not None:
                    _close(job.shelf)  # a reload that finishes later closes its own
        for shelf in self.shelves:
            _close(shelf)

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """What reading the glossaries noticed (a detected encoding, hidden concepts …)."""
        return tuple(d for shelf in self.shelves for d in shelf.index.diagnostics)

    @property
    def warnings(self) -> list[str]:
        """What the page should say of glossaries it serves from an older reading: those
        that could not be read again, and those being indexed again; and glossaries saved
        into the store that are being read to be added."""
        return [*(f"{d.path}: {d.message}" for d in self.problems.values()),
                *(self._reindexing(shelf) for shelf in self.shelves
                  if shelf.name in self._reloads),
                *(f"{path}: saved into the store; being indexed to be added (since "
                  f"{job.started}): not searched until it is ready"
                  for path, job in self._additions.items())]

    def _reindexing(self, shelf: Shelf) -> str:
        job = self._reloads[shelf.name]
        return (f"{shelf.index.paths[0]}: changed; a new index is being built (since "
                f"{job.started}): answers come from the {shelf.index.concepts} concept(s) "
                f"read at {shelf.read_at} until it is ready")

    def refresh(self) -> None:
        """Reindex each glossary whose files changed since they were read, if the last
        look is :data:`RELOAD_CHECK_SECONDS` old; a glossary that cannot be read now
        keeps its last good index, and :attr:`problems` says why."""
        now = self._clock()
        ready = any(job.done.is_set()
                    for job in [*self._reloads.values(), *self._additions.values()])
        if now - self._checked < RELOAD_CHECK_SECONDS and not ready:
            return
        if now - self._checked >= RELOAD_CHECK_SECONDS:
            self._checked = now
            shelves = [self._refreshed(shelf) for shelf in self.shelves]
        else:  # only a finished reload to serve; the files are looked at on time
            shelves = [self._served_when_ready(shelf) for shelf in self.shelves]
        if self.follows_store:
            shelves = self._store_followed(shelves)
        self.shelves = tuple(shelves)
        self._by_name = {shelf.name: shelf for shelf in self.shelves}

    def _store_followed(self, shelves: list[Shelf]) -> list[Shelf]:
        """``shelves`` with the store's new glossary files added once read, and those a
        new file of the same name shadows dropped when it is added. A new file is read on
        a thread of its own (:meth:`_reload`), as a changed one is: until it is ready the
        page answers from what it serves, a shadowed glossary included. A file deleted
        from the store stays served from its last reading, as any deleted glossary does
        (:meth:`_refreshed`)."""
        from termbase import store

        stored = store.shipped_paths()
        served = {path for shelf in shelves for path in shelf.index.paths}
        for path in list(self._additions):
            if path not in stored:  # deleted or shadowed before it was served
                gone = self._additions.pop(path)
                with self._closing:
                    gone.dropped = True  # one still reading closes what it read itself
                    if gone.done.is_set() and gone.shelf is not None:
                        _close(gone.shelf)
        added: list[Shelf] = []
        for path in stored:
            if path in served or self._unaddable.get(path) == _stamps([path]):
                continue
            job = self._additions.get(path)
            if job is None:
                job = self._additions[path] = self._reload(path.stem, (path,),
                                                           _stamps([path]))
            if not job.done.is_set():
                continue
            del self._additions[path]
            if job.error is not None:
                exc = job.error
                if not isinstance(exc, TermbaseError):
                    raise exc
                # Not served yet, so nothing older to fall back on: say it, once a version.
                self._unaddable[path] = job.stamps
                self._tell(f"cannot add glossary '{path.stem}' saved into the store",
                           (warning(exc.code, exc.message, path=str(exc.path or path),
                                    hint=exc.hint or "fix the file: it is read again once "
                                                     "it changes"),))
                continue
            if job.shelf is None:
                continue
            if job.shelf.stamps != _stamps([path]):
                _close(job.shelf)  # written to while read: read again at the next look
                continue
            self._unaddable.pop(path, None)
            added.append(job.shelf)
        # A shadowed glossary (its file no longer the store's, though still there) gives
        # way once the file that shadows it is served; while that one is read, it answers.
        pending = {path.stem for path in self._additions}
        kept = [shelf for shelf in shelves
                if not shelf.index.paths
                or any(p in stored or not p.exists() for p in shelf.index.paths)
                or shelf.index.paths[0].stem in pending]
        for shelf in shelves:
            if shelf not in kept:
                _close(shelf)
                self.problems.pop(shelf.name, None)
                self._tell(f"glossary '{shelf.name}' is shadowed by a newer one of its "
                           f"name: no longer served", ())
        for shelf in added:
            name = _unique(shelf.index.paths[0].stem, {s.name for s in kept})
            kept.append(replace(shelf, name=name))
            self._tell(f"added glossary '{name}' ({shelf.index.concepts} concepts)",
                       shelf.index.diagnostics)
        return kept

    def _refreshed(self, shelf: Shelf) -> Shelf:
        paths = shelf.index.paths
        if not paths:
            return shelf  # a Glossary object: nothing on disk to follow
        if shelf.name in self._reloads:
            return self._served_when_ready(shelf)
        stamps = _stamps(paths)
        if stamps == shelf.stamps:
            self.problems.pop(shelf.name, None)
            return shelf
        if stamps == self._failed.get(shelf.name):
            return shelf
        if None in stamps:
            gone = paths[stamps.index(None)]
            return self._not_reloaded(shelf, stamps, InputError(
                "the glossary file is gone or cannot be opened", path=gone,
                hint="put it back (or restart the server without it)"))
        self._reloads[shelf.name] = self._reload(shelf.name, paths, stamps)
        return self._served_when_ready(shelf)

    def _reload(self, name: str, paths: tuple[Path, ...], stamps: tuple[Stamp, ...]
                ) -> _Reload:
        """A reading of ``paths`` started: on a thread of its own, unless the catalog reads
        in the foreground."""
        job = _Reload(stamps, _now())

        def read() -> None:
            try:
                # Paused: a full collection over the millions of objects a large glossary
                # makes holds the interpreter for seconds, the answering thread with it.
                with cycle_collection_paused():
                    job.shelf = _read_shelf(name, paths, self._encoding)
            except Exception as exc:  # handed to the thread that serves, which decides
                job.error = exc
            with self._closing:
                if (self._closed or job.dropped) and job.shelf is not None:
                    _close(job.shelf)  # nobody will serve it
                job.done.set()

        if self._background:
            threading.Thread(target=read, name=f"termbase-reindex-{name}",
                             daemon=True).start()
        else:
            read()
        return job

    def _not_reloaded(self, shelf: Shelf, stamps: tuple[Stamp, ...],
                      exc: TermbaseError) -> Shelf:
        """``shelf`` kept, with what kept its files' new version from being read."""
        self._failed[shelf.name] = stamps
        problem = warning(exc.code, f"{exc.message}; still serving the "
                          f"{shelf.index.concepts} concept(s) read at {shelf.read_at}",
                          path=str(exc.path or shelf.index.paths[0]),
                          hint=exc.hint or "fix the file: it is read again once it changes")
        self.problems[shelf.name] = problem
        self._tell(f"cannot reload glossary '{shelf.name}'", (problem,))
        return shelf

    def _served_when_ready(self, shelf: Shelf) -> Shelf:
        """The glossary's new reading in place of ``shelf`` once it is done (else
        ``shelf``, answering meanwhile)."""
        job = self._reloads.get(shelf.name)
        if job is None or not job.done.is_set():
            return shelf
        del self._reloads[shelf.name]
        paths = shelf.index.paths
        if job.error is not None:
            if isinstance(job.error, TermbaseError):
                return self._not_reloaded(shelf, job.stamps, job.error)
            raise job.error
        fresh = job.shelf
        if fresh is None:
            return shelf
        if fresh.stamps != _stamps(paths):
            # Written to while it was read: what was read may be neither version.
            _close(fresh)
            return shelf
        _close(shelf)
        self.problems.pop(shelf.name, None)
        self._failed.pop(shelf.name, None)
        self._tell(f"reloaded glossary '{shelf.name}' ({fresh.index.concepts} concepts)",
                   fresh.index.diagnostics)
        return replace(fresh, name=shelf.name)

    def _tell(self, line: str, notes: tuple[Diagnostic, ...]) -> None:
        if self._report is not None:
            self._report(line, notes)

    @property
    def concept_count(self) -> int:
        return sum(shelf.index.concepts for shelf in self.shelves)

    def glossaries(self) -> list[dict[str, Any]]:
        return [{"name": s.name, "concepts": s.index.concepts,
                 "files": [str(p) for p in s.index.paths], "readAt": s.read_at,
                 "warning": f"{d.path}: {d.message}" if (d := self.problems.get(s.name))
                 else "",
                 "reindexingSince": job.started if (job := self._reloads.get(s.name)) else ""}
                for s in self.shelves]

    def additions(self) -> list[dict[str, str]]:
        """Glossaries saved into the store that are being read to be added: their file
        and since when, so a client can tell "not yet searched" from "not there"."""
        return [{"name": path.stem, "file": str(path), "addingSince": job.started}
                for path, job in sorted(self._additions.items())]

    def _chosen(self, glossary: str | None) -> tuple[Shelf, ...]:
        if not glossary:
            return self.shelves
        shelf = self._by_name.get(glossary)
        if shelf is None:
            raise UsageError(f"no glossary named '{glossary}' is served",
                             hint="choose one of: " + ", ".join(self._by_name))
        return (shelf,)

    def search(self, query: str, *, glossary: str | None = None, limit: int = 20,
               lang: str | None = None) -> dict[str, Any]:
        """The concepts matching ``query``, best first, as the page's result list."""
        limit = max(1, min(limit, MAX_LIMIT))
        if lang and lang not in SEARCH_LANGS:
            # Else a typo ('lang=ch') answers "no hits" and looks like a missing term.
            raise UsageError(f"lang must be one of {', '.join(SEARCH_LANGS)}, not '{lang}'",
                             hint="leave lang out to search every language")
        found: list[tuple[tuple[int, int, float, str], str, Hit]] = []
        for shelf in self._chosen(glossary):
            # Typing '《' or a quote first is not a mistake on a page: no hits, no error.
            if not shelf.index.index.normalise(query):
                continue
            for hit in shelf.index.search(query, limit=limit, lang=lang).hits:
                m = hit.match
                key = (m.kind.rank, m.term.status.rank, -m.score, hit.concept.id)
                found.append((key, shelf.name, hit))
        found.sort(key=lambda item: item[0])
        return {"query": query, "glossary": glossary or "",
                "hits": [hit_view(hit, name) for _, name, hit in found[:limit]],
                "warnings": self.warnings}

    def concept(self, concept_id: str) -> dict[str, Any] | None:
        """The concept ``concept_id`` laid out for its page, or None."""
        for shelf in self.shelves:
            concept = shelf.index.concept(concept_id)
            if concept is not None:
                return concept_view(concept, shelf.name)
        return None


def _close(shelf: Shelf) -> None:
    close = getattr(shelf.index.index, "close", None)
    if close is not None:
        close()


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3`` … when two files share a stem."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}-{n}"
    return candidate


# --- views: plain data for JSON ------------------------------------------------------------

def _headline(concept: Concept) -> dict[str, str]:
    """The best term of each language, the way a result line names a concept."""
    return {lang: term.text for lang in concept.languages
            if (term := concept.preferred(lang)) is not None}


def hit_view(hit: Hit, glossary: str) -> dict[str, Any]:
    """One result line: how the query matched, and what to use instead when the matched
    term is not approved."""
    m = hit.match
    view: dict[str, Any] = {
        "id": hit.concept.id, "glossary": glossary,
        "subjectField": hit.concept.subject_field,
        "match": {"kind": m.kind.value, "lang": m.lang, "term": m.term.text,
                  "status": m.term.status.value, "score": round(m.score, 3)},
        "terms": _headline(hit.concept),
    }
    if not m.term.status.approved:
        use = hit.concept.preferred(m.lang)
        if use is not None and use.status.approved:
            view["match"]["use"] = use.text
    return view


def _pairs(items: Sequence[Context | Definition]) -> list[dict[str, str]]:
    return [{"text": item.text, "source": item.source} for item in items]


def _term_view(term: Term) -> dict[str, Any]:
    return {"text": term.text, "status": term.status.value,
            "type": term.term_type.value if term.term_type else "",
            "partOfSpeech": term.part_of_speech.value if term.part_of_speech else "",
            "sources": list(term.sources), "contexts": _pairs(term.contexts),
            "notes": list(term.notes)}


def _section_view(sec: LangSec, preferred: Term | None) -> dict[str, Any]:
    return {"lang": sec.lang,
            "preferred": preferred.text if preferred and preferred.status.approved else "",
            "terms": [_term_view(t) for t in sorted(sec.terms, key=lambda t: t.status.rank)],
            "definitions": _pairs(sec.definitions), "notes": list(sec.notes),
            "sources": list(sec.sources)}


def concept_view(concept: Concept, glossary: str) -> dict[str, Any]:
    """The whole entry: terms by language (approved first, each with status, type,
    sources, contexts and notes), definitions and notes at every level."""
    return {"id": concept.id, "glossary": glossary, "subjectField": concept.subject_field,
            "terms": _headline(concept),
            "languages": [_section_view(sec, concept.preferred(sec.lang))
                          for sec in concept.lang_secs],
            "definitions": _pairs(concept.definitions), "notes": list(concept.notes),
            "sources": list(concept.sources),
            "crossReferences": list(concept.cross_references),
            "externalReferences": list(concept.external_references)}
