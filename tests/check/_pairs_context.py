"""The zh–en pairs and their check context that test_context and test_absent read: a term
found as written, one only inside the longer term the matcher reports, one in the wrong
case, an abbreviation, and an absent one."""

from __future__ import annotations

from termbase.check.context import CheckContext
from termbase.check.draft import presplit_pair
from termbase.check.matching import LanguageMatcher
from termbase.model import Glossary

from .conftest import POA_FULL_EN

PAIRS = [
    # Found by the matcher as written.
    ("会员国和大会", "Member States and the General Assembly"),
    # Only inside the longer term the matcher reports instead: present all the same.
    ("《行动纲领》", f"the {POA_FULL_EN}"),
    # In the wrong case: not the term, not present.
    ("大会", "the general assembly decided"),
    # The abbreviation, one of the concept's terms.
    ("小武器和轻武器", "SALW"),
    # Absent.
    ("民间社会", "the community"),
]


def pairs_context(glossary: Glossary) -> CheckContext:
    draft = presplit_pair("\n".join(z for z, _ in PAIRS), "d.zh",
                          "\n".join(e for _, e in PAIRS), "d.en",
                          source_lang="zh", target_lang="en")
    return CheckContext.build(glossary, draft, LanguageMatcher(glossary, "zh"),
                              LanguageMatcher(glossary, "en"))
