"""``learned_inconsistent``: a recurring term the glossary lacks, rendered two ways."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from termbase.check.findings import DEFAULT_SEVERITY, Finding, FindingKind
from termbase.check.learned.candidates import MIN_UNITS, term_candidates
from termbase.check.learned.dictionary import standing_as_words
from termbase.check.learned.doubts import Alignment
from termbase.check.learned.evidence import (
    English,
    Unit,
    WordEvidence,
    locate,
    occurrences,
    written_around,
)
from termbase.check.learned.names import name_against_words
from termbase.check.learned.readings import read_by_dictionary
from termbase.check.learned.renderings import (
    MIN_RENDERED,
    MIN_RENDERED_SHARE,
    Rendering,
    learn_rendering,
    rendered_each_time,
    renders_term,
    short_of_a_share,
    stop_words,
    trimmed,
)
from termbase.check.learned.slips import Variant, find_variant
from termbase.diagnostics import Severity
from termbase.text.english import singular

if TYPE_CHECKING:
    from termbase.check.context import CheckContext

def _is_deprecated(ctx: CheckContext, text: str) -> bool:
    matcher = ctx.target
    if matcher is None:
        return False
    return any(not h.term.status.approved for h in matcher.find(matcher.prepare(text)))


def check_learned_inconsistent(ctx: CheckContext) -> list[Finding]:
    """A recurring term the glossary lacks, rendered two ways (see the module notes)."""
    if ctx.target is None:
        return []
    draft = ctx.evidence
    if len(draft.bilingual) < MIN_UNITS:
        return []
    candidates = term_candidates(draft.runs)
    if not candidates:
        return []
    units, english, evidence, runs = draft.units, draft.english, draft.words, draft.runs
    stop = stop_words()
    alignment = Alignment(evidence, stop)
    pending: list[tuple[int, Rendering, Variant]] = []
    # Longer terms first: where 武器禁运 and 武器禁运监测 both recur, one finding.
    ordered = sorted(candidates, key=lambda t: (-len(t), t))
    learned = _learned(ordered, candidates, english, stop, runs)
    for term in ordered:
        rendering = learned.get(term)
        if (rendering is not None and rendering.rendered == len(rendering.units)
                and all(rendered_each_time(rendering, i, evidence) for i in rendering.units)):
            continue  # rendered alike in every unit (so is any part of it): nothing to find
        if rendering is not None and not renders_term(rendering, evidence, stop):
            rendering = trimmed(rendering, evidence, stop)
        if rendering is None or _is_deprecated(ctx, rendering.surface):
            continue
        for i in sorted(rendering.units):
            rendered_here = english.has(i, rendering.key)
            if rendered_here and rendered_each_time(rendering, i, evidence):
                continue
            variant = find_variant(rendering, i, evidence, stop, rendered_here=rendered_here)
            if variant is not None and not alignment.doubtful(i):
                pending.append((i, rendering, variant))
    whole = _whole_words(pending, units)
    pending = _norm_standing(pending, whole, english)
    explained, unsupported = read_by_dictionary(pending, evidence, stop, ctx.case_blind)
    kept = [(k, p) for k, p in enumerate(pending) if k not in explained]
    findings: list[Finding] = []
    reported: set[int] = set()
    hinted = [(unsupported.get(k) or variant.hint
               or _name_hint(variant.key, i, rendering, evidence, stop)
               or _glossary_word_hint(ctx, variant.key, i, rendering, evidence),
               i, rendering, variant)
              for k, (i, rendering, variant) in kept if (i, rendering.term) in whole]
    # One finding per unit, a warning before a hint: a hint about one term must not
    # take the place of a warning about another in the same unit.
    for hint, i, rendering, variant in sorted(hinted, key=lambda h: bool(h[0])):
        if i not in reported:
            reported.add(i)
            findings.append(_learned_finding(ctx, units[i], rendering,
                                             english.surfaces(i)[variant.key], hint))
    return findings


def _name_hint(key: str, unit: int, rendering: Rendering, evidence: WordEvidence,
               stop: frozenset[str]) -> str:
    """Why a variant written as a name is only a hint: it may be the name's own
    wording (:func:`~termbase.check.learned.names.name_against_words`)."""
    if name_against_words(key, unit, rendering, evidence, stop):
        return ("written as a name here, where the draft writes common words: it may be "
                "a name's own wording")
    return ""


def _glossary_word_hint(ctx: CheckContext, key: str, unit: int, rendering: Rendering,
                        evidence: WordEvidence) -> str:
    """Why a variant is only a hint when the word of the usual rendering it replaces is
    a glossary term's English, whose concept the source holds, in most of the units
    where the usual rendering is written, and not in this unit. The term's characters
    never hold a glossary term (they are blanked out of the source), so the usual
    rendering is the term's run into the glossary term's beside it ("subnational
    governments" for 以下各级 where 以下各级政府 is most of its units, 政府 "Government" in
    the glossary), and the variant where that term is absent ("subnational levels")
    may be the term's own: the mirror of a variant inside a glossary term, the
    glossary's business. "" otherwise."""
    from termbase.pair.ngrams import ENGLISH_WORD

    old = next(a for a, b in zip(rendering.key.split(), key.split(), strict=True) if a != b)
    units = evidence.units
    lang = ctx.target.lang if ctx.target else "en"

    def concepts(i: int) -> set[str]:
        return {h.concept_id for view in units[i].view.source for h in view.hits}

    here = concepts(unit)
    said: dict[str, bool] = {}

    def says_old(concept_id: str) -> bool:
        if concept_id not in said:
            concept = ctx.concepts.get(concept_id)
            said[concept_id] = concept is not None and any(
                old in {singular(w.lower()) for w in ENGLISH_WORD.findall(t.text)}
                for _, t in concept.terms(lang))
        return said[concept_id]

    written = [i for i in sorted(rendering.units)
               if i != unit and evidence.english.has(i, rendering.key)]
    holding = sum(1 for i in written if any(map(says_old, concepts(i) - here)))
    if not written or holding < GLOSSARY_WORD_SHARE * len(written):
        return ""
    return (f"“{old}” of the usual rendering is the English of a glossary term the source "
            f"holds where it is written, not here: the usual rendering may run into it")


