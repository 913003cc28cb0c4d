"""Document size and paragraph length limits, checked before the expensive work."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.documents import limits
from termbase.errors import LimitError


def test_file_size_is_checked_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"x" * 2_000)
    limits.check_file_size(path, 2_000)
    with pytest.raises(LimitError) as info:
        limits.check_file_size(path, 1_999)
    assert info.value.path == str(path)
    assert "2,000 bytes, more than the 1,999 bytes" in info.value.message
    assert "split" in (info.value.hint or "")


def test_default_size_limit_depends_on_the_suffix(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 10)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    (tmp_path / "a.txt").write_bytes(b"x" * 50)
    (tmp_path / "a.docx").write_bytes(b"x" * 50)
    with pytest.raises(LimitError):
        limits.check_file_size(tmp_path / "a.txt")
    limits.check_file_size(tmp_path / "a.docx")


def test_missing_file_is_left_to_the_reader(tmp_path: Path) -> None:
    limits.check_file_size(tmp_path / "missing.txt", 1)


def test_longest_line_names_the_line() -> None:
    text = "short\n" + "x" * 10 + "\nshort\n" + "y" * 11 + "\n"
    limits.check_line_lengths(text[:17], "d.txt", 10)
    with pytest.raises(LimitError) as info:
        limits.check_line_lengths(text, "d.txt", 10)
    assert info.value.line == 4
    assert "line 4 is 11 characters long, more than the 10" in info.value.message


def test_other_line_breaks_split_a_long_run() -> None:
    limits.check_line_lengths("a" * 8 + "\u2028" + "b" * 8 + "\r" + "c" * 8, "d.txt", 10)
    with pytest.raises(LimitError):
        limits.check_line_lengths("a" * 8 + "\r" + "b" * 11, "d.txt", 10)


def test_a_record_reports_its_own_line() -> None:
    with pytest.raises(LimitError) as info:
        limits.check_line_lengths("z" * 20, "d.jsonl", 10, line=42)
    assert info.value.line == 42
