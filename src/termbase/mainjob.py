"""The main job's later steps: recurring terms, their English, the glossary, the drift.

After ingest and the glossary scan (:mod:`termbase.build`), the documents' recurring
terms are extracted with their variants (:mod:`termbase.extract`); every form without a
confirmed English term is paired against the parallel text in one pass
(:mod:`termbase.pair`); the result is one glossary — the curated concepts found in the
documents as they are, and a *proposed* concept for each new candidate — and a drift
table saying which variant each document uses, with its date.

*Proposed* has no home in TBX-Basic's ``administrativeStatus`` picklist (preferred,
admitted, deprecated, superseded: each a decision someone took). A proposed concept is
therefore marked where TBX-Basic has room for it and every export shows it: a concept
note starting with :data:`PROPOSED_NOTE`, and an origination transaction whose
responsibility is ``termbase build``. Its terms carry ``admitted`` (the weakest claim
the picklist offers) so that no machine proposal claims to be preferred; the note is
what a reviewer filters on. An English equivalent carries its evidence as TBX-Basic
allows: a term note with confidence and support, up to three example sentence pairs as
contexts (cited by corpus file and line), the corpus files as sources. A form the
parallel text could not pair is marked with a concept note starting with
:data:`NEEDS_ENGLISH` and the pairer's reason.

No I/O here: the pipeline in :mod:`termbase.pipeline` reads and writes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from termbase.build import Passage, collect_terms
from termbase.extract.model import Candidate as ExtractCandidate
from termbase.model import (
    Concept,
    Context,
    Glossary,
    LangSec,
    Term,
    TermStatus,
    TermType,
    Transaction,
    TransactionType,
    make_concept_id,
)
from termbase.pair.results import Candidate as PairCandidate
from termbase.pair.results import TermPairing
from termbase.signature import Signature
from termbase.text.titles import strip_title_marks

PROPOSED_NOTE = "proposed by termbase build"
NEEDS_ENGLISH = "needs English"
RESPONSIBILITY = "termbase build"
EXAMPLES = 3


@dataclass(frozen=True, slots=True)
class PairingPolicy:
    """When a paired English candidate is proposed rather than left to the reviewer."""

    min_score: float = 0.4
    """Below this the best candidate is shown in the review sheet but not proposed
    (chosen on the seed documents; see 'Main job' in benchmarks/README.md)."""

    def accepts(self, candidate: PairCandidate | None) -> bool:
        return candidate is not None and candidate.score >= self.min_score


# --- Which forms need English ---------------------------------------------------------------


def _has_english(glossary: Glossary, concept_id: str) -> bool:
    concept = glossary.get(concept_id)
    return concept is not None and any(True for _ in concept.terms("en"))


def forms_to_pair(candidates: Sequence[ExtractCandidate], glossary: Glossary) -> list[str]:
    """Every candidate form (main term and variants) whose concept has no English in
    the glossary, and every zh term of a glossary concept without English; each once."""
    forms: dict[str, None] = {}
    for candidate in candidates:
        known = [m.concept_id for m in candidate.glossary] + [
            m.concept_id for v in candidate.variants for m in v.glossary]
        if known and all(_has_english(glossary, cid) for cid in known):
            continue
        for form in candidate.forms():
            forms.setdefault(strip_title_marks(form), None)
    for concept in glossary.concepts:
        if not _has_english(glossary, concept.id):
            for _, term in concept.terms("zh"):
                forms.setdefault(strip_title_marks(term.text), None)
    return [f for f in forms if f]


# --- Proposals ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Proposal:
    """A new concept: the extracted candidate and the English chosen for it, if any."""

    candidate: ExtractCandidate
    concept: Concept
    english: PairCandidate | None
    paired_form: str
    """The zh form whose pairing gave the English (the main term or a variant)."""
    pairing: TermPairing | None
    """That form's pairing (the main term's when nothing was accepted)."""

    @property
    def needs_english(self) -> bool:
        return self.english is None


def _choose(candidate: ExtractCandidate, pairings: Mapping[str, TermPairing],
            policy: PairingPolicy) -> tuple[PairCandidate | None, str, TermPairing | None]:
    """The main term's English when accepted, else the accepted variant with the most
    support; with the pairing it came from."""
    main = pairings.get(strip_title_marks(candidate.term))
    if main is not None and policy.accepts(main.best):
        return main.best, candidate.term, main
    accepted = [(p.best, v.term, p) for v in candidate.variants
                if (p := pairings.get(strip_title_marks(v.term))) is not None
                and policy.accepts(p.best)]
    if accepted:
        best = max(accepted, key=lambda a: a[0].support if a[0] else 0)
        return best
    return None, candidate.term, main


def _english_term(english: PairCandidate, pairing: TermPairing, short: bool) -> Term:
    contexts = tuple(Context(e.en, f"{e.document}, line {e.en_line or e.line}")
                     for e in english.examples[:EXAMPLES])
    sources = tuple(dict.fromkeys(e.document for e in english.examples[:EXAMPLES]))
    how = (", read word by word with the dictionary (too rare to pair by counts)"
           if english.method == "dictionary" else "")
    note = (f"{PROPOSED_NOTE}: confidence {english.score:.2f}, support {english.support} "
            f"of {pairing.occurrences} sentence pairs of the parallel text, "
            f"paired from {pairing.term}{how}")
    return Term(english.text, TermStatus.ADMITTED,
                term_type=TermType.SHORT_FORM if short else None,
                contexts=contexts, sources=sources, notes=(note,))


_TERM_TYPES = {"short form": TermType.SHORT_FORM, "contraction": TermType.SHORT_FORM}


def _zh_terms(candidate: ExtractCandidate) -> tuple[Term, ...]:
    contexts = tuple(Context(c.text, f"{c.document}, {c.location}")
                     for c in candidate.contexts[:EXAMPLES])
    sources = tuple(dict.fromkeys(c.document for c in candidate.contexts))
    main = Term(candidate.term, TermStatus.ADMITTED, contexts=contexts, sources=sources)
    variants = tuple(Term(v.term, TermStatus.ADMITTED, term_type=_TERM_TYPES.get(v.relation),
                          notes=(f"{v.relation} of {candidate.term}",))
                     for v in candidate.variants)
    return (main, *variants)


def propose(candidate: ExtractCandidate, pairings: Mapping[str, TermPairing],
            policy: PairingPolicy) -> Proposal:
    """The proposed concept for a new candidate, with its English or 'needs English'."""
    english, form, pairing = _choose(candidate, pairings, policy)
    secs = [LangSec("zh", _zh_terms(candidate))]
    notes = [f"{PROPOSED_NOTE}: recurring term ({candidate.freq} occurrences in "
             f"{candidate.doc_freq} documents), not reviewed"]
    if english is not None and pairing is not None:
        short = any(v.term == form and v.relation in _TERM_TYPES for v in candidate.variants)
        secs.append(LangSec("en", (_english_term(english, pairing, short),)))
    else:
        notes.append(f"{NEEDS_ENGLISH}: {_reason(pairing, policy)}")
    concept = Concept(make_concept_id("zh", candidate.term), tuple(secs), notes=tuple(notes),
                      transactions=(Transaction(TransactionType.ORIGINATION,
                                                responsibility=RESPONSIBILITY),))
    return Proposal(candidate, concept, english, form, pairing)


def _reason(pairing: TermPairing | None, policy: PairingPolicy) -> str:
    if pairing is None:
        return "not paired"
    best = pairing.best
    if best is None:
        return pairing.abstained_reason or "no candidate"
    return (f"the best candidate, '{best.text}', scored {best.score:.2f} "
            f"(proposed from {policy.min_score:.2f})")


def proposals(candidates: Sequence[ExtractCandidate], pairings: Sequence[TermPairing],
              policy: PairingPolicy) -> tuple[Proposal, ...]:
    """A proposal for every candidate the glossary does not know."""
    by_form = {p.term: p for p in pairings}
    return tuple(propose(c, by_form, policy) for c in candidates if c.is_new)


def merge(curated: Glossary, found: Sequence[Proposal]) -> Glossary:
    """The curated concepts as they are, then the proposed ones (ids kept unique)."""
    taken = {c.id for c in curated.concepts}
    extra = []
    for proposal in found:
        if proposal.concept.id not in taken:
            taken.add(proposal.concept.id)
            extra.append(proposal.concept)
    return curated.with_concepts([*curated.concepts, *extra])


# --- Drift -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DriftForm:
    term: str
    relation: str
    """'preferred', 'superseded' … for curated terms; the extractor's relation
    ('short form', 'one-word variant' …), 'main term' or 'same English' for found ones."""
    counts: tuple[tuple[str, int], ...]
    """(document symbol, occurrences) in document order."""


@dataclass(frozen=True, slots=True)
class DriftGroup:
    """Forms of one concept and the documents using each."""

    concept_id: str
    english: str
    forms: tuple[DriftForm, ...]


@dataclass(frozen=True, slots=True)
class _Group:
    concept_id: str
    english: str
    forms: tuple[tuple[str, str], ...]


def _groups(curated: Glossary, found: Sequence[Proposal]) -> list[_Group]:
    groups: list[_Group] = []
    for concept in curated.concepts:
        en = concept.preferred("en")
        groups.append(_Group(concept.id, en.text if en else "",
                             tuple((t.text, t.status.value) for _, t in concept.terms("zh"))))
    for p in found:
        c = p.candidate
        groups.append(_Group(p.concept.id, p.english.text if p.english else "",
                             ((c.term, "main term"), *((v.term, v.relation)
                                                       for v in c.variants))))
    return _join_same_english(groups)


def _join_same_english(groups: list[_Group]) -> list[_Group]:
    """Groups whose English is the same are one concept written differently: their
    forms go to the first such group."""
    first: dict[str, int] = {}
    out: list[_Group] = []
    for group in groups:
        key = group.english.casefold()
        if key and key in first:
            head = out[first[key]]
            extra = tuple((t, "same English") for t, _ in group.forms)
            out[first[key]] = replace(head, forms=(*head.forms, *extra))
            continue
        if key:
            first[key] = len(out)
        out.append(group)
    return out


def drift(curated: Glossary, found: Sequence[Proposal],
          passages: Sequence[Passage]) -> tuple[DriftGroup, ...]:
    """For every concept with two or more forms in use, the documents using each form.
    Each concept is counted on its own, longest form first: a short form inside the
    concept's full title is not a use of the short form, but a form inside another
    concept's term is (非法中介活动 in 小武器和轻武器非法中介活动)."""
    out = []
    for group in _groups(curated, found):
        terms = tuple(dict.fromkeys(strip_title_marks(t) for t, _ in group.forms))
        if len(terms) < 2:
            continue
        single = Glossary((Concept("c", (LangSec("zh", tuple(Term(t) for t in terms)),)),))
        counts = {u.term: u.counts for u in collect_terms(single, passages, "zh").uses}
        forms, shown = [], set()
        for text, relation in group.forms:
            key = strip_title_marks(text)
            if key in counts and key not in shown:
                shown.add(key)
                forms.append(DriftForm(text, relation, counts[key]))
        if len(forms) >= 2:
            out.append(DriftGroup(group.concept_id, group.english, tuple(forms)))
    return tuple(out)


