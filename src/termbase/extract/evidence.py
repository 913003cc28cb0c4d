"""Pass 2 of extraction: the shortlisted candidates found in the text again.

One Aho–Corasick automaton over the shortlist finds every occurrence, collecting up to
``settings.contexts`` contexts per candidate (cited sentences), the documents that use
it, the characters around each occurrence (boundary entropy, which the rescoring needs)
and how many occurrences are not free (nested in a longer candidate, a coordination cut
out of a longer list, or one part of a hyphenated name), and the longer candidate ending
with it that each free occurrence follows closely, which it may refer back to. The same
automaton finds the words of the two-word candidates it is given, to count how often the
text says those words apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from termbase.extract.filters import modifies_level
from termbase.extract.model import ExtractSettings, TermContext
from termbase.extract.units import Unit
from termbase.text.chinese import ZH_CONJUNCTIONS, is_cjk_char


@dataclass(slots=True)
class Evidence:
    """What pass 2 found about one candidate."""

    contexts: list[TermContext] = field(default_factory=list)
    documents: set[int] = field(default_factory=set)
    neighbours: set[str] = field(default_factory=set)
    left: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    """Characters right before and after each occurrence (punctuation, edges and the last
    character of a determiner before it, :data:`DETERMINERS`, left out)."""
    left_partners: Counter[str] = field(default_factory=Counter)
    right_partners: Counter[str] = field(default_factory=Counter)
    """For the occurrences right after (before) a conjunction (和, 与, 及, 或), the
    conjunction with up to two characters of the conjunct beyond it (卫生和 for 精神卫生和
    心理社会支助, 和服务 for 心理社会支助和服务): ``left`` and ``right`` count the
    conjunction alone (see :func:`termbase.extract.drafts.across_conjunctions`)."""
    ordinal: int = 0
    """Occurrences right after the ordinal of a session or meeting (第七十届, 第364次): the
    ordinal numbers the word that opens them (第364次|会议临时议程)."""
    listed: int = 0
    """Occurrences right before a list comma (、): a conjunct of a list, which, as before
    a conjunction, ends no phrase of its own (人道主义、发展和政治行为体: the attribute
    qualifies the head after the last conjunct)."""
    freq: int = 0
    nested: int = 0
    """Occurrences that are not free: inside an occurrence of a longer shortlisted
    candidate, a coordination cut out of a longer list (、 at its edge), or a part of a
    name joined by a hyphen or a middle dot (:func:`_joined`)."""
    containers: Counter[str] = field(default_factory=Counter)
    """The longer shortlisted candidate each nested occurrence stands in."""
    sessions: int = 0
    """Free occurrences followed by a numbered session or meeting (第七十届, 第7次): a body
    that meets (大会第七十届会议)."""
    antecedents: Counter[str] = field(default_factory=Counter)
    """For each free occurrence that follows a longer shortlisted candidate ending with the
    text, within :data:`ANAPHOR_SENTENCES` sentences of the same document, the last such
    candidate (生物多样性公约 before a bare 公约): the name it may refer back to."""
    apart: int = 0
    """For a candidate of two words given to :func:`collect_evidence` as a pair: the
    occurrences of its second word with its first a few characters before it in the same
    clause (:data:`APART_CHARS`), not right before it: the text saying the two words apart
    (联合国各机构, 联合国及其有关机构 for 联合国机构; 经济和社会发展 for 经济发展)."""


# The number of a session or meeting after 第: 第七十届, 第7次.
_SESSION = re.compile("[0-9〇零一二三四五六七八九十百]+[届次]")
# The same ordinal right before an occurrence: 第364次, 第七十届.
_ORDINAL = re.compile(f"第{_SESSION.pattern}$")
_ORDINAL_ENDINGS = frozenset("届次")
# Marks that join the parts of one transliterated name: a hyphen (an X of X-Y), the middle
# dot between a given name and a surname.
_JOINERS = frozenset("-－‐·")
# A bare occurrence may refer back to a longer candidate ending with it this many sentences
# before or fewer (0: earlier in the same sentence), about a page.
ANAPHOR_SENTENCES = 30
# A candidate's two words said apart stand at most this many characters from each other,
# with no mark that closes a clause between them.
APART_CHARS = 8
_CLAUSE_MARKS = frozenset("。；，,;：:、！？!?")
_NEIGHBOUR_LIMIT = 200
DETERMINERS = frozenset(("其他", "其它", "所有", "一切", "任何", "这些", "那些", "这一", "这种",
                         "这类", "一些", "一个", "各个", "各自"))
"""The determiners and quantifiers of two characters (other, all, any, these, a, each):
they open a noun phrase, whose head the candidate after them is. The counts take them as
words no term starts with (filters.NO_TERM_START), a free neighbour; the characters did
not: 他 of 其他 stood before 核爆炸装置 on 4 of its 4 uses on the tuning text ("other
nuclear explosive devices") and closed its left side as a fragment's (entropy 1.39 -> 0.0),
大规模毁灭性武器 on 5 of 5 on `peace`. So before one the character is no neighbour."""
_DETERMINER_LAST = frozenset(w[-1] for w in DETERMINERS)
_DOCUMENT_LIMIT = 10_000


def _bound(term: str, before: str, after: str, following: str,
           coordinations: AbstractSet[str], modifiers: AbstractSet[str]) -> bool:
    """Whether one occurrence of ``term`` is part of a larger phrase though no longer
    candidate covers it: a coordination cut out of a longer list (国家、区域和全球, 以及
    区域和全球) or modifying a level word (区域和全球三级); a coordination of two short
    words directly followed by the noun it modifies (区域和次区域努力); a phrase framed
    by the preposition 在…上 (在自愿基础上)."""
    if term in coordinations and ("、" in (before, after) or before == "及"
                                  or modifies_level(following)):
        return True
    if term in modifiers and after.isalnum() and after != "的":
        return True
    return before == "在" and after == "上"


def _joined(text: str, start: int, stop: int) -> bool:
    """Whether the occurrence ``text[start:stop]`` is one part of a name whose parts a
    joiner links (a hyphen or a middle dot between it and an ideograph): such a part
    of a transliterated place or person (the X of X-Y) is no unit of its own. The joiner
    is punctuation to the counts, which leave its side unknown, so the part looked free
    there and ranked as a name; between two ideographs it is inside a word. A hyphen
    before a number (a range) or between spaces joins nothing."""
    return ((stop + 1 < len(text) and text[stop] in _JOINERS and is_cjk_char(text[stop + 1]))
            or (start >= 2 and text[start - 1] in _JOINERS and is_cjk_char(text[start - 2])))


def _innermost(spans: Sequence[tuple[int, int, str]], start: int, stop: int) -> str:
    """The shortest of ``spans`` covering ``start``–``stop``: the whole that an occurrence
    is directly a piece of (儿基 in 儿基会, not in 儿基会执行局)."""
    return min((b - a, t) for a, b, t in spans if a <= start and b >= stop)[1]


def _start_longest_first(hit: tuple[int, int, str]) -> tuple[int, int]:
    return hit[0], hit[0] - hit[1]


def collect_evidence(units: Iterable[Unit], texts: Sequence[str],
                     settings: ExtractSettings,
                     coordinations: AbstractSet[str] = frozenset(),
                     modifiers: AbstractSet[str] = frozenset(),
                     pairs: Mapping[str, tuple[str, str]] | None = None) -> dict[str, Evidence]:
    """Contexts, documents and neighbours of ``texts`` in ``units``.

    ``coordinations`` hold the texts with a conjunction inside (X和Y), ``modifiers``
    the coordinations of two free words (:func:`~termbase.extract.filters.is_coordination`);
    see :func:`_bound` for the occurrences of theirs that are not free. ``pairs`` maps
    texts of two words to those words, whose uses apart are counted (:attr:`Evidence.apart`):
    the words are searched by the same automaton, in the same pass.
    """
    import ahocorasick

    automaton: Any = ahocorasick.Automaton()
    for text in texts:
        automaton.add_word(text, text)
    evidence = {t: Evidence() for t in texts}
    if not texts:
        return evidence
    # The second word of each pair -> (its first word, the pair's text).
    seconds: dict[str, list[tuple[str, str]]] = {}
    for text, (first, second) in (pairs or {}).items():
        if text in evidence:
            seconds.setdefault(second, []).append((first, text))
    words = {w for firsts in seconds.values() for w, _ in firsts} | set(seconds)
    for word in words - evidence.keys():
        automaton.add_word(word, word)
    automaton.make_automaton()
    shortlisted = set(texts)
    # The shorter candidates each one ends with: a later bare use of those may refer to it.
    endings = {t: found for t in texts
               if (found := [t[k:] for k in range(1, len(t) - 1) if t[k:] in shortlisted])}
    seen: dict[str, tuple[int, str]] = {}  # text -> (sentence, last longer one ending so)
    # The shortlisted texts some of whose occurrences _bound may find not free.
    boundable = set(coordinations) | set(modifiers)
    contexts = settings.contexts
    document = -1
    for sentence, (text, index, label, where) in enumerate(units):
        if index != document:
            document = index
            seen.clear()
        hits = [(end + 1 - len(term), end + 1, term) for end, term in automaton.iter(text)]
        if words and hits:
            _count_apart(text, [h for h in hits if h[2] in words], seconds, evidence)
            hits = [h for h in hits if h[2] in evidence]
        if not hits:
            continue
        # By start, longest first: a hit is nested when an earlier one reaches as far.
        hits.sort(key=_start_longest_first)
        size = len(text)
        reach = -1
        spans: list[tuple[int, int, str]] = []  # earlier hits that may still cover one
        for start, stop, term in hits:
            if reach < start:
                spans.clear()  # none of them reaches this hit or any later one
            ev = evidence[term]
            ev.freq += 1
            if len(ev.documents) < _DOCUMENT_LIMIT:
                ev.documents.add(index)
            before = text[start - 1] if start else ""
            after = text[stop] if stop < size else ""
            if reach >= stop:
                ev.nested += 1
                ev.containers[_innermost(spans, start, stop)] += 1
            elif ((term in boundable or before == "在")
                  and _bound(term, before, after, text[stop:stop + 2], coordinations,
                             modifiers)) \
                    or ((before in _JOINERS or after in _JOINERS) and _joined(text, start, stop)):
                ev.nested += 1
            else:
                if after == "第" and _SESSION.match(text, stop + 1):
                    ev.sessions += 1
                earlier = seen.get(term)
                if earlier is not None and sentence - earlier[0] <= ANAPHOR_SENTENCES:
                    ev.antecedents[earlier[1]] += 1
            if before in _ORDINAL_ENDINGS and _ORDINAL.search(text, max(start - 12, 0), start):
                ev.ordinal += 1
            if term in endings:
                for ending in endings[term]:
                    seen[ending] = (sentence, term)
            if stop > reach:
                reach = stop
            spans.append((start, stop, term))
            if before.isalnum() and not (before in _DETERMINER_LAST
                                         and text[max(start - 2, 0):start] in DETERMINERS):
                ev.left[before] += 1
                if before in ZH_CONJUNCTIONS:
                    ev.left_partners[text[max(start - 3, 0):start]] += 1
            if after == "、":
                ev.listed += 1
            elif after.isalnum():
                ev.right[after] += 1
                if after in ZH_CONJUNCTIONS:
                    ev.right_partners[text[stop:stop + 3]] += 1
            neighbours = ev.neighbours
            if len(neighbours) < _NEIGHBOUR_LIMIT:
                # The two characters before and after, where the text has two.
                if start >= 2 and (window := text[start - 2:start]).isalnum():
                    neighbours.add(window)
                if stop + 2 <= size and (window := text[stop:stop + 2]).isalnum():
                    neighbours.add(window)
            if len(ev.contexts) < contexts and not any(
                    c.document == label and c.location == where for c in ev.contexts):
                ev.contexts.append(TermContext(text, label, where))
    return evidence


def _count_apart(text: str, hits: Sequence[tuple[int, int, str]],
                 seconds: Mapping[str, list[tuple[str, str]]],
                 evidence: dict[str, Evidence]) -> None:
    """Count in ``evidence`` the pairs' uses apart in one sentence: ``hits`` of their words,
    by end position, as the automaton finds them; ``seconds`` from :func:`collect_evidence`.
    A first word right before the second is a use of the pair itself and is used up."""
    last_end: dict[str, int] = {}  # a word -> where its latest occurrence ends
    for start, stop, word in hits:
        for first, pair in seconds.get(word, ()):
            end = last_end.get(first)
            if end is None or end > start:
                continue
            if end == start:
                del last_end[first]
            elif start - end <= APART_CHARS and _CLAUSE_MARKS.isdisjoint(text[end:start]):
                evidence[pair].apart += 1
        last_end[word] = stop


__all__ = ["DETERMINERS", "Evidence", "collect_evidence"]
