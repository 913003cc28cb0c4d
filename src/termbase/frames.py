"""pandas DataFrames of termbase's tables: the one module that imports pandas.

Every result that is a table has a ``.to_frame()`` method that calls a function here,
so pandas is imported only when a frame is asked for (importing termbase stays fast).
The columns of each frame are documented with its function and in the README; cells
are plain Python values (str, int, float, None), one row per item in the result's
order, and every frame has a default RangeIndex.

* :func:`glossary_frame` — one row per term, the LONG layout of CSV/Excel exports
  (lossless: :func:`glossary_from_frame` reads it back, and reads WIDE tables as people
  make them, like ``termbase import``).
* :func:`candidates_frame` — ranked extraction candidates.
* :func:`pairings_frame` — one row per (term, candidate), abstentions with no candidate.
* :func:`beads_frame` — alignment beads with their sentence ids, texts and scores.
* :func:`findings_frame` — consistency-check findings.
* :func:`hits_frame` — lookup hits.
* :func:`term_uses_frame` — glossary terms found in documents, per document.
* :func:`stored_glossaries_frame` — the glossary files of the store's search path.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from termbase.align.model import Alignment
    from termbase.build import TermUse
    from termbase.check.findings import Finding
    from termbase.extract import Candidate
    from termbase.formats.base import ReadPolicy
    from termbase.lookup import Hit
    from termbase.model import Glossary
    from termbase.pair.results import TermPairing
    from termbase.store import StoredGlossary


def _frame(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(list(rows), columns=list(columns))


def glossary_frame(glossary: Glossary) -> pd.DataFrame:
    """One row per term in the LONG layout: ``concept id``, ``subject field``, concept
    definitions/notes/sources/cross references/…, ``lang``, language-level fields,
    ``term``, ``status``, ``term type``, ``part of speech``, …, ``contexts``,
    ``sources``, ``notes``, …, and the glossary's ``glossary title`` /
    ``glossary description`` / ``source language`` on the first row. Multi-valued cells
    hold one value per line, as in the CSV export."""
    import pandas as pd

    from termbase.formats.tabular.write import to_rows

    header, *rows = to_rows(glossary)
    return pd.DataFrame(rows, columns=header)


def glossary_from_frame(frame: pd.DataFrame, *, source: str = "<DataFrame>",
                        policy: ReadPolicy | None = None) -> Glossary:
    """The glossary in ``frame``: the LONG layout of :func:`glossary_frame`, or a WIDE
    table as people make them (columns such as 中文 / English / 定义 / 备注 / 出处).

    Raises FormatError, naming the row, for a table it cannot interpret (with
    ``policy=ReadPolicy.SKIP`` such rows are left out instead).
    """
    from termbase.formats.base import ReadPolicy
    from termbase.formats.tabular.read import from_rows

    def cell(value: object) -> str:
        # NaN (a missing cell) is the only value not equal to itself.
        return "" if value is None or value != value else str(value)

    rows = [[str(c) for c in frame.columns]]
    rows += [[cell(v) for v in record] for record in frame.itertuples(index=False)]
    return from_rows(rows, source, policy or ReadPolicy.STRICT).glossary


CANDIDATE_COLUMNS = ("rank", "term", "score", "freq", "doc_freq", "sources", "status",
                     "variants", "glossary", "contexts")


def candidates_frame(candidates: Sequence[Candidate]) -> pd.DataFrame:
    """``rank`` (1-based), ``term``, ``score``, ``freq`` (occurrences), ``doc_freq``
    (documents), ``sources`` (how it was found, '; '-joined), ``status`` ('new' or
    'in glossary'), ``variants`` ('term (relation)', '; '-joined), ``glossary`` (the
    matching glossary concepts), ``contexts`` (up to three 'sentence (document,
    location)', newline-joined)."""
    return _frame(({
        "rank": rank, "term": c.term, "score": c.score, "freq": c.freq,
        "doc_freq": c.doc_freq, "sources": "; ".join(c.sources),
        "status": "new" if c.is_new else "in glossary",
        "variants": "; ".join(f"{v.term} ({v.relation})" for v in c.variants),
        "glossary": "; ".join(f"{g.status} term of {g.concept_id}" for g in c.glossary),
        "contexts": "\n".join(f"{x.text} ({x.document}, {x.location})"
                              for x in c.contexts[:3]),
    } for rank, c in enumerate(candidates, 1)), CANDIDATE_COLUMNS)


PAIRING_COLUMNS = ("term", "lang", "occurrences", "rank", "equivalent", "score", "support",
                   "cooccurrence", "frequency", "dice", "llr", "dictionary", "method",
                   "abstained_reason", "example")


