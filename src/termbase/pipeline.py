"""Pipeline steps with a contract (after spaCy): each step names what it needs and what
it produces, and a failure inside a step is re-raised with the step's name attached.

The main job (``termbase build``) is the pipeline ingest → passages → collect; the
command then renders every output in memory and writes them, so a failure anywhere
leaves no half-written output folder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from termbase.build import Collection, Passage, collect_terms, document_passages
from termbase.diagnostics import Diagnostic
from termbase.documents import Document, ingest_file
from termbase.errors import InputError, OverwriteError, StepError, TermbaseError, UsageError
from termbase.model import Glossary
from termbase.signature import Signature

if TYPE_CHECKING:
    import pandas as pd

State = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    needs: tuple[str, ...]
    produces: tuple[str, ...]
    run: Callable[..., Mapping[str, Any]]
    """Called with the needed values as keyword arguments; returns the produced ones."""


def run_steps(steps: Sequence[Step], state: Mapping[str, Any]) -> State:
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


BUILD_STEPS: tuple[Step, ...] = (
    Step("ingest", ("paths", "encoding"), ("documents", "diagnostics"), _ingest),
    Step("passages", ("documents",), ("passages",), _passages),
    Step("collect", ("glossary", "passages"), ("collection",), _collect),
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
    from termbase.fileio import refuse_overwriting_inputs
    from termbase.store import shipped_dir

    store_dir = shipped_dir()
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
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / REPORT_NAME).is_file():
        raise OverwriteError(
            "the output folder holds files that no earlier 'termbase build' wrote; a build "
            "replaces its whole output folder", path=out_dir,
            hint="give -o a new or empty folder, or the folder of an earlier build")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]+", "_", text).strip("_") or "document"


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What the main job found: the documents, the glossary's terms attested in them
    (with the variants in use and the titles no term covers), and the run's provenance."""

    documents: tuple[Document, ...]
    collection: Collection
    signature: Signature
    name: str
    """Stem of the glossary outputs (the glossary's file name, or 'glossary')."""
    glossary_paths: tuple[Path, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def report(self) -> dict[str, Any]:
        """The JSON report: signature, documents, term uses per document, unknown titles."""
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
        }

    def files(self) -> dict[Path, bytes]:
        """Every output, rendered in memory (relative path → bytes)."""
        from termbase import formats
        from termbase.documents import dumps_document

        glossary = self.collection.glossary
        rendered: dict[Path, bytes] = {
            Path(f"{self.name}.xlsx"): formats.get("xlsx").write(glossary, self.signature),
            Path(f"{self.name}.tbx"): formats.get("tbx").write(glossary, self.signature),
            Path(REPORT_NAME): (json.dumps(self.report(), ensure_ascii=False, indent=2)
                                + "\n").encode("utf-8"),
        }
        for d in self.documents:
            stem = _slug(d.metadata.symbol or Path(d.metadata.source_name).stem)
            rendered[Path("documents") / f"{stem}.jsonl"] = dumps_document(d).encode("utf-8")
        return rendered

    def write(self, out_dir: Path) -> list[Path]:
        """Replace ``out_dir`` with this build's outputs as a whole (a failure leaves the
        previous folder as it was; no file of an earlier build survives)."""
        from termbase.fileio import replace_folder

        files = self.files()
        replace_folder(Path(out_dir), files)
        return [Path(out_dir) / p for p in files]

    def to_frame(self) -> pd.DataFrame:
        """Glossary terms found, per document; columns in
        :func:`termbase.frames.term_uses_frame`."""
        from termbase.frames import term_uses_frame

        return term_uses_frame(self.collection.uses)


def build(paths: Sequence[Path], glossary: Glossary, *, glossary_paths: Sequence[Path] = (),
          glossary_hashes: Mapping[str, str] | None = None,
          encoding: str | None = None) -> BuildResult:
    """Ingest ``paths`` and attest ``glossary``'s terms in them (see :mod:`termbase.build`)."""
    state = run_steps(BUILD_STEPS, {"paths": list(paths), "glossary": glossary,
                                    "encoding": encoding})
    documents, collection = state["documents"], state["collection"]
    settings = {"glossary": ",".join(p.name for p in glossary_paths), "lang": "zh",
                "matching": "aho-corasick longest-first"}
    inputs = {**dict(glossary_hashes or {}),
              **{d.metadata.source_name: d.metadata.source_sha256 for d in documents}}
    signature = Signature.for_glossary(collection.glossary, settings=settings, inputs=inputs)
    name = glossary_paths[0].stem if len(glossary_paths) == 1 else "glossary"
    return BuildResult(tuple(documents), collection, signature, name, tuple(glossary_paths),
                       tuple(state["diagnostics"]))
