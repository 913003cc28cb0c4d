"""Evaluation of ``termbase check``: injected errors of every kind, and clean official text.

Drafts are built at run time, never stored:

* bilingual (zh → en, line by line): the small-arms lines of the UNv1 test set
  (../shared/corpus/unv1-testset; Chinese recovered by removing the segmenter's spaces);
* monolingual Chinese: the two seed resolutions in data/ (A/RES/61/66, A/RES/68/48).

The glossary is glossaries/small-arms.tbx plus benchmarks/check_glossary.json (terms
verified in the test set), without sa-implementation — a concept that maps the common
verbs 执行/实施/落实 onto the noun "implementation" cannot be consistent with running
text — and the clean text leaves out the lines listed in FREE_RENDERINGS, where the
official translation paraphrases a glossary term.

Each kind of error is injected in its own copy of the clean draft, at recorded lines: a
term replaced by its deprecated variant; a target equivalent replaced by a paraphrase; a
capitalised English name written in lower case; one source term rendered by another
approved equivalent; an English term added without its Chinese source; a number, date or
symbol changed in the target; a short form used before the full title. Recall: share of
injected errors with a finding of that kind on that line. Precision: share of findings
of that kind, in the injected copy, that are on an injected line.

Usage: python benchmarks/check_eval.py [--shared DIR]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared_data

from shared_data import find_shared

from termbase.check import CheckOptions, check_draft
from termbase.check.draft import Draft, monolingual, presplit_pair, segments_from_text
from termbase.check.findings import DEFAULT_SEVERITY, FindingKind
from termbase.check.matching import LanguageMatcher
from termbase.check.numbers import profile, without_numbering
from termbase.diagnostics import Severity
from termbase.formats import read_glossary
from termbase.model import Concept, Glossary, TermStatus, glossary_from_dict

ROOT = Path(__file__).resolve().parents[1]
SEED = 20240611
PER_KIND = 6
EXCLUDED_CONCEPTS = {"sa-implementation"}
# Test-set line numbers (1-based) whose official translation renders a glossary term
# freely; a glossary cannot be consistent with them, so they are not "clean".
FREE_RENDERINGS = {
    859: "国际社会 rendered as 'international support'",
    1945: "安理会 rendered as 'its' (the Council recalling its own resolution)",
}
_DOMAIN = re.compile(r"small arms|light weapons|Programme of Action|Tracing Instrument|"
                     r"Arms Trade Treaty|brokering|ammunition|arms embargo|firearms", re.I)


def recover_chinese(line: str) -> str:
    """Undo the test set's word segmentation: no spaces next to non-ASCII characters."""
    text = re.sub(r"\s+", " ", line.strip())
    text = re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)
    text = re.sub(r" (?=[.,;:)])|(?<=\() ", "", text)
    return re.sub(r"(?<=\w) / (?=\w)", "/", text)


def eval_glossary() -> Glossary:
    base = read_glossary(ROOT / "glossaries" / "small-arms.tbx").glossary
    extra = glossary_from_dict(json.loads((ROOT / "benchmarks" / "check_glossary.json")
                                          .read_text(encoding="utf-8")), "check_glossary.json")
    added = {c.id: c for c in extra}
    concepts: list[Concept] = []
    for concept in base:
        if concept.id in EXCLUDED_CONCEPTS:
            continue
        more = added.pop(concept.id, None)
        if more is not None:
            secs = []
            for sec in concept.lang_secs:
                extra_sec = more.lang_sec(sec.lang)
                secs.append(replace(sec, terms=sec.terms + (extra_sec.terms if extra_sec else ())))
            concept = replace(concept, lang_secs=tuple(secs))
        concepts.append(concept)
    return base.with_concepts([*concepts, *added.values()])


@dataclass
class Corpus:
    numbers: list[int]
    zh: list[str]
    en: list[str]


