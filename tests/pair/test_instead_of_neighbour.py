"""A term whose links go to its company's English is answered by what every pair says
that the company does not (termbase.pair.answers.said_instead_of_neighbour)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.answers import TermEvidence, said_instead_of_neighbour
from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import PairSettings, pair_terms

LEXICON = Lexicon.from_pairs([
    ("代表", "represent"), ("发言", "speak"), ("会员国", "member state"), ("报告", "report"),
    ("特别", "special"), ("说", "say"),
])

Stats = tuple[float, float, "float | None"]

# The term always stands in "speaking on behalf of …", beside 会员国.
EXAMPLES = ["副主席代表特别报告员发言，介绍了会员国的意见。",
            "副主席代表特别报告员发言说，会员国应当合作。",
            "秘书代表特别报告员发言，感谢会员国。"]


def _answer(kept: dict[str, int], stats: dict[str, Stats], occurrences: int = 3,
            examples: list[str] = EXAMPLES) -> str | None:
    ev = TermEvidence("特别报告员", kept, dict(kept), stats.get, {}, LEXICON, 2)
    return said_instead_of_neighbour(occurrences, 10.83, examples, ev)


KEPT = {"speaking": 3, "rapporteur": 3, "member state": 3, "said": 2}
STATS: dict[str, Stats] = {"speaking": (1.0, 37.0, 0.0), "rapporteur": (1.0, 37.0, 0.0),
                           "member state": (0.1, 14.0, 0.0), "said": (0.3, 20.0, 0.0)}


def test_what_every_pair_says_and_the_company_does_not_is_the_answer() -> None:
    # "speaking" and "Member States" render 发言 and 会员国 beside the term in every pair;
    # "said" is not in every pair; "Rapporteur", which the dictionary does not give for
    # 报告员, is what is left.
    assert _answer(KEPT, STATS) == "rapporteur"


def test_no_answer_without_a_candidate_the_company_leaves() -> None:
    # Not in every pair of the term, or not significant there: no answer.
    assert _answer({**KEPT, "rapporteur": 2}, STATS) is None
    assert _answer(KEPT, {**STATS, "rapporteur": (1.0, 5.0, 0.0)}) is None
    # A term in no more pairs than an answer needs gives no evidence of its own.
    assert _answer(KEPT, STATS, occurrences=2, examples=EXAMPLES[:2]) is None


def test_the_dictionarys_reading_then_exclusivity_decide_between_candidates() -> None:
    kept = {**KEPT, "special rapporteur": 3}
    read = {**STATS, "special rapporteur": (0.5, 30.0, 0.5)}
    assert _answer(kept, read) == "special rapporteur"
    unread = {**STATS, "special rapporteur": (0.5, 30.0, 0.0)}
    assert _answer(kept, unread) == "rapporteur"


def test_pairing_answers_the_terms_own_english_instead_of_its_companys() -> None:
    said = [("副主席代表特别报告员发言，介绍了报告。",
             "The Vice-Chair, speaking on behalf of the Rapporteur, introduced the report."),
            ("副主席代表特别报告员发言说，工作已经完成。",
             "The Vice-Chair, speaking on behalf of the Rapporteur, said the work was done."),
            ("秘书代表特别报告员发言，感谢各方。",
             "Speaking for the Rapporteur, the Secretary thanked all parties."),
            *[(f"第{n}段已经删除。", f"Paragraph {n} has been deleted.") for n in range(1, 13)]]
    settings = PairSettings(check_alignment=False)
    [pairing] = pair_terms(["特别报告员"], from_pairs(said, "d"), lexicon=LEXICON,
                           settings=settings)
    assert pairing.best is not None, pairing.abstained_reason
    assert pairing.best.text == "Rapporteur"
    assert pairing.best.support == 3
    assert "speaking" not in [c.text for c in pairing.candidates]
