"""Precision rules of session 30 (issue 12): what the candidate sources no longer take."""

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

