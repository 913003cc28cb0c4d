"""Session 36: predicates among the candidates (issue 12): fixed expressions opened by an
adverb that opens no term."""

from __future__ import annotations

from termbase.extract.drafts import Draft, drop_fixed_clauses
from termbase.extract.statistics import NgramStats
from termbase.text.segment import JiebaSegmenter


def test_a_fixed_expression_opened_by_an_adverb_is_a_predicate() -> None:
    # jieba lists 密切合作 'cooperate closely' as one word, so the adverb 密切, which opens
    # no term as an n-gram's first word, was never seen: cut in two it is a clause. The
    # negation 不 makes a word of the opposite quality (不人道, 不结盟), not a clause.
    tokenizer = JiebaSegmenter()
    predicates = ("密切合作", "密切协作", "密切配合")
    words = (*predicates, "不人道", "不结盟", "发展中国家")
    assert [tokenizer.cut(w) for w in words] == [[w] for w in words]  # one dictionary word each
    drafts = {w: Draft(w, (w,), NgramStats(20, 2, 2.0, 2.0, 1.0), {"ngram"}) for w in words}
    drop_fixed_clauses(drafts, tokenizer)
    assert set(drafts) == {"不人道", "不结盟", "发展中国家"}


def test_an_ngram_opening_with_an_adverb_expression_is_refused() -> None:
    tokenizer = JiebaSegmenter()
    clause = ("密切合作", "打击", "恐怖主义")
    term = ("不结盟", "国家")
    drafts = {"".join(w): Draft("".join(w), w, NgramStats(20, 2, 2.0, 2.0, 1.0), {"ngram"})
              for w in (clause, term)}
    assert drop_fixed_clauses(drafts, tokenizer) == {"".join(clause)}
