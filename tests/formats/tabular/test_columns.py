"""Column recognition: the headers people write, in Chinese or English."""

from __future__ import annotations

import pytest

from termbase.formats.tabular.columns import Col, recognise
from termbase.formats.tabular.write import (
    LONG_HEADER,
)


@pytest.mark.parametrize(("header", "expected"), [
    ("中文", Col("term", "zh")), ("Chinese", Col("term", "zh")), ("zh-CN", Col("term", "zh")),
    ("中文术语", Col("term", "zh")), ("术语", Col("term", "zh")), ("英文", Col("term", "en")),
    (" English ", Col("term", "en")), ("译名", Col("term", "en")),
    ("Equivalent", Col("term", "en")), ("定义", Col("definition")),
    ("Definition (EN)", Col("definition", "en")), ("英文定义", Col("definition", "en")),
    ("定义（中文）", Col("definition", "zh")), ("例句", Col("context")),
    ("语境", Col("context")), ("出处", Col("source")), ("Document symbol", Col("source")),
    ("文号", Col("source")), ("REMARKS", Col("note")), ("注释", Col("note")),
    ("Acronym", Col("abbreviation")), ("缩写", Col("abbreviation")), ("状态", Col("status")),
    ("Subject field", Col("subject")), ("领域", Col("subject")), ("编号", Col("id")),
    ("其他中文术语", Col("other", "zh")), ("en other terms", Col("other", "en")),
    ("pt-BR", Col("term", "pt-BR")), ("context (fr)", Col("context", "fr")),
    ("Price", None), ("", None),
])
def test_headers_people_write_are_recognised(header: str, expected: Col | None) -> None:
    assert recognise(header) == expected


def test_long_header_columns_are_all_distinct() -> None:
    cols = [recognise(h) for h in LONG_HEADER]
    assert None not in cols
    assert len(set(cols)) == len(cols)
