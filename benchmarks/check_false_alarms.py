"""False alarms of ``termbase check`` on official UN translations.

Every check runs over official zh → en translations, one bilingual line pair per segment
(what ``termbase check --presplit`` does), with the shipped glossary
(glossaries/small-arms.tbx, unmodified). An official translation is taken as correct,
so a finding is a false alarm unless a person judging it by the rules in
``check_false_alarms.md`` says otherwise; the figures are findings per 1,000 segments
by kind, and ``--sample`` prints a seeded random sample of findings to judge.

The official text is split once, before any rule was changed, and the rules are tuned
on the TUNING part only:

* tuning: UNv1 test set lines 1–2,000; MultiUN ``valid`` (1,000 pairs);
* held-out: UNv1 test set lines 2,001–4,000; the 2023 sample's ``peace`` theme (586
  records); MultiUN ``test`` and ``train`` (6,000 pairs).

A third tuning part came later (2026-12-04, night), when the first two had grown too
small to show the false-alarm classes left: ``un2023-dev``, the 2023 sample's five other
themes (5,238 record pairs, English record i + 1 with Chinese record i: the sample's
known shift). It is the extraction benchmark's held-out text, never used for the checker
before.

Two more tuning parts came in session 26, when MultiUN ``valid`` (the one lower-cased
tuning part) no longer showed the lower-case classes held-out MultiUN has: ``unv1-a-lc``
and ``un2023-dev-lc``, copies of the two cased tuning parts lower-cased and stripped of
accents as MultiUN is (:func:`lower_as_multiun`). A copy's error that its original does
not give is a lower-case false alarm, or a true error case had excused.

A part of a third role, ``fresh``, came in session 45, when the tuning parts no longer
showed the classes held-out text still has: ``unv1-dev``, the UNv1 *development* set
(4,000 pairs of 2015 documents, ``corpus/unv1-devset/UNv1.0.devset.zh-segmented`` and
``.en``), on which no checker rule was tuned. It is a part only when the shared folder
holds those files (the script says on stderr that it is skipped, and why, when it does
not), and only ``--role fresh`` selects it on its own: the tuning and held-out totals
are the same with it or without it.

A second fresh part came in session 46, when ``unv1-dev`` had been tuned on in its turn
(session 45 found ten classes on it) and no other official zh–en text nobody tuned on
could be found committed in a public repository (searched: OPUS MultiUN and UNPC files,
UNv1 training data, UN Digital Library / ODS extractions, GA resolutions in both
languages; the MultiUN copies found were the shared sample itself, and the UN text
found beside it was English only or a few hundred lines of the 1945 Charter):
``unv1-dev-lc``, ``unv1-dev`` lower-cased and stripped of accents as MultiUN is
(:func:`lower_as_multiun`), as ``unv1-a-lc`` copies ``unv1-a``. Its findings that
``unv1-dev`` does not give are lower-case false alarms nobody tuned on; held-out
MultiUN is lower-cased, and gives most of the held-out false errors.

The UNv1 Chinese side is word-segmented; the segmenter's spaces are removed next to CJK
characters. MultiUN English is lower-cased by its preparers (so are Latin letters in its
Chinese side): a check must cope with that, and is judged on it.

``--injected`` measures the checker's excuses on the TUNING parts instead: glossary errors
injected into their clean line pairs (see ``glossary_injections``), per part injected /
found / found at the kind's own severity; ``--errors`` lists the ones lowered or missed.

``--glossary mined`` runs every check with a larger glossary in place of the shipped
one: the product's own, what ``termbase build --no-glossary`` makes from the bundled
data/ (:func:`mined_glossary`). It gives the excuses many more terms to fail on — common
words among them ("States" for 国家, "meeting" for 会议) — on the TUNING parts. Its
verdicts are kept apart in ``check_judged.json`` (keys ``mined:part:line:term``). The
bundled data/ holds UNv1 lines 1–2,000 (and 2,001–4,000, and the ``peace`` theme), so on
``unv1-a`` and its copy the glossary was mined from the very text checked (in-sample);
``multiun-valid`` and ``un2023-dev`` and its copy are out-of-sample, as held-out text is.

Usage: python benchmarks/check_false_alarms.py [--shared DIR] [--json] [--role ROLE]
           [--glossary shipped|mined [--mined-tbx PATH]] [--sample KIND --part NAME [-n N]]
           [--precision KIND] [--injected [--errors]] [--strict-terms]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import random
import re
import sys
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared_data

from shared_data import find_shared, un2023_shifted_pairs

from termbase.check import CheckOptions, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.findings import DEFAULT_SEVERITY, Finding, FindingKind
from termbase.check.matching import LanguageMatcher
from termbase.diagnostics import Severity
from termbase.formats import read_glossary
from termbase.model import Glossary

ROOT = Path(__file__).resolve().parents[1]
SEED = 20241113
UNV1_TUNING_LINES = 2000


def recover_chinese(line: str) -> str:
    """Undo the UNv1 test set's word segmentation: no spaces next to non-ASCII characters."""
    text = re.sub(r"\s+", " ", line.strip())
    text = re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", text)
    text = re.sub(r" (?=[.,;:)])|(?<=\() ", "", text)
    # A figure the segmenter split at its thousands comma ("3 , 040 万" of 3,040万).
    text = re.sub(r"(?<=\d), (?=\d{3}(?!\d))", ",", text)
    return re.sub(r"(?<=\w) / (?=\w)", "/", text)


