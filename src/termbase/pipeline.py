"""Pipeline steps with a contract (after spaCy): each step names what it needs and what
it produces, and a failure inside a step is re-raised with the step's name attached.

The main job (``termbase build``) is the pipeline ingest → passages → collect (the
glossary's terms in the documents) → extract (recurring terms and their variants) →
corpus → pair (English for every form without a confirmed English term) → assemble
(one glossary: curated concepts as they are, new ones proposed) → drift (which variant
each document uses). The command then renders every output in memory and writes them,
so a failure anywhere leaves no half-written output folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from termbase.build import Collection, Passage, collect_terms, document_passages
from termbase.diagnostics import Diagnostic
from termbase.documents import Document, ingest_file
from termbase.errors import InputError, OverwriteError, StepError, TermbaseError, UsageError
from termbase.formats.review import ReviewRow
from termbase.mainjob import (
    DriftGroup,
    PairingPolicy,
    Proposal,
    drift,
    forms_to_pair,
    merge,
    proposals,
)
from termbase.model import Glossary
from termbase.signature import Signature

if TYPE_CHECKING:
    import pandas as pd

    from termbase.api import CorpusSource
    from termbase.extract import ExtractionResult
    from termbase.pair.results import TermPairing

State = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    needs: tuple[str, ...]
    produces: tuple[str, ...]
    run: Callable[..., Mapping[str, Any]]
    """Called with the needed values as keyword arguments; returns the produced ones."""
    summary: Callable[[Mapping[str, Any]], str] | None = None
    """One line saying what the step produced, for progress reports."""


Progress = Callable[[str, str], None]
"""Called after each step with its name and summary line (the CLI prints them)."""


def run_steps(steps: Sequence[Step], state: Mapping[str, Any], *,
              progress: Progress | None = None) -> State:
    """Run ``steps`` in order over ``state``; checks each step's contract as it goes."""
    current: State = dict(state)
    for step in steps:
        missing = [n for n in step.needs if n not in current]
        if missing:
            raise UsageError(f"pipeline step '{step.name}' needs {', '.join(missing)}, "
                             "which no earlier step produces")
        try:
            produced = step.run(**{n: current[n] for n in step.needs})
        except TermbaseError as exc:
            raise StepError(step.name, exc) from exc
        absent = [n for n in step.produces if n not in produced]
        if absent:
            raise UsageError(f"pipeline step '{step.name}' did not produce {', '.join(absent)}")
        current.update(produced)
        if progress is not None:
            progress(step.name, step.summary(produced) if step.summary else "done")
    return current


def _ingest(paths: Sequence[Path], encoding: str | None) -> Mapping[str, Any]:
    documents: list[Document] = []
    diagnostics: list[Diagnostic] = []
    for path in paths:
        document, found = ingest_file(path, encoding)
        documents.append(document)
        diagnostics.extend(found)
    return {"documents": tuple(documents), "diagnostics": tuple(diagnostics)}


def _passages(documents: Sequence[Document]) -> Mapping[str, Any]:
    return {"passages": tuple(p for d in documents for p in document_passages(d))}


def _collect(glossary: Glossary, passages: Sequence[Passage]) -> Mapping[str, Any]:
    return {"collection": collect_terms(glossary, passages, "zh")}


def _extract(documents: Sequence[Document], glossary: Glossary) -> Mapping[str, Any]:
    from termbase.api import extract_terms

    result = extract_terms(list(documents), glossary=glossary if len(glossary) else None)
    return {"extraction": result}


def _corpus(parallel: Sequence[tuple[Path, Path]]) -> Mapping[str, Any]:
    from termbase.api import open_corpus

    if not parallel:
        return {"corpus": None}
    return {"corpus": open_corpus([z for z, _ in parallel], [e for _, e in parallel])}


def _pair(extraction: ExtractionResult, collection: Collection,
          corpus: CorpusSource | None, counting: Mapping[str, Any]) -> Mapping[str, Any]:
    from termbase.api import pair_terms

    forms = forms_to_pair(extraction.candidates, collection.glossary)
    if corpus is None or not forms:
        return {"pairings": (), "pair_diagnostics": ()}
    # The extractor's forms hold phrases around its terms: they get the second look.
    report = pair_terms(forms, corpus, second_look=True, **counting)
    # The corpus's own warnings are reported with the corpus.
    return {"pairings": report.pairings, "pair_diagnostics": report.diagnostics}


def _assemble(extraction: ExtractionResult, collection: Collection,
              pairings: Sequence[TermPairing], policy: PairingPolicy) -> Mapping[str, Any]:
    found = proposals(extraction.candidates, pairings, policy)
    return {"proposals": found, "glossary_out": merge(collection.glossary, found)}


