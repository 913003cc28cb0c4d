"""The dictionary read word by word from its compiled table (termbase.check.glosses),
with jieba's part of speech."""

from __future__ import annotations

import sqlite3
from importlib.metadata import version
from pathlib import Path

import pytest

from termbase.align import lexicon
from termbase.align.lexicon import default_lexicon_key, load_default_lexicon, read_cedict
from termbase.check import glosses
from termbase.check.glosses import (
    dictionary_glosses,
    dictionary_senses,
    english_vocabulary,
    english_words,
    glossed_words,
)
from termbase.text.word_tags import dictionary_tags

WORDS = ["缔约方", "可持续发展", "不是一个词语吧"]


def test_the_table_answers_like_the_lexicon(cache: Path) -> None:
    found = dictionary_glosses(WORDS)
    lexicon = load_default_lexicon()
    assert {w: g.stems for w, g in found.items()} == {
        w: lexicon.translations(w) for w in WORDS[:2]}
    assert "party" in found["缔约方"].stems
    assert found["缔约方"].tag == "n"  # jieba's part of speech
    assert found["可持续发展"].tag == ""  # a word jieba lacks
    assert found["可持续发展"].senses == ("sustainable development",)  # its glosses whole
    assert [p.name for p in cache.glob("*.sqlite")] == [
        f"{default_lexicon_key()}-jieba{version('jieba')}-t4.sqlite"]
    # Read from the table now that it is there.
    assert dictionary_glosses(WORDS) == found


