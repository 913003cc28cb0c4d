"""The checks: pure functions from a prepared draft to findings, one module per check.

:class:`~termbase.check.context.CheckContext` holds what every check needs, computed
once: each segment prepared for matching and the glossary terms found in it (longest
match, per language). Each check is a function ``(context) -> list[Finding]``
registered in :data:`CHECKS`; adding a check is one function and one line.
"""

from __future__ import annotations

from collections.abc import Callable

from termbase.check.context import CheckContext
from termbase.check.deprecated import check_deprecated
from termbase.check.findings import Finding, FindingKind
from termbase.check.first_mention import check_first_mention
from termbase.check.inconsistent import check_inconsistent
from termbase.check.learned import (
    check_learned_inconsistent,
    check_segment_inconsistent,
)
from termbase.check.missing import check_missing_target
from termbase.check.number_findings import check_number_mismatch
from termbase.check.term_case import check_term_case
from termbase.check.untranslated import check_untranslated_source

CHECKS: dict[FindingKind, Callable[[CheckContext], list[Finding]]] = {
    FindingKind.DEPRECATED: check_deprecated,
    FindingKind.MISSING_TARGET: check_missing_target,
    FindingKind.TERM_CASE: check_term_case,
    FindingKind.NUMBER_MISMATCH: check_number_mismatch,
    FindingKind.INCONSISTENT: check_inconsistent,
    FindingKind.LEARNED_INCONSISTENT: check_learned_inconsistent,
    FindingKind.SEGMENT_INCONSISTENT: check_segment_inconsistent,
    FindingKind.UNTRANSLATED_SOURCE: check_untranslated_source,
    FindingKind.FIRST_MENTION: check_first_mention,
}
