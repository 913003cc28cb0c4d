"""A term naming a numbered part, rendered by its head and the part's number (issue 13,
fourteenth round): 临时议程项目24, "agenda item 24"."""

from __future__ import annotations

from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.model import Concept, Glossary, LangSec, Term

_GLOSSARY = Glossary((
    Concept("pa", (LangSec("zh", (Term("临时议程"),)),
                   LangSec("en", (Term("provisional agenda"),)))),
))


def _missing(zh: str, en: str) -> list[str]:
    draft = presplit_pair(f"{zh}\n其他事项。", "d.zh", f"{en}\nOther matters.", "d.en")
    return [f.severity.value for f in check_draft(_GLOSSARY, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_the_head_and_the_parts_number_render_the_term() -> None:
    assert _missing("临时议程项目24。", "Agenda item 24.") == ["info"]
    assert _missing("临时议程项目24：发展筹资", "agenda item 24: financing for development") == [
        "info"]


def test_another_number_or_no_head_stays_an_error() -> None:
    assert _missing("临时议程项目24。", "Agenda item 25.") == ["error"]
    assert _missing("临时议程项目24。", "Document 24 was issued.") == ["error"]