def pairings_frame(pairings: Sequence[TermPairing]) -> pd.DataFrame:
    """One row per (term, candidate): ``term``, ``lang`` (of the term), ``occurrences``
    (segment pairs with the term), ``rank`` (1 = best), ``equivalent``, ``score``,
    ``support``, ``cooccurrence``, ``frequency``, ``dice``, ``llr``, ``dictionary``
    (CC-CEDICT evidence or None), ``method`` ('association' or 'dictionary'),
    ``example`` (the first supporting segment pair); a term with no answer has one row
    with rank None and its ``abstained_reason``."""
    rows: list[dict[str, Any]] = []
    for p in pairings:
        base = {"term": p.term, "lang": p.direction, "occurrences": p.occurrences,
                "abstained_reason": p.abstained_reason or None}
        if not p.candidates:
            rows.append(base)
        for rank, c in enumerate(p.candidates, 1):
            example = c.examples[0].to_dict() if c.examples else None
            rows.append({**base, "rank": rank, "equivalent": c.text, "score": c.score,
                         "support": c.support, "cooccurrence": c.cooccurrence,
                         "frequency": c.frequency, "dice": c.dice, "llr": c.llr,
                         "dictionary": c.dictionary, "method": c.method,
                         "example": None if example is None else str(example)})
    return _frame(rows, PAIRING_COLUMNS)


BEAD_COLUMNS = ("bead", "type", "source_ids", "target_ids", "source_text", "target_text",
                "score")


def beads_frame(alignment: Alignment) -> pd.DataFrame:
    """One row per bead in document order: ``bead`` (0-based), ``type`` ('1-1', '2-1',
    '0-1' …), ``source_ids`` / ``target_ids`` (tuples of 0-based segment ids),
    ``source_text`` / ``target_text`` (the segments joined by a space), ``score``."""
    src, tgt = alignment.source, alignment.target
    return _frame(({
        "bead": i, "type": f"{len(b.src)}-{len(b.tgt)}", "source_ids": tuple(b.src),
        "target_ids": tuple(b.tgt), "source_text": " ".join(src[k].text for k in b.src),
        "target_text": " ".join(tgt[k].text for k in b.tgt), "score": b.score,
    } for i, b in enumerate(alignment.beads)), BEAD_COLUMNS)


FINDING_COLUMNS = ("kind", "severity", "file", "line", "lang", "term", "found", "expected",
                   "message", "fix", "concept_id", "segment", "other_line",
                   "other_segment")


def findings_frame(findings: Sequence[Finding]) -> pd.DataFrame:
    """One row per finding, most severe first: ``kind`` (deprecated, missing_target,
    …), ``severity``, ``file``, ``line`` (1-based), ``lang``, ``term`` (the glossary
    term), ``found`` (as written in the draft), ``expected`` ('; '-joined approved
    terms), ``message``, ``fix``, ``concept_id``, ``segment``, and for bilingual drafts
    ``other_line`` / ``other_segment`` (the aligned segment)."""
    return _frame(({
        "kind": f.kind.value, "severity": f.severity.value, "file": f.file, "line": f.line,
        "lang": f.lang, "term": f.term, "found": f.found, "expected": "; ".join(f.expected),
        "message": f.message, "fix": f.fix, "concept_id": f.concept_id,
        "segment": f.segment, "other_line": f.other_line,
        "other_segment": f.other_segment,
    } for f in findings), FINDING_COLUMNS)


HIT_COLUMNS = ("rank", "concept_id", "match", "lang", "term", "score", "terms")


def hits_frame(hits: Sequence[Hit]) -> pd.DataFrame:
    """One row per concept found: ``rank``, ``concept_id``, ``match`` (exact, prefix,
    substring, fuzzy), ``lang`` and ``term`` (the term that matched), ``score``
    (1.0 = the whole term), ``terms`` (all the concept's terms, 'lang: term [status]',
    newline-joined)."""
    return _frame(({
        "rank": rank, "concept_id": h.concept.id, "match": h.match.kind.value,
        "lang": h.match.lang, "term": h.match.term.text, "score": h.match.score,
        "terms": "\n".join(f"{lang}: {t.text} [{t.status.value}]"
                           for lang, t in h.concept.terms()),
    } for rank, h in enumerate(hits, 1)), HIT_COLUMNS)


TERM_USE_COLUMNS = ("concept_id", "term", "status", "document", "occurrences")


def term_uses_frame(uses: Sequence[TermUse]) -> pd.DataFrame:
    """One row per (glossary term, document): ``concept_id``, ``term``, ``status``,
    ``document`` (symbol), ``occurrences``."""
    return _frame(({"concept_id": u.concept_id, "term": u.term, "status": u.status.value,
                    "document": symbol, "occurrences": n}
                   for u in uses for symbol, n in u.counts), TERM_USE_COLUMNS)


def stored_glossaries_frame(glossaries: Sequence[StoredGlossary]) -> pd.DataFrame:
    """One row per glossary file in the store: ``name``, ``origin`` (env, project, user,
    shipped), ``path``, ``used`` (False when a file of the same name earlier in the
    search path hides it) and ``hidden by``."""
    return _frame((g.to_dict() for g in glossaries),
                  ["name", "origin", "path", "used", "hidden by"])
