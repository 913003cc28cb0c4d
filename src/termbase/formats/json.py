"""termbase's own JSON form of a glossary: the model's canonical plain data, plus signature.

Lossless by construction; useful for scripts and as the machine-readable twin of TBX.
"""

from __future__ import annotations

import json as _json

from termbase import jsonsafe
from termbase.errors import FormatError
from termbase.formats.base import GlossaryFormat, ReadPolicy, ReadResult
from termbase.model import Glossary, glossary_from_dict, glossary_to_dict
from termbase.signature import Signature
from termbase.text.decode import decode_text


def write(glossary: Glossary, signature: Signature | None) -> bytes:
    payload = glossary_to_dict(glossary)
    if signature is not None:
        payload = {"signature": signature.to_dict(), **payload}
    return (_json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read(data: bytes, source: str, policy: ReadPolicy) -> ReadResult:
    decoded = decode_text(data, source)
    payload = jsonsafe.loads(decoded.text, source)
    if not isinstance(payload, dict) or "concepts" not in payload:
        raise FormatError("not a termbase glossary: no 'concepts' list at the top level",
                          path=source,
                          hint="give a file written by 'termbase export --format json'")
    return ReadResult(glossary_from_dict(payload, source), decoded.diagnostics)


def _sniff(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b'"concepts"' in data[:1_000_000]


FORMAT = GlossaryFormat(
    name="json",
    suffixes=(".json",),
    description="termbase JSON (lossless, for scripts)",
    read=read,
    write=write,
    sniff=_sniff,
    plain_text=True,
)
