"""Provenance carried by every output (after sacrebleu's signatures).

A signature names the tool and version, when the output was made, the settings that
shaped it, and sha256 hashes of the inputs and of the glossary content, so that anyone
can tell which inputs and options reproduce a file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from termbase import __version__
from termbase.model import Glossary

SIDECAR_SUFFIX = ".signature.json"


def sidecar_path(output: Path) -> Path:
    """Where the signature of an output that has no room for one (JSON, CSV) is written:
    beside it, ``OUT.signature.json``."""
    return output.with_name(output.name + SIDECAR_SUFFIX)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Signature:
    version: str = __version__
    created: str = ""
    """ISO 8601 UTC timestamp; empty for canonical files, so that they diff cleanly."""
    glossary_hash: str = ""
    settings: tuple[tuple[str, str], ...] = ()
    inputs: tuple[tuple[str, str], ...] = ()
    """(file name, sha256) of every input file."""
    counts: tuple[tuple[str, int], ...] = field(default=())

    @classmethod
    def now(cls, *, glossary_hash: str = "", settings: Mapping[str, object] | None = None,
            inputs: Mapping[str, str] | None = None,
            counts: Mapping[str, int] | None = None) -> Signature:
        stamp = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        return cls(
            created=stamp,
            glossary_hash=glossary_hash,
            settings=tuple((k, str(v)) for k, v in sorted((settings or {}).items())),
            inputs=tuple(sorted((inputs or {}).items())),
            counts=tuple(sorted((counts or {}).items())),
        )

    @classmethod
    def for_glossary(cls, glossary: Glossary, *, settings: Mapping[str, object] | None = None,
                     inputs: Mapping[str, str] | None = None) -> Signature:
        """A signature for an export of ``glossary``: its hash and its counts."""
        counts = {"concepts": len(glossary.concepts)}
        for concept in glossary.concepts:
            for sec in concept.lang_secs:
                key = f"terms {sec.lang}"
                counts[key] = counts.get(key, 0) + len(sec.terms)
        return cls.now(glossary_hash=glossary.content_hash(), settings=settings,
                       inputs=inputs, counts=counts)

    def with_settings(self, settings: Mapping[str, object]) -> Signature:
        """The same signature with ``settings`` added (or replaced), still sorted: how an
        output's own settings (its format, a threshold) join those of the run."""
        merged = {**dict(self.settings), **{k: str(v) for k, v in settings.items()}}
        return replace(self, settings=tuple(sorted(merged.items())))

    def items(self) -> list[tuple[str, str]]:
        """Ordered key/value rows, as shown in an Excel signature sheet or a TBX header."""
        rows = [("tool", f"termbase {self.version}")]
        if self.created:
            rows.append(("created", self.created))
        if self.glossary_hash:
            rows.append(("glossary sha256", self.glossary_hash))
        rows += [(f"setting {k}", v) for k, v in self.settings]
        rows += [(f"input {name}", digest) for name, digest in self.inputs]
        rows += [(f"count {k}", str(v)) for k, v in self.counts]
        return rows

    def compact(self) -> str:
        """One line: 'termbase 0.1.0 | created ... | glossary sha256 ...'."""
        return " | ".join(f"{k} {v}" if k != "tool" else v for k, v in self.items())

    def to_dict(self) -> dict[str, object]:
        return {
            "tool": "termbase",
            "version": self.version,
            "created": self.created,
            "glossary_sha256": self.glossary_hash,
            "settings": dict(self.settings),
            "inputs": dict(self.inputs),
            "counts": dict(self.counts),
        }

    def to_json_bytes(self) -> bytes:
        """The sidecar file's content: :meth:`to_dict` as indented UTF-8 JSON."""
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
