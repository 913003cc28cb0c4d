"""A missing term the translation holds inside a longer English word on both sides: a
hint, not an error (check/longer_word.py)."""

from __future__ import annotations

import pytest

from check._stand_in import last_line_miss, missing_targets
from termbase.check.longer_word import _class_stems
from termbase.model import Concept, Glossary, LangSec, Term

_WORDS = Glossary((
    Concept("gov", (LangSec("zh", (Term("政府"),)), LangSec("en", (Term("Government"),)))),
    Concept("peace", (LangSec("zh", (Term("和平"),)), LangSec("en", (Term("peace"),)))),
    Concept("st", (LangSec("zh", (Term("国家"),)), LangSec("en", (Term("States"),)))),
))


# 政府 "Government", 和平 "peace": words a dictionary sense says, general words since
# 65ddbda (check/general_word), whose miss in a translated line is a hint whatever the
# longer word shows; the tests here ask what the longer word shows.
pytestmark = pytest.mark.usefixtures("entries_as_terms")


def _missing(zh: str, en: str, glossary: Glossary = _WORDS) -> list[tuple[str, str]]:
    return missing_targets(glossary, zh, en)


def test_a_term_inside_a_longer_word_on_both_sides_is_a_hint() -> None:
    assert _missing("其他政府间机构提交了报告。",
                    "Other intergovernmental bodies submitted reports.") == [("政府", "info")]
    assert _missing("委员会讨论了建设和平问题。",
                    "The Commission discussed peacebuilding.") == [("和平", "info")]


def test_a_term_of_several_words_whose_edge_word_is_inside_a_longer_one_is_a_hint() -> None:
    # 次区域组织 (UNv1 development set): the source glues 次 "sub-" to 区域组织 "regional
    # organizations", the translation "sub" to its first word.
    g = Glossary((Concept("ro", (LangSec("zh", (Term("区域组织"),)),
                                 LangSec("en", (Term("regional organizations"),)))),))
    zh = "需要重新着力解决非洲联盟同其次区域组织之间的辅助性问题。"
    en = ("The issue of subsidiarity between the African Union and its {} needs to be "
          "addressed with renewed vigour.")
    assert _missing(zh, en.format("subregional organizations"), g) == [("区域组织", "info")]
    # The term's other word changed, or dropped, or the source term standing alone
    # (其区域组织, "its regional organizations"): an error.
    assert _missing(zh, en.format("subregional bodies"), g) == [("区域组织", "error")]
    assert _missing(zh, en.format("organizations"), g) == [("区域组织", "error")]
    assert _missing(zh.replace("其次区域组织", "其区域组织"),
                    en.format("subregional organizations"), g) == [("区域组织", "error")]


def test_the_longer_english_word_alone_is_no_evidence() -> None:
    # 政府 stands alone in the source (between the grammar characters 了 and 和): the
    # English compound renders something else, and the Government is missing.
    assert _missing("会议听取了政府和专家的意见。",
                    "The meeting heard intergovernmental experts.") == [("政府", "error")]


def test_the_term_must_stand_whole_in_the_longer_word() -> None:
    # "statement" holds "state", not the glossary's "States".
    assert _missing("会议听取了国家发言。", "The meeting heard a statement.") == [
        ("国家", "error")]


def test_a_removed_term_stays_an_error() -> None:
    assert _missing("其他政府间机构提交了报告。", "Other bodies submitted reports.") == [
        ("政府", "error")]


def test_an_acronym_inside_a_longer_word_is_no_evidence() -> None:
    # "un" is in "Countries" by chance of spelling.
    glossary = Glossary((Concept("un", (LangSec("zh", (Term("联合国"),)),
                                        LangSec("en", (Term("UN"),)))),))
    assert _missing("第五次联合国最不发达国家问题会议",
                    "The fifth Conference on the Least Developed Countries",
                    glossary) == [("联合国", "error")]


_PLURALS = Glossary((
    Concept("tool", (LangSec("zh", (Term("工具"),)), LangSec("en", (Term("tools"),)))),
    Concept("wpn", (LangSec("zh", (Term("武器"),)), LangSec("en", (Term("weapons"),)))),
))


def test_a_plural_term_inside_a_compound_as_its_singular_is_a_hint() -> None:
    # "toolkit" holds "tool", the singular of the glossary's "tools", and "kit", a word
    # of its own: the compound renders 工具包, and 工具 in it.
    assert _missing("各国使用了该工具包。", "Countries used the toolkit.",
                    _PLURALS) == [("工具", "info")]
    assert _missing("各国使用了这些工具包。", "Countries used the toolkits.",
                    _PLURALS) == [("工具", "info")]


@pytest.mark.usefixtures("entries_as_terms")  # 武器, 成果: general words
def test_a_singular_with_no_word_beside_it_is_no_compound() -> None:
    # "weaponry" holds "weapon", but "ry" is no word: a derivation, which needs the
    # glossary's own form inside it.
    assert _missing("各国削减了核武器库。", "Countries reduced their weaponry.",
                    _PLURALS) == [("武器", "error")]