def test_the_table_is_written_from_one_reading_of_the_dictionary(
        monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    # Each entry's kept glosses give its stems and its senses: the file is decompressed
    # and split once, and the aligner's lexicon is neither parsed apart nor pickled.
    real = lexicon.default_text
    calls: list[int] = []

    def counted() -> str:
        calls.append(1)
        return real()

    monkeypatch.setattr("termbase.align.lexicon.default_text", counted)
    monkeypatch.setattr("termbase.check.glosses.default_text", counted)
    assert "party" in dictionary_glosses(WORDS)["缔约方"].stems
    assert len(calls) == 1
    assert [p.suffix for p in cache.iterdir()] == [".sqlite"]


@pytest.mark.slow
def test_the_table_holds_every_word_as_the_dictionary_reads_it(cache: Path) -> None:
    dictionary_glosses(WORDS)
    (table,) = cache.glob("*.sqlite")
    with sqlite3.connect(table) as db:
        rows = {w: (stems, tag, senses)
                for w, stems, tag, senses in db.execute("SELECT * FROM glosses")}
        english = {w for (w,) in db.execute("SELECT word FROM english WHERE lower")}
        written = {w for (w,) in db.execute("SELECT word FROM english")}
    text = lexicon.default_text()
    senses = dictionary_senses(read_cedict(text.splitlines()))
    tags = dictionary_tags()
    assert rows == {w: (" ".join(sorted(stems)), tags.get(w, ""), "/".join(senses.get(w, ())))
                    for w, stems in load_default_lexicon().items()}
    assert english == english_vocabulary(text)
    assert written == english_vocabulary(text, any_case=True)


def test_without_a_cache_the_lexicon_answers(monkeypatch: pytest.MonkeyPatch,
                                             cache: Path) -> None:
    monkeypatch.setenv("TERMBASE_NO_CACHE", "1")
    found = dictionary_glosses(WORDS)
    assert "sustai" in found["可持续发展"].stems
    assert found["缔约方"].tag == "n"
    assert found["可持续发展"].senses == ("sustainable development",)
    assert english_words(["unit", "unep"]) == {"unit"}
    assert glossed_words(["unit", "july", "karp"]) == {"unit", "july"}
    assert not list(cache.glob("*.sqlite"))


def test_without_a_cache_the_file_is_read_once_for_each_word(
        monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    # A check asks the dictionary for each reason a miss may have in turn, mostly about
    # the same words: without the table, each asking read the whole file.
    monkeypatch.setenv("TERMBASE_NO_CACHE", "1")
    glosses._read_from_file.cache_clear()
    real = lexicon.default_text
    calls: list[int] = []

    def counted() -> str:
        calls.append(1)
        return real()

    monkeypatch.setattr("termbase.check.glosses.default_text", counted)
    first = dictionary_glosses(WORDS)
    assert dictionary_glosses(WORDS[1:]) == {"可持续发展": first["可持续发展"]}
    assert dictionary_glosses(WORDS) == first and len(calls) == 1
    assert dictionary_glosses(["会议", *WORDS])["会议"].senses and len(calls) == 2
    glosses._read_from_file.cache_clear()
    assert dictionary_glosses(WORDS) == first  # what a fresh reading gives
    glosses._read_from_file.cache_clear()


def test_a_damaged_table_is_ignored_and_rebuilt(cache: Path) -> None:
    found = dictionary_glosses(WORDS)
    (table,) = cache.glob("*.sqlite")
    table.write_bytes(b"not a database at all" * 100)
    assert dictionary_glosses(WORDS) == found  # read from the dictionary instead
    assert not table.exists()  # removed, so the next run writes it again


def test_english_words_are_those_the_glosses_write_in_lower_case(cache: Path) -> None:
    # UNICEF is glossed in capitals only: an acronym, not a word.
    asked = ["union", "nations", "unicef", "unep", "organization"]
    assert english_words(asked) == {"union", "nations", "organization"}
    assert english_words(asked) == {"union", "nations", "organization"}  # from the table


def test_glossed_words_are_those_the_glosses_write_in_any_case(cache: Path) -> None:
    # Months, places and acronyms the glosses write capitalised are words the dictionary
    # knows (七月 "July", 叙利亚 "Syria"); a name no gloss writes is not.
    asked = ["july", "syria", "unicef", "unions", "karp", "unops"]
    assert glossed_words(asked) == {"july", "syria", "unicef", "unions"}
    assert glossed_words(asked) == {"july", "syria", "unicef", "unions"}  # from the table
    assert english_words(asked) == {"unions"}


def test_the_dictionary_tells_english_words_from_acronyms() -> None:
    assert english_words(["under", "unit", "unions", "unep", "unic", "undafs"]) == {
        "under", "unit", "unions"}


def test_the_senses_are_the_glosses_of_the_common_word() -> None:
    text = "\n".join([
        "# a comment",
        "資源 资源 [Zi1 yuan2] /Ziyuan county in Guilin/",
        "資源 资源 [zi1 yuan2] /natural resource (such as water)/resource (such as manpower)/",
        "進展 进展 [jin4 zhan3] /to make headway; to make progress/",
        "措施 措施 [cuo4 shi1] /measure/step/CL:個|个[ge4]/",
    ])
    senses = dictionary_senses(read_cedict(text.splitlines()))
    # A place's entry is no sense; notes in parentheses and classifiers are dropped.
    assert senses["资源"] == senses["資源"] == ("natural resource", "resource")
    assert senses["进展"] == ("to make headway", "to make progress")
    assert senses["措施"] == ("measure", "step")
    assert dictionary_senses(read_cedict(text.splitlines()), ["措施"]) == {
        "措施": ("measure", "step")}


def test_the_table_rows_are_what_the_dictionary_readers_give() -> None:
    # The table is built in one pass over the lines (a fresh installation's first check
    # pays for it); it must hold what cedict_stems, dictionary_senses and
    # english_vocabulary give, line for line: comments, malformed lines, a proper name's
    # entry, two entries of one headword, a headword in Latin letters, notes, classifiers,
    # glosses kept or left whole, alternatives after a semicolon, stop words and letters.
    text = "\n".join([
        "# CC-CEDICT",
        "#! version=1",
        "",
        "資源 资源 [Zi1 yuan2] /Ziyuan county in Guilin/",
        "資源 资源 [zi1 yuan2] /natural resource (such as water)/resource (such as manpower)/",
        "進展 进展 [jin4 zhan3] /to make headway; to make progress/to make headway/",
        "措施 措施 [cuo4 shi1] /measure/step/CL:個|个[ge4]/",
        "卡拉OK 卡拉OK [ka3 la1 O K] /karaoke/",
        "甲 甲 [jia3] /first of the ten Heavenly Stems/(used for an unspecified person) A/",
        "乙 乙 [yi3] /see 乙[yi3]/variant of 一/",
        "聯合國 联合国 [Lian2 he2 guo2] /United Nations/UN/",
        "粗 粗 [cu1] /coarse/; ;thick/a/",
        "一個 一个 /no reading at all/",
        "三 個 詞 [san1] /three words/",
        "UNEP is not an entry ] /unep (lower case)/",
        "会議 会议 [hui4 yi4]/meeting/",
        "會議 会议 [hui4 yi4] /meeting/conference/meeting; session/",
    ])
    tags = {"资源": "n", "会议": "n", "进展": "v", "粗": "a"}
    read = list(read_cedict(text.splitlines()))
    stems, senses = lexicon.cedict_stems(read), dictionary_senses(read)
    rows, english = glosses.table_rows(text, tags)
    assert rows == [(w, " ".join(sorted(s)), tags.get(w, ""), "/".join(senses.get(w, ())))
                    for w, s in stems.items()]
    assert [w for w, lower in english if lower] == sorted(english_vocabulary(text))
    assert [w for w, _ in english] == sorted(english_vocabulary(text, any_case=True))
    assert ("unep", True) in english and ("united", False) in english
    assert {w: (s, t, g) for w, s, t, g in rows}["会议"] == (
        "confer meet sessio", "n", "meeting/conference/session")
