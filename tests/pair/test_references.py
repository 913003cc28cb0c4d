"""Pairing where English refers back to a name by its head word (issue 12)."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.pairer import pair_terms

_PAIRS = [
    ("新闻部发布了新闻稿。", "The Department of Public Information issued a press release."),
    ("新闻部组织了活动。", "The Department of Public Information organized events."),
    ("新闻部支持多种语文。", "The Department of Public Information supports multilingualism."),
    ("新闻部的工作受到赞扬。", "The work of the Department was praised."),
    ("代表们感谢新闻部。", "Representatives thanked the Department."),
    ("新闻部将继续努力。", "The Department will continue its efforts."),
    ("新闻部提交了报告。", "The Department submitted a report."),
    ("新闻部加强了合作。", "The Department strengthened cooperation."),
    ("会议审议了预算。", "The meeting considered the budget."),
    ("维持和平行动部部署了部队。", "The Department of Peacekeeping Operations deployed troops."),
    ("各国支持合作。", "States support cooperation."),
    ("委员会通过了决议。", "The Committee adopted a resolution."),
]


_OTHER = [(f"各国讨论了议题{zh}。", f"States discussed the question of {en}.")
          for zh, en in zip("水粮能林海城路港矿油", ("water", "food", "energy", "forests",
                                                "oceans", "cities", "roads", "ports",
                                                "mining", "oil"), strict=True)]


def test_a_generic_short_reference_gives_way_to_the_full_name() -> None:
    (pairing,) = pair_terms(["新闻部"], from_pairs(_PAIRS + _OTHER * 3))
    assert pairing.candidates[0].text == "Department of Public Information"


class _Dictionary:
    """A one-entry dictionary: 安理会 means 'security council'."""

    def segment(self, text: str) -> list[str]:
        return ["安理会"] if "安理会" in text else list(text)

    def translations(self, word: str) -> frozenset[str]:
        from termbase.pair.dictionary import content_stems

        return frozenset(content_stems("security council")) if word == "安理会" else frozenset()


def test_a_candidate_one_word_too_long_gives_its_links_to_the_name_inside() -> None:
    resolution = [(f"安理会第{n}号决议。", f"Security Council resolution {n}.")
                  for n in range(2201, 2206)]
    plain = [("安理会举行了会议。", "The Security Council held a meeting."),
             ("安理会通过了声明。", "The Security Council adopted a statement."),
             ("安理会听取了通报。", "The Security Council heard a briefing."),
             ("各国支持安理会。", "States support the Security Council.")]
    (pairing,) = pair_terms(["安理会"], from_pairs(resolution + plain + _OTHER * 3),
                            lexicon=_Dictionary())
    assert pairing.candidates[0].text == "Security Council"
    assert pairing.candidates[0].support == 9
