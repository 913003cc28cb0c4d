"""A rendering of the whole term inside a longer best candidate is the answer
(termbase.pair.answers.whole_inside, termbase.pair.dictionary.renders_every_word)."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.answers import TermEvidence, whole_inside
from termbase.pair.dictionary import renders_just_the_term
from termbase.pair.results import Candidate

# CC-CEDICT glosses 有 by suffixes only ("-ful", "-ed"): in 有组织 it is a bound morpheme.
LEXICON = Lexicon.from_pairs([
    ("跨国", "transnational"), ("有", "-ful"), ("有", "-ed"), ("组织", "organize"),
    ("犯罪", "crime"), ("国际", "international"), ("法院", "court"),
    ("联合国", "United Nations"), ("会员国", "member state"),
])


def _evidence(term: str, kept: dict[str, int]) -> TermEvidence:
    return TermEvidence(term, kept, dict(kept), lambda key: (0.5, 20.0, 0.5), {}, LEXICON, 2)


def _best(text: str) -> Candidate:
    return Candidate(text, 0.7, 2, 2, 2, 1.0, 20.0, 0.4)


def test_a_bound_morpheme_need_not_be_rendered() -> None:
    assert renders_just_the_term("跨国有组织犯罪", "transnational organized crime", LEXICON)


def test_the_whole_rendering_inside_a_span_one_phrase_too_long_is_the_answer() -> None:
    long = "transnational organized crime vary by context"
    kept = {long: 2, "transnational organized crime": 2, "organized crime": 2}
    answer = whole_inside(_best(long), long, _evidence("跨国有组织犯罪", kept))
    assert (answer.text, answer.support, answer.score) == (
        "transnational organized crime", 2, 0.7)


def test_names_and_words_the_term_means_are_not_cut() -> None:
    name = "International Court of Justice"
    kept = {"international court of justice": 3, "international court": 3}
    best = Candidate(name, 0.7, 3, 3, 3, 1.0, 20.0, 0.4)
    assert whole_inside(best, name.lower(), _evidence("国际法院", kept)) is best
    # "nations" is the term's own word, though "members of the united" reads it loosely.
    long = "state member of the united nation"
    kept = {long: 7, "member of the united": 7}
    best = _best("states members of the united nations")
    assert whole_inside(best, long, _evidence("联合国会员国", kept)) is best
