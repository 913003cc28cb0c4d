"""Grouping candidates that name one concept, where the text gives evidence for it.

Each rule links two candidates and says why; linked candidates form one concept
(union–find), shown as one ranked entry with its variants.

* **short form** — defined in the text (《…国际文书》(《国际追查文书》), 国际刑事警察组织
  (国际刑警组织)) for this one full form only, or a title that ends a longer title
  (《行动纲领》 of 《从各个方面……的行动纲领》) other than as its second coordinated part,
  and ends no other (one in two wordings aside);
* **contraction** — a coordination with a shared head contracted into one word:
  小武器和轻武器 → 轻小武器 (or 小轻武器);
* **one-character variant** — two titles of the same length differing in one character
  (《行动纲领》/《行动纲要》);
* **wording variant** — two long titles whose characters mostly coincide in order
  (the two wordings of the tracing instrument: 能及时可靠地 / 能够及时和可靠地);
* **one-word variant** — the same frame with one word exchanged (非法经纪活动 /
  非法中介活动), accepted only when the two are used in *different* documents and share
  a neighbouring word: translators' alternatives for one concept, not two concepts
  mentioned side by side (国家报告 and 国家计划 share documents). The exchanged word is
  not the head (the last word) unless the two heads share a character: 工作方法 and
  工作地点 are two things, 审查大会 and 审查会议 one. In the designation of a body or a
  post (its head a name head or a post's title) the exchanged modifier must share a
  character too: it names the mandate, so 联合国人权事务高级专员 and
  联合国难民事务高级专员 are two posts, 裁军审议委员会 and 裁军谈判委员会 two bodies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from termbase.extract.candidates import Definition, is_name_head, is_post

# Long titles whose LCS-based similarity reaches this are one title in two wordings.
WORDING_SIMILARITY = 0.85
WORDING_MIN_CHARS = 12
_COORDINATION = re.compile(r"^(.{1,4}?)(.{1,4})[和与及](.{1,4}?)\2$")
# A title that ends "…和<tail>" names two instruments (北京宣言和行动纲要): its tail is the
# second of them, not its short form.
_COORDINATED_TAIL = re.compile(r"[和与及、]$")


@dataclass(frozen=True, slots=True)
class VariantInput:
    """What variant rules need to know about one candidate."""

    text: str
    words: tuple[str, ...]
    is_title: bool
    documents: frozenset[int]
    neighbours: frozenset[str]
    """Words seen right before or right after the candidate."""


@dataclass(frozen=True, slots=True)
class Link:
    """``variant`` names the same concept as ``main``, for the reason ``relation``."""

    main: str
    variant: str
    relation: str


def contractions(text: str) -> list[str]:
    """Contracted forms of a coordination with a shared head (小武器和轻武器 → 轻小武器)."""
    match = _COORDINATION.match(text)
    if not match:
        return []
    first, head, second = match.group(1), match.group(2), match.group(3)
    return [second + first + head, first + second + head]


def _one_character_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def titles_ending_titles(titles: Iterable[str], shortest: int = 4) -> dict[str, list[str]]:
    """Each title (of ``shortest`` characters or more) that ends longer titles, with them:
    the short forms UN text uses for an instrument (《行动纲领》), unless the longer title
    is at least twice as long and coordinates it as its second part (北京宣言和行动纲要)."""
    known = set(titles)
    ended: dict[str, list[str]] = {}
    for long in sorted(known):
        for size in range(shortest, len(long) // 2 + 1):
            short = long[-size:]
            if short in known and not _COORDINATED_TAIL.search(long[:-size]):
                ended.setdefault(short, []).append(long)
    return ended


def one_instrument(titles: Sequence[str]) -> bool:
    """Whether ``titles`` (ending with one short title) name one instrument, in one or
    two wordings. A short title ending the titles of several (《行动计划》 after eight
    national plans) is what each is called for short: generic, like a short form the
    text defines for several full forms."""
    return all(_same_title(titles[0], other) for other in titles[1:])


def _same_title(a: str, b: str) -> bool:
    """Whether two titles are one title in two wordings (or one character apart)."""
    from rapidfuzz.distance import Indel

    return (_one_character_apart(a, b)
            or (min(len(a), len(b)) >= WORDING_MIN_CHARS
                and Indel.normalized_similarity(a, b) >= WORDING_SIMILARITY))


def _one_word_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) != len(b) or len(a) < 2:
        return False
    differing = [(i, x, y) for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differing) != 1:
        return False
    i, x, y = differing[0]
    if i == 0 and len(a) == 2:
        # The only modifier exchanged leaves a bare head: 特别委员会 / 全体委员会 /
        # 第一委员会 are different bodies, as 工作方法 / 工作地点 are different things.
        return False
    if i == len(a) - 1 and not set(x) & set(y):
        # The last word is the head: another head names another thing (工作方法 /
        # 工作地点, 非正式文件 / 非正式协商) unless the two share their morpheme
        # (审查大会 / 审查会议).
        return False
    if _designation(a[-1]) and not set(x) & set(y):
        # A body's or a post's designation is fixed and its modifiers name the mandate:
        # another word there is another body or post (人权事务 / 难民事务 高级专员). A
        # descriptive phrase is where translators vary a word (非法经纪活动 / 非法中介活动),
        # and the bilingual dictionary cannot tell those synonyms (经纪 "broker", 中介
        # "intermediary", 首要 "chief", 主要 "main" share no gloss), so it is not asked.
        return False
    return len(x) >= 2 and len(y) >= 2 and len(x) == len(y)


def _designation(head: str) -> bool:
    """Whether a candidate ending with ``head`` designates a body or a post."""
    return is_name_head(head) or is_post(head)


def find_links(candidates: Sequence[VariantInput],
               definitions: Iterable[Definition] = ()) -> list[Link]:
    """Every variant link the rules find among ``candidates``."""
    from rapidfuzz.distance import Indel

    by_text = {c.text: c for c in candidates}
    links: list[Link] = []
    definitions = list(definitions)
    # A short form the text defines for several full forms (《公约》 after each of two
    # conventions) is a generic back-reference ("the Convention"), not one concept's name.
    fulls: dict[str, set[str]] = {}
    for d in definitions:
        fulls.setdefault(d.short, set()).add(d.full)
    for d in definitions:
        if d.full in by_text and d.short in by_text and d.full != d.short \
                and len(fulls[d.short]) == 1:
            links.append(Link(d.full, d.short, "short form"))
    titles = [c for c in candidates if c.is_title]
    for short, longs in titles_ending_titles(c.text for c in titles).items():
        if one_instrument(longs):
            links.extend(Link(long, short, "short form") for long in longs)
    for c in candidates:
        for form in contractions(c.text):
            if form in by_text:
                links.append(Link(c.text, form, "contraction"))
    for i, a in enumerate(titles):
        for b in titles[i + 1:]:
            if _one_character_apart(a.text, b.text) and len(a.text) >= 4:
                links.append(Link(a.text, b.text, "one-character variant"))
            elif (min(len(a.text), len(b.text)) >= WORDING_MIN_CHARS
                  and Indel.normalized_similarity(a.text, b.text) >= WORDING_SIMILARITY):
                links.append(Link(a.text, b.text, "wording variant"))
    by_length: dict[int, list[VariantInput]] = {}
    for c in candidates:
        if len(c.words) >= 2:
            by_length.setdefault(len(c.words), []).append(c)
    for group in by_length.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (_one_word_apart(a.words, b.words) and a.documents and b.documents
                        and not a.documents & b.documents and a.neighbours & b.neighbours):
                    links.append(Link(a.text, b.text, "one-word variant"))
    return links


def group(texts: Iterable[str], links: Iterable[Link]) -> dict[str, str]:
    """Union–find over ``links``: each text mapped to a representative of its group."""
    parent = {t: t for t in texts}

    def root(t: str) -> str:
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    for link in links:
        if link.main in parent and link.variant in parent:
            a, b = root(link.main), root(link.variant)
            if a != b:
                parent[b] = a
    return {t: root(t) for t in parent}
