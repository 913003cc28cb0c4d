"""Counting in chunks: how a corpus is cut, how partial counts are merged, and the
candidate search narrowed to wanted keys."""

from __future__ import annotations

import gc
import gzip
import pickle
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pair._fixtures import PAIRS, corpus
from termbase.pair.corpus import (
    INDEX_EVERY,
    ConcatCorpus,
    LineAlignedCorpus,
    SegmentPair,
    chunks,
    from_pairs,
)
from termbase.pair.counting import (
    Cooccurrence,
    Direction,
    LocalEngine,
    count_running_words,
    merge_tree,
    worker_pool,
)
from termbase.pair.ngrams import ChineseNgrams, EnglishNgrams, KeySet
from termbase.pair.pairer import PairSettings, pair_terms_report

TERMS = ["行动纲领", "国际追查文书", "大会", "发展中国家", "秘书长", "罕见术语"]


def write_shard(folder: Path, name: str, lines: int, *, compress: bool = False,
                bom: bool = False) -> tuple[Path, Path]:
    """``lines`` numbered line pairs cycling through the synthetic corpus (an empty pair
    every 97th line), plain or gzip. The numbers let the corpus check see that line i
    translates line i."""
    zh_lines, en_lines = [], []
    for n in range(lines):
        zh, en = PAIRS[n % len(PAIRS)]
        empty = n % 97 == 96
        zh_lines.append("" if empty else f"{n}. {zh}")
        en_lines.append("" if empty else f"{n}. {en}")
    paths = []
    for side, text in (("zh", zh_lines), ("en", en_lines)):
        data = ("\ufeff" if bom else "") + "\n".join(text) + "\n"
        path = folder / (f"{name}.{side}" + (".gz" if compress else ""))
        if compress:
            path.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
        else:
            path.write_text(data, encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


# --- chunks --------------------------------------------------------------------------


@pytest.mark.parametrize("size", [1, 999, 1000, 1500, 5000])
def test_line_ranges_cover_every_pair_once_in_order(tmp_path: Path, size: int) -> None:
    shard = LineAlignedCorpus.open(*write_shard(tmp_path, "a", 2 * INDEX_EVERY + 345))
    cut = list(chunks(shard, size))
    read = [item for chunk in cut for item in chunk.pairs()]
    assert [pair for _, pair in read] == list(shard)
    positions = [position for position, _ in read]
    assert positions == sorted(set(positions))
    assert len(cut) == -(-shard.lines // max(INDEX_EVERY, -(-size // INDEX_EVERY)
                                            * INDEX_EVERY))


def test_a_chunk_travels_without_its_shard_index(tmp_path: Path) -> None:
    shard = LineAlignedCorpus.open(*write_shard(tmp_path, "a", 3 * INDEX_EVERY))
    last = list(chunks(shard, INDEX_EVERY))[-1]
    copy = pickle.loads(pickle.dumps(last))
    assert list(copy.pairs()) == list(last.pairs())
    assert len(pickle.dumps(last)) < 2000  # a description, not text


def test_gzip_shard_reads_like_the_plain_one_in_one_chunk(tmp_path: Path) -> None:
    plain = LineAlignedCorpus.open(*write_shard(tmp_path, "a", 2500))
    packed = LineAlignedCorpus.open(*write_shard(tmp_path, "b", 2500, compress=True),
                                    document="a.zh")
    assert list(packed) == list(plain)
    assert len(list(chunks(packed, 1000))) == 1
    assert [p for c in chunks(packed, 1000) for _, p in c.pairs()] == list(plain)


def test_a_byte_order_mark_survives_seeking_into_the_middle(tmp_path: Path) -> None:
    shard = LineAlignedCorpus.open(*write_shard(tmp_path, "a", 2500, bom=True))
    read = [pair for chunk in chunks(shard, 1000) for _, pair in chunk.pairs()]
    assert read == list(shard) and not read[0].zh.startswith("\ufeff")