def _drift(collection: Collection, proposals: Sequence[Proposal],
           passages: Sequence[Passage]) -> Mapping[str, Any]:
    return {"drift": drift(collection.glossary, proposals, passages)}


def _proposal_summary(produced: Mapping[str, Any]) -> str:
    found = produced["proposals"]
    paired = sum(1 for p in found if not p.needs_english)
    return (f"{len(produced['glossary_out'])} concepts: {len(found)} proposed, "
            f"{paired} with English, {len(found) - paired} need English")


BUILD_STEPS: tuple[Step, ...] = (
    Step("ingest", ("paths", "encoding"), ("documents", "diagnostics"), _ingest,
         lambda p: f"{len(p['documents'])} documents"),
    Step("passages", ("documents",), ("passages",), _passages,
         lambda p: f"{len(p['passages'])} sentences"),
    Step("collect", ("glossary", "passages"), ("collection",), _collect,
         lambda p: f"{len(p['collection'].glossary)} glossary concepts attested, "
                   f"{len(p['collection'].variants_in_use())} non-approved variants in use"),
    Step("extract", ("documents", "glossary"), ("extraction",), _extract,
         lambda p: f"{len(p['extraction'].candidates)} recurring terms, "
                   f"{sum(len(c.variants) for c in p['extraction'].candidates)} variants"),
    Step("corpus", ("parallel",), ("corpus",), _corpus,
         lambda p: "no parallel text" if p["corpus"] is None
         else f"{len(p['corpus'].files) // 2} parallel text(s)"),
    Step("pair", ("extraction", "collection", "corpus", "counting"),
         ("pairings", "pair_diagnostics"), _pair,
         lambda p: f"{len(p['pairings'])} forms paired, "
                   f"{sum(1 for x in p['pairings'] if x.best)} with a candidate"),
    Step("assemble", ("extraction", "collection", "pairings", "policy"),
         ("proposals", "glossary_out"), _assemble, _proposal_summary),
    Step("drift", ("collection", "proposals", "passages"), ("drift",), _drift,
         lambda p: f"{len(p['drift'])} concepts written in more than one way"),
)


# --- The main job as a library function --------------------------------------------------

REPORT_NAME = "build-report.json"
"""The report every build folder holds; it also marks a folder as a build's own."""


def default_data_dir() -> Path:
    """The bundled documents: ./data when the current directory has one, else the
    package's."""
    from termbase.paths import bundled

    local = Path.cwd() / "data"
    return local if local.is_dir() else bundled("data")


def document_paths(given: Sequence[Path] = ()) -> list[Path]:
    """Files to ingest: those given (folders expanded), or the bundled data/ folder."""
    from termbase.documents.readers import supported_suffixes

    suffixes = supported_suffixes()
    roots = [Path(p) for p in given] or [default_data_dir()]
    paths: list[Path] = []
    for root in roots:
        if root.is_dir():
            paths.extend(sorted(p for p in root.iterdir()
                                if p.suffix.lower() in suffixes and not p.name.startswith(".")))
        else:
            paths.append(root)
    if not paths:
        raise InputError(f"no documents ({', '.join(suffixes)}) found", path=roots[0],
                         hint="give document files or a folder holding them")
    return paths


def check_output_folder(out_dir: Path, inputs: Sequence[Path]) -> None:
    """Refuse, before any work, an output folder whose replacement would destroy
    something: the glossary store, an input or glossary in use (``inputs``), or files
    of the user's that an earlier build did not write."""
    from termbase.fileio import refuse_overwriting_inputs, refuse_unwritable
    from termbase.store import store_folders

    for store_dir in store_folders():
        for outer, inner in ((out_dir, store_dir), (store_dir, out_dir)):
            try:
                inner.resolve().relative_to(outer.resolve())
            except ValueError:
                continue
            raise OverwriteError(f"the output folder would replace the glossary store "
                                 f"{store_dir}", path=out_dir,
                                 hint="give -o a folder of its own, e.g. -o out")
    refuse_overwriting_inputs([], inputs, folders=[out_dir])
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError("the output exists and is not a folder", path=out_dir,
                         hint="give -o a folder name")
    refuse_unwritable(folders=[out_dir])
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / REPORT_NAME).is_file():
        raise OverwriteError(
            "the output folder holds files that no earlier 'termbase build' wrote; a build "
            "replaces its whole output folder", path=out_dir,
            hint="give -o a new or empty folder, or the folder of an earlier build")


