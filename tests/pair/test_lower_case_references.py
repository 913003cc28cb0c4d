"""Head-noun references to a name in lower-cased English, where capitals cannot tell a
name from a class (issue 12)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import pair_terms
from termbase.pair.references import linkable_aliases

_OTHER = [(f"各国讨论了议题{zh}。", f"states discussed the question of {en}.")
          for zh, en in zip("水粮能林海城路港矿油", ("water", "food", "energy", "forests",
                                                "oceans", "cities", "roads", "ports",
                                                "mining", "oil"), strict=True)]

_VERBS = [("听取了通报", "heard a briefing"), ("通过了声明", "adopted a statement"),
          ("举行了会议", "held a meeting"), ("审议了报告", "considered the report"),
          ("延长了任务", "extended the mandate"), ("访问了该国", "visited the country")]


def _lower_briefings(term: str, name: str, times: int, start: int = 0
                     ) -> list[tuple[str, str]]:
    return [(f"{term}{zh}{n}。", f"the {name} {en} {n}.")
            for n in range(start, start + times)
            for zh, en in _VERBS[n % len(_VERBS):][:1]]


class _Dictionary:
    """A one-entry dictionary: 审核委员会 means 'board of examiners'."""

    def segment(self, text: str) -> list[str]:
        return ["审核委员会"] if "审核委员会" in text else list(text)

    def translations(self, word: str) -> frozenset[str]:
        from termbase.pair.dictionary import content_stems

        return (frozenset(content_stems("board of examiners")) if word == "审核委员会"
                else frozenset())


def test_a_singular_head_noun_refers_to_its_name_in_lower_cased_text() -> None:
    # 审核委员会 is "the board of examiners" in 7 pairs and "the board" in 20: in
    # lower-cased English no capital says "board" is a name, its singular does.
    corpus = from_pairs(_lower_briefings("审核委员会", "board of examiners", 7)
                        + _lower_briefings("审核委员会", "board", 20, start=7)
                        + _OTHER * 3, document="lower")
    (pairing,) = pair_terms(["审核委员会"], corpus, lexicon=_Dictionary())
    assert pairing.candidates, pairing.abstained_reason
    assert pairing.candidates[0].text == "board of examiners"
    assert pairing.candidates[0].support == 27


def test_a_plural_head_noun_in_lower_cased_text_is_no_reference_to_a_name() -> None:
    verbs = ["need assistance", "are affected", "trade", "grow", "invest", "export"]
    pairs = [(f"发展中国家的情况{n}。", f"developing countries {verb} {n}.")
             for n, verb in enumerate(verbs)]
    pairs += [(f"发展中国家的情况{n}。", f"countries {verb} {n}.")
              for n, verb in enumerate(verbs[:4], start=6)]
    (pairing,) = pair_terms(["发展中国家"], from_pairs(pairs + _OTHER * 3, document="lower"))
    assert pairing.candidates[0].text == "developing countries"
    assert pairing.candidates[0].support == 6


def test_a_head_noun_refers_to_the_best_scored_name_not_the_most_frequent_fragment() -> None:
    # The fragment holds the name's tail and is counted wherever the name is, and more.
    aliases = {"office": "office of the united"}
    scores = {"office of the united": 0.30, "office of the high commissioner": 0.44,
              "session": 0.05}
    usable = linkable_aliases(aliases, scores, {})
    assert usable == {"office": "office of the high commissioner"}
    assert scores["office"] == 0.44 * 0.99