DRIFT_SHEET = "Drift"


def drift_rows(groups: Sequence[DriftGroup], dates: Mapping[str, str]) -> list[list[object]]:
    """One row per (concept, form, document): the drift table of the report and sheet."""
    rows: list[list[object]] = [["concept", "en", "zh form", "relation", "document", "date",
                                 "occurrences"]]
    for group in groups:
        for form in group.forms:
            for symbol, count in form.counts:
                rows.append([group.concept_id, group.english, form.term, form.relation,
                             symbol, dates.get(symbol, ""), count])
    return rows


def drift_workbook(groups: Sequence[DriftGroup], dates: Mapping[str, str],
                   signature: Signature) -> bytes:
    """The drift table as a workbook (a Drift sheet and a Signature sheet)."""
    from openpyxl import Workbook

    from termbase.formats.workbook import (
        add_signature_sheet,
        fonts,
        header_fill,
        put,
        workbook_bytes,
    )

    wb = Workbook()
    ws = wb.active
    ws.title = DRIFT_SHEET
    font, bold = fonts()
    for r, row in enumerate(drift_rows(groups, dates), start=1):
        for c, value in enumerate(row, start=1):
            cell = put(ws, r, c, value, hint="clean the documents' text")
            cell.font = bold if r == 1 else font
            if r == 1:
                cell.fill = header_fill()
    for letter, width in zip("ABCDEFG", (14, 30, 40, 20, 14, 12, 12), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    add_signature_sheet(wb, [("kind", "termbase build drift table"), *signature.items()])
    return workbook_bytes(wb)


__all__ = ["DRIFT_SHEET", "NEEDS_ENGLISH", "PROPOSED_NOTE", "DriftForm", "DriftGroup",
           "PairingPolicy", "Proposal", "drift", "drift_rows", "drift_workbook",
           "forms_to_pair", "merge", "proposals"]
