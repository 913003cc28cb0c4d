"""mine measures a word's share of one English answer among the pairs where it stands
outside the longer candidates listed, when it falls short in all its pairs: a word that is
also part of a name of its own is rendered there by the name's English (issue 12,
session 33)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.mining import FreeUses, _rendered_consistently, free_uses, mine
from termbase.pair.results import Candidate, TermPairing
from termbase.text.segment import JiebaSegmenter

_NAMES = [("开发署", "UNDP"), ("粮农组织", "FAO")]
# 难民 is "refugees" where it stands alone (6 pairs), and part of the agency's own name,
# 难民署 "UNHCR", in 4 more: 6 of its 10 pairs, short of 80 %; all 6 of its free ones.
_ACTS = [("{}帮助难民。", "{} helps refugees."),
         ("{}为难民提供援助。", "{} provides assistance to refugees."),
         ("{}保护难民。", "{} protects refugees."),
         ("{}和难民署合作。", "{} works with UNHCR."),
         ("难民署感谢{}。", "UNHCR thanked {}."),
         ("{}召开了会议。", "{} convened a meeting."),
         ("{}出席了会议。", "{} attended the session."),
         ("{}筹备了会议。", "{} prepared the conference."),
         ("{}在会议上发言。", "{} spoke at the plenary."),
         ("{}通过了预算。", "{} adopted the budget."),
         ("{}审议了报告。", "{} considered the report."),
         ("{}任命了主任。", "{} appointed a director."),
         ("{}关闭了办事处。", "{} closed an office.")]
_PAIRS = [(zh.format(name), en.format(english)) for name, english in _NAMES
          for zh, en in _ACTS]


def test_a_word_inside_a_name_of_its_own_is_weighed_by_its_free_uses() -> None:
    result = mine(from_pairs(_PAIRS), tokenizer=JiebaSegmenter(), max_terms=2)
    extracted = [c.term for c in result.extraction.candidates]
    # 难民署 is shortlisted (three of them), 难民 stands below it.
    assert extracted.index("难民署") < 3 <= extracted.index("难民")
    weighed = {m.candidate.term: m.termhood for m in (*result.concepts, *result.dropped)}
    assert weighed["难民"].english == "refugees"
    assert "below the shortlist" in weighed["难民"].reason


def test_free_uses_leave_out_the_pairs_where_a_longer_form_holds_the_word() -> None:
    corpus = from_pairs([("难民署帮助难民。", "UNHCR helps refugees."),
                         ("难民署召开会议。", "UNHCR met."),
                         ("难民问题", "The refugee question"),
                         ("保护难民。", "Protect them.")])
    # 难民问题 is no form listed: the word stands free there, and says "refugee".
    assert free_uses({"难民": "refugees"}, ["难民署", "开发署"], corpus) == {
        "难民": FreeUses(pairs=3, said=2)}
    assert free_uses({}, ["难民署"], corpus) == {}


def _pairing(support: int, occurrences: int) -> TermPairing:
    answer = Candidate("refugees", 0.6, support, support, support, 0.6, 50.0, 1.0)
    return TermPairing("难民", occurrences, (answer,))


def test_the_share_among_free_uses_counts_as_far_as_the_links_go() -> None:
    assert not _rendered_consistently(_pairing(6, 10))  # 60 % of all its pairs
    assert _rendered_consistently(_pairing(6, 10), FreeUses(pairs=7, said=6))
    # Said in the free pairs more often than linked: the links are the count.
    assert not _rendered_consistently(_pairing(6, 10), FreeUses(pairs=9, said=9))
    assert not _rendered_consistently(_pairing(6, 10), FreeUses(pairs=7, said=5))
    # Never free at all: no share to tell.
    assert not _rendered_consistently(_pairing(6, 10), FreeUses(pairs=0, said=0))