def test_concatenated_and_held_corpora_keep_corpus_order(tmp_path: Path) -> None:
    both = ConcatCorpus((LineAlignedCorpus.open(*write_shard(tmp_path, "a", 1200)),
                         from_pairs(PAIRS * 3)))
    read = [item for chunk in chunks(both, 1000) for item in chunk.pairs()]
    assert [pair for _, pair in read] == list(both)
    assert [position for position, _ in read] == sorted(position for position, _ in read)


# --- merging -------------------------------------------------------------------------


@pytest.mark.parametrize("count", range(1, 10))
def test_merge_tree_is_a_fixed_balanced_tree(count: int) -> None:
    merged = merge_tree((str(n) for n in range(count)), lambda a, b: f"({a}{b})")
    assert merged.replace("(", "").replace(")", "") == "".join(map(str, range(count)))
    expected = {1: "0", 2: "(01)", 3: "((01)2)", 5: "(((01)(23))4)",
                7: "(((01)(23))((45)6))"}
    if count in expected:
        assert merged == expected[count]


def test_merge_tree_holds_few_partial_results() -> None:
    held: list[int] = []
    waiting = 0

    def results():  # type: ignore[no-untyped-def]
        nonlocal waiting
        for n in range(1000):
            waiting += 1
            held.append(waiting)
            yield n

    def merge(a: int, b: int) -> int:
        nonlocal waiting
        waiting -= 1
        return a + b

    assert merge_tree(results(), merge) == sum(range(1000))
    assert max(held) <= 11  # log2(1000) + 1


# --- the same answers however the corpus is cut ---------------------------------------


def _answers(report: object) -> list[dict[str, object]]:
    return [p.to_dict() for p in report.pairings]  # type: ignore[attr-defined]


def test_chunking_and_workers_do_not_change_the_answers(tmp_path: Path) -> None:
    shards = ConcatCorpus((LineAlignedCorpus.open(*write_shard(tmp_path, "a", 2600)),
                           LineAlignedCorpus.open(*write_shard(tmp_path, "b", 700,
                                                               compress=True)),
                           corpus()))
    whole = pair_terms_report(TERMS, shards, settings=PairSettings(batch_size=10**6))
    seen: list[tuple[str, int, int]] = []
    engine = LocalEngine(2, progress=lambda *event: seen.append(event))
    cut = pair_terms_report(TERMS, shards,
                            settings=PairSettings(workers=2, batch_size=1000, engine=engine))
    assert _answers(cut) == _answers(whole) and cut.stats == whole.stats
    assert {label for label, _, _ in seen} == {"cooccurrence", "marginals", "links"}
    assert ("links", 5, 5) in seen  # 3 ranges + 1 gzip shard + 1 held


def test_merged_counts_stay_bounded(tmp_path: Path) -> None:
    shard = LineAlignedCorpus.open(*write_shard(tmp_path, "a", 3000))
    report = pair_terms_report(TERMS, shard, settings=PairSettings(
        batch_size=1000, max_entries=60))
    assert report.stats["pruned below"] > 0


# --- narrowing the candidate search ---------------------------------------------------

_EN_WORDS = st.sampled_from(["the", "of", "and", "General", "Assembly", "programme",
                             "Programmes", "action", "States", "parties", "2015", "10",
                             "Council's", "least", "developed", "countries", "arms"])
_EN_GAPS = st.sampled_from([" ", " ", " ", ", ", ". ", " (", ") "])


@st.composite
def english(draw: st.DrawFn) -> str:
    words = draw(st.lists(_EN_WORDS, min_size=1, max_size=14))
    gaps = draw(st.lists(_EN_GAPS, min_size=len(words), max_size=len(words)))
    return "".join(w + g for w, g in zip(words, gaps, strict=True)).strip()


