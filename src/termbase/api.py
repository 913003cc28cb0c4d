"""termbase's public API: every capability as one function over paths or values.

The command line is a thin layer over these functions (each ``termbase X`` parses its
options, calls ``termbase.X`` and renders the result), so a notebook gets exactly what
the CLI prints. Results that are tables have ``.to_frame()`` (pandas; columns documented
in :mod:`termbase.frames`). Functions never print and never write files, except
:func:`import_glossary` and :func:`export_glossary`, whose job is writing a glossary.

Glossaries are given as a :class:`~termbase.model.Glossary`, a
:class:`~termbase.store.LoadedGlossary`, a path or the name of a stored glossary, or a
list of those; ``None`` means the glossaries in the store where a glossary is needed
(lookup, check, build, export) and no glossary where it only helps (extract, align).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from termbase.diagnostics import Diagnostic
from termbase.errors import InputError, UsageError
from termbase.lazy import exports
from termbase.model import Concept, Glossary
from termbase.signature import Signature
from termbase.store import LoadedGlossary, StoredGlossary, StoreFolder

if TYPE_CHECKING:
    import pandas as pd
    from starlette.applications import Starlette

    from termbase.align.batch import PairJob, PairOutcome
    from termbase.align.lexicon import Lexicon
    from termbase.align.model import Alignment
    from termbase.align.segments import Side
    from termbase.check.checker import CheckResult
    from termbase.check.compiled import CompiledGlossary
    from termbase.check.findings import FindingKind
    from termbase.documents import Document
    from termbase.extract import ExtractionResult
    from termbase.formats.base import ReadPolicy
    from termbase.importing import ImportResult
    from termbase.index import CompiledIndex, CompiledInfo
    from termbase.lookup import Hit
    from termbase.lookup import LookupIndex as Index
    from termbase.pair.corpus import Corpus
    from termbase.pair.mining import MiningResult
    from termbase.pair.results import PairingReport
    from termbase.pipeline import BuildResult

PathLike: TypeAlias = "str | Path"
GlossarySource: TypeAlias = "Glossary | LoadedGlossary | str | Path | Sequence[str | Path]"
Progress: TypeAlias = "Callable[[int], None]"


# --- Glossaries ------------------------------------------------------------------------------


def load_glossary(source: GlossarySource | None = None, *, policy: str | ReadPolicy = "strict",
                  encoding: str | None = None) -> LoadedGlossary:
    """Load glossaries: files (TBX v3 or 2008, xlsx, csv/tsv, json), names of glossaries
    in the store, or the whole store when ``source`` is None. Several are put side by
    side (their concept ids must not collide). ``policy='skip'`` leaves out entries
    that cannot be interpreted, with a warning, instead of refusing the file."""
    from termbase import store
    from termbase.formats.base import ReadPolicy

    if isinstance(source, LoadedGlossary):
        return source
    if isinstance(source, Glossary):
        return LoadedGlossary(source, (), (), (("<memory>", source.content_hash()),))
    return store.load(_specs(source), policy=ReadPolicy(policy), encoding=encoding)


@dataclass(frozen=True, slots=True)
class GlossaryListing:
    """The glossary store: its folders in search order and every glossary file in them."""

    folders: tuple[StoreFolder, ...]
    glossaries: tuple[StoredGlossary, ...]
    new_glossaries: Path
    """Where ``import --into NAME`` creates a glossary that does not exist yet."""

    def to_frame(self) -> pd.DataFrame:
        """One row per file; columns in :func:`termbase.frames.stored_glossaries_frame`."""
        from termbase.frames import stored_glossaries_frame

        return stored_glossaries_frame(self.glossaries)


def list_glossaries() -> GlossaryListing:
    """The glossaries a command uses when given none, where each comes from (the
    ``TERMBASE_GLOSSARIES`` folders, the project's ``glossaries/``, the user's folder,
    the shipped ones) and which are hidden by one of the same name earlier in the search
    path. Nothing is read but folder listings."""
    from termbase import store

    return GlossaryListing(tuple(store.search_path()), tuple(store.stored_glossaries()),
                           store.new_glossary_folder())


def _specs(source: str | Path | Sequence[str | Path] | None) -> list[str]:
    """Glossary file names or store names as ``--glossary`` specs (none: the store)."""
    if source is None:
        return []
    if isinstance(source, str | Path):
        return [str(source)]
    return [str(s) for s in source]


def _optional_glossary(source: GlossarySource | None) -> LoadedGlossary | None:
    return None if source is None else load_glossary(source)


def import_glossary(file: PathLike, into: PathLike, *, from_format: str | None = None,
                    policy: str | ReadPolicy = "strict", dry_run: bool = False,
                    encoding: str | None = None,
                    lock_timeout: float | None = None) -> ImportResult:
    """Merge the glossary in ``file`` into the glossary file ``into`` (created when it
    does not exist): new concepts are added, matching concepts enriched, conflicts
    reported and left as they were. The target is read, merged and written under an
    exclusive lock, so concurrent imports never lose each other's concepts. A
    hand-made sheet whose unread parts a rewrite would lose is refused."""
    from termbase.importing import import_into

    return import_into(Path(file), into, from_format=from_format, policy=policy,
                       dry_run=dry_run, encoding=encoding, lock_timeout=lock_timeout)


def export_glossary(glossary: GlossarySource | None, output: PathLike, *,
                    format_name: str | None = None, policy: str | ReadPolicy = "strict",
                    encoding: str | None = None, direction: str | None = None) -> ExportResult:
    """Write the glossary (default: the store's) to ``output`` in ``format_name``
    (default: from the suffix), atomically, with a signature; warns about anything the
    format cannot carry. Refuses an output that is one of the glossary files read.
    ``direction`` ('zh-en', 'en-zh') orients CAT-tool glossaries (tbx2008, omegat)."""
    from termbase import formats
    from termbase.fileio import refuse_overwriting_inputs, refuse_unwritable
    from termbase.formats.base import Direction
    from termbase.formats.fidelity import losses

    output = Path(output)
    oriented = Direction.parse(direction) if direction else None
    # Checked before anything is read: the files a LoadedGlossary came from, or those the
    # specs name.
    if isinstance(glossary, LoadedGlossary):
        refuse_overwriting_inputs([output], glossary.paths)
    elif not isinstance(glossary, Glossary):
        from termbase import store

        refuse_overwriting_inputs([output], store.input_paths(_specs(glossary)))
    refuse_unwritable([output])
    fmt = formats.for_output(output, format_name)
    loaded = load_glossary(glossary, policy=policy, encoding=encoding)
    settings = {"format": format_name or output.suffix[1:]}
    if oriented is not None:
        settings["direction"] = str(oriented)
    signature = Signature.for_glossary(loaded.glossary, inputs=dict(loaded.hashes),
                                       settings=settings)
    formats.write_glossary(loaded.glossary, output, format_name=fmt.name, signature=signature,
                           direction=oriented)
    lost = losses(loaded.glossary, fmt, path=str(output)) if fmt.lossless else (
        _cat_note(fmt.name, output),)
    return ExportResult(output, fmt.name, loaded.glossary, (*loaded.diagnostics, *lost))


def _cat_note(format_name: str, output: Path) -> Diagnostic:
    """What a CAT-tool glossary leaves out by design: one note instead of a list of
    every concept that does not come back whole."""
    from termbase.diagnostics import warning
    from termbase.formats.fidelity import ROUND_TRIP_LOSS

    return warning(ROUND_TRIP_LOSS, f"{format_name} keeps what a translator looks up — "
                   "each source term, deprecated ones marked, with the approved target "
                   "terms — and not definitions, contexts, notes, other languages or "
                   "concepts without an approved target term", path=str(output),
                   hint="export as TBX or JSON to keep everything")


@dataclass(frozen=True, slots=True)
class ExportResult:
    output: Path
    format_name: str
    glossary: Glossary
    diagnostics: tuple[Diagnostic, ...] = ()


# --- Lookup ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LookupResult:
    """The concepts a query found, best first."""

    query: str
    hits: tuple[Hit, ...]
    concepts: int
    """Concepts searched."""
    limit: int
    diagnostics: tuple[Diagnostic, ...] = ()
    """Set when the compiled index failed and the answer came from memory (TB153)."""

    def to_frame(self) -> pd.DataFrame:
        """One row per concept; columns in :func:`termbase.frames.hits_frame`."""
        from termbase.frames import hits_frame

        return hits_frame(self.hits)


@dataclass(frozen=True, slots=True)
class LookupIndex:
    """A glossary's search index, built once and queried many times: compiled in the
    cache (:mod:`termbase.index`) for glossary files, in memory for Glossary objects."""

    index: Index | CompiledIndex
    concepts: int
    """Concepts in the glossary."""
    paths: tuple[Path, ...] = ()
    """The glossary files indexed (none for a glossary in memory)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What the glossary readers said when the index was built, and cache warnings."""
    encoding: str | None = None

    @property
    def glossary(self) -> LoadedGlossary:
        """The whole glossary (read from its files when the index is compiled)."""
        from termbase.lookup import LookupIndex as InMemory

        if isinstance(self.index, InMemory):
            return LoadedGlossary(self.index.glossary, self.paths, self.diagnostics)
        return load_glossary([str(p) for p in self.paths], encoding=self.encoding)

    def concept(self, concept_id: str) -> Concept | None:
        """The concept with this id, or None."""
        from termbase.index import IndexUnreadable
        from termbase.lookup import LookupIndex as InMemory

        if isinstance(self.index, InMemory):
            return self.index.glossary.get(concept_id)
        try:
            return self.index.concept(concept_id)
        except IndexUnreadable:
            if self._rebuilt() is not None:
                with contextlib.suppress(IndexUnreadable):
                    return self.index.concept(concept_id)
            return self.glossary.glossary.get(concept_id)

    def search(self, query: str, *, limit: int = 10, lang: str | None = None) -> LookupResult:
        from termbase.index import IndexUnreadable
        from termbase.lookup import LookupIndex as InMemory
        from termbase.lookup import search

        if isinstance(self.index, InMemory):
            hits = search(self.index, query, limit=limit, lang=lang)
            return LookupResult(query, tuple(hits), self.concepts, limit)
        try:
            hits = self.index.search(query, limit=limit, lang=lang)
        except IndexUnreadable as exc:
            from termbase.diagnostics import warning

            said = self._rebuilt()
            if said is not None:
                with contextlib.suppress(IndexUnreadable):
                    hits = self.index.search(query, limit=limit, lang=lang)
                    return LookupResult(query, tuple(hits), self.concepts, limit, said)
            hits = search(_build(self.glossary.glossary), query, limit=limit, lang=lang)
            note = warning("TB153", f"the compiled glossary failed ({exc}); answered from "
                                    "the glossary files instead",
                           hint="run 'termbase index --clear' to drop the cache")
            return LookupResult(query, tuple(hits), self.concepts, limit, (note,))
        return LookupResult(query, tuple(hits), self.concepts, limit)

    def _rebuilt(self) -> tuple[Diagnostic, ...] | None:
        """Rebuild the compiled glossary a query failed on, and search the new one from
        now on; what was said of it, or None when it could not be rebuilt. A damaged
        database is otherwise met again by every later query (and every later lookup
        process), each answered from the glossary files."""
        from termbase.index import CompiledIndex, rebuild_damaged

        if not isinstance(self.index, CompiledIndex):
            return None
        rebuilt, said = rebuild_damaged(self.index.path, self.paths, encoding=self.encoding)
        if rebuilt is None:
            return None
        self.index.close()
        # Replaced in place: a holder keeps one LookupIndex for many queries (the web
        # page's catalog, a script's loop), and it must not keep the damaged database.
        object.__setattr__(self, "index", rebuilt)
        object.__setattr__(self, "concepts", rebuilt.concept_count)
        return said


def _build(glossary: Glossary) -> Index:
    from termbase.lookup import build_index
    from termbase.text.chinese import ScriptConverter

    return build_index(glossary, simplifier=ScriptConverter())


def _memory_index(loaded: LoadedGlossary,
                  notes: tuple[Diagnostic, ...] = ()) -> LookupIndex:
    return LookupIndex(_build(loaded.glossary), len(loaded.glossary), loaded.paths,
                       (*notes, *loaded.diagnostics))


def lookup_index(glossary: GlossarySource | None = None, *,
                 encoding: str | None = None) -> LookupIndex:
    """The search index of ``glossary`` (default: the store's): exact, prefix, substring
    and typo-tolerant matching, traditional Chinese found as simplified. Glossary files
    are compiled once into the cache and reopened while unchanged (see
    :mod:`termbase.index`); Glossary objects are indexed in memory."""
    if isinstance(glossary, Glossary | LoadedGlossary):
        return _memory_index(load_glossary(glossary))
    from termbase import store
    from termbase.diagnostics import Diagnostic as Stored
    from termbase.index import open_compiled

    paths = store.input_paths(_specs(glossary))
    if not paths:
        return _memory_index(load_glossary(glossary, encoding=encoding))  # says what to do
    opened = open_compiled(paths, encoding=encoding)
    if opened.index is None:
        loaded = opened.loaded or load_glossary(glossary, encoding=encoding)
        return _memory_index(loaded, opened.diagnostics)
    compiled = opened.index
    said = tuple(Stored.from_dict(d) for d in compiled.meta.get("diagnostics", []))
    return LookupIndex(compiled, compiled.concept_count, tuple(paths),
                       (*opened.diagnostics, *said), encoding)


def index_glossary(glossary: str | Path | Sequence[str | Path] | None = None, *,
                   encoding: str | None = None, rebuild: bool = False) -> CompiledInfo:
    """Compile the glossary files (default: the store's) into the cache now, as lookups
    would on first use (``rebuild``: even when up to date); returns where and how big."""
    from termbase import store
    from termbase.index import compile_paths

    paths = store.input_paths(_specs(glossary))
    if not paths:
        load_glossary(glossary)  # raises, saying what to do
    return compile_paths(paths, encoding=encoding, force=rebuild)


def clear_index_cache() -> list[Path]:
    """Delete every compiled glossary in the cache; returns the files deleted."""
    from termbase.index import clear_cache

    return clear_cache()


def lookup_term(query: str, glossary: GlossarySource | LookupIndex | None = None, *,
           limit: int = 10, lang: str | None = None) -> LookupResult:
    """Find ``query`` (Chinese, simplified or traditional, or English) in the glossary;
    ``lang`` restricts matching to that language's terms. Pass a :class:`LookupIndex`
    (from :func:`lookup_index`) to answer many queries without reopening the index."""
    index = glossary if isinstance(glossary, LookupIndex) else lookup_index(glossary)
    return index.search(query, limit=limit, lang=lang)


def make_web_app(glossary: GlossarySource | None = None, *,
                 encoding: str | None = None,
                 on_reload: Callable[[str, tuple[Diagnostic, ...]], None] | None = None
                 ) -> Starlette:
    """The web lookup page over ``glossary`` (default: the store's; ``encoding`` that of
    CSV/TSV/JSON glossaries, default detected) as an ASGI app for any ASGI server:
    search as you type, concept pages, a JSON API under ``/api/``.
    The glossary is read and indexed now, so its errors are raised here and its warnings
    are in ``app.state.diagnostics``; the server reopens the (then warm) index on its own
    thread. A glossary file that changes while served is read again (checked at most
    every few seconds, reindexed on a thread of its own while the last version answers;
    see :mod:`termbase.serve.catalog`), and ``on_reload`` is told (a
    line for the log, and what reading noticed or why the last good one is kept)."""
    from termbase.serve.app import make_app
    from termbase.serve.catalog import Catalog

    catalog = Catalog.open(glossary, encoding)
    said = catalog.diagnostics
    catalog.close()
    app = make_app(lambda: Catalog.open(glossary, encoding, report=on_reload))
    app.state.diagnostics = said
    return app


def serve_glossary(glossary: GlossarySource | None = None, *, host: str = "127.0.0.1",
                   port: int = 8765, on_ready: Callable[[str], None] | None = None,
                   on_diagnostics: Callable[[tuple[Diagnostic, ...]], None] | None = None,
                   encoding: str | None = None,
                   on_reload: Callable[[str, tuple[Diagnostic, ...]], None] | None = None
                   ) -> None:
    """Serve :func:`make_web_app` (``glossary`` and ``encoding`` as there) on
    ``host``:``port`` until interrupted; ``on_ready``
    is called with the page's address once it listens, ``on_diagnostics`` with what
    reading the glossary noticed, ``on_reload`` as in :func:`make_web_app`. A bad or
    busy port is a UsageError (TB320, TB321) raised before the glossary is read."""
    from termbase.serve.server import serve

    def app() -> Starlette:
        made = make_web_app(glossary, encoding=encoding, on_reload=on_reload)
        if on_diagnostics is not None:
            on_diagnostics(made.state.diagnostics)
        return made

    serve(app, host, port, on_ready)


# --- Ingestion and extraction ----------------------------------------------------------------


def ingest_document(path: PathLike, *, encoding: str | None = None) -> tuple[Document,
                                                                   list[Diagnostic]]:
    """Read a UN document (.txt as extracted from PDF, or .docx) into paragraphs,
    sentences and footnotes, with what the reader noticed on the way."""
    from termbase.documents import ingest_file

    return ingest_file(Path(path), encoding)


def extract_terms(inputs: PathLike | Document | Sequence[PathLike | Document], *,
            glossary: GlossarySource | None = None, top: int | None = None,
            lines: bool | None = None, workers: int | None = None,
            segmenter: str = "jieba", sentencepiece: bool = False, new_only: bool = False,
            encoding: str | None = None, progress: Progress | None = None) -> ExtractionResult:
    """Rank the recurring Chinese terms, titles and short forms of ``inputs`` (document
    files, ``termbase ingest`` JSON Lines, line corpora, or Documents in memory).

    With a ``glossary`` its terms stay whole in segmentation and candidates are marked
    with their concepts (``new_only`` leaves known terms out). ``top`` keeps the best
    N; ``lines`` reads .txt files as one-sentence-per-line corpora (default: over 2 MB);
    ``workers`` defaults to 2 for inputs over 2 MB. ``progress`` is called with the
    number of characters read as the work advances.
    """
    from termbase.extract import ExtractSettings
    from termbase.extract import extract_terms as run_extraction
    from termbase.extract.assembly import glossary_terms
    from termbase.extract.inputs import LINES_THRESHOLD, ExtractionInputs
    from termbase.text.segment import make_segmenter

    if top is not None and top < 1:
        raise UsageError(f"top must be 1 or more, not {top}",
                         hint="give the number of candidates to keep, or None for all")
    items = [inputs] if isinstance(inputs, str | Path) or not isinstance(inputs, Sequence) \
        else list(inputs)
    loaded = _optional_glossary(glossary)
    source = ExtractionInputs([i if not isinstance(i, str) else Path(i) for i in items],
                              lines=lines, encoding=encoding)
    if workers is None:
        workers = 2 if source.size > LINES_THRESHOLD else 1
    settings = ExtractSettings(workers=workers, sentencepiece=sentencepiece,
                               skip_known=new_only)
    if top is not None:
        settings = settings.sized_for(top)
    tokenizer = make_segmenter(segmenter, glossary_terms(loaded.glossary if loaded else None))
    try:
        result = run_extraction(source, tokenizer=tokenizer,
                               glossary=loaded.glossary if loaded else None,
                               settings=settings, progress=progress)
    except InputError as exc:
        # The extractor judges the text, not the files: name them when there is one.
        if len(source.files) == 1 and len(items) == 1:
            raise exc.with_path(source.files[0]) from None
        raise
    line_corpora = sum(1 for path in source.files if source.is_line_corpus(path))
    run_settings: dict[str, object] = {k: v for k, v in result.settings.as_dict().items()
                                       if k not in ("workers", "batch_chars")}
    run_settings["segmenter"] = result.segmenter
    signature = Signature.now(
        glossary_hash=loaded.glossary.content_hash() if loaded else "",
        settings=run_settings, inputs=source.hashes(),
        counts={"documents": result.documents, "characters": result.characters,
                "sentences": result.sentences, "candidates": len(result.candidates)})
    return dataclasses.replace(
        result, candidates=result.candidates[:top] if top is not None else result.candidates,
        line_corpora=line_corpora, whole_documents=len(items) - line_corpora,
        diagnostics=(*(loaded.diagnostics if loaded else ()), *source.diagnostics),
        signature=signature)


# --- Alignment -------------------------------------------------------------------------------


def alignment_lexicon(glossary: GlossarySource | None = None, *,
                      dictionary: bool = True) -> tuple[Lexicon, str, str]:
    """The aligner's bilingual lexicon: CC-CEDICT (unless ``dictionary`` is False)
    extended with the glossary's term pairs; with its description and the glossary's
    hash, for signatures."""
    from termbase.align.lexicon import Lexicon, load_default_lexicon

    lexicon = load_default_lexicon() if dictionary else Lexicon.empty()
    described = f"{lexicon.name} ({len(lexicon)} entries)" if dictionary else "none"
    loaded = _optional_glossary(glossary)
    if loaded is None:
        return lexicon, described, ""
    return lexicon.with_glossary(loaded.glossary), described, loaded.glossary.content_hash()


def align_texts(zh: PathLike | Sequence[str], en: PathLike | Sequence[str], *,
          presplit: bool = False, glossary: GlossarySource | None = None,
          dictionary: bool = True, encoding: str | None = None,
          lexicon: tuple[Lexicon, str, str] | None = None) -> Alignment:
    """Sentence-align a Chinese document with its English version.

    ``zh``/``en`` are files (.txt, .docx, ingest .jsonl; with ``presplit`` one sentence
    per line, and the aligner also judges whether the two files are shifted or
    unrelated) or lists of sentences. The glossary's term pairs and CC-CEDICT anchor the
    alignment; ``lexicon`` passes one built by :func:`alignment_lexicon` to align many
    pairs without rebuilding it.
    """
    from termbase.align.aligner import AlignSettings
    from termbase.align.aligner import align as align_segments
    from termbase.align.model import Segment
    from termbase.align.render import alignment_signature
    from termbase.align.segments import read_pair
    from termbase.signature import sha256_bytes

    diagnostics: list[Diagnostic] = []
    if isinstance(zh, str | Path) and isinstance(en, str | Path):
        zh_side, en_side = read_pair(Path(zh), Path(en), presplit=presplit,
                                     encoding=encoding)
        src, tgt = list(zh_side.segments), list(en_side.segments)
        diagnostics += [*zh_side.diagnostics, *en_side.diagnostics]
        inputs = {f"zh {Path(zh_side.path).name}": zh_side.sha256,
                  f"en {Path(en_side.path).name}": en_side.sha256}
    elif not isinstance(zh, str | Path) and not isinstance(en, str | Path):
        src = [Segment(i, text) for i, text in enumerate(zh)]
        tgt = [Segment(i, text) for i, text in enumerate(en)]
        inputs = {side: sha256_bytes("\n".join(texts).encode("utf-8"))
                  for side, texts in (("zh <memory>", zh), ("en <memory>", en))}
    else:
        raise UsageError("give both sides as files, or both as lists of sentences")
    if lexicon is None:
        loaded = _optional_glossary(glossary)
        diagnostics += loaded.diagnostics if loaded else ()  # the glossary's own warnings
        lexicon = alignment_lexicon(loaded, dictionary=dictionary)
    built = lexicon
    alignment = align_segments(src, tgt, lexicon=built[0], settings=AlignSettings(),
                               parallel=presplit)
    signature = alignment_signature(alignment, inputs, glossary_hash=built[2],
                                    settings={"presplit": presplit, "dictionary": built[1]})
    return dataclasses.replace(alignment, signature=signature,
                               diagnostics=(*diagnostics, *alignment.diagnostics))


def align_batch(jobs: Sequence[PairJob], out_dir: PathLike, *, format_name: str = "align",
                presplit: bool = False, glossary: GlossarySource | None = None,
                dictionary: bool = True, min_score: float | None = None,
                include_one_sided: bool = False,
                encoding: str | None = None) -> Iterator[PairOutcome]:
    """Align many document pairs in one process (the dictionary is loaded once), writing
    ``out_dir/NAME.<format>`` for each; yields each pair's outcome as it is done (an
    error is reported in the outcome and the batch goes on). ``jobs`` come from
    :func:`termbase.align.batch.read_pairs_tsv` or ``pairs_from_folders``. Outputs that
    would replace an input are refused before any work."""
    from termbase import formats
    from termbase.align.batch import align_batch as run_batch
    from termbase.align.render import alignment_signature
    from termbase.fileio import (
        ensure_folder,
        refuse_overwriting_inputs,
        refuse_unwritable,
        write_atomic,
    )
    from termbase.formats.alignment_tables import DEFAULT_THRESHOLD
    from termbase.formats.base import BitextOptions

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError("in batch mode the output is a folder", path=out,
                         hint="give a new or existing folder")
    suffix = formats.get_bitext(format_name).suffixes[0]
    loaded = _optional_glossary(glossary)
    outputs = [out / f"{job.name}{suffix}" for job in jobs]
    refuse_overwriting_inputs(outputs, [*(p for job in jobs for p in (job.zh, job.en)),
                                        *(loaded.paths if loaded else ())])
    refuse_unwritable(outputs)
    lexicon, described, glossary_hash = alignment_lexicon(loaded, dictionary=dictionary)
    threshold = DEFAULT_THRESHOLD if min_score is None else min_score
    settings: dict[str, object] = {"format": format_name, "presplit": presplit,
                                   "dictionary": described, "min score": threshold}
    options = BitextOptions(min_score=threshold, include_one_sided=include_one_sided)
    ensure_folder(out)

    def emit(job: PairJob, zh_side: Side, en_side: Side, alignment: Alignment) -> None:
        signature = alignment_signature(
            alignment, {f"zh {Path(zh_side.path).name}": zh_side.sha256,
                        f"en {Path(en_side.path).name}": en_side.sha256},
            settings=settings, glossary_hash=glossary_hash)
        write_atomic(out / f"{job.name}{suffix}",
                     formats.render_alignment(alignment, format_name, signature, options))

    return run_batch(jobs, lexicon=lexicon, presplit=presplit, emit=emit, encoding=encoding)


# --- Pairing and mining ----------------------------------------------------------------------


def open_corpus(zh: PathLike | Sequence[PathLike] = (), en: PathLike | Sequence[PathLike] = (),
                tmx: PathLike | Sequence[PathLike] = (), beads: PathLike | None = None, *,
                encoding: str | None = None) -> CorpusSource:
    """Parallel text from files: line-aligned ``zh``/``en`` pairs, ``tmx`` files, or a
    ``beads`` file from :func:`align_texts` with its one ``zh`` and one ``en`` sentence file.
    Each of ``zh``, ``en`` and ``tmx`` is one path or a sequence of them."""
    from termbase.pair.sources import open_corpus as open_files

    opened = open_files(_paths(zh), _paths(en), _paths(tmx), Path(beads) if beads else None,
                        encoding=encoding)
    return CorpusSource(opened.corpus, opened.files)


def _paths(given: PathLike | Sequence[PathLike]) -> list[Path]:
    # A lone str is a Sequence too: iterated, it named one file per character ('/' first).
    if isinstance(given, str | Path):
        return [Path(given)]
    return [Path(p) for p in given]


@dataclass(frozen=True, slots=True)
class CorpusSource:
    """A parallel corpus and the files it was read from (hashed for signatures)."""

    corpus: Corpus
    files: tuple[Path, ...] = ()

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        return tuple(getattr(self.corpus, "diagnostics", ()))


def _corpus(corpus: CorpusSource | Corpus | Sequence[tuple[str, str]]) -> CorpusSource:
    """A corpus from files, a Corpus object, or a list of (zh, en) sentence pairs."""
    from termbase.pair.corpus import from_pairs

    if isinstance(corpus, CorpusSource):
        return corpus
    if isinstance(corpus, Sequence):
        return CorpusSource(from_pairs(corpus))
    return CorpusSource(corpus)


def _hashes(source: CorpusSource, *more: Path) -> dict[str, str]:
    from termbase.fileio import file_sha256

    return {p.name: file_sha256(p) for p in [*source.files, *more]}


def _workers(workers: int | None, engine: str, source: CorpusSource) -> int:
    """The worker processes asked for, else the default for the corpus's size. The size
    rule is the local pool's: a Dask cluster keeps its default of two."""
    from termbase.pair.sources import corpus_pairs, default_workers

    if workers:
        return workers
    return default_workers(corpus_pairs(source.corpus) if engine == "local" else None)


def pair_terms(terms: PathLike | Iterable[str],
         corpus: CorpusSource | Corpus | Sequence[tuple[str, str]], *,
         reverse: bool = False, min_support: int | None = None, workers: int | None = None,
         dictionary: bool = True, encoding: str | None = None, engine: str = "local",
         scheduler: str | None = None, scheduler_timeout: float = 10.0,
         progress: Callable[[str, int, int], None] | None = None,
         second_look: bool = False, trust_alignment: bool = False,
         max_entries: int | None = None) -> PairingReport:
    """Pair each term with its equivalents in ``corpus`` (from :func:`open_corpus`, or
    (zh, en) sentence pairs): ranked candidates with score, support and example pairs,
    or an abstention with its reason. ``terms`` are strings or a term-list file (one
    per line, ``extract`` CSV/JSON, or a glossary, whose concepts group its forms: a
    short form answered by its name's head word takes the name another form of its
    concept gets, :func:`termbase.pair.answers.named_as_full_form`); ``reverse`` pairs
    English terms with Chinese; ``second_look`` pairs again the terms inside longer
    listed terms that get no English (for an extracted list: :mod:`termbase.pair.nesting`).
    Segment pairs whose Chinese a neighbouring line's English translates better are left
    out (warning TB603, :mod:`termbase.pair.agreement`) unless ``trust_alignment``.
    ``workers`` processes count (default: this one alone for a corpus of fewer than
    20,000 segment pairs, else 2: :func:`termbase.pair.sources.default_workers`);
    ``engine`` "dask" counts on a Dask cluster (``scheduler``'s, or a local one of
    ``workers`` processes; ``scheduler_timeout`` seconds to reach it), with the same
    results; ``progress(pass, done, total)`` is called as counting advances.
    ``max_entries`` bounds the first pass's term × candidate table (default 20 million,
    shared among the workers; the rarest are pruned beyond it and the threshold is in
    ``stats``): lower it for workers with little memory."""
    from termbase.pair.engines import open_engine
    from termbase.pair.pairer import PairSettings, pair_terms_report
    from termbase.pair.sources import load_dictionary
    from termbase.pair.terms import TermList, read_terms

    lang = "en" if reverse else "zh"
    terms_file: Path | None
    if isinstance(terms, str | Path):
        terms_file = Path(terms)
        term_list = read_terms(terms_file, lang, encoding)
    else:
        terms_file, term_list = None, TermList(list(terms))
    source = _corpus(corpus)
    lexicon, dictionary_name = load_dictionary(dictionary)
    settings = PairSettings(direction=lang, workers=_workers(workers, engine, source),
                            min_support=min_support or PairSettings().min_support,
                            second_look=second_look, check_alignment=not trust_alignment,
                            max_entries=max_entries or PairSettings().max_entries)
    with open_engine(engine, workers=settings.workers, scheduler=scheduler,
                     progress=progress, timeout=scheduler_timeout) as counting_engine:
        report = pair_terms_report(term_list.terms, source.corpus, lexicon=lexicon,
                                   settings=dataclasses.replace(settings,
                                                                engine=counting_engine),
                                   concepts=term_list.concepts)
    signature = Signature.now(
        settings={**settings.items(), "dictionary": dictionary_name},
        inputs=_hashes(source, *([terms_file] if terms_file else [])),
        counts=dict(report.stats))
    return dataclasses.replace(report, corpus_diagnostics=source.diagnostics,
                               signature=signature)


def mine_terms(corpus: CorpusSource | Corpus | Sequence[tuple[str, str]], *,
         max_terms: int | None = None, workers: int | None = None,
         dictionary: bool = True, engine: str = "local", scheduler: str | None = None,
         scheduler_timeout: float = 10.0,
         progress: Callable[[str, int, int], None] | None = None,
         trust_alignment: bool = False, max_entries: int | None = None) -> MiningResult:
    """Extract up to ``max_terms`` Chinese terms (default 1,000:
    :data:`termbase.pair.mining.DEFAULT_MAX_TERMS`) from the corpus's Chinese side and
    pair each with its English equivalents (the review sheet of ``termbase mine``);
    ``workers``, ``engine``, ``scheduler``, ``scheduler_timeout``, ``progress``,
    ``trust_alignment`` and ``max_entries`` as for :func:`pair_terms`."""
    from termbase.pair.engines import open_engine
    from termbase.pair.mining import DEFAULT_MAX_TERMS
    from termbase.pair.mining import mine as mine_corpus
    from termbase.pair.pairer import PairSettings
    from termbase.pair.sources import load_dictionary
    from termbase.text.segment import JiebaSegmenter

    max_terms = DEFAULT_MAX_TERMS if max_terms is None else max_terms
    source = _corpus(corpus)
    lexicon, dictionary_name = load_dictionary(dictionary)
    settings = PairSettings(workers=_workers(workers, engine, source),
                            check_alignment=not trust_alignment,
                            max_entries=max_entries or PairSettings().max_entries)
    with open_engine(engine, workers=settings.workers, scheduler=scheduler,
                     progress=progress, timeout=scheduler_timeout) as counting_engine:
        result = mine_corpus(source.corpus, tokenizer=JiebaSegmenter(), lexicon=lexicon,
                             max_terms=max_terms,
                             pair_settings=dataclasses.replace(settings,
                                                               engine=counting_engine))
    extract_settings = sorted(dataclasses.asdict(result.extraction.settings).items())
    signature = Signature.now(
        settings={**settings.items(), "dictionary": dictionary_name,
                  "segmenter": result.extraction.segmenter, "max_terms": max_terms,
                  **{f"extract {k}": v for k, v in extract_settings}},
        inputs=_hashes(source), counts=dict(result.report.stats))
    report = dataclasses.replace(result.report, corpus_diagnostics=source.diagnostics)
    return dataclasses.replace(result, report=report, signature=signature)


# --- Checking --------------------------------------------------------------------------------


def check_draft(draft: PathLike, *, glossary: GlossarySource | None = None,
          target: PathLike | None = None, presplit: bool = False,
          verb_forms: bool = False, strict_spelling: bool = False,
          encoding: str | None = None, checks: Iterable[str] | None = None,
          accept: PathLike | None = None,
          progress: Callable[[str, int, int], None] | None = None,
          sheet: str | None = None, strict_terms: bool = False) -> CheckResult:
    """Check a draft's terminology against the glossary (default: the store's).

    ``draft`` is a monolingual .txt/.docx (Chinese or English, detected) or a bilingual
    .tmx, .xlf/.xliff (XLIFF 1.1, 1.2 or 2.0) or two-column .xlsx (its first sheet, or
    ``sheet``: a sheet's name or 1-based number); with ``target`` the two
    files are a source and its translation (aligned, or paired line by line with
    ``presplit``). ``checks`` names the checks to run (default: all); findings whose
    fingerprint is in the ``accept`` file are moved to ``result.accepted`` (see
    :func:`write_accepted`). ``progress(step, done, total)`` is called as the glossary and
    the draft are read and after each check (exact: one step each). ``strict_terms``
    makes every glossary entry a required term
    (:attr:`termbase.check.checker.CheckOptions.strict_terms`).
    """
    from termbase.check.accept import apply_accepted, read_accepted
    from termbase.check.checker import CheckOptions, MissingLanguage
    from termbase.check.checker import check_draft as run_checks
    from termbase.check.drafts import read_draft
    from termbase.check.matching import MatchOptions

    kinds = check_kinds(checks)
    steps = 2 + len(kinds)
    done = 0

    def step(name: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(name, done, steps)

    accepted = read_accepted(Path(accept)) if accept is not None else None
    checked, said = _check_glossary(glossary)
    step("glossary")
    options = CheckOptions(match=MatchOptions(
        verb_forms=verb_forms, spelling_variants=not strict_spelling,
        hyphenation=not strict_spelling), kinds=kinds, strict_terms=strict_terms)

    def lexicon() -> Lexicon:
        from termbase.align.lexicon import Lexicon, load_default_lexicon
        from termbase.errors import TermbaseError

        try:
            base = load_default_lexicon()
        except (ImportError, TermbaseError):
            base = Lexicon.empty()  # lengths, numbers and glossary terms still align well
        return base.with_glossary(checked if isinstance(checked, Glossary)
                                  else checked.glossary())

    parsed = read_draft(Path(draft), target=Path(target) if target else None,
                        presplit=presplit, lexicon_factory=lexicon, encoding=encoding,
                        sheet=sheet)
    step("draft")
    try:
        result = run_checks(checked, parsed, options, progress=step)
    except MissingLanguage as exc:
        names = _glossary_files(glossary)
        raise (exc.naming_glossary(names) if names else exc) from None
    result = dataclasses.replace(result, diagnostics=(*said, *parsed.diagnostics,
                                                      *result.diagnostics))
    return apply_accepted(result, accepted) if accepted is not None else result


def check_kinds(names: Iterable[str] | None) -> frozenset[FindingKind]:
    """The checks called ``names`` (all when None); UsageError for a name that is none."""
    from termbase.check.findings import FindingKind

    if names is None:
        return frozenset(FindingKind)
    wanted = [n.strip().lower().replace("-", "_") for n in names if n.strip()]
    known = {k.value: k for k in FindingKind}
    unknown = [n for n in wanted if n not in known and n != "all"]
    if unknown or not wanted:
        raise UsageError(f"no check called {', '.join(repr(n) for n in unknown) or 'nothing'}",
                         hint=f"choose among: {', '.join(known)} (or all)")
    return frozenset(FindingKind) if "all" in wanted else frozenset(known[n] for n in wanted)


def write_accepted(result: CheckResult, output: PathLike) -> int:
    """Write the fingerprints of every finding of ``result`` — shown and already
    accepted — to the accept file ``output`` (atomically), so that the next check with
    ``accept=output`` shows only new findings; returns how many."""
    from termbase.check.accept import accepted_bytes
    from termbase.fileio import write_atomic

    findings = [*result.findings, *result.accepted]
    write_atomic(Path(output), accepted_bytes(findings))
    return len(findings)


def _glossary_files(source: GlossarySource | None) -> str | None:
    """The files of the glossary ``source`` for a message (None for one in memory)."""
    from termbase import store

    if isinstance(source, Glossary):
        return None
    paths = source.paths if isinstance(source, LoadedGlossary) else store.input_paths(
        _specs(source))
    shown = ", ".join(str(p) for p in paths[:3])
    more = f" and {len(paths) - 3} more" if len(paths) > 3 else ""
    return f"{shown}{more}" if paths else None


def _check_glossary(source: GlossarySource | None
                    ) -> tuple[Glossary | CompiledGlossary, tuple[Diagnostic, ...]]:
    """What check_draft checks against: glossary files compiled in the cache (read as
    the draft needs them, see :mod:`termbase.check.compiled`), else the glossary in
    memory; with what its readers (or the cache) had to say."""
    from termbase import store
    from termbase.check.compiled import CompiledGlossary
    from termbase.index import open_compiled

    paths = [] if isinstance(source, Glossary | LoadedGlossary) else store.input_paths(
        _specs(source))
    # Concepts and matchers only: a check never searches the lookup tables.
    opened = open_compiled(paths, lookup=False) if paths else None
    if opened is None or opened.index is None:
        loaded = (opened.loaded if opened is not None else None) or load_glossary(source)
        return loaded.glossary, (*(opened.diagnostics if opened else ()), *loaded.diagnostics)
    said = tuple(Diagnostic.from_dict(d) for d in opened.index.meta.get("diagnostics", []))
    compiled_from = opened.loaded.glossary.concepts if opened.loaded is not None else None
    return CompiledGlossary(opened.index, compiled_from), (*opened.diagnostics, *said)


# --- The main job ----------------------------------------------------------------------------


def build_glossary(inputs: Sequence[PathLike] = (), *, glossary: GlossarySource | None = None,
                   encoding: str | None = None, parallel: PathLike | None = None,
                   pairing: bool = True, engine: str = "local", scheduler: str | None = None,
                   scheduler_timeout: float = 10.0, workers: int | None = None,
                   progress: Callable[[str, str], None] | None = None) -> BuildResult:
    """The main job: ingest the documents (default: the bundled data/), find the
    glossary's terms and the recurring terms in them, pair every term without English
    against the parallel text (default: the bundled data/parallel/; ``pairing=False``:
    none), and assemble one glossary — curated concepts as they are, new ones proposed
    — with the drift of wordings across documents. ``glossary=Glossary()`` runs without
    a curated glossary. ``engine``, ``scheduler``, ``scheduler_timeout`` and ``workers``
    say where the pairing counts run, as for :func:`pair_terms` (a large parallel corpus
    on a Dask cluster). ``progress`` is called with each step's name and summary.
    ``result.write(folder)`` writes the TBX and Excel glossaries, the review sheet, the
    drift table, the ingested documents and the JSON report."""
    from termbase.pipeline import build as run_build
    from termbase.pipeline import document_paths, parallel_paths

    paths = document_paths([Path(p) for p in inputs])
    loaded = load_glossary(glossary)
    pairs = parallel_paths(Path(parallel) if parallel else None) if pairing else []
    result = run_build(paths, loaded.glossary, glossary_paths=loaded.paths,
                       glossary_hashes=dict(loaded.hashes), encoding=encoding,
                       parallel=pairs, progress=progress,
                       counting={"engine": engine, "scheduler": scheduler,
                                 "scheduler_timeout": scheduler_timeout, "workers": workers})
    return dataclasses.replace(result, diagnostics=(*loaded.diagnostics, *result.diagnostics))


__all__ = [
    "CorpusSource",
    "ExportResult",
    "GlossaryListing",
    "GlossarySource",
    "ImportResult",
    "LookupIndex",
    "LookupResult",
    "align_batch",
    "align_texts",
    "alignment_lexicon",
    "build_glossary",
    "check_draft",
    "check_kinds",
    "clear_index_cache",
    "export_glossary",
    "extract_terms",
    "import_glossary",
    "index_glossary",
    "ingest_document",
    "list_glossaries",
    "load_glossary",
    "lookup_index",
    "lookup_term",
    "make_web_app",
    "mine_terms",
    "open_corpus",
    "pair_terms",
    "serve_glossary",
    "write_accepted",
]

if not TYPE_CHECKING:
    # ImportResult, import_glossary's result, is defined with the importer (formats,
    # merge), which no other function needs loaded: it is given on first use (PEP 562), as
    # the package's names are. Type checkers read it from the import above.
    __getattr__, _ = exports(__name__, {"ImportResult": "termbase.importing"}, __all__)
