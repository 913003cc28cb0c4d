"""Tests of termbase.formats.tabular.write: the layout of a glossary sheet that prints."""

from __future__ import annotations

from collections import Counter

import pytest

from termbase.formats.tabular import write
from termbase.formats.tabular.write import (
    LINE_HEIGHT,
    PAGE_BUDGET,
    column_widths,
    display_width,
    line_count,
    row_heights,
)

TITLE = "《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》"


NOTE = ("Chinese titles of instruments and documents are recorded with their marks "
        "exactly as the resolutions write them. ") * 4


def test_a_narrow_table_keeps_each_column_at_its_longest_line() -> None:
    rows = [["ID", "zh", "en"], ["sa-poa", "行动纲领", "Programme of Action"]]
    assert column_widths(rows, {1}) == [8, 10, 21]


def test_a_wide_table_fits_the_page_and_a_full_title_gets_room() -> None:
    header = ["ID", "zh", "en", *(f"note {i}" for i in range(12))]
    rows = [header, *(["c1", TITLE, "Programme of Action", *[NOTE] * 12] for _ in range(5))]
    widths = column_widths(rows, {1, 2})
    assert sum(widths) <= PAGE_BUDGET
    # Every column keeps at least the width of its header's longest word.
    assert all(w >= display_width(h.split()[0]) + 2 for w, h in zip(widths, header,
                                                                     strict=True))
    # The title column is among the widest: a title broken over many lines is unreadable.
    assert widths[1] >= sorted(widths)[-3]


def test_each_sample_cell_is_wrapped_once_per_width_tried(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Every step of the widening tries each growable column one step wider; wrapping its
    # cells again at a width already tried made the layout most of the time 'termbase
    # build' takes to write its workbooks.
    calls: Counter[tuple[str, int]] = Counter()
    wrap = write.line_count

    def counted(text: str, width: int) -> int:
        calls[(text, width)] += 1
        return wrap(text, width)

    monkeypatch.setattr(write, "line_count", counted)
    header = ["ID", "zh", "en", *(f"note {i}" for i in range(12))]
    rows = [header, *([f"c{r}", f"{TITLE}{r}", f"Programme of Action {r}",
                       *(f"{NOTE}{r}.{c}" for c in range(12))] for r in range(5))]
    widths = column_widths(rows, {1, 2})
    assert sum(widths) <= PAGE_BUDGET
    assert calls and max(calls.values()) == 1


def test_display_width_counts_characters_from_the_cjk_radicals_on_as_two() -> None:
    assert display_width("UN") == 2
    assert display_width("é\u2e80") == 2  # below the CJK radicals: narrow
    assert display_width("\u2e81行动") == 6
    assert display_width("𠀀a") == 3  # outside the basic plane too


def test_row_heights_fit_every_wrapped_cell() -> None:
    rows = [["ID", "note"], ["c1", NOTE], ["c2", "short\nsecond line"]]
    widths = [8, 30]
    heights = row_heights(rows, widths)
    assert heights[1] == LINE_HEIGHT * line_count(NOTE, 30) > LINE_HEIGHT * 5
    assert heights[2] == 2 * LINE_HEIGHT
    # A CJK character takes two columns: 33 of them do not fit in 40.
    assert line_count(TITLE, 40) == 2
