"""A glossary entry that is a general word, whose miss in a translated line is a hint
(check/general_word.py)."""

from __future__ import annotations

from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.general_word import _common_spellings, other_senses
from termbase.model import Concept, Glossary, LangSec, Term


def test_a_common_word_among_the_dictionarys_senses_is_a_general_word() -> None:
    assert other_senses(["meeting"], ("meeting", "conference")) == ("conference",)
    assert other_senses(["measures"], ("measure", "step")) == ("step",)
    # Alternatives after a semicolon are senses of their own; "to" is no word of them.
    assert other_senses(["progress"], ("to make headway", "to make progress")) == (
        "make headway",)


def test_a_term_has_no_other_senses() -> None:
    # Every sense says the English: one sense, in two forms.
    assert other_senses(["resolution"], ("a resolution", "to pass a resolution")) == ()
    assert other_senses(["economic"], ("economy", "economic")) == ()
    # Capitals make a name; several words a unit of their own.
    assert other_senses(["States"], ("country", "nation", "state")) == ()
    assert other_senses(["outcome document"], ("outcome", "document")) == ()
    # An English the dictionary does not give is the glossary's own choice.
    assert other_senses(["instruments"], ("document", "secretary", "secretariat")) == ()
    assert other_senses(["meeting"], ()) == ()


def _concept(cid: str, zh: str, en: str) -> Concept:
    return Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),))))


def _misses(english: str, zh: str, en: str) -> list[tuple[str, str]]:
    """The missing_target findings (severity, message) of the one-line draft against a
    glossary whose 措施 is ``english`` (and 框架 "framework")."""
    glossary = Glossary((_concept("m", "措施", english), _concept("f", "框架", "framework")))
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.severity.value, f.message) for f in check_draft(glossary, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_general_word_missing_from_a_translated_line_is_a_hint() -> None:
    # The dictionary gives 措施 "measure" and "step": the line chose the other.
    [(severity, message)] = _misses("measures", "各国政府采取了具体步骤和措施。",
                                    "Governments took concrete steps.")
    assert severity == "info"
    assert "a general word the glossary gives one rendering of" in message
    assert "“step”" in message


def test_a_term_missing_from_the_same_line_stays_an_error() -> None:
    # "countermeasures" is none of the dictionary's senses of 措施: the glossary's term.
    assert [s for s, _ in _misses("countermeasures", "各国政府采取了具体步骤和措施。",
                                  "Governments took concrete steps.")] == ["error"]


def test_a_general_word_missing_from_a_pair_that_does_not_translate_stays_an_error() -> None:
    # A misaligned pair misses the word whatever its sense: the reviser must look.
    assert [s for s, _ in _misses("measures", "各国政府采取了具体步骤和措施。",
                                  "Rainfall was heavy in the northern provinces.")] == ["error"]


def test_another_glossary_term_in_the_words_place_keeps_the_error() -> None:
    # "framework" is 框架's English, which the line lacks and nothing else of it says:
    # a wrong term put in the word's place.
    assert [s for s, _ in _misses("measures", "各国政府采取了具体步骤和措施。",
                                  "Governments took concrete steps and a framework.")
            ] == ["error"]


def _findings(concepts: list[tuple[str, str]], zh: str, en: str) -> list[tuple[str, str]]:
    """The missing_target findings (term, severity) of the one-line draft against a
    glossary of ``concepts`` (Chinese, English)."""
    glossary = Glossary(tuple(_concept(f"c{i}", z, e) for i, (z, e) in enumerate(concepts)))
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.term, f.severity.value) for f in check_draft(glossary, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_stand_in_beside_the_word_said_in_another_sense_takes_nothing_s_place() -> None:
    # "United Nations" stands in the line, which nothing of the source says, but the
    # line says 会议 as "conference", the dictionary's other sense, which no other word
    # of the line says: the word is rendered, in that sense.
    concepts = [("会议", "meeting"), ("联合国", "United Nations")]
    zh = "他询问草案是否将在下一次缔约方会议之前完成。"
    assert _findings(concepts, zh, "He asked whether the draft would be ready for the next "
                     "conference of parties to the United Nations convention.") == [
        ("会议", "info")]
    # Without the other sense, the stand-in keeps the error.
    assert _findings(concepts, zh, "He asked whether the draft would be ready for the next "
                     "session of parties to the United Nations convention.") == [
        ("会议", "error")]


def test_a_capitalised_common_word_among_the_senses_is_a_general_word() -> None:
    # "States" for 国家 is the dictionary's "state" with the house style's capital: the
    # line chose "countries", another of its senses. A miss in a translated line is a hint.
    glossary = Glossary((_concept("st", "国家", "States"),))
    draft = presplit_pair("许多国家采取了具体步骤。", "d.zh", "Many countries took concrete steps.",
                          "d.en")
    [finding] = [f for f in check_draft(glossary, draft).findings
                 if f.kind is FindingKind.MISSING_TARGET]
    assert finding.severity.value == "info"
    assert "“country”" in finding.message


def test_only_a_capitalised_english_word_is_read_in_lower_case() -> None:
    assert _common_spellings(["States", "Committee"]) == ["states", "committee"]
    # An acronym, a name of several words, a word the dictionary writes only with
    # capitals keep their spelling: other_senses reads them as terms.
    assert _common_spellings(["UNICEF", "Expert Group", "Geneva"]) == [
        "UNICEF", "Expert Group", "Geneva"]
