"""Pipeline steps with a contract (after spaCy): each step names what it needs and what
it produces, and a failure inside a step is re-raised with the step's name attached.

The main job (``termbase build``) is the pipeline ingest → passages → collect; the
command then renders every output in memory and writes them, so a failure anywhere
leaves no half-written output folder.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from termbase.build import Passage, collect_terms
from termbase.diagnostics import Diagnostic
from termbase.documents import Document, ParagraphKind, ingest_file
from termbase.errors import StepError, TermbaseError, UsageError
from termbase.model import Glossary

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


def paragraph_label(kind: ParagraphKind, number: int | None, ordinal: int) -> str:
    """How a paragraph is cited: 'operative para. 13', 'preamble, para. 4'."""
    if kind is ParagraphKind.OPERATIVE and number is not None:
        return f"operative para. {number}"
    if kind is ParagraphKind.PREAMBULAR:
        return f"preamble, para. {ordinal}"
    return kind.value


def document_passages(document: Document) -> list[Passage]:
    """One passage per sentence, cited by document symbol and paragraph."""
    symbol = document.metadata.symbol or document.metadata.source_name
    passages = []
    ordinal: dict[ParagraphKind, int] = {}
    for paragraph in document.paragraphs:
        ordinal[paragraph.kind] = ordinal.get(paragraph.kind, 0) + 1
        label = paragraph_label(paragraph.kind, paragraph.number, ordinal[paragraph.kind])
        for sentence in paragraph.sentences:
            passages.append(Passage(symbol, label, sentence.text, document.metadata.language))
    # Footnotes are text of the document too: titles of reports are often cited only there.
    for footnote in document.footnotes:
        passages.append(Passage(symbol, f"footnote {footnote.number}", footnote.text,
                                document.metadata.language))
    return passages


def _passages(documents: Sequence[Document]) -> Mapping[str, Any]:
    return {"passages": tuple(p for d in documents for p in document_passages(d))}


def _collect(glossary: Glossary, passages: Sequence[Passage]) -> Mapping[str, Any]:
    return {"collection": collect_terms(glossary, passages, "zh")}


BUILD_STEPS: tuple[Step, ...] = (
    Step("ingest", ("paths", "encoding"), ("documents", "diagnostics"), _ingest),
    Step("passages", ("documents",), ("passages",), _passages),
    Step("collect", ("glossary", "passages"), ("collection",), _collect),
)
