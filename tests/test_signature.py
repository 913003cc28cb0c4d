"""Signatures: the one sidecar writer for outputs with no room for provenance."""

from __future__ import annotations

import json
from pathlib import Path

from termbase.signature import Signature, sidecar_path


def test_sidecar_sits_beside_the_output() -> None:
    assert sidecar_path(Path("out/terms.csv")) == Path("out/terms.csv.signature.json")


def test_sidecar_bytes_are_the_signature_as_indented_utf8_json() -> None:
    signature = Signature(version="0.0.0-test", settings=(("glossary", "小武器"),))
    data = signature.to_json_bytes()
    assert data.endswith(b"}\n") and "小武器".encode() in data
    assert json.loads(data) == signature.to_dict()
