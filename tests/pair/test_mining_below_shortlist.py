"""mine admits, from below its shortlist, candidates one English answer renders in most
of their pairs (issue 12, session 32)."""

from __future__ import annotations

import pytest

from termbase.pair import mining
from termbase.pair.corpus import from_pairs
from termbase.pair.mining import MiningResult, _rendered_consistently, mine
from termbase.pair.results import Candidate, TermPairing
from termbase.text.segment import JiebaSegmenter

_NAMES = [("开发署", "UNDP"), ("世卫组织", "WHO"), ("难民署", "UNHCR"), ("粮农组织", "FAO")]
# 儿童 is rendered "children" every time; 会议, as often used, by four different words.
_ACTS = [("{}支持各国的儿童。", "{} supports the children of all countries."),
         ("{}保护难民营里的儿童。", "{} protects children in refugee camps."),
         ("{}为儿童提供援助。", "{} provides assistance to children."),
         ("{}关心儿童的健康。", "{} cares about the health of children."),
         ("{}召开了会议。", "{} convened a meeting."),
         ("{}出席了会议。", "{} attended the session."),
         ("{}筹备了会议。", "{} prepared the conference."),
         ("{}在会议上发言。", "{} spoke at the plenary.")]


def _mined(max_terms: int) -> MiningResult:
    pairs = [(zh.format(name), en.format(english)) for name, english in _NAMES
             for zh, en in _ACTS]
    return mine(from_pairs(pairs), tokenizer=JiebaSegmenter(), max_terms=max_terms)


def test_a_word_rendered_alike_below_the_shortlist_is_weighed() -> None:
    result = _mined(2)
    extracted = [c.term for c in result.extraction.candidates]
    # Two kept of a shortlist of three: 儿童 and 会议 stand below it.
    assert extracted.index("儿童") >= 3 and extracted.index("会议") >= 3
    weighed = {m.candidate.term: m.termhood for m in (*result.concepts, *result.dropped)}
    assert weighed["儿童"].english == "children"
    assert "below the shortlist" in weighed["儿童"].reason
    assert "counted as rank 1000" in weighed["儿童"].reason
    # Its English scatters: 会议 is not weighed at all.
    assert "会议" not in weighed


def test_it_counts_as_ranked_at_the_given_place(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted as rank 1000, the shortlist's rendered names stay before it.
    assert [m.candidate.term for m in _mined(2).concepts] == ["世卫组织", "粮农组织"]
    # Counted as the list's end (rank 2): 难民署 from below it, and 开发署 from the
    # shortlist's tail (rank 3), rendered alike too, which keeps its place before it
    # (session 33; before, 难民署 passed it).
    monkeypatch.setattr(mining, "CONSISTENT_RANK", 1)
    result = _mined(2)
    assert [m.candidate.term for m in result.concepts] == ["世卫组织", "粮农组织"]
    ranked = [m.candidate.term for m in (*result.concepts, *result.dropped)]
    assert ranked.index("开发署") < ranked.index("难民署")
    reasons = {m.candidate.term: m.termhood.reason for m in result.dropped}
    assert reasons["开发署"].startswith("Chinese rank 3, rendered alike")
    assert "counted as rank 2" in reasons["开发署"]
    assert "below the shortlist" in reasons["难民署"] and "counted as rank 2" in reasons["难民署"]


def _pairing(support: int, occurrences: int, dictionary: float | None) -> TermPairing:
    answer = Candidate("children", 0.9, support, support, support, 0.9, 50.0, dictionary)
    return TermPairing("儿童", occurrences, (answer,))


def test_rendered_alike_means_most_pairs_and_a_whole_reading() -> None:
    assert _rendered_consistently(_pairing(16, 20, 1.0))
    assert _rendered_consistently(_pairing(16, 20, None))  # the dictionary knows no word
    assert not _rendered_consistently(_pairing(15, 20, 1.0))  # under 80 % of its pairs
    assert not _rendered_consistently(_pairing(4, 4, 1.0))  # too few pairs
    # A piece of a name rendered by the English of part of it.
    assert not _rendered_consistently(_pairing(16, 20, 0.5))
    assert not _rendered_consistently(TermPairing("儿童", 20, (), "too rare"))
    assert not _rendered_consistently(None)


def test_mine_asks_extraction_for_the_near_specific_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Extraction ranks the field's most used words (难民, 法治) beyond any shortlist;
    # mine has them listed for their English to tell (session 33).
    import termbase.extract as extract

    asked: list[int] = []
    original = extract.extract_terms

    def spy(*args: object, **kwargs: object) -> object:
        asked.append(kwargs["settings"].frequent_words)  # type: ignore[attr-defined]
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "extract_terms", spy)
    _mined(2)
    assert asked == [mining.CONSISTENT_SUPPORT]