@dataclass(frozen=True)
class Part:
    name: str
    role: str
    """'tuning', 'held-out' or 'fresh'."""
    zh: tuple[str, ...]
    en: tuple[str, ...]
    cased: bool = True
    """False where the English (and the Latin letters of the Chinese) are lower-cased."""


def lower_as_multiun(text: str) -> str:
    """Lower-case and strip accents, as MultiUN's preparers did (é → e; ø, which has no
    accent to strip, stays). Only Latin letters change: ideographs and full-width forms
    are left as they are."""
    out = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char.lower() if char.isascii() or "LATIN" in unicodedata.name(char, "")
                   else char)
    return unicodedata.normalize("NFC", "".join(out))


def lowered_copy(part: Part) -> Part:
    """A development copy of a cased tuning part, lower-cased as MultiUN is: the false
    alarms it gives and the cased original does not are lower-case false alarms."""
    return Part(f"{part.name}-lc", part.role, tuple(lower_as_multiun(z) for z in part.zh),
                tuple(lower_as_multiun(e) for e in part.en), cased=False)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


ROLES = ("tuning", "held-out", "fresh")
UNV1_DEV = Path("corpus") / "unv1-devset"


@functools.cache
def unv1_dev_part(shared: Path) -> Part | None:
    """The ``fresh`` part: the UNv1 development set, its Chinese recovered as the test
    set's is; None, said once on stderr with the reason, when ``shared`` lacks it."""
    zh, en = (shared / UNV1_DEV / f"UNv1.0.devset.{ext}" for ext in ("zh-segmented", "en"))
    missing = [p for p in (zh, en) if not p.is_file()]
    if missing:
        print(f"part unv1-dev (fresh) skipped: {', '.join(map(str, missing))} not found "
              "(the UNv1 development set is not in this shared folder)", file=sys.stderr)
        return None
    z, e = _lines(zh), _lines(en)
    if len(z) != len(e):
        print(f"part unv1-dev (fresh) skipped: {zh.name} has {len(z)} lines, {en.name} "
              f"{len(e)}", file=sys.stderr)
        return None
    return Part("unv1-dev", "fresh", tuple(recover_chinese(x) for x in z), tuple(e))


def fresh_parts(shared: Path) -> list[Part]:
    """The ``fresh`` parts: ``unv1-dev`` and ``unv1-dev-lc``, its copy lower-cased as
    MultiUN is; none when the shared folder lacks the UNv1 development set."""
    dev = unv1_dev_part(shared)
    return [] if dev is None else [dev, lowered_copy(dev)]