def parallel_paths(folder: Path | None = None) -> list[tuple[Path, Path]]:
    """Line-aligned parallel text: every ``X.zh`` with its ``X.en`` in ``folder``
    (default: the bundled data/parallel/)."""
    folder = Path(folder) if folder is not None else default_data_dir() / "parallel"
    if not folder.is_dir():
        raise InputError("no such folder of parallel text", path=folder,
                         hint="give a folder holding X.zh and X.en files, line i of one "
                              "translating line i of the other")
    pairs = []
    for zh in sorted(folder.glob("*.zh")):
        en = zh.with_suffix(".en")
        if not en.is_file():
            raise InputError(f"{zh.name} has no English side {en.name}", path=folder,
                             hint="put X.zh and X.en side by side, or remove X.zh")
        pairs.append((zh, en))
    if not pairs:
        raise InputError("no parallel text (X.zh with X.en) found", path=folder,
                         hint="give a folder holding X.zh and X.en files")
    return pairs


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]+", "_", text).strip("_") or "document"


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What the main job found: the documents, the glossary's terms attested in them
    (with the variants in use and the titles no term covers), the recurring terms
    proposed as new concepts with their English or 'needs English', the drift of
    wordings across documents, and the run's provenance."""

    documents: tuple[Document, ...]
    collection: Collection
    signature: Signature
    name: str
    """Stem of the glossary outputs (the glossary's file name, or 'glossary')."""
    glossary_paths: tuple[Path, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    glossary: Glossary | None = None
    """The output glossary: curated concepts attested, then proposed ones."""
    proposals: tuple[Proposal, ...] = ()
    pairings: tuple[TermPairing, ...] = ()
    drift: tuple[DriftGroup, ...] = ()
    inputs: tuple[Path, ...] = ()
    """Every file the build read (documents, glossaries, parallel text): never replaced."""

    def dates(self) -> dict[str, str]:
        return {d.metadata.symbol or d.metadata.source_name: d.metadata.adoption_date or ""
                for d in self.documents}

    def report(self) -> dict[str, Any]:
        """The JSON report: signature, documents, term uses per document, unknown titles,
        proposed concepts with their English or the reason there is none, and drift."""
        c = self.collection
        return {
            "signature": self.signature.to_dict(),
            "documents": [{"symbol": d.metadata.symbol, "source": d.metadata.source_name,
                           "adoption_date": d.metadata.adoption_date,
                           "paragraphs": len(d.paragraphs), "footnotes": len(d.footnotes)}
                          for d in self.documents],
            "term_uses": [{"concept": u.concept_id, "term": u.term, "status": u.status.value,
                           "counts": dict(u.counts)} for u in c.uses],
            "unknown_titles": [{"title": t, "count": n} for t, n in c.unknown_titles],
            "proposed": [_proposal_json(p) for p in self.proposals],
            "drift": _drift_json(self.drift, self.dates()),
        }

    def review_rows(self) -> list[ReviewRow]:
        """The review sheet: one row per proposed concept, the form paired first."""
        return [_review_row(p) for p in self.proposals]

    def files(self) -> dict[Path, bytes]:
        """Every output, rendered in memory (relative path → bytes)."""
        from termbase import formats
        from termbase.documents import dumps_document
        from termbase.formats.review import write_review
        from termbase.mainjob import drift_workbook

        glossary = self.glossary if self.glossary is not None else self.collection.glossary
        rendered: dict[Path, bytes] = {
            Path(f"{self.name}.xlsx"): formats.get("xlsx").write(glossary, self.signature),
            Path(f"{self.name}.tbx"): formats.get("tbx").write(glossary, self.signature),
            Path(REVIEW_NAME): write_review(self.review_rows(), self.signature),
            Path(DRIFT_NAME): drift_workbook(self.drift, self.dates(), self.signature),
            Path(REPORT_NAME): (json.dumps(self.report(), ensure_ascii=False, indent=2)
                                + "\n").encode("utf-8"),
        }
        for d in self.documents:
            stem = _slug(d.metadata.symbol or Path(d.metadata.source_name).stem)
            path, n = Path("documents") / f"{stem}.jsonl", 1
            while path in rendered:  # two inputs of one symbol (a copy): keep both
                n += 1
                path = Path("documents") / f"{stem}-{n}.jsonl"
            rendered[path] = dumps_document(d).encode("utf-8")
        return rendered

    def write(self, out_dir: Path) -> list[Path]:
        """Replace ``out_dir`` with this build's outputs as a whole (a failure leaves the
        previous folder as it was; no file of an earlier build survives). Refused, before
        anything is written, for the glossary store, a folder holding one of the build's
        inputs, or a non-empty folder that no earlier build wrote."""
        from termbase.fileio import replace_folder

        check_output_folder(Path(out_dir), self.inputs)
        files = self.files()
        replace_folder(Path(out_dir), files)
        return [Path(out_dir) / p for p in files]

    def to_frame(self) -> pd.DataFrame:
        """Glossary terms found, per document; columns in
        :func:`termbase.frames.term_uses_frame`."""
        from termbase.frames import term_uses_frame

        return term_uses_frame(self.collection.uses)


REVIEW_NAME = "review.xlsx"
DRIFT_NAME = "drift.xlsx"


def _proposal_json(p: Proposal) -> dict[str, Any]:
    out: dict[str, Any] = {"concept": p.concept.id, "zh": p.candidate.term,
                           "variants": [{"term": v.term, "relation": v.relation}
                                        for v in p.candidate.variants],
                           "occurrences": p.candidate.freq}
    if p.english is not None:
        out["en"] = {"term": p.english.text, "paired_from": p.paired_form,
                     "confidence": round(p.english.score, 4), "support": p.english.support,
                     "examples": [e.to_dict() for e in p.english.examples[:3]]}
    else:
        out["needs_english"] = next(n for n in p.concept.notes if n.startswith("needs"))
    return out


def _drift_json(groups: Sequence[DriftGroup], dates: Mapping[str, str]) -> list[dict[str, Any]]:
    return [{"concept": g.concept_id, "en": g.english,
             "forms": [{"term": f.term, "relation": f.relation,
                        "documents": [{"symbol": s, "date": dates.get(s, ""), "count": n}
                                      for s, n in f.counts]}
                       for f in g.forms]}
            for g in groups]


def _review_row(p: Proposal) -> ReviewRow:
    from termbase.pair.render import review_rows

    if p.pairing is None:
        return ReviewRow(p.paired_form, "", None, None, 0, (), (), _needs(p))
    row = review_rows([p.pairing])[0]
    note = _needs(p) if p.needs_english else (
        "" if p.paired_form == p.candidate.term else f"form of {p.candidate.term}")
    return replace(row, note=note)


def _needs(p: Proposal) -> str:
    return next((n for n in p.concept.notes if n.startswith("needs")), "")


def build(paths: Sequence[Path], glossary: Glossary, *, glossary_paths: Sequence[Path] = (),
          glossary_hashes: Mapping[str, str] | None = None,
          encoding: str | None = None, parallel: Sequence[tuple[Path, Path]] = (),
          policy: PairingPolicy | None = None, progress: Progress | None = None,
          counting: Mapping[str, Any] | None = None) -> BuildResult:
    """The main job over ``paths`` (see the module docstring); ``parallel`` is the
    line-aligned (zh, en) text English equivalents are found in (none: no pairing);
    ``counting`` holds :func:`termbase.pair_terms`' engine options (engine, scheduler,
    scheduler_timeout, workers) for a large parallel corpus."""
    state = run_steps(BUILD_STEPS, {"paths": list(paths), "glossary": glossary,
                                    "encoding": encoding, "parallel": list(parallel),
                                    "policy": policy or PairingPolicy(),
                                    "counting": dict(counting or {})}, progress=progress)
    documents, collection = state["documents"], state["collection"]
    out: Glossary = state["glossary_out"]
    extraction: ExtractionResult = state["extraction"]
    settings = {"glossary": ",".join(p.name for p in glossary_paths), "lang": "zh",
                "matching": "aho-corasick longest-first", "segmenter": extraction.segmenter,
                "min_score": (policy or PairingPolicy()).min_score}
    inputs = {**dict(glossary_hashes or {}),
              **{d.metadata.source_name: d.metadata.source_sha256 for d in documents},
              **_parallel_hashes(parallel)}
    signature = Signature.for_glossary(out, settings=settings, inputs=inputs)
    name = glossary_paths[0].stem if len(glossary_paths) == 1 else "glossary"
    corpus = state["corpus"]
    diagnostics = (*state["diagnostics"], *extraction.diagnostics,
                   *(corpus.diagnostics if corpus is not None else ()),
                   *state["pair_diagnostics"])
    read = (*paths, *glossary_paths, *(p for pair in parallel for p in pair))
    return BuildResult(tuple(documents), collection, signature, name, tuple(glossary_paths),
                       tuple(diagnostics), out, tuple(state["proposals"]),
                       tuple(state["pairings"]), tuple(state["drift"]), tuple(read))


def _parallel_hashes(parallel: Sequence[tuple[Path, Path]]) -> dict[str, str]:
    from termbase.fileio import file_sha256

    return {p.name: file_sha256(p) for pair in parallel for p in pair}
