"""What the candidate sources and the draft rules no longer take as terms (issue 12): a
debate's theme, an attribute before a conjunction, a transliterated place at a term's end."""

from __future__ import annotations

from termbase.extract.candidates import titles


def test_a_theme_quoted_after_its_subject_word_is_no_title() -> None:
    # 主题为 ("the theme is") ends with 题为 ("entitled"); what it quotes is the subject
    # of a debate, a sentence said once, not the title of an instrument or agenda item.
    theme = "决定本届会议的主题为“在各级加强合作：推动转型，以应对日益严重的挑战”，"
    assert titles(theme) == []
    assert titles("讨论的议题为“区域合作的新办法”") == []
    # 题为 standing alone (or after 标题, a document's heading) still cites a title.
    assert titles("列入题为“全面彻底裁军”的项目") == ["全面彻底裁军"]
    assert titles("一份标题为“加强人权领域的国际合作”的报告") == ["加强人权领域的国际合作"]


def test_uses_before_a_conjunction_do_not_show_a_modifier_ending_its_phrase() -> None:
    from termbase.extract.drafts import Draft, rescore_with_characters
    from termbase.extract.evidence import Evidence
    from termbase.extract.statistics import NgramStats

    # 人道主义 (humanitarian) qualifies the noun after it (援助, 组织 …), also across a
    # coordination (人道主义和发展援助): there 和 follows it though the phrase goes on to
    # the shared head. Those uses tell nothing of how its phrases end; of the others, it
    # ends almost none. 缔约国 also stands before 和, and ends its phrases elsewhere too.
    def draft(text: str) -> Draft:
        made = Draft(text, (text,), NgramStats(60, 2, 2.0, 2.0, 1.0), {"ngram"},
                     c_value=60.0, specificity=500.0)
        made.rescore()
        return made

    def seen(after: dict[str, int]) -> Evidence:
        found = Evidence(freq=60)
        found.left.update({"的": 20, "提": 20, "国": 20})
        found.right.update(after)
        return found

    attribute, noun = draft("人道主义"), draft("缔约国")
    rescore_with_characters(
        [attribute, noun],
        {"人道主义": seen({"援": 30, "组": 18, "和": 10}),  # 2 before punctuation
         "缔约国": seen({"大": 30, "和": 15})})  # 15 before punctuation
    assert attribute.score < 0.01 * noun.score


def test_a_place_jieba_transliterates_ends_no_term() -> None:
    from termbase.extract.tag_filters import edge_tag_reason

    # jieba tags a transliterated name 'nrt' (南斯拉夫, 加勒比): a place or a person, as
    # 'ns' is. A last word that long is judged after a single character (前, 和) too: it
    # is the dictionary's whole word, not a piece of a word the segmenter split.
    tags = {"前": "f", "南斯拉夫": "nrt", "拉丁美洲": "ns", "和": "c", "加勒比": "nrt",
            "埃": "ns", "博拉": "nrt", "任": "r", "择": "v", "议定书": "n"}
    assert edge_tag_reason(("前", "南斯拉夫"), tags) == "tag-end"
    assert edge_tag_reason(("拉丁美洲", "和", "加勒比"), tags) == "tag-end"
    # A short last word after a single character may be a split word's piece (埃|博拉,
    # Ebola); a noun after a split word stays (任|择|议定书).
    assert edge_tag_reason(("埃", "博拉"), tags) is None
    assert edge_tag_reason(("任", "择", "议定书"), tags) is None
