"""A longer candidate the dictionary explains does not absorb a shorter one that renders
the whole term and stands in pairs without it (termbase.pair.ngrams.absorb_contained,
issue 12): "proposed programme budget" for 方案预算, whose 方案 the dictionary also reads
as "proposal", though "programme" already renders it."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.corpus import from_pairs
from termbase.pair.ngrams import absorb_contained
from termbase.pair.pairer import pair_terms

LEXICON = Lexicon.from_pairs([
    ("方案", "programme"), ("方案", "proposal"), ("预算", "budget"), ("拟议", "proposed"),
    ("审议", "consider"), ("核准", "approve"), ("两年期", "biennium"),
])


def _explained(longer: str, shorter: str) -> bool:
    return True  # the dictionary reads every added word as part of the term


def test_an_optional_explained_extension_leaves_a_whole_rendering_standing() -> None:
    joint = {"proposed programme budget": 5, "programme budget": 8, "programme": 8}
    whole = {"programme budget"}
    dropped = absorb_contained(joint, "en", 0.6, extension_ok=_explained,
                               renders_whole=whole.__contains__)
    assert dropped == {"programme"}
    # Without the rendering of the whole term, or where the shorter never stands without
    # the longer, the longer absorbs it as before.
    assert "programme budget" in absorb_contained(joint, "en", 0.6, extension_ok=_explained)
    assert "programme budget" in absorb_contained(
        {"proposed programme budget": 8, "programme budget": 8}, "en", 0.6,
        extension_ok=_explained, renders_whole=whole.__contains__)


def test_a_coordinated_part_is_never_optional() -> None:
    # 性剥削和性虐待: "sexual exploitation" may count as whole (the gloss "sexual abuse"
    # pools its words), but "and abuse" names the term's other part.
    joint = {"sexual exploitation and abuse": 3, "sexual exploitation": 4}
    dropped = absorb_contained(joint, "en", 0.6, extension_ok=_explained,
                               renders_whole={"sexual exploitation"}.__contains__)
    assert dropped == {"sexual exploitation"}


def test_pairing_answers_the_rendering_every_pair_says() -> None:
    proposed = [(f"审议{y}两年期拟议方案预算。",
                 f"The Assembly considered the proposed programme budget for {y}.")
                for y in (2012, 2014, 2016)]
    plain = [(f"大会核准{y}两年期方案预算。",
              f"The Assembly approved the programme budget for {y}.")
             for y in (2013, 2015, 2017, 2019)]
    filler = [(f"第{i}段已经删除。", f"Paragraph {i} has been deleted.") for i in range(1, 13)]
    corpus = from_pairs([*proposed, *plain, *filler], document="budget")
    [pairing] = pair_terms(["方案预算"], corpus, lexicon=LEXICON)
    assert pairing.best is not None
    assert pairing.best.text == "programme budget"
    assert pairing.best.support == 7
