"""A term's nested share counts only the containers that are wholes.

A longer shortlist holds more junk n-grams around a term: a verb and the term as its
object, a piece clipped out of several names. Counted as wholes, they took the term's uses
and made it read as a fragment of them, so its rank depended on how far the shortlist ran.
"""

from __future__ import annotations

from termbase.extract.drafts import Draft, rescore_with_characters
from termbase.extract.evidence import Evidence
from termbase.extract.statistics import Counts, NgramStats
from termbase.extract.tag_filters import drop_verb_phrases
from termbase.text.segment import JiebaSegmenter


def _draft(words: tuple[str, ...], freq: int, *, object_: str = "") -> Draft:
    made = Draft("".join(words), words, NgramStats(freq, 3, 2.0, 2.0, 1.0), {"ngram"},
                 c_value=float(freq), specificity=500.0, verb_object=object_)
    made.rescore()
    return made


def _seen(freq: int, containers: dict[str, int]) -> Evidence:
    found = Evidence(freq=freq, nested=sum(containers.values()))
    found.containers.update(containers)
    found.left.update({"的": freq // 2, "和": freq - freq // 2})
    return found


def test_a_verb_and_its_free_object_is_no_whole_of_the_object() -> None:
    # 使用|化学武器 ("use chemical weapons") holds 27 of the 30 uses of 化学武器 here, yet
    # it is a predicate about the term: those are whole uses of it, as the free ones are.
    def rescored(predicate: bool) -> float:
        term = _draft(("化学武器",), 30)
        phrase = _draft(("使用", "化学武器"), 27, object_="化学武器" if predicate else "")
        rescore_with_characters([term, phrase], {"化学武器": _seen(30, {"使用化学武器": 27}),
                                                 "使用化学武器": _seen(27, {})})
        return term.score

    alone = _draft(("化学武器",), 30)
    rescore_with_characters([alone], {"化学武器": _seen(30, {})})
    assert rescored(predicate=True) == alone.score
    # A container that is a whole still makes the term its fragment.
    assert rescored(predicate=False) < 0.1 * alone.score


def test_a_piece_clipped_out_of_names_hands_its_uses_to_the_names() -> None:
    # 事务|高级专员 stands only inside three names (人权…, 难民…, 裁军…事务高级专员): it
    # is no whole, and 高级专员 heads three names, as it does where the piece is not
    # shortlisted, not one (which would make it a fragment of that one).
    names = {"人权事务高级专员": 6, "难民事务高级专员": 5, "裁军事务高级专员": 5}

    def rescored(with_piece: bool, piece_free: bool = False) -> float:
        head = _draft(("高级专员",), 20)
        wholes = [_draft((n[:2], "事务", "高级专员"), k) for n, k in names.items()]
        seen = {n: _seen(k, {}) for n, k in names.items()}
        if not with_piece:
            rescore_with_characters([head, *wholes], {"高级专员": _seen(20, names), **seen})
            return head.score
        piece = _draft(("事务", "高级专员"), 16)
        seen["事务高级专员"] = _seen(16, {} if piece_free else names)
        rescore_with_characters([head, piece, *wholes],
                                {"高级专员": _seen(20, {"事务高级专员": 16}), **seen})
        return head.score

    assert rescored(with_piece=True) == rescored(with_piece=False)
    # A piece that stands free is a whole: the head is its fragment.
    assert rescored(with_piece=True, piece_free=True) < 0.1 * rescored(with_piece=False)


def test_free_verb_phrases_of_one_object_word_are_marked_with_their_object() -> None:
    # 使用|化学武器 and 专门|讨论|裁军 stay candidates (a verb before one word may build a
    # name), marked with their object; 审计|委员会 (a board named by what it does) is not one,
    # nor 维持|和平 bound to 和平 (it holds most uses of both), and 实现|粮食|安全 is still
    # left out.
    drafts = {d.text: d for d in [
        _draft(("使用", "化学武器"), 6), _draft(("化学武器",), 40),
        _draft(("专门", "讨论", "裁军"), 5), _draft(("裁军",), 50),
        _draft(("审计", "委员会"), 5), _draft(("委员会",), 80),
        _draft(("维持", "和平"), 9), _draft(("和平",), 12),
        _draft(("实现", "粮食", "安全"), 5), _draft(("粮食", "安全"), 20)]}
    counts = Counts()
    counts.ngrams.update({"使用": 30, "讨论": 20, "审计": 30, "维持": 10,
                          "实现": 40})
    refused = drop_verb_phrases(drafts, counts, JiebaSegmenter())
    assert refused == {"实现粮食安全"}
    assert {t: d.verb_object for t, d in drafts.items() if d.verb_object} == {
        "使用化学武器": "化学武器", "专门讨论裁军": "裁军"}


def test_a_clause_is_a_whole_of_what_stands_outside_its_object() -> None:
    # 乌克兰|常驻|联合国代表团 read as a verb (常驻) and its object (联合国代表团): it frees
    # the object's uses, not those of 常驻联合国代表团 (the permanent mission), which
    # reaches past the verb.
    def rescored(object_: str) -> float:
        term = _draft(("常驻", "联合国代表团"), 10)
        clause = _draft(("乌克兰", "常驻", "联合国代表团"), 9, object_=object_)
        rescore_with_characters([term, clause], {"常驻联合国代表团": _seen(10, {clause.text: 9}),
                                                 clause.text: _seen(9, {})})
        return term.score

    assert rescored("联合国代表团") == rescored("")
    assert rescored("联合国代表团") < rescored("常驻联合国代表团")
