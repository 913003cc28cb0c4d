"""A missing term the translation holds inside a longer English word on both sides: a
hint, not an error (check/longer_word.py)."""

from __future__ import annotations

from check._stand_in import missing_targets
from termbase.model import Concept, Glossary, LangSec, Term

_WORDS = Glossary((
    Concept("gov", (LangSec("zh", (Term("政府"),)), LangSec("en", (Term("Government"),)))),
    Concept("peace", (LangSec("zh", (Term("和平"),)), LangSec("en", (Term("peace"),)))),
    Concept("st", (LangSec("zh", (Term("国家"),)), LangSec("en", (Term("States"),)))),
))


def _missing(zh: str, en: str, glossary: Glossary = _WORDS) -> list[tuple[str, str]]:
    return missing_targets(glossary, zh, en)


def test_a_term_inside_a_longer_word_on_both_sides_is_a_hint() -> None:
    assert _missing("其他政府间机构提交了报告。",
                    "Other intergovernmental bodies submitted reports.") == [("政府", "info")]
    assert _missing("委员会讨论了建设和平问题。",
                    "The Commission discussed peacebuilding.") == [("和平", "info")]


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