def domain_lines(shared: Path) -> Corpus:
    folder = shared / "corpus" / "unv1-testset"
    zh_all = (folder / "UNv1.0.testset.zh-segmented").read_text(encoding="utf-8").splitlines()
    en_all = (folder / "UNv1.0.testset.en").read_text(encoding="utf-8").splitlines()
    keep = [i for i, line in enumerate(en_all, start=1)
            if _DOMAIN.search(line) and i not in FREE_RENDERINGS]
    return Corpus(keep, [recover_chinese(zh_all[i - 1]) for i in keep],
                  [en_all[i - 1] for i in keep])


def bilingual_draft(zh: Sequence[str], en: Sequence[str]) -> Draft:
    return presplit_pair("\n".join(zh), "draft.zh", "\n".join(en), "draft.en",
                         source_lang="zh", target_lang="en")


@dataclass
class Injected:
    kind: FindingKind
    zh: list[str]
    en: list[str]
    lines: set[int] = field(default_factory=set)
    """1-based lines of the draft where an error was injected."""


def _terms(concept: Concept, lang: str, approved: bool | None = None) -> list[str]:
    return [t.text for _, t in concept.terms(lang)
            if approved is None or t.status.approved == approved]


def _bare(term: str) -> str:
    return term.replace("《", "").replace("》", "")


