"""Recurring Chinese character n-grams that may be terms the glossary lacks."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from termbase.pair.ngrams import ZH_GRAMMAR
from termbase.text.chinese import ZH_CONJUNCTIONS

# A term must recur in this many units before its rendering can be learned.
MIN_UNITS = 4

MIN_ZH_CHARS, MAX_ZH_CHARS = 3, 8

# Characters that never open a term: the grammatical glue pairing knows (及其附件 is "and
# its annex"), the coverbs that open a phrase (向会员国 "to Member States", 将性别平等视角
# 纳入 "to mainstream a gender perspective") and 等 closing a list before its noun
# (残疾人等优先事项 "priorities such as disability"); and particles that never close one
# (审议了, 所作的).
_ZH_GLUE = ZH_GRAMMAR | frozenset("向从为给将等")
_ZH_CLOSING_PARTICLES = frozenset("的了着是在对")


def recurring_stretches(runs: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each unit's stretches of ideographs in which every MIN_ZH_CHARS-gram is held by
    MIN_UNITS units: a recurring n-gram lies wholly inside one, so only these are
    enumerated — and a draft with none has nothing to learn."""
    grams = [{run[k:k + MIN_ZH_CHARS] for run in unit
              for k in range(len(run) - MIN_ZH_CHARS + 1)} for unit in runs]
    seen: Counter[str] = Counter()
    for held in grams:
        seen.update(held)
    out = []
    for unit in runs:
        stretches = []
        for run in unit:
            start = None
            for k in range(len(run) - MIN_ZH_CHARS + 2):
                recurs = (k <= len(run) - MIN_ZH_CHARS
                          and seen[run[k:k + MIN_ZH_CHARS]] >= MIN_UNITS)
                if recurs and start is None:
                    start = k
                elif not recurs and start is not None:
                    stretches.append(run[start:k + MIN_ZH_CHARS - 1])
                    start = None
        out.append(stretches)
    return out


def refused(term: str) -> bool:
    """Whether a character n-gram cannot be a term: a glue character or a function
    word, clause opener or verb at its edge, as the extractor refuses them. Without a
    segmenter the edges are read as two-character words, and the extractor's affix
    tests look at the text itself."""
    from termbase.extract.filters import refuse_words

    if term[0] in _ZH_GLUE or term[-1] in _ZH_CLOSING_PARTICLES or "的" in term[1:-1]:
        return True
    edges = (term[:2], term[2:]) if len(term) <= 4 else (term[:2], term[2:-2], term[-2:])
    why = refuse_words(edges)
    if why == "stop-end" and len(term) == 4:
        # A four-character set phrase (全力支持, 大力加强) is rendered by convention ("full
        # support"), so a reviser keeps it consistent though a verb closes it; in a
        # longer n-gram the verb is a clause's predicate (武器禁运执行). Its first word
        # is asked instead.
        return refuse_words(edges[:1]) is not None
    return why is not None


def term_candidates(runs: Sequence[Sequence[str]]) -> dict[str, set[int]]:
    """Recurring character n-grams that may be terms the glossary lacks, each closed
    (no n-gram one character longer is in as many units), with the units (positions
    in ``runs``) holding them. Closure puts the boundaries where the draft's own
    recurrence does: 际法院 always extends to 国际法院."""
    where: dict[str, set[int]] = defaultdict(set)
    for pos, stretches in enumerate(recurring_stretches(runs)):
        for stretch in stretches:
            for a in range(len(stretch) - MIN_ZH_CHARS + 1):
                for b in range(a + MIN_ZH_CHARS, min(a + MAX_ZH_CHARS, len(stretch)) + 1):
                    where[stretch[a:b]].add(pos)
    recurring = {g: u for g, u in where.items() if len(u) >= MIN_UNITS}
    longer: dict[str, list[str]] = defaultdict(list)
    for gram in recurring:
        if len(gram) > MIN_ZH_CHARS:
            longer[gram[:-1]].append(gram)
            longer[gram[1:]].append(gram)
    closed = {gram: units_with for gram, units_with in recurring.items()
              if not any(len(recurring[o]) == len(units_with) for o in longer.get(gram, ()))
              and not refused(gram)}
    return {gram: units_with for gram, units_with in closed.items()
            if not _opens_a_coordination(gram, closed)}


def _opens_a_coordination(gram: str, closed: Mapping[str, set[int]]) -> bool:
    """Whether the n-gram is a candidate and the conjunction after it (性别平等和, where
    性别平等 is a candidate in more units): the first half of a coordination, whose
    English is the whole coordination's. A word ending in such a character (社区参与)
    is not: its first characters are in no more units than it, so no candidate."""
    shorter = closed.get(gram[:-1])
    return (gram[-1] in ZH_CONJUNCTIONS and shorter is not None
            and len(shorter) > len(closed[gram]))
