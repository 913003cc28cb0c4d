"""A short form answered by its full name's head word takes the name
(termbase.pair.answers.named_as_full_form, issue 12)."""

from __future__ import annotations

from dataclasses import dataclass

from termbase.pair.answers import FULL_FORM, abbreviates, named_as_full_form
from termbase.pair.corpus import MemoryCorpus, from_pairs
from termbase.pair.pairer import pair_terms
from termbase.pair.results import Candidate, TermPairing
from termbase.pair.termhood import rank_concepts


@dataclass(frozen=True)
class _Concept:
    """An extracted concept as rank_concepts reads one."""

    term: str

    def forms(self) -> tuple[str, ...]:
        return (self.term,)


def _pairing(term: str, *answers: tuple[str, int]) -> TermPairing:
    candidates = tuple(Candidate(text, support / 10, support, support, support, 0.5, 50.0)
                       for text, support in answers)
    return TermPairing(term, 30, candidates)


def _answers(pairings: dict[str, TermPairing], concepts: list[tuple[str, ...]] | None = None
             ) -> dict[str, list[str]]:
    named = named_as_full_form(pairings, concepts or [(term,) for term in pairings])
    return {term: [c.text for c in p.candidates] for term, p in named.items()}


def test_an_abbreviation_answered_by_the_head_word_takes_its_full_forms_name() -> None:
    name = ("Economic and Social Council", 24)
    pairings = {"经济及社会理事会": _pairing("经济及社会理事会", name),
                "经社理事会": _pairing("经社理事会", ("Council", 3))}
    named = named_as_full_form(pairings, [("经济及社会理事会",), ("经社理事会",)])
    short = named["经社理事会"]
    assert [c.text for c in short.candidates] == ["Economic and Social Council", "Council"]
    # The name's evidence is the full form's, and says so.
    assert short.candidates[0].method == FULL_FORM
    assert short.candidates[0].support == 24
    assert named["经济及社会理事会"] == pairings["经济及社会理事会"]
    [(_, termhood)] = rank_concepts([_Concept("经社理事会")], named)  # type: ignore[list-item]
    assert "'Economic and Social Council' as its full form is" in termhood.reason


def test_forms_of_one_concept_need_not_abbreviate_each_other() -> None:
    pairings = {"人权理事会": _pairing("人权理事会", ("Human Rights Council", 20)),
                "该理事会": _pairing("该理事会", ("Council", 4))}
    grouped = _answers(pairings, [("人权理事会", "该理事会")])
    assert grouped["该理事会"][0] == "Human Rights Council"
    # Apart, 该理事会 abbreviates nothing (its first character is not the name's).
    assert _answers(pairings)["该理事会"] == ["Council"]


def test_acronyms_names_of_their_own_and_words_inside_a_term_stay() -> None:
    full = _pairing("安全理事会", ("Security Council", 40))
    assert _answers({"安全理事会": full, "安理会": _pairing("安理会", ("UNSC", 5))})[
        "安理会"] == ["UNSC"]
    assert _answers({"安全理事会": full, "安理会": _pairing("安理会", ("Security Council", 5))})[
        "安理会"] == ["Security Council"]
    assert _answers({"安全理事会": full, "安理会": _pairing("安理会", ("Council", 5))})[
        "安理会"] == ["Security Council", "Council"]
    # 理事会 inside 安全理事会 is the generic word, rendered "Council" in its own right.
    council = _pairing("理事会", ("Council", 9))
    assert _answers({"安全理事会": full, "理事会": council})["理事会"] == ["Council"]
    # A name that ends in another word is not the head word's.
    assert _answers({"安全理事会": _pairing("安全理事会", ("Security Council members", 9)),
                     "安理会": _pairing("安理会", ("Council", 5))})["安理会"] == ["Council"]


def test_an_abbreviation_keeps_the_ends_and_order_of_its_full_form() -> None:
    assert abbreviates("经社理事会", "经济及社会理事会")
    assert abbreviates("安理会", "安全理事会")
    assert not abbreviates("理事会", "安全理事会")  # another first character
    assert not abbreviates("安全理事", "安全理事会")  # one stretch of it
    assert not abbreviates("安事理会", "安全理事会")  # out of order


def _council_corpus(short: str) -> MemoryCorpus:
    """The full name said three times; ``short`` six times, rendered "the Council"."""
    named = [("经济及社会理事会通过了决议。",
              "The Economic and Social Council adopted a resolution."),
             ("经济及社会理事会举行会议。", "The Economic and Social Council held a meeting."),
             ("请经济及社会理事会审议报告。",
              "The Economic and Social Council is invited to consider the report.")]
    headed = [(f"{short}决定推迟审议。", "The Council decided to postpone consideration."),
              (f"{short}注意到说明。", "The Council took note of the note."),
              (f"{short}选举了主席。", "The Council elected its President."),
              (f"{short}通过了议程。", "The Council adopted its agenda."),
              (f"{short}听取了发言。", "The Council heard statements."),
              (f"{short}结束了会议。", "The Council concluded its session.")]
    filler = [(f"第{i}段已经删除。", f"Paragraph {i} has been deleted.") for i in range(1, 13)]
    return from_pairs([*named, *headed, *filler], document="council")


def test_pair_terms_names_a_listed_full_forms_short_form() -> None:
    corpus = _council_corpus("经社理事会")
    full, short = pair_terms(["经济及社会理事会", "经社理事会"], corpus)
    assert full.best is not None and full.best.text == "Economic and Social Council"
    assert [(c.text, c.method) for c in short.candidates] == [
        ("Economic and Social Council", FULL_FORM), ("Council", "association")]
    # Alone, the short form has no full form to take the name from.
    [alone] = pair_terms(["经社理事会"], corpus)
    assert [c.text for c in alone.candidates] == ["Council"]


def test_pair_terms_takes_forms_of_one_concept_from_the_caller() -> None:
    corpus = _council_corpus("该理事会")
    terms = ["经济及社会理事会", "该理事会"]
    # 该理事会 abbreviates nothing: only a caller who knows the two are one concept
    # (a glossary's variants) joins them.
    assert [c.text for c in pair_terms(terms, corpus)[1].candidates] == ["Council"]
    grouped = pair_terms(terms, corpus, concepts=[tuple(terms)])[1]
    assert [c.text for c in grouped.candidates] == ["Economic and Social Council", "Council"]