class Injector:
    """Makes copies of the clean draft with errors of one kind at recorded lines."""

    def __init__(self, glossary: Glossary, zh: list[str], en: list[str]) -> None:
        self.glossary = glossary
        self.zh, self.en = zh, en
        self.rng = random.Random(SEED)
        self.zh_m = LanguageMatcher(glossary, "zh")
        self.en_m = LanguageMatcher(glossary, "en")

    def _concept_lines(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i, line in enumerate(self.zh):
            for hit in self.zh_m.find(self.zh_m.prepare(line)):
                out.setdefault(hit.concept_id, []).append(i)
        return out

    def _en_has(self, line: str, concept: Concept) -> list[str]:
        prepared = self.en_m.prepare(line)
        return [t.text for _, t in concept.terms("en")
                if self.en_m.contains(prepared, t)]

    def deprecated(self) -> Injected:
        out = Injected(FindingKind.DEPRECATED, list(self.zh), list(self.en))
        choices = []
        for concept in self.glossary:
            bad = _terms(concept, "zh", approved=False)
            good = _terms(concept, "zh", approved=True)
            for i, line in enumerate(self.zh):
                for term in good:
                    # A title only where it stands as its own title: 行动纲领 inside
                    # 《维也纳行动纲领》 names another programme.
                    whole = term if term.startswith("《") else _bare(term)
                    if bad and whole in line:
                        choices.append((i, whole, whole.replace(_bare(term), _bare(bad[0]))))
        for i, good, bad in self._sample(choices):
            out.zh[i] = out.zh[i].replace(good, bad, 1)
            out.lines.add(i + 1)
        return out

    def missing_target(self) -> Injected:
        out = Injected(FindingKind.MISSING_TARGET, list(self.zh), list(self.en))
        choices = []
        for cid, lines in self._concept_lines().items():
            concept = self.glossary.get(cid)
            assert concept is not None
            for i in lines:
                present = self._en_has(self.en[i], concept)
                if present:
                    choices.append((i, concept, present))
        for i, concept, present in self._sample(choices):
            text = out.en[i]
            for term in sorted(present, key=len, reverse=True):
                text = re.sub(re.escape(term), "the matter concerned", text, flags=re.I)
            if not self._en_has(text, concept):
                out.en[i] = text
                out.lines.add(i + 1)
        return out

    def inconsistent(self) -> Injected:
        out = Injected(FindingKind.INCONSISTENT, list(self.zh), list(self.en))
        choices = []
        for cid, lines in self._concept_lines().items():
            concept = self.glossary.get(cid)
            assert concept is not None
            # The other rendering is an approved short form ("Programme of Action" for
            # the full title): the variation a translator is most likely to introduce.
            # Abbreviations (SALW, PoA) are house style after a first mention, which
            # the checker leaves to first_mention.
            short = [t.text for _, t in concept.terms("en") if t.status.approved
                     and t.term_type is not None and t.term_type.value == "shortForm"]
            if not short or len(lines) < 3:
                continue
            for i in lines:
                present = self._en_has(self.en[i], concept)
                # "Council" inside "Security Council" is no second rendering.
                present = [p for p in present
                           if not any(p != q and p.lower() in q.lower() for q in present)]
                if len(present) == 1 and present[0] not in short:
                    choices.append((i, present[0], short[-1]))
        used: set[str] = set()
        for i, old, new in self._sample(choices):
            if old in used:  # one changed rendering per term keeps the majority clear
                continue
            text = re.sub(re.escape(old), new, out.en[i], flags=re.I)
            if text != out.en[i]:
                used.add(old)
                out.en[i] = text
                out.lines.add(i + 1)
        return out

    def term_case(self) -> Injected:
        out = Injected(FindingKind.TERM_CASE, list(self.zh), list(self.en))
        choices = []
        for cid, lines in self._concept_lines().items():
            concept = self.glossary.get(cid)
            assert concept is not None
            for i in lines:
                present = self._en_has(self.en[i], concept)
                # A capitalised name of several words ("General Assembly"), written lower.
                names = [t for t in present if " " in t and t[:1].isupper()]
                if len(present) == 1 and names:
                    choices.append((i, concept, names[0]))
        for i, concept, term in self._sample(choices):
            text = out.en[i].replace(term, term.lower(), 1)
            if text != out.en[i] and not self._en_has(text, concept):
                out.en[i] = text
                out.lines.add(i + 1)
        return out

    def untranslated_source(self) -> Injected:
        out = Injected(FindingKind.UNTRANSLATED_SOURCE, list(self.zh), list(self.en))
        extras = [("sa-civil-society", "in consultation with civil society"),
                  ("sa-secretariat", "as reported by the Secretariat"),
                  ("sa-intl-community", "with the help of the international community"),
                  ("sa-ngo", "together with non-governmental organizations"),
                  ("sa-outcome-document", "as set out in the outcome document")]
        lines = self.rng.sample(range(len(self.zh)), k=min(len(self.zh), 4 * PER_KIND))
        for i, (cid, phrase) in zip(lines, extras * 2, strict=False):
            concept = self.glossary.get(cid)
            assert concept is not None
            zh_present = any(_bare(t) in self.zh[i] for t in _terms(concept, "zh"))
            if zh_present or self._en_has(self.en[i], concept) or len(out.lines) >= PER_KIND:
                continue
            out.en[i] = out.en[i].rstrip().rstrip(".;") + f", {phrase}."
            out.lines.add(i + 1)
        return out

    def number_mismatch(self) -> Injected:
        out = Injected(FindingKind.NUMBER_MISMATCH, list(self.zh), list(self.en))
        choices = [i for i, line in enumerate(self.en) if profile(line, "en").strict]
        for i in self._sample(choices):
            items = profile(self.en[i], "en").strict
            item = items[self.rng.randrange(len(items))]
            digits = [m for m in re.finditer(r"\d", item.text)]
            if not digits:
                continue
            d = digits[-1]
            new_digit = str((int(d.group()) + 3) % 10)
            changed = item.text[:d.start()] + new_digit + item.text[d.end():]
            out.en[i] = out.en[i][:item.start] + changed + out.en[i][item.end:]
            out.lines.add(i + 1)
        return out

    def _sample(self, choices: list[Any]) -> list[Any]:
        # One injection per line, at most PER_KIND, spread by a seeded shuffle.
        self.rng.shuffle(choices)
        seen: set[int] = set()
        picked = []
        for choice in choices:
            line = choice if isinstance(choice, int) else choice[0]
            if line in seen:
                continue
            seen.add(line)
            picked.append(choice)
            if len(picked) == PER_KIND:
                break
        return picked



@dataclass
class KindScore:
    injected: int = 0
    found: int = 0
    found_at_severity: int = 0
    """Injected errors found at the kind's own severity (not lowered to info)."""
    findings: int = 0
    true_findings: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.injected if self.injected else 1.0

    @property
    def precision(self) -> float:
        return self.true_findings / self.findings if self.findings else 1.0


def _score(glossary: Glossary, draft: Draft, kind: FindingKind, lines: set[int],
           file: str, score: KindScore) -> None:
    result = check_draft(glossary, draft, CheckOptions())
    of_kind = [f for f in result.findings if f.kind is kind]
    found_lines = {f.line for f in of_kind if f.file == file}
    full = {f.line for f in of_kind if f.file == file and f.severity is DEFAULT_SEVERITY[kind]}
    score.injected += len(lines)
    score.found += len(lines & found_lines)
    score.found_at_severity += len(lines & full)
    score.findings += len(of_kind)
    score.true_findings += sum(1 for f in of_kind if f.file == file and f.line in lines)


# A/RES/61/66 (2006) predates the terminology of A/RES/68/48 (2013) that the glossary
# records: its superseded terms are true findings, so only A/RES/68/48 is "clean".
CURRENT_SEED = "A_RES_68_48.zh.txt"


def _seed_docs() -> list[tuple[str, list[str]]]:
    return [(p.name, p.read_text(encoding="utf-8").split("\n"))
            for p in sorted((ROOT / "data").glob("*.zh.txt"))]


def _mono(name: str, lines: list[str]) -> Draft:
    return monolingual(segments_from_text("\n".join(lines), name), lang="zh")


def seed_injections(glossary: Glossary, scores: dict[FindingKind, KindScore]) -> None:
    """Deprecated variants and short-forms-first in copies of the seed resolutions."""
    zh_m = LanguageMatcher(glossary, "zh")
    for name, lines in _seed_docs():
        # deprecated: up to PER_KIND lines, the first approved term of a concept that has
        # a deprecated or superseded variant replaced by that variant.
        copy, injected = list(lines), set()
        for i, line in enumerate(lines if name == CURRENT_SEED else ()):
            for hit in zh_m.find(zh_m.prepare(line)):
                concept = glossary.get(hit.concept_id)
                assert concept is not None
                bad = _terms(concept, "zh", approved=False)
                if bad and hit.term.status.approved and len(injected) < PER_KIND:
                    copy[i] = line[:hit.start] + _bare(bad[0]) + line[hit.end:]
                    injected.add(i + 1)
                    break
        if name == CURRENT_SEED:
            _score(glossary, _mono(name, copy), FindingKind.DEPRECATED, injected, name,
                   scores[FindingKind.DEPRECATED])
        # first_mention: a copy of the line with the first full title, the title replaced
        # by its short form, inserted before it.
        copy, injected = list(lines), set()
        done: set[str] = set()
        offset = 0
        for i, line in enumerate(lines):
            for hit in zh_m.find(zh_m.prepare(line)):
                concept = glossary.get(hit.concept_id)
                assert concept is not None
                shorts = [t for _, t in concept.terms("zh")
                          if t.term_type is not None and t.term_type.value == "shortForm"
                          and t.status is not TermStatus.DEPRECATED]
                if (hit.concept_id in done or not shorts or hit.term.term_type is None
                        or hit.term.term_type.value != "fullForm"):
                    continue
                done.add(hit.concept_id)
                if hit.concept_id.startswith("sa-") and len(injected) < PER_KIND:
                    early = line[:hit.start] + _bare(shorts[0].text) + line[hit.end:]
                    copy.insert(i + offset, early)
                    injected.add(i + offset + 1)
                    offset += 1
        _score(glossary, _mono(name, copy), FindingKind.FIRST_MENTION, injected, name,
               scores[FindingKind.FIRST_MENTION])


# --- inconsistencies the glossary does not know: drafts from held-out text ------------

# Translators' one-word slips, used only to make injected errors (never by the checker).
# An injection is made only where the draft itself uses the new word, in three other
# lines at least, beside characters of the same Chinese term (武器: arms and weapons), as
# a translator alternating between two words of the document would.
SYNONYMS = {
    "arms": "weapons", "weapons": "arms", "assistance": "aid", "aid": "assistance",
    "goals": "targets", "targets": "goals", "illicit": "illegal", "illegal": "illicit",
    "measures": "steps", "steps": "measures", "meeting": "session", "session": "meeting",
    "cooperation": "collaboration", "security": "safety", "safety": "security",
    "international": "global", "global": "international", "national": "domestic",
    "efforts": "endeavours", "support": "assistance", "development": "growth",
    "operations": "activities", "activities": "operations", "committee": "commission",
    "commission": "committee", "programme": "plan", "plan": "programme",
    "forces": "troops", "troops": "forces", "personnel": "staff", "staff": "personnel",
    "countries": "States", "agreement": "accord", "violence": "abuse",
    "crime": "offence", "process": "procedure", "protection": "safeguarding",
    "women": "females", "children": "minors", "peace": "peacefulness",
    "political": "policy", "humanitarian": "relief", "human": "humane",
}
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_ZH_RUN = re.compile("[\u4e00-\u9fff]+")


def heldout_lines(shared: Path) -> Corpus:
    """UNv1 test set lines 2,001–4,000: never used to tune the checks."""
    folder = shared / "corpus" / "unv1-testset"
    zh_all = (folder / "UNv1.0.testset.zh-segmented").read_text(encoding="utf-8").splitlines()
    en_all = (folder / "UNv1.0.testset.en").read_text(encoding="utf-8").splitlines()
    numbers = list(range(2001, 4001))
    return Corpus(numbers, [recover_chinese(zh_all[i - 1]) for i in numbers],
                  [en_all[i - 1] for i in numbers])


def _recurring_renderings(zh: list[str], en: list[str], glossary: Glossary
                          ) -> list[tuple[str, str, list[int]]]:
    """(Chinese word, English word pair, lines holding both): a jieba word of three
    characters or more outside the glossary's terms, in at least five lines, and a pair
    of words in at least 80 % of them; counted directly, without the checker."""
    from termbase.text.segment import JiebaSegmenter

    zh_m = LanguageMatcher(glossary, "zh")
    segmenter = JiebaSegmenter()
    where: dict[str, set[int]] = {}
    for i, line in enumerate(zh):
        for hit in zh_m.find(zh_m.prepare(line)):
            line = line[:hit.start] + "|" * (hit.end - hit.start) + line[hit.end:]
        for word in set(segmenter.cut(line)):
            if len(word) >= 3 and _ZH_RUN.fullmatch(word):
                where.setdefault(word, set()).add(i)
    pairs = [{" ".join(p) for p in itertools.pairwise(ws)}
             for ws in ([w.lower() for w in _EN_WORD.findall(line)] for line in en)]
    out = []
    for gram, lines in sorted(where.items()):
        if len(lines) < 5:
            continue
        counts: dict[str, int] = {}
        for i in lines:
            for pair in pairs[i]:
                counts[pair] = counts.get(pair, 0) + 1
        for pair, n in sorted(counts.items()):
            words = pair.split()
            if n >= 0.8 * len(lines) and any(w in SYNONYMS for w in words) and not any(
                    w in ("the", "of", "and", "to", "in", "a", "for", "on") for w in words):
                out.append((gram, pair, sorted(i for i in lines if pair in pairs[i])))
    return out


def learned_injection(glossary: Glossary, corpus: Corpus, rng: random.Random) -> Injected:
    """One rendering of a recurring non-glossary term changed by one word, in up to
    PER_KIND lines, one term each."""
    out = Injected(FindingKind.LEARNED_INCONSISTENT, list(corpus.zh), list(corpus.en))
    choices = _recurring_renderings(corpus.zh, corpus.en, glossary)
    rng.shuffle(choices)
    used_terms: set[str] = set()
    for gram, pair, lines in choices:
        if len(out.lines) >= PER_KIND or any(gram in t or t in gram for t in used_terms):
            continue
        word = next(w for w in pair.split() if w in SYNONYMS)
        new = SYNONYMS[word]
        if _beside(corpus, new.lower(), gram) < 3:
            continue
        i = lines[rng.randrange(len(lines))]
        if i + 1 in out.lines:
            continue
        pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in pair.split()) + r"\b",
                             re.IGNORECASE)
        m = pattern.search(out.en[i])
        if not m:
            continue
        found = m.group()
        changed = re.sub(rf"\b{re.escape(word)}\b", partial(_same_case, new=new),
                         found, count=1, flags=re.IGNORECASE)
        out.en[i] = out.en[i][:m.start()] + changed + out.en[i][m.end():]
        out.lines.add(i + 1)
        used_terms.add(gram)
    return out