def official_parts(shared: Path) -> list[Part]:
    corpus = shared / "corpus"
    unv1 = corpus / "unv1-testset"
    u_zh = [recover_chinese(x) for x in _lines(unv1 / "UNv1.0.testset.zh-segmented")]
    u_en = _lines(unv1 / "UNv1.0.testset.en")
    multi = corpus / "multiun-sample"

    def multiun(*splits: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        zh = [x for s in splits for x in _lines(multi / f"{s}.en-zh.zh")]
        en = [x for s in splits for x in _lines(multi / f"{s}.en-zh.en")]
        return tuple(zh), tuple(en)

    records = json.loads((corpus / "un-2023-sample" / "corpus.json")
                         .read_text(encoding="utf-8"))["data"]
    peace = [r for r in records if r["theme"] == "peace"]
    dev = un2023_shifted_pairs(shared)
    cut = UNV1_TUNING_LINES
    unv1_a = Part("unv1-a", "tuning", tuple(u_zh[:cut]), tuple(u_en[:cut]))
    un2023_dev = Part("un2023-dev", "tuning", tuple(z for z, _ in dev),
                      tuple(e for _, e in dev))
    return [
        unv1_a,
        Part("multiun-valid", "tuning", *multiun("valid"), cased=False),
        un2023_dev,
        lowered_copy(unv1_a),
        lowered_copy(un2023_dev),
        Part("unv1-b", "held-out", tuple(u_zh[cut:]), tuple(u_en[cut:])),
        Part("peace-2023", "held-out", tuple(" ".join(r["zh"].split("\n")) for r in peace),
             tuple(" ".join(r["en"].split("\n")) for r in peace)),
        Part("multiun-test+train", "held-out", *multiun("test", "train"), cased=False),
        *fresh_parts(shared),
    ]


def shipped_glossary() -> Glossary:
    return read_glossary(ROOT / "glossaries" / "small-arms.tbx").glossary


GLOSSARIES = ("shipped", "mined")
# The parts whose text the mined glossary was mined from (data/ holds UNv1 lines
# 1-4,000): their figures flatter the excuses; the others imitate held-out text.
MINED_IN_SAMPLE = frozenset({"unv1-a", "unv1-a-lc"})


def with_english(glossary: Glossary) -> Glossary:
    """The concepts a user checks a translation against: those with an English term (a
    proposed concept that 'needs English' can only be looked up, not checked).

    The terms stay as the build proposed them, admitted, which the checker takes as
    approved: a reviser who accepts the proposal keeps them so, and an excuse must hold
    for them as it does for a reviewed glossary's terms."""
    return glossary.with_concepts([c for c in glossary if any(True for _ in c.terms("en"))])


# A mined TBX to read in place of building one (--mined-tbx): a checker rule's figures
# before and after compare with one glossary while others change what the build proposes.
MINED_TBX: Path | None = None


@functools.cache
def mined_glossary(tbx: Path | None = None) -> Glossary:
    """What ``termbase build --no-glossary`` proposes from the bundled data/ (the two
    resolutions' recurring terms, paired against data/parallel/), written as TBX and
    read back as a user would, keeping the concepts with English (:func:`with_english`).
    Built afresh (about 11 s) so that it is the product's glossary of the day, unless
    ``tbx`` names one built before; its content hash is printed with every figure."""
    if tbx is not None:
        return with_english(read_glossary(tbx).glossary)
    from termbase.api import build_glossary

    result = build_glossary(glossary=Glossary())
    with tempfile.TemporaryDirectory(prefix="check_false_alarms_") as folder:
        written = result.write(Path(folder) / "build")
        built = next(p for p in written if p.suffix == ".tbx")
        return with_english(read_glossary(built).glossary)


def chosen_glossary(name: str) -> Glossary:
    return mined_glossary(MINED_TBX) if name == "mined" else shipped_glossary()


def glossary_line(name: str) -> str:
    glossary = chosen_glossary(name)
    return (f"glossary {name}: {len(glossary)} concepts, {glossary.term_count()} terms, "
            f"content hash {glossary.content_hash()[:16]}")


def check_part(glossary: Glossary, part: Part,
               options: CheckOptions | None = None) -> list[Finding]:
    draft = presplit_pair("\n".join(part.zh), f"{part.name}.zh", "\n".join(part.en),
                          f"{part.name}.en", source_lang="zh", target_lang="en")
    return list(check_draft(glossary, draft, options or CheckOptions()).findings)


def segments(part: Part) -> int:
    return sum(1 for z, e in zip(part.zh, part.en, strict=True) if z.strip() or e.strip())


def per_thousand(findings: Sequence[Finding], n: int) -> dict[str, float]:
    """Findings per 1,000 segments: each kind at warning level or above (a kind may
    report some findings at info level, e.g. a term the draft mostly uses in another
    sense), then all errors, all warnings and all infos."""
    def rate(count: int) -> float:
        return round(1000 * count / n, 1)

    out = {k.value: rate(sum(1 for f in findings if f.kind is k
                             and f.severity is not Severity.INFO)) for k in FindingKind}
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        out[f"all {severity.value}s"] = rate(sum(1 for f in findings
                                                 if f.severity is severity))
    return out


_TERM_KINDS = (FindingKind.DEPRECATED, FindingKind.MISSING_TARGET, FindingKind.TERM_CASE,
               FindingKind.INCONSISTENT)


def repeats(glossary: Glossary, findings: Sequence[Finding]) -> dict[str, int]:
    """Term findings that repeat or contradict another (issue 13, "one problem, one
    finding"): a second finding about one concept on one line; an ``inconsistent`` on a
    line where ``deprecated`` fired for the concept; an offered term that is not approved."""
    approved = {(c.id, lang.split("-")[0], t.text) for c in glossary
                for lang, t in c.terms() if t.status.approved}
    term = [f for f in findings if f.kind in _TERM_KINDS]
    keys = [(f.lang, f.file, f.line, f.concept_id) for f in term]
    deprecated = {(f.file, f.line, f.concept_id) for f in term
                  if f.kind is FindingKind.DEPRECATED}
    return {
        "same concept and line": len(keys) - len(set(keys)),
        "inconsistent beside deprecated": sum(
            1 for f in term if f.kind is FindingKind.INCONSISTENT
            and (f.file, f.line, f.concept_id) in deprecated),
        "unapproved term offered": sum(
            1 for f in term
            if any((f.concept_id, f.lang.split("-")[0], e) not in approved
                   for e in f.expected)),
    }


def run(shared: Path, role: str | None = None, glossary_name: str = "shipped",
        options: CheckOptions | None = None) -> dict[str, object]:
    glossary = chosen_glossary(glossary_name)
    report: dict[str, object] = {}
    pooled: dict[str, tuple[int, list[Finding]]] = {}
    for part in official_parts(shared):
        if role and part.role != role:
            continue
        found = check_part(glossary, part, options)
        n = segments(part)
        report[part.name] = {"role": part.role, "segments": n,
                             "per_1000": per_thousand(found, n),
                             "repeats": repeats(glossary, found)}
        total, all_found = pooled.get(part.role, (0, []))
        pooled[part.role] = (total + n, all_found + found)
        report[part.name]["injected, found"] = injected_recall(part)  # type: ignore[index]
    for role, (n, found) in pooled.items():
        report[f"all {role}"] = {"role": role, "segments": n,
                                 "per_1000": per_thousand(found, n)}
    return report


def sample(shared: Path, kind: str, part_name: str, n: int,
           glossary_name: str = "shipped") -> list[Finding]:
    """A seeded random sample of findings of one kind, at warning level or above, on
    one part, to judge by hand."""
    part = next((p for p in official_parts(shared) if p.name == part_name), None)
    if part is None:
        sys.exit(f"no part {part_name!r} here; the parts are "
                 f"{', '.join(p.name for p in official_parts(shared))}")
    found = [f for f in check_part(chosen_glossary(glossary_name), part)
             if f.kind.value == kind and f.severity is not Severity.INFO]
    if glossary_name != "shipped":
        return sorted(stable_sample(found, part_name, n, glossary_name),
                      key=lambda f: f.line or 0)
    rng = random.Random(SEED)
    return sorted(rng.sample(found, min(n, len(found))), key=lambda f: f.line or 0)


def stable_sample(found: Sequence[Finding], part_name: str, n: int,
                  glossary_name: str) -> list[Finding]:
    """The ``n`` findings whose verdict keys hash lowest (with the seed): a random sample
    that keeps its findings while they are found. The mined glossary changes whenever
    pairing does, and a checker rule lowers some findings: a sample drawn afresh from
    the changed list would hold mostly findings nobody judged, this one only those that
    took a lowered finding's place."""
    return sorted(found, key=lambda f: seeded_hash(verdict_key(part_name, f, glossary_name)))[:n]


def seeded_hash(*key: object) -> str:
    """A hash of a stable key with the seed: a draw made by it for one item (keep it or
    not, which variant) does not depend on which other items there are, as a draw from
    one random stream does — one item more or less early on shifts every later draw."""
    return hashlib.sha256(":".join(str(k) for k in (SEED, *key)).encode()).hexdigest()


def injected_recall(part: Part, limit: int = 200) -> tuple[int, int]:
    """(injected, found): the :func:`number_injections` of the part; each must be found."""
    from termbase.check.numbers import mismatches, profile

    injected = number_injections(part, limit)
    found = sum(1 for i, en in injected
                if mismatches(profile(part.zh[i], "zh"), profile(en, "en")) != ([], []))
    return len(injected), found


def number_injections(part: Part, limit: int = 200) -> list[tuple[int, str]]:
    """(line, changed English): a digit of one strict English item changed (+3 mod 10) in
    up to ``limit`` clean line pairs with numbers.

    The lines are taken in the order of their :func:`seeded_hash`, and the item and digit
    changed are drawn by a hash of the line too, as the glossary injections are: a
    number-check change that makes one more line clean (eligible) leaves the other
    lines' draws alone, where one random stream would shift every later draw."""
    from termbase.check.numbers import mismatches, profile

    clean = [i for i, (z, e) in enumerate(zip(part.zh, part.en, strict=True))
             if profile(e, "en").strict and mismatches(profile(z, "zh"), profile(e, "en"))
             == ([], [])]
    out = []
    for i in sorted(sorted(clean, key=lambda i: seeded_hash(part.name, "number", i))[:limit]):
        items = [x for x in profile(part.en[i], "en").strict if re.search(r"\d", x.text)]
        if not items:
            continue
        item = items[int(seeded_hash(part.name, "number", i, "item"), 16) % len(items)]
        digits = list(re.finditer(r"\d", item.text))
        d = digits[int(seeded_hash(part.name, "number", i, "digit"), 16) % len(digits)]
        changed = item.text[:d.start()] + str((int(d.group()) + 3) % 10) + item.text[d.end():]
        out.append((i, part.en[i][:item.start] + changed + part.en[i][item.end:]))
    return out


# Injected glossary errors (issue 13, session 25): each excuse that makes a missing term
# a hint can also swallow a true miss, so the excuses are measured on TUNING text with
# errors of known kind — never on check_eval's held-out draft.
INJECT_LIMITS = {"missing_target": 60, "term_case": 40}
# One injection per concept in each copy of a part: a concept missed in many lines of
# one draft is rendered "in only n of m places", an excuse the injection would make.
_PER_CONCEPT = 3
_MISSING_HOWS = ("removed", "head gloss", "neighbour term")


@dataclass(frozen=True)
class Injection:
    line: int
    """0-based index of the line pair."""
    concept_id: str
    kind: FindingKind
    how: str
    """'removed', 'head gloss', 'neighbour term' (missing_target) or 'lower-cased'."""
    en: str
    """The injected English line."""


@dataclass(frozen=True)
class InjectedResult:
    injection: Injection
    severity: Severity | None
    """Of the kind's finding for the concept on the line; None when not found."""
    message: str


def _first_glosses(words: set[str]) -> dict[str, list[str]]:
    """CC-CEDICT's glosses of ``words``, in the dictionary's order, parentheses removed."""
    from termbase.align.lexicon import default_text

    out: dict[str, list[str]] = {}
    for line in default_text().splitlines():
        head = line.split(" ", 2)[:2]
        word = next((w for w in head if w in words), None)
        if word is None or "/" not in line:
            continue
        for gloss in line.split("/")[1:-1]:
            gloss = re.sub(r"\([^)]*\)|\[[^]]*\]|^to |^(?:a|an|the) ", "", gloss).strip()
            if re.fullmatch(r"[A-Za-z][A-Za-z -]*", gloss) and not gloss.startswith("surname"):
                out.setdefault(word, []).append(gloss.lower())
    return out


def _head_glosses(zh_terms: set[str]) -> dict[str, list[str]]:
    """The glosses of each Chinese term's head: its longest proper suffix of two
    characters or more the dictionary holds (理事会 of 安全理事会), else the term itself
    (a single character's glosses are mostly other senses: 施 "surname Shi")."""
    suffixes = {t[i:] for t in zh_terms for i in range(len(t) - 1)}
    glosses = _first_glosses(suffixes)
    out = {}
    for term in zh_terms:
        heads = [term[i:] for i in range(1, len(term) - 1) if term[i:] in glosses]
        out[term] = glosses.get(heads[0] if heads else term, [])
    return out


def _approved_en(glossary: Glossary, concept_id: str) -> list[str]:
    concept = glossary.get(concept_id)
    assert concept is not None
    return [t.text for _, t in concept.terms("en") if t.status.approved]


def _holds(matcher: LanguageMatcher, glossary: Glossary, line: str, concept_id: str,
           fold_case: bool) -> list[str]:
    """The concept's approved English terms in ``line`` (case-blind when ``fold_case``)."""
    concept = glossary.get(concept_id)
    assert concept is not None
    prepared = matcher.prepare(line.lower() if fold_case else line)
    return [t.text for _, t in concept.terms("en") if t.status.approved
            and matcher.contains(prepared, replace(t, text=t.text.lower()) if fold_case else t)]


def _spellings(matcher: LanguageMatcher, line: str, concept_id: str,
               present: list[str]) -> list[str]:
    """The concept's terms as ``line`` spells them, to remove or replace: each term found,
    and for one the line holds only in a spelling the matcher folds onto it (the
    hyphenated "socio-economic" of "socioeconomic"), that spelling — a term's own text
    would not be in the line to take out, and the line would take no injection."""
    lowered = line.lower()
    out = [t for t in present if t.lower() in lowered]
    if len(out) < len(present):
        out += [line[h.start:h.end] for h in matcher.find(matcher.prepare(line))
                if h.concept_id == concept_id and h.term.text in present
                and h.term.text.lower() not in lowered]
    return list(dict.fromkeys(out))


def glossary_injections(glossary: Glossary, part: Part) -> list[Injection]:
    """Seeded, deterministic glossary errors in the part's clean line pairs, where the
    Chinese holds a glossary term and the English its approved equivalent: (a) the
    English term removed, or replaced by a wrong rendering (a dictionary gloss of the
    Chinese term's head, or the approved English of the glossary's next concept that the
    line lacks); (b) where the English has capitals (not MultiUN), an approved
    capitalised name of several words lower-cased.

    Every draw is a :func:`seeded_hash` of the part, line and concept (which way a term is
    made missing; the order in which :func:`_spread` takes the candidates), never a
    random stream: the lines that can take an injection are found with the matcher, and
    a matcher change that makes one line more or less eligible would otherwise shift
    every later draw, so that figures before and after the change counted different
    injections. An injection now stays in the set while its line stays eligible (and is
    not pushed past a limit by a candidate that hashes lower)."""
    zh_m, en_m = LanguageMatcher(glossary, "zh"), LanguageMatcher(glossary, "en")
    concepts = [c.id for c in glossary]
    found = [(i, h.concept_id, h.term.text) for i, z in enumerate(part.zh)
             for h in zh_m.find(zh_m.prepare(z))]
    heads = _head_glosses({z.replace("《", "").replace("》", "") for _, _, z in found})
    seen: set[tuple[int, str]] = set()
    missing: list[Injection] = []
    case: list[Injection] = []
    for i, cid, zh_term in found:
        if (i, cid) in seen:
            continue
        seen.add((i, cid))
        en = part.en[i]
        present = _holds(en_m, glossary, en, cid, fold_case=False)
        if not present:
            continue
        how = _MISSING_HOWS[int(seeded_hash(part.name, i, cid, "how"), 16) % len(_MISSING_HOWS)]
        wrong = {"removed": [""],
                 "head gloss": heads.get(zh_term.replace("《", "").replace("》", ""), []),
                 "neighbour term": [t for c in concepts[concepts.index(cid) + 1:]
                                    + concepts[:concepts.index(cid)]
                                    for t in _approved_en(glossary, c)[:1]]}[how]
        text = en
        for term in sorted(_spellings(en_m, en, cid, present), key=len, reverse=True):
            for rendering in wrong:
                new = re.sub(rf"(?:\bthe )?{re.escape(term)}(?:e?s\b)?" if not rendering
                             else re.escape(term), rendering, text, flags=re.I)
                if (not rendering or rendering.lower() not in en.lower()) and not _holds(
                        en_m, glossary, new, cid, fold_case=True):
                    text = new
                    break
        text = re.sub(r"  +", " ", text).strip()
        if text != en and not _holds(en_m, glossary, text, cid, fold_case=True):
            missing.append(Injection(i, cid, FindingKind.MISSING_TARGET, how, text))
        names = [t for t in present if " " in t and t[:1].isupper()]
        if part.cased and names:
            lowered = en.replace(names[0], names[0].lower())
            if not _holds(en_m, glossary, lowered, cid, fold_case=False):
                case.append(Injection(i, cid, FindingKind.TERM_CASE, "lower-cased", lowered))
    return (_spread(missing, INJECT_LIMITS["missing_target"], part.name)
            + _spread(case, INJECT_LIMITS["term_case"], part.name))


def _spread(choices: list[Injection], limit: int, part_name: str) -> list[Injection]:
    """Up to ``limit`` choices, at most _PER_CONCEPT of a concept, taken in the order of
    their seeded hashes (a seeded shuffle in which each keeps its place whatever the
    others are)."""
    per: dict[str, int] = {}
    picked: list[Injection] = []
    for choice in sorted(choices, key=lambda x: seeded_hash(part_name, x.kind.value,
                                                            x.line, x.concept_id)):
        if per.get(choice.concept_id, 0) < _PER_CONCEPT and len(picked) < limit:
            per[choice.concept_id] = per.get(choice.concept_id, 0) + 1
            picked.append(choice)
    return sorted(picked, key=lambda x: (x.kind.value, x.line))


def injected_glossary(glossary: Glossary, part: Part,
                      options: CheckOptions | None = None) -> list[InjectedResult]:
    """Each injection checked in a copy of the part holding at most one injection per
    concept and kind: the finding of its kind for its concept on its line, if any
    (checked with ``options``, the defaults when None)."""
    copies: list[list[Injection]] = []
    for item in glossary_injections(glossary, part):
        copy = next((c for c in copies if all(
            (x.concept_id, x.kind) != (item.concept_id, item.kind) and x.line != item.line
            for x in c)), None)
        if copy is None:
            copies.append([item])
        else:
            copy.append(item)
    results = []
    for copy in copies:
        en = list(part.en)
        for item in copy:
            en[item.line] = item.en
        found = check_part(glossary, replace(part, en=tuple(en)), options)
        by_key = {(f.kind, f.line, f.concept_id): f for f in found}
        for item in copy:
            f = by_key.get((item.kind, item.line + 1, item.concept_id))
            results.append(InjectedResult(item, f.severity if f else None,
                                          f.message if f else ""))
    return sorted(results, key=lambda r: (r.injection.kind.value, r.injection.line))


def injected_table(results: Sequence[InjectedResult]) -> dict[str, list[int]]:
    """kind → [injected, found, found at the kind's own severity]."""
    out: dict[str, list[int]] = {}
    for r in results:
        row = out.setdefault(r.injection.kind.value, [0, 0, 0])
        row[0] += 1
        row[1] += r.severity is not None
        row[2] += r.severity is DEFAULT_SEVERITY[r.injection.kind]
    return out


JUDGED = ROOT / "benchmarks" / "check_judged.json"


# number_mismatch verdicts say whether a line pair's numbers differ; the other kinds'
# whether the finding is right (rules in check_false_alarms.md).
TRUE_VERDICTS = frozenset({"differ", "true"})
FALSE_VERDICTS = frozenset({"same", "false"})


def verdict_key(part: str, finding: Finding, glossary_name: str = "shipped") -> str:
    """'part:line' for number_mismatch (one per line), else 'part:line:term'; with the
    mined glossary, 'mined:' before either (its findings are judged apart)."""
    prefix = "" if glossary_name == "shipped" else f"{glossary_name}:"
    if finding.kind is FindingKind.NUMBER_MISMATCH:
        return f"{prefix}{part}:{finding.line}"
    return f"{prefix}{part}:{finding.line}:{finding.term}"


# Kinds whose findings do not depend on the glossary (the numbers; one source, two
# translations): judged once, whichever glossary the run used.
_GLOSSARY_FREE = frozenset({FindingKind.NUMBER_MISMATCH.value,
                            FindingKind.SEGMENT_INCONSISTENT.value})

# A finding that is false only because the mined glossary's English is wrong for its
# concept ("States" for 国家 where it is "national"): the glossary's error, not the
# checker's, counted apart from both true and false (check_false_alarms.md).
GLOSSARY_ERROR = "glossary"


def judged_precision(shared: Path, kind: str, n: int, role: str | None = None,
                     glossary_name: str = "shipped") -> dict[str, dict[str, object]]:
    """Precision of ``kind`` on each part's sample, from the line verdicts in JUDGED.

    Findings on lines not judged yet are counted apart (and listed), never guessed; so
    are those judged a glossary error.
    """
    verdicts: dict[str, str] = json.loads(JUDGED.read_text(encoding="utf-8")).get(kind, {})
    if glossary_name != "shipped" and kind in _GLOSSARY_FREE:
        # The same finding with either glossary: the shipped glossary's verdict holds.
        verdicts = {**verdicts, **{f"{glossary_name}:{k}": v for k, v in verdicts.items()}}
    out: dict[str, dict[str, object]] = {}
    for part in official_parts(shared):
        if role and part.role != role:
            continue
        picked = sample(shared, kind, part.name, n, glossary_name)
        keys = [verdict_key(part.name, f, glossary_name) for f in picked]
        true = sum(1 for k in keys if verdicts.get(k) in TRUE_VERDICTS)
        false = sum(1 for k in keys if verdicts.get(k) in FALSE_VERDICTS)
        judged = true + false
        out[part.name] = {"role": part.role, "sampled": len(keys), "judged": judged,
                          "precision": round(true / judged, 2) if judged else None,
                          "glossary errors": sum(1 for k in keys
                                                 if verdicts.get(k) == GLOSSARY_ERROR),
                          "unjudged": [k for k in keys if k not in verdicts]}
    return out


def add_glossary_options(parser: argparse.ArgumentParser) -> None:
    """The options that choose the glossary checked against (--glossary, --mined-tbx),
    shared with the scripts that check drafts as this one does."""
    parser.add_argument("--glossary", choices=GLOSSARIES, default="shipped",
                        help="the shipped glossary, or the one termbase build mines from "
                             "the bundled data/ (default shipped)")
    parser.add_argument("--mined-tbx", metavar="PATH", type=Path,
                        help="with --glossary mined: read this TBX (written by termbase "
                             "build) instead of building one, to hold the glossary fixed")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", help="the shared data folder (default ../shared)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--sample", metavar="KIND", help="print a sample of this kind")
    parser.add_argument("--part", default="unv1-a", help="the part to sample from")
    parser.add_argument("-n", type=int, default=40, help="sample size")
    parser.add_argument("--precision", metavar="KIND",
                        help="precision of KIND on each part's judged sample")
    parser.add_argument("--role", choices=ROLES,
                        help="only the parts of this role (tune without reading held-out)")
    parser.add_argument("--injected", action="store_true",
                        help="glossary errors injected into the tuning parts: per part and "
                             "kind, injected / found / found at the kind's own severity")
    add_glossary_options(parser)
    parser.add_argument("--strict-terms", action="store_true",
                        help="check with every glossary entry a required term "
                             "(CheckOptions.strict_terms: no general-word hint), for "
                             "--injected and the per-1,000 report")
    parser.add_argument("--errors", action="store_true",
                        help="with --injected: list each injection not found at its own "
                             "severity, with the reason that lowered it")
    args = parser.parse_args(argv)
    global MINED_TBX
    MINED_TBX = args.mined_tbx
    shared = find_shared(args.shared)
    if shared is None:
        print("shared data not found; pass --shared or set TERMBASE_SHARED", file=sys.stderr)
        return 2
    options = CheckOptions(strict_terms=True) if args.strict_terms else None
    if args.injected:
        print(glossary_line(args.glossary))
        return _print_injected(shared, args.errors, args.glossary, options)
    if args.precision:
        print(glossary_line(args.glossary))
        for name, row in judged_precision(shared, args.precision, args.n, args.role,
                                          args.glossary).items():
            print(f"{name:20} {row['role']:9} sampled {row['sampled']:>3} judged "
                  f"{row['judged']:>3} precision {row['precision']}  "
                  f"glossary errors {row['glossary errors']}  "
                  f"unjudged: {' '.join(row['unjudged'])}")  # type: ignore[arg-type]
        return 0
    if args.sample:
        for f in sample(shared, args.sample, args.part, args.n, args.glossary):
            print(f"{verdict_key(args.part, f, args.glossary)}  {f.message}\n"
                  f"  zh: {f.other_segment}\n  en: {f.segment}\n")
        return 0
    report = run(shared, args.role, args.glossary, options)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(glossary_line(args.glossary))
    if options is not None:
        print(_STRICT_LINE)
    kinds = [k.value for k in FindingKind] + ["all errors", "all warnings", "all infos"]
    print("per 1,000 segments; each kind at warning level or above")
    print(f"{'part':20} {'role':9} {'segs':>6} " + " ".join(f"{k[:12]:>12}" for k in kinds))
    for name, row in report.items():
        r = row  # type: ignore[assignment]
        print(f"{name:20} {r['role']:9} {r['segments']:>6} "  # type: ignore[index]
              + " ".join(f"{r['per_1000'][k]:>12}" for k in kinds)  # type: ignore[index]
              + (f"   injected numbers found {r['injected, found'][1]}/"  # type: ignore[index]
                 f"{r['injected, found'][0]}" if "injected, found" in r else "")
              + (f"   repeats {sum(r['repeats'].values())}"  # type: ignore[index]
                 if "repeats" in r else "")
              + ("   (in-sample: the glossary was mined from this text)"
                 if args.glossary == "mined" and name in MINED_IN_SAMPLE else ""))
    return 0


_STRICT_LINE = "checked with --strict-terms: every glossary entry a required term"


def _print_injected(shared: Path, errors: bool, glossary_name: str = "shipped",
                    options: CheckOptions | None = None) -> int:
    glossary = chosen_glossary(glossary_name)
    if options is not None:
        print(_STRICT_LINE)
    print("glossary errors injected into the tuning parts' clean line pairs: "
          "injected / found / found at the kind's own severity")
    for part in official_parts(shared):
        if part.role != "tuning":
            continue
        results = injected_glossary(glossary, part, options)
        for kind, (n, found, full) in injected_table(results).items():
            print(f"{part.name:20} {kind:16} {n:>4} {found:>4} {full:>4}")
        if not errors:
            continue
        for r in results:
            item = r.injection
            if r.severity is DEFAULT_SEVERITY[item.kind]:
                continue
            reason = (re.search(r"\((.*)\)$", r.message) or [None, ""])[1]
            state = r.severity.value if r.severity else "not found"
            print(f"  {part.name}:{item.line + 1} {item.concept_id} {item.how}: {state}"
                  f"{' — ' + reason if reason else ''}\n    zh: {part.zh[item.line]}"
                  f"\n    en: {item.en}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
