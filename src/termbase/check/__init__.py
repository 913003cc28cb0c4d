"""Terminology consistency checks of drafts against a glossary (``termbase check``).

``check_draft(glossary, draft, options)`` is the entry point; drafts are read by
:mod:`termbase.check.drafts`, and results rendered by :mod:`termbase.check.reports`.
"""

from __future__ import annotations

from termbase.check.checker import CheckOptions, CheckResult, check_draft
from termbase.check.draft import Draft, DraftSegment, DraftUnit
from termbase.check.findings import Finding, FindingKind
from termbase.check.matching import MatchOptions

__all__ = ["CheckOptions", "CheckResult", "Draft", "DraftSegment", "DraftUnit", "Finding",
           "FindingKind", "MatchOptions", "check_draft"]