def _beside(corpus: Corpus, word: str, term: str) -> int:
    """Lines where the English has ``word`` and the Chinese two characters of ``term``:
    a word the draft uses for part of the term, as a translator slipping would."""
    parts = {term[i:i + 2] for i in range(len(term) - 1)}
    return sum(1 for z, e in zip(corpus.zh, corpus.en, strict=True)
               if word in {w.lower() for w in _EN_WORD.findall(e)}
               and any(p in z for p in parts))


def _same_case(old: re.Match[str], new: str) -> str:
    return new[:1].upper() + new[1:] if old.group()[:1].isupper() else new


def segment_injection(corpus: Corpus, rng: random.Random) -> Injected:
    """Copies of held-out lines appended to the draft: half with the same source and a
    word of the translation left out, half with the same translation and a number of
    the source changed."""
    out = Injected(FindingKind.SEGMENT_INCONSISTENT, list(corpus.zh), list(corpus.en))
    long_lines = [i for i, z in enumerate(corpus.zh)
                  if len("".join(_ZH_RUN.findall(z))) >= 20 and len(corpus.en[i].split()) > 8]
    for n, i in enumerate(rng.sample(long_lines, PER_KIND)):
        zh, en = corpus.zh[i], corpus.en[i]
        if n % 2 == 0:
            words = en.split()
            k = rng.randrange(1, len(words) - 1)
            en = " ".join(words[:k] + words[k + 1:])
        else:
            # A number changed in the source, the translation left as it was; a line
            # without digits gets one added.
            label = len(zh) - len(without_numbering(zh))  # "26." is no number of the text
            digits = [m.start() for m in re.finditer(r"\d", zh) if m.start() >= label]
            if digits:
                k = digits[rng.randrange(len(digits))]
                zh = zh[:k] + str((int(zh[k]) + 3) % 10) + zh[k + 1:]
            else:
                zh = zh.rstrip("。") + "（第2段）。"
        out.zh.append(zh)
        out.en.append(en)
        out.lines.add(len(out.zh))
    return out