# A usual rendering runs into a glossary term's when most of its units hold it so.
GLOSSARY_WORD_SHARE = 0.5


def _learned(terms: Sequence[str], candidates: Mapping[str, set[int]], english: English,
             stop: frozenset[str], runs: Sequence[Sequence[str]]) -> dict[str, Rendering]:
    """Each term's usual rendering. A term whose rendering falls short of most of its
    units (:func:`short_of_a_share`) is learned again from the units where it stands
    as whole words, asked of the dictionary once for all such terms: a unit holding the
    characters only inside a longer word does not translate the term at all."""
    out: dict[str, Rendering] = {}
    again: dict[str, str] = {}
    for term in terms:
        rendering = learn_rendering(term, candidates[term], english, stop)
        if rendering is not None:
            out[term] = rendering
        elif (phrase := short_of_a_share(candidates[term], english, stop)) is not None:
            again[term] = phrase
    asked = {(i, term): (term, _around(term, runs[i])) for term, phrase in again.items()
             for i in _may_not_stand(term, phrase, candidates[term], english, runs)}
    standing = standing_as_words(asked)
    for term in again:
        where = {i for i in candidates[term] if (i, term) not in asked or (i, term) in standing}
        if MIN_UNITS <= len(where) < len(candidates[term]):
            rendering = learn_rendering(term, where, english, stop)
            if rendering is not None:
                out[term] = rendering
    return out


def _may_not_stand(term: str, phrase: str, where: set[int], english: English,
                   runs: Sequence[Sequence[str]]) -> list[int]:
    """The units of ``where`` worth asking whether the term stands as words there: those
    without the phrase (a unit rendering the term with it shows the term there) where
    other characters run on from it, and only when leaving all of them out would bring
    the phrase to MIN_RENDERED_SHARE of the rest; none otherwise."""
    askable = [i for i in where if not english.has(i, phrase)
               and any(len(run) > len(term) for run in runs[i] if term in run)]
    rendered = sum(1 for i in where if english.has(i, phrase))
    if rendered < MIN_RENDERED_SHARE * (len(where) - len(askable)):
        return []
    return askable


