"""Bilingual termhood weighs how many pairs attest a concept's answer (session 35)."""

from __future__ import annotations

from termbase.extract.model import Candidate as Concept
from termbase.pair.results import Candidate, TermPairing
from termbase.pair.termhood import SUPPORT_CAP, rank_concepts


def _concept(term: str) -> Concept:
    return Concept(term, 1.0, 10, 1, ("ngram",))


def _paired(term: str, english: str, support: int) -> TermPairing:
    return TermPairing(term, support, (Candidate(english, 0.8, support, support, support,
                                                 0.8, 20.0),))


def _order(answers: list[tuple[str, str, int]]) -> list[str]:
    concepts = [_concept(term) for term, _, _ in answers]
    pairings = {term: _paired(term, english, support) for term, english, support in answers}
    return [concepts[i].term for i, _ in rank_concepts(concepts, pairings)]


def test_an_answer_attested_in_many_pairs_outranks_a_name_used_once_ranked_just_above() -> None:
    # Extraction ranks the long title above 酷刑; its English is attested once, 酷刑's in
    # 20 (lower-cased English, as MultiUN's: no capitals to tell).
    order = _order([("一般性辩论", "general debate", 8),
                    ("关于和平解决国际争端的马尼拉宣言",
                     "manila declaration on the peaceful settlement of international disputes", 1),
                    ("酷刑", "torture", 20)])
    assert order == ["一般性辩论", "酷刑", "关于和平解决国际争端的马尼拉宣言"]


def test_support_past_the_cap_adds_nothing() -> None:
    # A general word used in hundreds of pairs does not climb over a term in enough pairs.
    order = _order([("工作方法", "working methods", SUPPORT_CAP),
                    ("委员会", "committee", 50 * SUPPORT_CAP)])
    assert order == ["工作方法", "委员会"]


def test_the_chinese_rank_still_counts_among_well_attested_answers() -> None:
    order = _order([(f"术语{i}", f"term {i}", 5 + i) for i in range(4)])
    assert order == ["术语0", "术语1", "术语2", "术语3"]
