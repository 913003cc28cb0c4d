"""The public entry point: ``check_draft(glossary, draft, options) -> CheckResult``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from termbase.check.background import in_background
from termbase.check.context import CheckContext
from termbase.check.draft import Draft
from termbase.check.findings import Finding, FindingKind, count_by_severity, sort_findings
from termbase.check.learned.segments import segment_inconsistencies
from termbase.check.matching import LanguageMatcher, MatchOptions, base_lang
from termbase.check.number_findings import Disagreement, number_disagreements, number_findings
from termbase.check.rules import CHECKS
from termbase.diagnostics import Diagnostic, Severity
from termbase.errors import UsageError
from termbase.gcpause import cycle_collection_paused, let_go
from termbase.model import Glossary
from termbase.signature import Signature

if TYPE_CHECKING:
    import pandas as pd

    from termbase.check.compiled import CompiledGlossary


@dataclass(frozen=True, slots=True)
class CheckOptions:
    match: MatchOptions = field(default_factory=MatchOptions)
    kinds: frozenset[FindingKind] = frozenset(FindingKind)
    """Which checks run; all by default."""
    strict_terms: bool = False
    """Every glossary entry is a required term: a ``missing_target`` finding is never
    lowered to a hint because its entry is a general word
    (:mod:`termbase.check.general_word`: one common English word a dictionary sense of
    its Chinese says, 会议 "meeting", 政府 "Government"), so the miss of such an entry
    in a pair that translates its line stays an error. That is the one rule it turns
    off: the reasons read in the draft itself (the term rendered otherwise in its line,
    by an acronym, a longer name, a reference; another sense the draft shows; the
    dictionary's reading of the line) still make a miss a hint, and a cut or misaligned
    pair was never excused by the general-word rule. Off by default: on official text
    most misses of general words are translators' choices."""

    def settings(self) -> dict[str, object]:
        out: dict[str, object] = {f"match {k}": v for k, v in self.match.settings().items()}
        out["checks"] = ",".join(k.value for k in FindingKind if k in self.kinds)
        out["strict terms"] = self.strict_terms
        return out


@dataclass(frozen=True, slots=True)
class CheckResult:
    findings: tuple[Finding, ...]
    draft: Draft
    signature: Signature
    diagnostics: tuple[Diagnostic, ...] = ()
    """What matching the glossary's terms had to say (TB630), and, from
    :func:`termbase.check_draft`, what the glossary and draft readers had to say."""
    accepted: tuple[Finding, ...] = ()
    """Findings an accept file quieted (:mod:`termbase.check.accept`); not in ``findings``."""

    def to_frame(self) -> pd.DataFrame:
        """One row per finding; columns in :func:`termbase.frames.findings_frame`."""
        from termbase.frames import findings_frame

        return findings_frame(self.findings)

    def at_or_above(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity.rank >= severity.rank]

    def counts(self) -> dict[Severity, int]:
        return count_by_severity(list(self.findings))


class MissingLanguage(UsageError):
    """The glossary has no terms in a language of the draft, so nothing could be checked.

    Said with the draft's file, which the draft knows; :func:`termbase.check_draft`,
    which knows the glossary's files, names them too (:meth:`naming_glossary`)."""

    def __init__(self, lang: str, role: str, have: str, draft_file: str | None) -> None:
        self.lang, self.role, self.have, self.draft_file = lang, role, have, draft_file
        super().__init__(self._message("the glossary"), path=draft_file, hint=self._hint())

    def _message(self, glossary: str) -> str:
        return (f"{glossary} has no '{self.lang}' terms, the language of the draft's "
                f"{self.role} (glossary languages: {self.have})")

    def _hint(self) -> str:
        draft = self.draft_file or "the draft"
        return (f"give a glossary with '{self.lang}' terms (--glossary FILE), or check "
                f"that {draft} is the draft you meant (its languages are read from the "
                f"file)")

    def naming_glossary(self, names: str) -> MissingLanguage:
        """The same error, with the glossary's file names (``names``) in it."""
        self.message = self._message(f"the glossary ({names})")
        self.args = (self.message,)
        return self


def _draft_file(draft: Draft, role: str) -> str | None:
    """The file the draft's ``role`` side was read from (a bilingual file holds both)."""
    for unit in draft.units:
        side = unit.target if role == "target" else unit.source
        if side:
            return side[0].file
    return draft.inputs[0][0] if draft.inputs else None


def _require_language(glossary: Glossary | CompiledGlossary, lang: str, role: str,
                      draft: Draft) -> None:
    present = {base_lang(x) for x in glossary.languages}
    if base_lang(lang) not in present:
        raise MissingLanguage(lang, role, ", ".join(sorted(present)) or "none",
                              _draft_file(draft, role))


def check_draft(glossary: Glossary | CompiledGlossary, draft: Draft,
                options: CheckOptions | None = None,
                *, matchers: Iterable[LanguageMatcher] = (),
                glossary_hash: str | None = None,
                progress: Callable[[str], None] | None = None) -> CheckResult:
    """Run the checks of ``options`` over ``draft``; findings most severe first.

    ``matchers`` may pass ready-built matchers for the glossary (a batch run checking
    many drafts builds them once), and ``glossary_hash`` its content hash for the
    signature when the caller already has it; ``progress`` is called with each check's
    name once it has run. ``glossary`` may be a compiled one
    (:class:`termbase.check.compiled.CompiledGlossary`): its concepts are then read as
    the draft needs them. Raises MissingLanguage (a UsageError) when the glossary lacks
    a language of the draft.
    """
    with cycle_collection_paused():
        # The concepts, terms, hits and findings of a large draft are several hundred
        # thousand objects kept to the end: collections of them were 0.3 s of a 2 s check.
        return _check(glossary, draft, options or CheckOptions(), matchers, glossary_hash,
                      progress)


def _check(glossary: Glossary | CompiledGlossary, draft: Draft, opts: CheckOptions,
           matchers: Iterable[LanguageMatcher], glossary_hash: str | None,
           progress: Callable[[str], None] | None) -> CheckResult:
    _require_language(glossary, draft.source_lang, "source" if draft.bilingual else "text",
                      draft)
    if draft.target_lang is not None:
        _require_language(glossary, draft.target_lang, "target", draft)
        if base_lang(draft.target_lang) == base_lang(draft.source_lang):
            raise UsageError(
                f"both sides of the bilingual draft are in '{draft.source_lang}'",
                hint="give the source and its translation, in two different languages")
    ready = {base_lang(m.lang): m for m in matchers if m.options == opts.match}

    def matcher(lang: str) -> LanguageMatcher:
        found = ready.get(base_lang(lang))
        if found is not None:
            return found
        if isinstance(glossary, Glossary):
            return LanguageMatcher(glossary, lang, opts.match)
        return glossary.matcher(lang, opts.match)

    # Forked before the matchers are loaded: the child starts sooner, and the pages they
    # fill are this process's alone (a page both processes hold is copied when either
    # writes to it, as counting references does).
    text_only = _text_checks_beside(draft, opts)
    beside: Callable[[], dict[FindingKind, list[Finding]]] | None = None
    try:
        source = matcher(draft.source_lang)
        target = matcher(draft.target_lang) if draft.target_lang is not None else None
        if isinstance(glossary, Glossary):
            ctx = CheckContext.build(glossary, draft, source, target)
        else:
            ctx = CheckContext.build(Glossary(), draft, source, target,
                                     concepts=glossary.concepts)
        ctx.strict_terms = opts.strict_terms
        beside = _draft_checks_beside(ctx, opts)
        found: dict[FindingKind, list[Finding]] = {}
        for kind, check in CHECKS.items():
            if kind not in opts.kinds:
                continue
            if ((kind in _TEXT_ONLY and text_only is not None)
                    or (kind in _BESIDE and beside is not None)):
                continue  # taken once this process has run its own checks
            found[kind] = check(ctx)
            if progress is not None:
                progress(kind.value)
        taken: dict[FindingKind, list[Finding]] = {}
        if text_only is not None:
            read = text_only()
            text_only = None
            if FindingKind.NUMBER_MISMATCH in read.kinds:
                taken[FindingKind.NUMBER_MISMATCH] = number_findings(ctx, read.numbers)
            if FindingKind.SEGMENT_INCONSISTENT in read.kinds:
                taken[FindingKind.SEGMENT_INCONSISTENT] = _in_lang(read.segments, target)
        if beside is not None:
            taken.update(beside())
            beside = None
        found.update(taken)
        if progress is not None:
            for kind in CHECKS:
                if kind in taken:
                    progress(kind.value)
        findings = [f for kind in CHECKS if kind in found for f in found[kind]]
        # The context is most of what the check built (matchers, hits, evidence): what
        # the result needs of it, it holds itself.
        let_go(ctx)
    finally:
        if text_only is not None:
            text_only()  # the child's result, so that it does not stay behind
        if beside is not None:
            beside()
    settings = {**opts.settings(), **dict(draft.settings),
                "source language": draft.source_lang,
                "target language": draft.target_lang or ""}
    counts = {s.value: n for s, n in count_by_severity(findings).items()}
    counts["segments"] = draft.segment_count()
    if glossary_hash is None:
        glossary_hash = glossary.content_hash()
    signature = Signature.now(glossary_hash=glossary_hash, settings=settings,
                              inputs=dict(draft.inputs), counts=counts)
    notes = [*source.diagnostics, *(target.diagnostics if target is not None else ())]
    return CheckResult(tuple(sort_findings(findings)), draft, signature, tuple(notes))


# Units from which the checks that need no matching run beside it: forking and handing
# the result back cost some 20 ms, which a draft this long wins back (the number check
# alone is about 0.15 ms a unit).
BACKGROUND_UNITS = 500


# The checks that read the draft's text alone, no glossary term: on a long bilingual
# draft they run in a child forked before the matching, whose work they do not need
# (the number check, some two fifths of the checking of the 1 MB speed draft, and
# segment_inconsistent).
_TEXT_ONLY = (FindingKind.NUMBER_MISMATCH, FindingKind.SEGMENT_INCONSISTENT)


@dataclass(frozen=True, slots=True)
class _TextFindings:
    """What the child of :func:`_text_checks_beside` hands back."""

    kinds: frozenset[FindingKind]
    numbers: list[Disagreement]
    segments: list[Finding]


def _text_checks_beside(draft: Draft, opts: CheckOptions
                        ) -> Callable[[], _TextFindings] | None:
    """The _TEXT_ONLY checks of ``opts``, started in a second process, when the draft is
    long enough for that to pay; None to run them in their turn. The languages are the
    draft's: the number check reads no more of them than the base language, which a
    matcher's shares (see :func:`_in_lang` for the findings)."""
    kinds = frozenset(k for k in _TEXT_ONLY if k in opts.kinds)
    source_lang, target_lang = draft.source_lang, draft.target_lang
    if target_lang is None or not kinds or len(draft.units) < BACKGROUND_UNITS:
        return None

    def work() -> _TextFindings:
        return _TextFindings(
            kinds,
            number_disagreements(draft, source_lang, target_lang)
            if FindingKind.NUMBER_MISMATCH in kinds else [],
            segment_inconsistencies(draft, target_lang)
            if FindingKind.SEGMENT_INCONSISTENT in kinds else [])

    return in_background(work)


def _in_lang(findings: list[Finding], target: LanguageMatcher | None) -> list[Finding]:
    """``findings`` of the draft's translation in the language the other checks name:
    the target matcher's (a compiled glossary's matcher keeps the language it was built
    for, which may be another tag of the same language: "en-US" for "en")."""
    if target is None or all(f.lang == target.lang for f in findings):
        return findings
    return [replace(f, lang=target.lang) for f in findings]


# learned_inconsistent reads the draft's units and the evidence of what its English words
# render (ctx.evidence), and no other check's findings: on a long draft it runs in a
# child forked once the draft is matched, beside the checks of this process. The
# evidence is read first, here, as missing_target's hints read it too: both processes
# then have it, built once.
_BESIDE = (FindingKind.LEARNED_INCONSISTENT,)


def _draft_checks_beside(ctx: CheckContext, opts: CheckOptions
                         ) -> Callable[[], dict[FindingKind, list[Finding]]] | None:
    """The findings of the _BESIDE checks of ``opts``, computed in a second process when
    the draft is long enough for that to pay; None to run them in their turn."""
    kinds = [k for k in _BESIDE if k in opts.kinds]
    if not kinds or ctx.target is None or len(ctx.draft.units) < BACKGROUND_UNITS:
        return None
    ctx.evidence.read()
    return in_background(lambda: {k: CHECKS[k](ctx) for k in kinds})