# Characters kept on each side of a term when asking whether it stands as words: the
# words that cross its edges mostly reach one or two beyond it (国际法庭, 国际法律). With
# four, the dictionary was asked 35,000 strings on UNv1's first 2,000 lines (0.16 s).
AROUND_CHARS = 2


def _around(term: str, runs: Sequence[str]) -> list[str]:
    """The stretches of ``runs`` around each occurrence of ``term``, AROUND_CHARS
    characters on each side: the words at its edges are cut there as in the whole run,
    at a fraction of the cost for the many units a term is learned again from."""
    return [run[max(0, at - AROUND_CHARS):at + len(term) + AROUND_CHARS] for run in runs
            for at in occurrences(run, term)]


def _whole_words(pending: Sequence[tuple[int, Rendering, Variant]],
                 units: Sequence[Unit]) -> set[tuple[int, str]]:
    """The (unit, term) pairs, over every unit of each pending term's rendering, where
    the term stands as whole words at least once (:func:`standing_as_words`) in the
    source as written (:func:`~termbase.check.learned.evidence.written_around`).
    Candidates come from the draft's recurring characters, which do not know where a
    word ends, nor where a glossary term blanked out of them continued one (特别是在发展中
    before 国家); a finding must rest on the term being there, and so must its norm
    (:func:`_norm_standing`). One question for both: the dictionary is read once."""
    renderings = {r.term: r for _, r, _ in pending}
    asked = {(i, term): (term, [run for run, _ in written_around(units[i], term)])
             for term, r in renderings.items() for i in sorted(r.units)}
    return standing_as_words(asked)


def _norm_standing(pending: Sequence[tuple[int, Rendering, Variant]],
                   whole: set[tuple[int, str]], english: English
                   ) -> list[tuple[int, Rendering, Variant]]:
    """Those of ``pending`` whose usual rendering the draft writes, in MIN_RENDERED units
    at least, where the term stands as whole words (``whole``, :func:`_whole_words`). A
    norm written mostly where the term's characters are part of a longer word is that
    word's rendering: 常驻代表 inside 常驻代表团 (常驻|代表团) is "permanent missions",
    and the term's own "permanent representative" no variant of it. :func:`_learned`
    learns a norm again from the units where the term stands only when it falls short of
    most units; one reached through the longer word is asked here, for the few
    renderings a variant is found against."""
    keys = {r.term: r.key for _, r, _ in pending}
    standing = Counter(term for i, term in whole if english.has(i, keys[term]))
    return [p for p in pending if standing[p[1].term] >= MIN_RENDERED]


def _learned_finding(ctx: CheckContext, unit: Unit, rendering: Rendering, found: str,
                     hint: str) -> Finding:
    """A warning, or a hint (info) giving ``hint``, the reason the evidence is weaker."""
    view, span = locate(unit.view.target, found)
    source, src_span = locate(unit.view.source, rendering.term)
    kind = FindingKind.LEARNED_INCONSISTENT
    message = (f"“{rendering.term}” (not in the glossary) is rendered “{found}” here but "
               f"“{rendering.surface}” {rendering.rendered} time(s) elsewhere in the draft")
    return Finding(
        kind=kind, severity=Severity.INFO if hint else DEFAULT_SEVERITY[kind],
        file=view.segment.file, line=view.segment.line, paragraph=view.segment.paragraph,
        lang=ctx.target.lang if ctx.target else "", term=rendering.term, found=found,
        expected=(rendering.surface,), message=f"{message} ({hint})" if hint else message,
        fix=f"use one rendering throughout, e.g. “{rendering.surface}”, or add the term "
            f"to the glossary", segment=view.segment.text, span=span,
        other_file=source.segment.file, other_line=source.segment.line,
        other_segment=source.segment.text, other_span=src_span)