def heldout_injections(glossary: Glossary, shared: Path, scores: dict[FindingKind, KindScore]
                       ) -> tuple[dict[str, int], int]:
    """Learned and segment inconsistencies injected in held-out text; returns the clean
    draft's findings of those kinds, and how many of them are warnings (the rest are
    hints that say why their evidence is weaker)."""
    corpus = heldout_lines(shared)
    rng = random.Random(SEED)
    clean = check_draft(glossary, bilingual_draft(corpus.zh, corpus.en), CheckOptions())
    injections = [learned_injection(glossary, corpus, rng), segment_injection(corpus, rng),
                  Injector(glossary, corpus.zh, corpus.en).inconsistent()]
    for injected in injections:
        _score(glossary, bilingual_draft(injected.zh, injected.en), injected.kind,
               injected.lines, "draft.en", scores[injected.kind])
    kinds = (FindingKind.LEARNED_INCONSISTENT, FindingKind.SEGMENT_INCONSISTENT)
    counts = {k.value: sum(1 for f in clean.findings if f.kind is k) for k in kinds}
    warnings = sum(1 for f in clean.findings
                   if f.kind in kinds and f.severity.rank >= Severity.WARNING.rank)
    return counts, warnings


def run_evaluation(shared: Path) -> dict[str, object]:
    glossary = eval_glossary()
    corpus = domain_lines(shared)
    clean = check_draft(glossary, bilingual_draft(corpus.zh, corpus.en), CheckOptions())
    clean_counts = {k.value: sum(1 for f in clean.findings if f.kind is k) for k in FindingKind}
    seed_clean: dict[str, dict[str, int]] = {}
    for name, lines in _seed_docs():
        counts = seed_clean.setdefault(name, {k.value: 0 for k in FindingKind})
        for f in check_draft(glossary, _mono(name, lines)).findings:
            counts[f.kind.value] += 1
    scores = {k: KindScore() for k in FindingKind}
    injector = Injector(glossary, corpus.zh, corpus.en)
    makers: list[Callable[[], Injected]] = [
        injector.deprecated, injector.missing_target, injector.term_case,
        injector.inconsistent, injector.untranslated_source, injector.number_mismatch]
    for make in makers:
        injected = make()
        file = "draft.zh" if injected.kind is FindingKind.DEPRECATED else "draft.en"
        _score(glossary, bilingual_draft(injected.zh, injected.en), injected.kind,
               injected.lines, file, scores[injected.kind])
    seed_injections(glossary, scores)
    heldout_clean, heldout_warnings = heldout_injections(glossary, shared, scores)
    return {
        "heldout_clean_findings": heldout_clean,
        "heldout_clean_warnings": heldout_warnings,
        "clean_lines": len(corpus.zh),
        "clean_findings": clean_counts,
        "clean_false": [f"{f.kind.value} {f.where}: {f.message}" for f in clean.findings
                        if f.kind in (FindingKind.DEPRECATED, FindingKind.MISSING_TARGET,
                                      FindingKind.INCONSISTENT)],
        "seed_clean_findings": seed_clean,
        "kinds": {k.value: {"injected": s.injected, "found": s.found,
                            "at_severity": s.found_at_severity,
                            "recall": round(s.recall, 3), "findings": s.findings,
                            "precision": round(s.precision, 3)}
                  for k, s in scores.items()},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", help="the shared data folder (default ../shared)")
    args = parser.parse_args(argv)
    shared = find_shared(args.shared)
    if shared is None:
        print("shared data not found; pass --shared or set TERMBASE_SHARED", file=sys.stderr)
        return 2
    report = run_evaluation(shared)
    print(f"clean bilingual lines: {report['clean_lines']}")
    print(f"findings on clean bilingual text: {report['clean_findings']}")
    for name, counts in report["seed_clean_findings"].items():  # type: ignore[attr-defined]
        print(f"findings on {name}: {counts}")
    print(f"learned/segment findings on clean held-out text (UNv1 2,001-4,000): "
          f"{report['heldout_clean_findings']}, {report['heldout_clean_warnings']} of them "
          f"warnings")
    for line in report["clean_false"]:  # type: ignore[attr-defined]
        print(f"  false: {line}")
    print(f"{'kind':22} {'injected':>8} {'found':>6} {'recall':>7} {'findings':>9} "
          f"{'precision':>9} {'found at own severity':>22}")
    for kind, s in report["kinds"].items():  # type: ignore[attr-defined]
        print(f"{kind:22} {s['injected']:>8} {s['found']:>6} {s['recall']:>7.3f} "
              f"{s['findings']:>9} {s['precision']:>9.3f} {s['at_severity']:>22}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
