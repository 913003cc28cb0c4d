"""Lexicon parsing, stemming, forward maximum matching and glossary entries."""

from __future__ import annotations

from termbase.align.lexicon import (
    Lexicon,
    content_stems,
    default_text,
    kept_stems,
    parse_cedict,
    read_cedict,
    stem,
)
from termbase.model import Concept, Glossary, LangSec, Term

CEDICT_LINES = [
    "# CC-CEDICT sample written for this test",
    "軍費 军费 [jun1 fei4] /military expenditure/",
    "說 说 [shuo1] /to speak/to say/to explain/",
    "說 说 [shui4] /to persuade/",
    "個 个 [ge4] /individual/this/that/CL:個|个[ge4]/",
    "冗辭 冗辞 [rong3 ci2] /variant of 冗詞|冗词[rong3 ci2]/",
    "大會 大会 [da4 hui4] /general assembly/general meeting/convention/(coll.) big event/",
    "not a dictionary line",
]


def test_parse_cedict_indexes_both_scripts_and_merges_readings() -> None:
    entries = parse_cedict(CEDICT_LINES)
    assert entries["军费"] == entries["軍費"] == {"milita", "expend"}
    assert {"speak", "say", "persua"} <= entries["说"]
    assert entries["个"] == {"indivi"}  # "this", "that" are stop words; CL: dropped
    assert "冗辞" not in entries  # only a cross-reference
    assert "coll" not in entries["大会"] and "assemb" in entries["大会"]


def test_stem_conflates_inflections() -> None:
    assert stem("governments") == stem("government") == stem("governing")
    assert stem("created") == stem("create") == stem("creating")
    assert content_stems("The Secretary-General of the United Nations") == [
        "secret", "genera", "unit", "nation"]


def test_segment_uses_longest_entry_and_skips_unknown() -> None:
    lexicon = Lexicon(parse_cedict(CEDICT_LINES))
    assert lexicon.segment("大会军费说明X") == ["大会", "军费", "说"]
    assert Lexicon.empty().segment("大会") == []


def test_from_pairs_and_glossary() -> None:
    glossary = Glossary((Concept("c1", (
        LangSec("zh", (Term("小武器和轻武器"), Term("轻小武器"))),
        LangSec("en", (Term("small arms and light weapons"),)))),))
    lexicon = Lexicon.from_pairs([("行动纲领", "Programme of Action")]).with_glossary(glossary)
    assert lexicon.translations("行动纲领") == {"progra", "action"}
    assert lexicon.translations("轻小武器") == {"small", stem("arms"), "light", "weapon"}
    assert len(lexicon) == 3
    assert lexicon.fingerprint() != Lexicon.empty().fingerprint()


def test_an_entrys_stems_are_those_of_its_glosses_each_read_alone() -> None:
    # kept_stems reads an entry's glosses as one text: no stem may span two glosses,
    # so every entry of the dictionary gets what a reading of each gloss gives.
    entries = list(read_cedict(default_text().splitlines()))
    assert len(entries) > 100_000
    for _, kept in entries:
        assert kept_stems(kept) == {s for gloss in kept for s in content_stems(gloss)}


def test_a_possessive_pronoun_beside_an_article_or_a_content_word_or_alone_is_a_noun() -> None:
    # "mine" is a stop word as the pronoun, which stands for a whole noun phrase inside a
    # clause: beside an article or a content word of its phrase, or alone, it is the noun,
    # whose plural is a term's English (地雷 'mines'; pairing's key folds it to "mine").
    # Read by its neighbours, not by its spelling alone.
    entries = parse_cedict([
        "地雷 地雷 [di4 lei2] /land mine/sore point; weak spot/",
        "礦 矿 [kuang4] /ore/a mine/",
        "礦山 矿山 [kuang4 shan1] /mine/",
        "礦坑 矿坑 [kuang4 keng1] /mine shaft/",
        "我的 我的 [wo3 de5] /my; mine/",
        "我的書 我的书 [wo3 de5 shu1] /the book is mine/",
        "兩個 两个 [liang3 ge4] /land/of mine/",
        "礦井 矿井 [kuang4 jing3] /shaft/mine/",
    ])
    mine = stem("mines")
    assert all(mine in entries[word] for word in ("地雷", "矿", "矿山", "矿坑", "矿井"))
    assert "我的" not in entries  # after a semicolon, beside "my": the pronoun
    assert mine not in entries["我的书"] and mine not in entries["两个"]
    assert content_stems("mine") == [mine]  # a key folded from "mines"
    assert content_stems("anti-personnel mine") == ["anti", "person", mine]
    assert content_stems("mine action") == [mine, "action"]
    assert content_stems("a friend of mine") == ["friend"]