@given(st.lists(english(), min_size=1, max_size=4), st.booleans(), st.data())
def test_spans_within_wanted_keys_are_the_wanted_spans(texts: list[str], enumerations: bool,
                                                      data: st.DataObject) -> None:
    side = EnglishNgrams(4)
    every = [span for text in texts for span in side.spans(text, enumerations=enumerations)]
    keys = sorted({span.key for span in every})
    wanted = KeySet.of(data.draw(st.lists(st.sampled_from(keys), unique=True)) if keys
                       else [], "en")
    for text in texts:
        narrowed = side.spans(text, enumerations=enumerations, within=wanted)
        assert narrowed == [s for s in side.spans(text, enumerations=enumerations)
                            if s.key in wanted.keys]


@given(st.lists(st.text(alphabet="大会的行动纲领和国际，发展中家", max_size=20), min_size=1,
                max_size=3), st.data())
def test_chinese_spans_within_wanted_keys_are_the_wanted_spans(texts: list[str],
                                                              data: st.DataObject) -> None:
    side = ChineseNgrams()
    keys = sorted({span.key for text in texts for span in side.spans(text)})
    wanted = KeySet.of(data.draw(st.lists(st.sampled_from(keys), unique=True)) if keys
                       else [], "zh")
    for text in texts:
        assert side.spans(text, within=wanted) == [s for s in side.spans(text)
                                                   if s.key in wanted.keys]


def test_a_term_inside_a_longer_term_belongs_to_it_but_an_overlap_takes_nothing() -> None:
    from termbase.pair.counting import TermFinder

    terms = ["跨国有组织犯罪", "组织犯罪作为资金", "联合国打击跨国有组织犯罪公约", "大会",
             "缔约方大会"]
    finder = TermFinder(terms, "zh")
    # A mined fragment overlapping the term must not take its place in the sentence.
    assert finder.find("恐怖分子将跨国有组织犯罪作为资金来源") == [0, 1]
    # Inside a longer listed name the shorter term is part of that name, not a use.
    assert finder.find("加入联合国打击跨国有组织犯罪公约") == [2]
    assert finder.find("缔约方大会和大会") == [4, 3]


def test_the_pool_leaves_this_process_garbage_collector_as_it_was() -> None:
    # Objects are frozen only while the workers fork: the parent collects them again.
    with worker_pool(1) as pool:
        assert pool.apply(sum, ([1, 2],)) == 3
    assert gc.get_freeze_count() == 0


def test_running_words_are_counted_in_cased_documents_only() -> None:
    pairs = [SegmentPair("", "It went to the Sixth Committee, the Committee said.", "c", 1),
             SegmentPair("", "it went to the sixth committee.", "lower", 1)]
    counts = count_running_words(pairs, frozenset({"sixth committee"}), Direction("zh"),
                                 frozenset({"c"}))
    assert counts == Counter({("Sixth", "c", True): 1, ("Committee", "c", False): 2})
    # No cased document, no evidence: the pass reads nothing.
    assert not count_running_words(pairs, frozenset({"sixth committee"}), Direction("zh"),
                                   frozenset())


def test_merged_cooccurrences_add_the_smaller_table_to_the_larger() -> None:
    small = Counter({"general assembly": 2, "assembly": 1})
    large = Counter({f"candidate {n}": 1 for n in range(50)} | {"general assembly": 5})
    left = Cooccurrence(pairs=3, term_counts=Counter({0: 3}), joint={0: small})
    right = Cooccurrence(pairs=60, term_counts=Counter({0: 55}), joint={0: large})
    merged = left.merge(right)
    # The counts are the sums, whichever side holds the larger table ...
    assert merged.joint[0]["general assembly"] == 7 and merged.joint[0]["assembly"] == 1
    assert sum(merged.joint[0].values()) == 50 + 5 + 3
    # ... which took the smaller one's entries: it was not copied entry by entry.
    assert merged.joint[0] is large
    assert merged.pairs == 63 and merged.term_counts == {0: 58}