@pytest.mark.usefixtures("entries_as_terms")  # 武器, 成果: general words
def test_a_singular_before_a_suffix_is_no_compound() -> None:
    # "resulting" opens with "result", the singular of "results", but "ing" is a suffix
    # (the dictionary's glosses write "-ing" as a word): a derived word, no compound.
    glossary = Glossary((Concept("res", (LangSec("zh", (Term("成果"),)),
                                         LangSec("en", (Term("results"),)))),))
    assert _missing("其成果是政策得到了改善。", "The policy improved as a resulting change.",
                    glossary) == [("成果", "error")]


_GLOSSARY = Glossary((Concept("eco", (LangSec("zh", (Term("经济"),)),
                                      LangSec("en", (Term("economic"),)))),))


def _severity(zh: str, en: str) -> str:
    return last_line_miss(_GLOSSARY, [(zh, en)])


# Session 36: a missing term the translation gives in a word derived from its English by a
# suffix, where the source term stands as a word of its own (check/longer_word.derived_word):
# 经济 "economic" as "economically" is the same word in another word class.

def test_the_term_in_a_word_derived_from_it_is_a_hint() -> None:
    assert _severity("城市和农村在经济、社会和环境方面是相互依存的。",
                     "Cities and rural areas are interdependent economically, socially "
                     "and environmentally.") == "info"


def test_a_compound_ending_in_the_term_needs_a_longer_source_word() -> None:
    # "socioeconomic" holds "economic" at its end: a compound, not the same word.
    assert _severity("城市和农村在经济、社会和环境方面是相互依存的。",
                     "Cities and rural areas are socioeconomically and environmentally "
                     "interdependent.") == "error"


def test_without_the_derived_word_the_miss_stays_an_error() -> None:
    assert _severity("城市和农村在经济、社会和环境方面是相互依存的。",
                     "Cities and rural areas are interdependent socially and "
                     "environmentally.") == "error"


# Session 45: the term's English in another word class or number (check/longer_word.
# other_word_class): Chinese does not mark the class, 经济 is "economy" and "economic".

def test_the_term_in_another_form_of_the_same_word_is_a_hint() -> None:
    # Inside a longer source word as well as alone.
    assert _severity("发展中国家和经济转型国家提交了报告。",
                     "Developing countries and countries with economies in transition "
                     "submitted reports.") == "info"
    assert _severity("城市和农村在经济方面是相互依存的。",
                     "Cities and rural areas depend on each other's economy.") == "info"


def test_a_word_of_another_ending_is_another_word() -> None:
    # "economist": the stem before an ending that is no word class's.
    assert _severity("城市和农村在经济方面是相互依存的。",
                     "The economist says cities and rural areas depend on each other.") == (
        "error")
    assert _class_stems("general") & _class_stems("generic") == set()
    assert _class_stems("international") & _class_stems("internal") == set()
    assert _class_stems("regional") & _class_stems("regions") == {"region"}


# Session 47: the participle of the term's word, perhaps after a prefix (UNv1
# development set 3232, 2269): 资源 "resources" rendered "adequately resourced",
# "underresourced".
_RESOURCES = Glossary((
    Concept("res", (LangSec("zh", (Term("资源"),)), LangSec("en", (Term("resources"),)))),
    Concept("src", (LangSec("zh", (Term("来源"),)), LangSec("en", (Term("sources"),)))),
))


def test_the_term_as_a_participle_perhaps_prefixed_is_a_hint() -> None:
    zh = "支持设立结构合理、资源充足的规划机构。"
    assert _missing(zh, "Support planning agencies that are properly structured and "
                    "adequately resourced.", _RESOURCES) == [("资源", "info")]
    assert _missing(zh, "Support planning agencies that are properly structured and "
                    "not under-resourced.", _RESOURCES) == [("资源", "info")]
    assert _missing("这给本已资源不足的人道主义应急行动带来更大压力。",
                    "This puts further strain on an already underresourced humanitarian "
                    "response operation.", _RESOURCES) == [("资源", "info")]
    assert _class_stems("resourced") & _class_stems("resources") == {"resourc", "resource"}


def test_an_unrelated_participle_or_prefixed_word_leaves_the_term_missing() -> None:
    zh = "支持设立结构合理、资源充足的规划机构。"
    assert _missing(zh, "Support planning agencies that are properly structured and "
                    "adequately funded.", _RESOURCES) == [("资源", "error")]
    assert _missing(zh, "Support planning agencies that are properly structured and "
                    "not underfunded.", _RESOURCES) == [("资源", "error")]
    # "resources" opens with "re", which is no prefix of "sources" here.
    assert _missing("报告列出了来源。", "The report lists the resources.",
                    _RESOURCES) == [("来源", "error")]
