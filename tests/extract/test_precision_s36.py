"""A piece of a proper name yields to the name that a modifier before it opens.

发展目标 (development goals) stands in 《千年发展目标》 (the Millennium Development Goals,
a title) in 15 of its 23 uses on the `themes` development text; the rest are cut out of
names used once (可持续发展目标, 国际商定发展目标) or free. Under the fragment share of
0.8 it ranked 58, a fragment of the name by the lists' rule. A longer phrase the text
does not name as such (2015年后发展议程, a counted n-gram) is a kind of the shorter one,
which stays a term (发展议程, tuning gold).
"""

from __future__ import annotations

from termbase.extract.drafts import Draft, opening_whole, rescore_with_characters
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

