"""A coordination of modifiers sharing a head joins two phrases the text says apart.

经济和社会发展 (economic and social development) reads (经济和社会)发展, as 经济发展 shows;
on the `themes` development text it is used 6 times, 经济发展 10 times and 社会发展 12
times outside it: two phrases of the text joined, ranked 62 as a unit of its own. 信息和
通信技术 (information and communication technologies) is one term: 通信技术 stands in it
in 5 of its 8 uses.
"""

from __future__ import annotations

from termbase.extract.drafts import Draft, free_coordinations, rescore_with_characters
from termbase.extract.evidence import Evidence
from termbase.extract.ranking import DEFAULT_WEIGHTS
from termbase.extract.statistics import NgramStats


def _draft(words: tuple[str, ...], freq: int) -> Draft:
    made = Draft("".join(words), words, NgramStats(freq, 3, 2.0, 2.0, 1.0), {"ngram"},
                 c_value=float(freq))
    made.rescore()
    return made


def _seen(freq: int, containers: dict[str, int] | None = None) -> Evidence:
    found = Evidence(freq=freq, nested=sum((containers or {}).values()))
    found.containers.update(containers or {})
    found.left.update({"的": freq // 2, "在": freq - freq // 2})
    found.right.update({"的": freq // 2, "，": freq - freq // 2})
    return found


def _coordination_score(first_uses: int, second_uses: int, inside: int) -> float:
    """The score of 经济和社会发展 (6 uses) beside 经济发展 and 社会发展, the latter
    ``inside`` times in it."""
    whole = _draft(("经济", "和", "社会", "发展"), 6)
    shortlist = [whole, _draft(("经济", "发展"), first_uses), _draft(("社会", "发展"), second_uses)]
    rescore_with_characters(shortlist, {"经济和社会发展": _seen(6),
                                        "经济发展": _seen(first_uses),
                                        "社会发展": _seen(second_uses, {"经济和社会发展": inside})})
    return whole.score


def test_a_coordination_of_two_phrases_said_apart_is_a_free_one() -> None:
    alone = _draft(("经济", "和", "社会", "发展"), 6)
    rescore_with_characters([alone], {"经济和社会发展": _seen(6)})
    free = _coordination_score(10, 18, 6)
    assert free <= DEFAULT_WEIGHTS.coordination_factor * alone.score * 1.0001
    # Either phrase said apart less often than the coordination: a fixed one, left alone.
    assert _coordination_score(10, 10, 6) == alone.score
    assert _coordination_score(5, 18, 6) == alone.score


def test_a_fixed_coordination_holds_most_uses_of_its_second_phrase() -> None:
    drafts = [_draft(("信息", "和", "通信", "技术"), 5), _draft(("信息", "技术"), 13),
              _draft(("通信", "技术"), 8), _draft(("经济", "和", "社会", "发展"), 6),
              _draft(("经济", "发展"), 10), _draft(("社会", "发展"), 18),
              _draft(("人权", "和", "基本", "自由"), 5), _draft(("基本", "自由"), 12)]
    evidence = {"信息和通信技术": _seen(5), "信息技术": _seen(13),
                "通信技术": _seen(8, {"信息和通信技术": 5}), "经济和社会发展": _seen(6),
                "经济发展": _seen(10), "社会发展": _seen(18, {"经济和社会发展": 6}),
                "人权和基本自由": _seen(5), "基本自由": _seen(12, {"人权和基本自由": 5})}
    shared = {"信息和通信技术", "经济和社会发展"}  # no 人权自由: two phrases, no shared head
    assert free_coordinations(drafts, evidence, shared) == {"经济和社会发展"}
