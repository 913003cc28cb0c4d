"""Accepted findings stay quiet on the next run, and only they; choosing checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase import api
from termbase.check import FindingKind
from termbase.check.accept import (
    AcceptFileError,
    accepted_bytes,
    fingerprint,
    parse_accepted,
    read_accepted,
)
from termbase.check.checker import CheckResult
from termbase.errors import InputError, UsageError
from termbase.model import Glossary

ZH = ["执行《行动纲要》。", "会员国于2013年通过了决议。", "审查大会讨论了能力建设。"]
EN = ["Implement the Programme of Action.", "Member States adopted it in 2014.",
      "The Review Conference discussed capacity-building."]


def _pair(tmp_path: Path, zh: list[str], en: list[str]) -> tuple[Path, Path]:
    src, tgt = tmp_path / "d.zh.txt", tmp_path / "d.en.txt"
    src.write_text("\n".join(zh) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(en) + "\n", encoding="utf-8")
    return src, tgt


def _check(glossary: Glossary, src: Path, tgt: Path, *, accept: Path | None = None,
           checks: list[str] | None = None) -> CheckResult:
    return api.check_draft(src, target=tgt, presplit=True, glossary=glossary, accept=accept,
                           checks=checks)


def test_accepted_findings_are_quiet_and_new_ones_shown(tmp_path: Path,
                                                       glossary: Glossary) -> None:
    src, tgt = _pair(tmp_path, ZH, EN)
    first = _check(glossary, src, tgt)
    kinds = {f.kind for f in first.findings}
    assert {FindingKind.DEPRECATED, FindingKind.NUMBER_MISMATCH} <= kinds
    accept = tmp_path / "accepted.txt"
    assert api.write_accepted(first, accept) == len(first.findings)

    again = _check(glossary, src, tgt, accept=accept)
    assert again.findings == ()
    assert again.accepted == first.findings
    assert [d.code for d in again.diagnostics if d.code == "TB637"] == ["TB637"]
    assert dict(again.signature.counts)["accepted"] == len(first.findings)
    assert accept.name in dict(again.signature.inputs)

    # Lines inserted above, and a new problem: only the new one is shown.
    src, tgt = _pair(tmp_path, ["各国合作。", *ZH, "会员国于2015年通过。"],
                     ["States cooperate.", *EN, "Member States adopted it in 2016."])
    moved = _check(glossary, src, tgt, accept=accept)
    assert [(f.kind, f.line) for f in moved.findings] == [(FindingKind.NUMBER_MISMATCH, 5)]


def test_a_changed_sentence_brings_its_finding_back(tmp_path: Path,
                                                     glossary: Glossary) -> None:
    src, tgt = _pair(tmp_path, ZH, EN)
    accept = tmp_path / "accepted.txt"
    api.write_accepted(_check(glossary, src, tgt), accept)
    src, tgt = _pair(tmp_path, ZH, [EN[0], "Member States adopted the resolution in 2014.",
                                    EN[2]])
    result = _check(glossary, src, tgt, accept=accept)
    assert [f.kind for f in result.findings] == [FindingKind.NUMBER_MISMATCH]


def test_fingerprint_ignores_place_and_spacing_but_not_text(tmp_path: Path,
                                                             glossary: Glossary) -> None:
    src, tgt = _pair(tmp_path, ZH, EN)
    finding = next(f for f in _check(glossary, src, tgt).findings
                   if f.kind is FindingKind.DEPRECATED)
    from dataclasses import replace

    assert fingerprint(replace(finding, line=99, file="other.txt")) == fingerprint(finding)
    spaced = replace(finding, segment=finding.segment.replace("。", " 。 "))
    assert fingerprint(spaced) != fingerprint(finding)  # a different sentence
    assert fingerprint(replace(finding, segment=f"  {finding.segment}\u3000")) == \
        fingerprint(finding)
    assert fingerprint(replace(finding, kind=FindingKind.TERM_CASE)) != fingerprint(finding)


def test_accept_file_format(tmp_path: Path, glossary: Glossary) -> None:
    src, tgt = _pair(tmp_path, ZH, EN)
    findings = _check(glossary, src, tgt).findings
    data = accepted_bytes([*findings, *findings])
    lines = data.decode().splitlines()
    assert lines[0].startswith("#") and len(lines) == 1 + len(findings)
    parsed = parse_accepted(data, tmp_path / "a.txt")
    assert parsed.fingerprints == {fingerprint(f) for f in findings}
    hand = b"\xef\xbb\xbf# mine\n\n0123456789abcdef  anything at all\n"
    assert parse_accepted(hand, tmp_path / "a.txt").fingerprints == {"0123456789abcdef"}


@pytest.mark.parametrize(("data", "line"), [
    (b"0123456789abcdef\nnot-a-fingerprint x\n", 2),
    (b"0123456789ABCDEF\n", 1),
    (b"0123456789abcde\n", 1),
    (b"\xff\xfe0\x001\x00", None),
])
def test_a_bad_accept_file_names_its_line(tmp_path: Path, data: bytes,
                                          line: int | None) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(AcceptFileError) as raised:
        read_accepted(path)
    assert raised.value.line == line and raised.value.code == "TB636"
    assert str(path) in str(raised.value)


def test_an_accept_file_counts_lines_at_file_line_ends_only(tmp_path: Path) -> None:
    # A form feed or U+2028 inside a line is no line end: the bad line is line 2.
    path = tmp_path / "a.txt"
    path.write_bytes("0123456789abcdef  note\u2028# more\nnot-a-fingerprint\n".encode())
    with pytest.raises(AcceptFileError) as raised:
        read_accepted(path)
    assert raised.value.line == 2


def test_a_missing_accept_file_is_an_input_error(tmp_path: Path, glossary: Glossary) -> None:
    src, tgt = _pair(tmp_path, ZH, EN)
    with pytest.raises(InputError, match="accept file not found"):
        _check(glossary, src, tgt, accept=tmp_path / "nope.txt")


def test_checks_choose_what_runs(tmp_path: Path, glossary: Glossary) -> None:
    src, tgt = _pair(tmp_path, ZH, EN)
    only = _check(glossary, src, tgt, checks=["number_mismatch"])
    assert {f.kind for f in only.findings} == {FindingKind.NUMBER_MISMATCH}
    assert dict(only.signature.settings)["checks"] == "number_mismatch"
    two = _check(glossary, src, tgt, checks=["Deprecated", "number-mismatch"])
    assert {f.kind for f in two.findings} == {FindingKind.DEPRECATED,
                                               FindingKind.NUMBER_MISMATCH}
    assert api.check_kinds(["all"]) == frozenset(FindingKind)
    for bad in (["spelling"], [], [" "]):
        with pytest.raises(UsageError, match="no check called"):
            api.check_kinds(bad)
