"""Tests of termbase.check.learned.dictionary: jieba's dictionary read without loading the
segmenter."""

from __future__ import annotations

from pathlib import Path

from termbase.check.learned import dictionary
from termbase.text.segment import JiebaSegmenter


def test_the_dictionary_cuts_as_jieba_does() -> None:
    runs = ["其他国际会议重叠的衔接会议", "出席美洲国家组织第十八届大会特别大使", "圣萨尔瓦多",
            "联合国系统各组织的代表以及政府间组织", "国际法院经常依靠自身"]
    strings = {r[a:b] for r in runs for a in range(len(r)) for b in range(a + 1, len(r) + 1)}
    counts, total = dictionary.dictionary_counts(strings)
    segmenter = JiebaSegmenter()
    for run in runs:
        ends = [0]
        for word in segmenter.cut(run):
            ends.append(ends[-1] + len(word))
        assert dictionary.cut_points(run, counts, total) == set(ends), run


def test_the_dictionary_total_is_kept_in_the_cache(cache: Path) -> None:
    first = dictionary.dictionary_counts({"联合国"})
    kept = list(cache.glob("jieba-dict-total-*"))
    assert len(kept) == 1
    assert int(kept[0].read_text(encoding="ascii")) == first[1]
    kept[0].write_text("not a number", encoding="ascii")  # a damaged cache is summed again
    assert dictionary.dictionary_counts({"联合国"}) == first
    assert int(kept[0].read_text(encoding="ascii")) == first[1]
