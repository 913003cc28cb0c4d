"""A glossary entry that is a general word, whose miss in a translated line is a hint
(check/general_word.py)."""

from __future__ import annotations

from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.general_word import _common_spellings, dictionary_rendering, other_senses
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


def test_a_word_the_glossary_renders_as_the_dictionary_does_is_a_general_word() -> None:
    # However few senses the dictionary lists, the glossary adds nothing to the word.
    assert dictionary_rendering(["government"], ("government",))
    assert dictionary_rendering(["economic"], ("economy", "economic"))
    assert dictionary_rendering(["meeting"], ("meeting", "conference"))
    # A term: English the dictionary does not give, several words, capitals, nothing.
    assert not dictionary_rendering(["instruments"], ("document", "secretariat"))
    assert not dictionary_rendering(["outcome document"], ("outcome", "document"))
    assert not dictionary_rendering(["Secretary-General"], ("secretary-general",))
    assert not dictionary_rendering(["government"], ())


def _one(zh_en: tuple[str, str], en: str, zh: str) -> list[tuple[str, str]]:
    """The missing_target findings (term, severity) of the one-line draft against a
    glossary of the one concept ``zh_en``."""
    return _findings([zh_en], zh, en)


def test_a_general_word_the_translation_names_otherwise_is_a_hint() -> None:
    # The State named for its Government: the dictionary's one sense of 政府 is the
    # glossary's, and the translation chose another wording.
    zh = "2014年7月，玻利维亚多民族国政府颁布新的儿童和青少年法，其中纳入了跨文化原则。"
    en = ("In July 2014, the Plurinational State of Bolivia promulgated the new code for "
          "children and adolescents, which incorporates the principle of interculturality.")
    assert _one(("政府", "Government"), en, zh) == [("政府", "info")]
    # A glossary term the dictionary does not give stays an error in the same line.
    assert _one(("政府", "Administration"), en, zh) == [("政府", "error")]


def test_a_general_word_whose_side_of_the_line_is_not_translated_stays_an_error() -> None:
    # The English stops before the term: nothing after it is rendered, a cut segment.
    zh = ("《约翰内斯堡执行计划》和联合国可持续发展大会题为“我们希望的未来”成果文件所载"
          "国际商定的与水有关的目标所提出的多项建议，")
    cut = ("the Johannesburg Plan of Implementation and the outcome document of the United "
           "Nations Conference on Sustainable Development, entitled “The future we want”,")
    assert _one(("国际", "international"), cut, zh) == [("国际", "error")]
    whole = cut[:-1] + (" containing the recommendations on the globally agreed goals "
                        "related to water,")
    assert _one(("国际", "international"), whole, zh) == [("国际", "info")]


def test_a_label_that_translates_its_line_drops_a_general_word() -> None:
    # A table cell: too few words for a sentence's share, one of them rendered.
    assert _one(("资源", "resources"), "Total requirements", "所需资源共计") == [
        ("资源", "info")]
    assert _one(("国家", "States"), "Asia (7)", "亚洲国家(7)") == [("国家", "info")]
    # A label of another line renders none of its words: the reviser must look.
    assert _one(("资源", "resources"), "Western embassies", "所需资源共计") == [
        ("资源", "error")]


def test_a_general_word_in_a_pair_that_renders_little_of_its_line_stays_an_error() -> None:
    # A misaligned pair on the same topic: the translation's words are the line's
    # ("Task Force", "tobacco"), but it renders few of the line's words.
    zh = ("最近，工作队的工作范围有所扩大，包括根据2018年生效的《消除烟草制品非"
          "法贸易议定书》向各国提供支持。")
    other = ("To strengthen collaboration across Task Force members, a Task Force working "
             "group on tobacco control was established in 2017.")
    assert _one(("贸易", "trade"), other, zh) == [("贸易", "error")]
    own = ("Recently, the scope of the Task Force's work has expanded to include support to "
           "States under the Protocol to Eliminate Illicit Tobacco Products, in force since "
           "2018.")
    assert _one(("贸易", "trade"), own, zh) == [("贸易", "info")]


