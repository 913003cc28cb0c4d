"""A piece of a proper name yields to the name that a modifier before it opens.

发展目标 (development goals) stands in 《千年发展目标》 (the Millennium Development Goals,
a title) in 15 of its 23 uses on the `themes` development text; the rest are cut out of
names used once (可持续发展目标, 国际商定发展目标) or free. Under the fragment share of
0.8 it ranked 58, a fragment of the name by the lists' rule. A longer phrase the text
does not name as such (2015年后发展议程, a counted n-gram) is a kind of the shorter one,
which stays a term (发展议程, tuning gold).
"""

from __future__ import annotations

from termbase.extract.drafts import (
    Draft,
    opening_whole,
    rescore_with_characters,
    shared_head_coordinations,
)
from termbase.extract.evidence import Evidence
from termbase.extract.statistics import NgramStats


def _draft(words: tuple[str, ...], freq: int, sources: set[str]) -> Draft:
    made = Draft("".join(words), words, NgramStats(freq, 3, 2.0, 2.0, 1.0), set(sources),
                 c_value=float(freq), specificity=500.0)
    made.rescore()
    return made


def _seen(freq: int, containers: dict[str, int]) -> Evidence:
    found = Evidence(freq=freq, nested=sum(containers.values()))
    found.containers.update(containers)
    found.left.update({"的": freq // 2, "在": freq - freq // 2})
    found.right.update({"的": freq // 2, "和": freq - freq // 2})
    return found


def _score(longer: tuple[str, ...], sources: set[str], inside: int, freq: int = 23) -> float:
    piece = _draft(("发展", "目标"), freq, {"ngram"})
    whole = _draft(longer, 15, sources)
    text = "".join(longer)
    rescore_with_characters([piece, whole], {"发展目标": _seen(freq, {text: inside}),
                                             text: _seen(15, {})})
    return piece.score


def test_a_piece_of_a_title_opened_by_a_modifier_yields_to_it() -> None:
    alone = _draft(("发展", "目标"), 23, {"ngram"})
    rescore_with_characters([alone], {"发展目标": _seen(23, {})})
    # 15 of 23 uses inside the title: under the fragment share (0.8), yet a piece of it.
    assert _score(("千年", "发展", "目标"), {"ngram", "title"}, 15) < 0.2 * alone.score
    # So inside a name (from the name source) or a defined full form.
    assert _score(("千年", "发展", "目标"), {"name"}, 15) < 0.2 * alone.score


def test_a_longer_phrase_not_named_as_such_is_a_kind_of_the_shorter() -> None:
    alone = _draft(("发展", "目标"), 23, {"ngram"})
    rescore_with_characters([alone], {"发展目标": _seen(23, {})})
    # 2015年后发展议程 is a counted n-gram: a kind of development agenda, not its name.
    assert _score(("千年", "发展", "目标"), {"ngram"}, 15) == alone.score
    # Half the uses or fewer inside the name: used on its own too.
    assert _score(("千年", "发展", "目标"), {"ngram", "title"}, 11) == alone.score


def test_the_name_must_open_before_the_piece_not_after_it_nor_across_a_conjunction() -> None:
    proper = frozenset({"千年发展目标", "发展目标基金", "人权和发展目标"})
    assert opening_whole("发展目标", _seen(23, {"千年发展目标": 15}), proper) == 15
    # A head after the piece: the piece modifies it (保障监督|协定), a term of its own.
    assert opening_whole("发展目标", _seen(23, {"发展目标基金": 15}), proper) == 0
    # A whole conjunct of a coordination is used alone there (人权和|基本自由).
    assert opening_whole("发展目标", _seen(23, {"人权和发展目标": 15}), proper) == 0
    assert opening_whole("发展目标", _seen(23, {"千年发展目标": 15}), frozenset()) == 0


def test_a_coordination_of_modifiers_sharing_the_head_is_one_unit() -> None:
    # 信息和通信技术 reads (信息和通信)技术, as 信息技术 shows: 通信技术 inside it is a piece,
    # no whole conjunct. 人权和基本自由 joins two phrases (no 人权自由 anywhere).
    def draft(*words: str) -> Draft:
        return _draft(tuple(words), 5, {"ngram"})

    drafts = [draft("信息", "和", "通信", "技术"), draft("信息", "技术"), draft("通信", "技术"),
              draft("人权", "和", "基本", "自由"), draft("基本", "自由"),
              draft("区域", "和", "次", "区域", "组织"), draft("区域", "组织")]
    assert shared_head_coordinations(drafts) == {"信息和通信技术", "区域和次区域组织"}


def test_a_piece_of_a_coordination_sharing_the_head_yields_to_it() -> None:
    # 5 of the 8 uses of 通信技术 on `themes` stand in 信息和通信技术 (rank 50 before).
    def rescored(with_shared_head: bool) -> float:
        piece = _draft(("通信", "技术"), 8, {"ngram"})
        whole = _draft(("信息", "和", "通信", "技术"), 5, {"ngram"})
        shortlist = [piece, whole]
        seen = {"通信技术": _seen(8, {"信息和通信技术": 5}), "信息和通信技术": _seen(5, {})}
        if with_shared_head:
            shortlist.append(_draft(("信息", "技术"), 3, {"ngram"}))
            seen["信息技术"] = _seen(3, {})
        rescore_with_characters(shortlist, seen)
        return piece.score

    alone = _draft(("通信", "技术"), 8, {"ngram"})
    rescore_with_characters([alone], {"通信技术": _seen(8, {})})
    # A coordination of two phrases: the uses in it are whole conjuncts, free ones.
    assert rescored(with_shared_head=False) == alone.score
    assert rescored(with_shared_head=True) < 0.2 * alone.score
