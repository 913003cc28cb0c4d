"""OmegaT glossaries out (and back in): one tab-separated line per source term and
target term — ``source<TAB>target<TAB>comment`` — UTF-8, as OmegaT reads ``.utf8``
glossary files (``.txt`` too in recent versions).

A CAT glossary answers one question, "what do I write for this?", so the file keeps what
a translator needs and no more: every source-language term, deprecated ones included
(the translator meets them in source texts), each paired with every approved
target-language term, preferred first; never a deprecated or superseded target. The
comment says when the source term is not the preferred one and which term to use, and
names the concept. Concepts without an approved target term are left out.
Definitions, contexts, notes and the other languages are not kept (``lossless`` is
False: an export warns about them, TB237).

Lines starting with ``#`` are comments to OmegaT: the file's first lines give the
direction and the signature, which the reader uses to restore languages and concepts.
Reading also accepts OmegaT glossaries made elsewhere (languages then guessed from the
script of each column, each line its own concept unless the comment names one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from termbase.diagnostics import Diagnostic, warning
from termbase.errors import FormatError
from termbase.formats.base import (
    ZH_EN,
    Direction,
    GlossaryFormat,
    ReadPolicy,
    ReadResult,
)
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus, make_concept_id
from termbase.signature import Signature
from termbase.text.decode import file_lines
from termbase.text.language import term_language

HEADER = "# termbase glossary for OmegaT"
_DIRECTION = re.compile(r"^#\s*direction:\s*(\S+)\s*$")
_CONCEPT = re.compile(r"(?:^|; )concept (\S+)$")
_STATUS = re.compile(r"^(admitted|deprecated|superseded)\b")
SKIPPED_LINE = "TB250"


def _cell(text: str) -> str:
    """One line, no tabs: the format has no escaping."""
    return " ".join(text.split())


def _comment(term: Term, use: Term | None, concept_id: str) -> str:
    parts = []
    if term.status is not TermStatus.PREFERRED:
        label = term.status.value
        if not term.status.approved and use is not None:
            label += f", use {_cell(use.text)}"
        parts.append(label)
    parts.append(f"concept {concept_id}")
    return "; ".join(parts)


def _lines(concept: Concept, direction: Direction) -> Iterator[str]:
    targets = sorted((t for _, t in concept.terms(direction.target) if t.status.approved),
                     key=lambda t: t.status.rank)
    if not targets:
        return
    use = concept.preferred(direction.source)
    use = use if use is not None and use.status.approved else None
    seen: set[str] = set()
    for _, term in concept.terms(direction.source):
        source = _cell(term.text)
        # OmegaT reads a line starting with '#' as a comment: such a term cannot be kept.
        if source in seen or not source or source.startswith("#"):
            continue
        seen.add(source)
        comment = _comment(term, use, concept.id)
        for target in dict.fromkeys(_cell(t.text) for t in targets):
            yield f"{source}\t{target}\t{comment}"


def write_directed(glossary: Glossary, signature: Signature | None,
                   direction: Direction = ZH_EN) -> bytes:
    """The glossary as an OmegaT glossary from ``direction.source`` into ``.target``."""
    head = [HEADER, f"# direction: {direction}", "# columns: source, target, comment"]
    if signature is not None:
        head.append(f"# {_cell(signature.compact())}")
    body = [line for concept in glossary.concepts for line in _lines(concept, direction)]
    return ("\n".join([*head, *body]) + "\n").encode("utf-8")


def write(glossary: Glossary, signature: Signature | None) -> bytes:
    """An OmegaT glossary, Chinese to English."""
    return write_directed(glossary, signature)


# --- reading ---------------------------------------------------------------------------------

@dataclass
class _Entry:
    sources: dict[str, TermStatus] = field(default_factory=dict)
    targets: list[str] = field(default_factory=list)


def _decode(data: bytes, source_name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(f"not UTF-8 (byte {exc.start})", path=source_name,
                          hint="save the glossary as UTF-8 (OmegaT's .utf8 files are)") from None
    if "\x00" in text:
        raise FormatError("binary data, not an OmegaT glossary", path=source_name,
                          hint="give a tab-separated text file: source, target, comment")
    return text


def _direction(lines: list[str], rows: list[list[str]]) -> Direction:
    for line in lines:
        found = _DIRECTION.match(line)
        if found:
            return Direction.parse(found.group(1))
    # A glossary made elsewhere: the script of most source terms decides.
    zh = sum(term_language(row[0]) == "zh" for row in rows)
    return ZH_EN if zh * 2 >= len(rows) else Direction("en", "zh")


def _rows(text: str, source_name: str, policy: ReadPolicy,
          said: list[Diagnostic]) -> list[tuple[int, list[str]]]:
    rows = []
    for number, line in enumerate(file_lines(text), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2 or not cells[0] or not cells[1]:
            problem = "has no tab-separated target term"
            if policy is ReadPolicy.STRICT:
                raise FormatError(f"line {problem}", path=source_name, line=number,
                                  hint="each line is source<TAB>target[<TAB>comment]; "
                                       "pass --on-bad-entry skip to leave such lines out")
            said.append(warning(SKIPPED_LINE, f"line {problem}; left out", path=source_name,
                                line=number))
            continue
        rows.append((number, cells))
    return rows


def read(data: bytes, source_name: str, policy: ReadPolicy) -> ReadResult:
    text = _decode(data, source_name)
    lines = file_lines(text)
    said: list[Diagnostic] = []
    rows = _rows(text, source_name, policy, said)
    if not rows and not _sniff(data):  # termbase's own file may have nothing to keep
        raise FormatError("no glossary lines (source<TAB>target<TAB>comment)",
                          path=source_name, hint="give an OmegaT glossary file")
    direction = _direction(lines, [cells for _, cells in rows])
    entries: dict[str, _Entry] = {}
    for _, cells in rows:
        source, target = cells[0], cells[1]
        comment = cells[2] if len(cells) > 2 else ""
        named = _CONCEPT.search(comment)
        concept_id = named.group(1) if named else make_concept_id(direction.source, source)
        status = _STATUS.match(comment)
        entry = entries.setdefault(concept_id, _Entry())
        entry.sources.setdefault(source, TermStatus(status.group(1)) if status
                                 else TermStatus.PREFERRED)
        if target not in entry.targets:
            entry.targets.append(target)
    concepts = [_concept(cid, e, direction) for cid, e in entries.items()]
    return ReadResult(Glossary(tuple(concepts), source_lang=direction.source), tuple(said))


def _concept(concept_id: str, entry: _Entry, direction: Direction) -> Concept:
    sources = tuple(Term(text, status) for text, status in entry.sources.items())
    # Targets come preferred first: the first is the preferred term, the rest admitted.
    targets = tuple(Term(text, TermStatus.PREFERRED if i == 0 else TermStatus.ADMITTED)
                    for i, text in enumerate(entry.targets))
    return Concept(concept_id, (LangSec(direction.source, sources),
                                LangSec(direction.target, targets)))


def _sniff(data: bytes) -> bool:
    head = data[:200].lstrip(b"\xef\xbb\xbf")
    return head.startswith(HEADER.encode())


FORMAT = GlossaryFormat(
    name="omegat",
    suffixes=(".utf8",),
    description="OmegaT glossary (tab-separated source, target, comment); approved "
                "targets only, deprecated sources with a comment",
    read=read,
    write=write,
    sniff=_sniff,
    plain_text=True,
    lossless=False,
    write_directed=write_directed,
)