def test_a_general_word_in_a_pair_too_short_for_its_line_stays_an_error() -> None:
    # Several sentences against one of them: fewer English words than the line allows.
    zh = ("修改1966年儿童与青年人(就业)法案(法案350)及其他相关法律和条例"
          "，以确保可允许工作的可接受的条件，包括对轻微工作以及作为家佣工作的条件明"
          "确严格的详细说明，使国家劳动规定完全符合国际劳工标准，以及符合《公约》("
          "第1条)所规定的儿童的定义； 大力加强最低年龄标准的执法力度，包括要求雇"
          "主具备在其场所工作的所有儿童的年龄的证据，并在被要求的情况下出示这些证据"
          "； 加强劳工查检，并向劳工检查人员提供一切必要的支持，包括关于童工的专门"
          "知识，以便使其得以有效地在国家和地方各级监督劳动法标准的执行情况，并接受"
          "、调查和处理关于违法指控的投诉； 确保所有工作儿童，包括在非正规部门工作"
          "的儿童，有接受初级和中级义务免费教育的机会，包括职业培训，并且其工作的性"
          "质不得妨碍其上学； 争取劳工组织消除童工国际方案的技术援助。")
    en = ("(c) strengthen the labour inspectorate and provide the labour inspectors with all "
          "the necessary support, including child labour expertise, with a view to enabling "
          "them to monitor effectively at the state and local level the implementation of "
          "labour law standards and to receive, investigate and address complaints of alleged "
          "violations;")
    assert _one(("国际", "international"), en, zh) == [("国际", "error")]


def test_words_the_dictionary_never_glosses_do_not_make_a_pair_untranslated() -> None:
    # Lower-cased names ("karp", "doek": no gloss writes them, in any case) say nothing
    # either way: the rest of the translation renders its line, which dropped 会议 for
    # the group it names.
    zh = "卡普女士和杜克先生主持了会前工作组的会议。"
    assert _findings([("会议", "meeting")], zh,
                     "ms. karp and mr. doek chaired the pre-sessional working group."
                     ) == [("会议", "info")]
    # Set aside, they do not make another line's translation one of this line.
    assert _findings([("会议", "meeting")], zh,
                     "ms. karp and mr. doek visited the northern provinces in spring."
                     ) == [("会议", "error")]


def test_months_the_glosses_write_capitalised_still_count_against_the_pair() -> None:
    # The glosses write "July" and "June" only with a capital: still words the
    # dictionary knows (七月, 六月), which a line that lacks them does not translate.
    # Read as names, they were set aside and the pair seemed to translate its line.
    assert _findings([("会议", "meeting")], "工作组举行了会议。",
                     "the working group met in july, june, october and november."
                     ) == [("会议", "error")]


def test_latin_words_the_source_line_holds_render_themselves() -> None:
    # A web address copied into the Chinese line: its pieces ("unesco", "http",
    # "portal": words the glosses write) are the line's own, not another line's.
    address = "http://portal.unesco.org/culture/files/39157/scovazzi_e.pdf"
    en = f"this study is available on the unesco website: {address}."
    assert _findings([("报告", "report")], f"该研究报告可在教科文组织网站上查阅：{address}。", en
                     ) == [("报告", "info")]


def test_a_general_word_inside_a_name_given_by_its_head_is_a_hint() -> None:
    # 行动 modifies 委员会, the head of the name, which the translation gives alone ("The
    # Commission"): the words before the term are the name's modifiers, left unsaid,
    # not a side of the line a cut segment lost.
    concepts = [("行动", "action")]
    zh = "国家打击性别暴力协调行动委员会设立了具体的工作组。"
    assert _findings(concepts, zh, "The Commission has established specific and distinct "
                     "working groups.") == [("行动", "info")]


def test_a_general_word_beside_an_unrendered_side_without_a_named_head_stays_an_error() -> None:
    # The same words with no head of a name after the term, or a head the translation
    # does not render: five words before the term and none of them rendered, a segment
    # cut there.
    concepts = [("行动", "action")]
    assert _findings(concepts, "国家打击性别暴力协调行动设立了具体的工作组。",
                     "It has established specific and distinct working groups.") == [
        ("行动", "error")]
    assert _findings(concepts, "国家打击性别暴力协调行动委员会设立了具体的工作组。",
                     "It has established specific and distinct working groups.") == [
        ("行动", "error")]
