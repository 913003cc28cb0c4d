"""termbase mine's pipeline: every form of an extracted concept is paired (issue 12)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.mining import MiningResult, mine
from termbase.pair.termhood import NO_ENGLISH, RENDERED
from termbase.text.segment import JiebaSegmenter

_ACTORS = [("联合国开发计划署", "The United Nations Development Programme"), ("开发署", "UNDP"),
           ("世界卫生组织", "The World Health Organization"), ("世卫组织", "WHO"),
           ("联合国难民事务高级专员办事处", "The Office of the High Commissioner"),
           ("难民署", "UNHCR")]
_TEMPLATES = [("{}支持各国。", "{} supports countries."),
              ("{}发表了报告。", "{} issued a report."),
              ("{}提供援助。", "{} provides assistance."),
              ("{}与会员国合作。", "{} cooperates with Member States."),
              ("{}评价了方案。", "{} evaluated the programme."),
              ("{}召开了会议。", "{} convened a meeting."),
              ("{}参加了讨论。", "{} took part in the discussion."),
              ("{}加强协调。", "{} strengthens coordination.")]
_DEFINITIONS = [("联合国开发计划署(开发署)负责发展。",
                 "The United Nations Development Programme (UNDP) works on development."),
                ("世界卫生组织(世卫组织)负责卫生。",
                 "The World Health Organization (WHO) works on health.")]


def test_short_forms_are_paired_on_their_own() -> None:
    pairs = [(zh.format(a), en.format(b)) for a, b in _ACTORS for zh, en in _TEMPLATES]
    result = mine(from_pairs(pairs + _DEFINITIONS), tokenizer=JiebaSegmenter(), max_terms=30)
    concept = next(c for c in result.extraction.candidates if "开发署" in c.forms())
    assert "联合国开发计划署" in concept.forms()  # the name's first word is not lost
    answers = {p.term: p.candidates[0].text for p in result.report.pairings if p.candidates}
    assert answers["开发署"] == "UNDP"
    assert answers["联合国开发计划署"] == "United Nations Development Programme"


def _mined(max_terms: int) -> MiningResult:
    pairs = [(zh.format(a), en.format(b)) for a, b in _ACTORS for zh, en in _TEMPLATES]
    return mine(from_pairs(pairs + _DEFINITIONS), tokenizer=JiebaSegmenter(),
                max_terms=max_terms)


def test_a_term_without_english_gives_its_place_to_one_further_down() -> None:
    result = _mined(9)
    extracted = [c.term for c in result.extraction.candidates]
    kept = [m.candidate.term for m in result.concepts]
    assert len(kept) == 9
    # 评价 ("evaluated") is the extractor's ninth and has no stable English; a
    # candidate from the longer shortlist takes its place.
    assert "评价" in extracted[:9] and "评价" not in kept
    assert set(kept) - set(extracted[:9])


def test_the_output_opens_with_the_surest_concepts() -> None:
    result = _mined(30)
    tiers = [m.termhood.tier for m in result.concepts]
    assert tiers == sorted(tiers) and tiers[0] == RENDERED and tiers[-1] == NO_ENGLISH
    forms = [f for m in result.concepts for f in m.candidate.forms()]
    assert [p.term for p in result.report.pairings] == list(dict.fromkeys(forms))
    frame = result.to_frame()
    first = frame[frame["term"] == "联合国开发计划署"].iloc[0]
    assert first["concept"] == 1 and "capitalised" in first["termhood"]
    assert "no English" in frame.iloc[-1]["termhood"]


def test_the_shortlist_s_other_concepts_are_reported_as_dropped() -> None:
    result = _mined(9)
    kept = [m.candidate.term for m in result.concepts]
    dropped = [m.candidate.term for m in result.dropped]
    # Kept and dropped together are the shortlist (1.5 × 9 concepts), each once, and
    # the concepts from below it rendered alike in most of their pairs.
    below = [m for m in (*result.concepts, *result.dropped)
             if "below the shortlist" in m.termhood.reason]
    assert len(kept) + len(dropped) - len(below) == min(14, len(result.extraction.candidates))
    assert not set(kept) & set(dropped)
    assert "评价" in dropped
    # None of them was surer than the last one kept.
    assert all(m.termhood.sort_key() >= result.concepts[-1].termhood.sort_key()
               for m in result.dropped)
