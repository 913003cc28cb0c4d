"""What the TBX writer, reader and validator share: namespaces, TBX-Basic picklists, termbase's
own markers in a file, value checks and the codes of what a reader does not keep."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Closed picklists of TBX-Basic (the official module rules).
GRAMMATICAL_GENDERS = ("masculine", "feminine", "neuter", "other")
TERM_LOCATIONS = (
    "checkBox", "comboBox", "comboBoxElement", "dialogBox", "groupBox", "informativeMessage",
    "interactiveMessage", "menuItem", "progressBar", "pushButton", "radioButton", "slider",
    "spinBox", "tab", "tableText", "textBox", "toolTip", "user-definedType",
)
STATUS_SUFFIX = "Term-admn-sts"

MARKER_TYPE = "termbase"
"""``<p type="termbase">`` in sourceDesc: termbase's own paragraphs, not glossary content."""
SIGNATURE_PREFIX = "termbase signature: "
SOURCE_LANG_PREFIX = "source language: "

_NCNAME = re.compile(r"^[^\W\d][\w.\-\u00b7]*$")
_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_XSD_DATE = re.compile(
    r"^-?\d{4,}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")

# Diagnostic codes of what the reader reads but does not keep.
HEADER_NOT_KEPT = "TB230"
LINK_TEXT_NOT_KEPT = "TB231"
BACK_NOT_KEPT = "TB232"


def is_ncname(value: str) -> bool:
    """Whether ``value`` can be an XML ID (an NCName: no colon, no leading digit)."""
    return bool(_NCNAME.match(value))


def is_language(value: str) -> bool:
    """Whether ``value`` is an xs:language tag such as 'zh', 'en-GB', 'zh-Hans-CN'."""
    return bool(_LANGUAGE.match(value))


def is_xsd_date(value: str) -> bool:
    """Whether ``value`` is an xs:date or xs:dateTime, as TBX ``<date>`` requires."""
    return bool(_XSD_DATE.match(value))


def is_http_url(value: str) -> bool:
    """The TBX-Basic rules accept only http(s) URLs as external targets."""
    return value.startswith(("http://", "https://")) and " " not in value


