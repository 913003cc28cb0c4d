from __future__ import annotations

import os
from pathlib import Path

import pytest

from termbase.errors import InputError, OutputError
from termbase.fileio import file_sha256, read_bytes, write_atomic


def test_write_atomic_replaces_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "g.tbx"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["g.tbx"]


def test_failed_write_keeps_the_previous_file(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "g.tbx"
    target.write_bytes(b"previous")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="previous file, if any, is unchanged"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["g.tbx"]


def test_a_write_protected_file_is_not_replaced(tmp_path: Path) -> None:
    # The atomic rename needs only a writable folder: a read-only glossary was replaced.
    target = tmp_path / "g.tbx"
    target.write_bytes(b"approved")
    target.chmod(0o444)
    with pytest.raises(OutputError, match="write-protected") as info:
        write_atomic(target, b"new")
    assert info.value.path == str(target)
    assert target.read_bytes() == b"approved"
    assert [p.name for p in tmp_path.iterdir()] == ["g.tbx"]
    target.chmod(0o644)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"


def test_read_bytes_explains_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        read_bytes(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b" \n")
    with pytest.raises(InputError, match="file is empty") as info:
        read_bytes(empty)
    assert info.value.path == str(empty)


def test_file_sha256_streams_and_matches_hashlib(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "corpus.zh"
    data = "小武器和轻武器\n".encode() * 50_000
    path.write_bytes(data)
    assert file_sha256(path, chunk=4096) == hashlib.sha256(data).hexdigest()
    with pytest.raises(InputError, match="file not found"):
        file_sha256(tmp_path / "missing.zh")


def test_refuse_unwritable_names_what_stands_in_the_way(tmp_path: Path) -> None:
    from termbase.errors import UsageError
    from termbase.fileio import refuse_unwritable

    refuse_unwritable([tmp_path / "new" / "deeper" / "out.csv", Path("out.csv")],
                      folders=[tmp_path / "build"])  # missing folders are made: fine
    with pytest.raises(UsageError, match="the output is a folder"):
        refuse_unwritable([tmp_path])
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("x")
    for out in (in_the_way / "out.csv", in_the_way / "a" / "b" / "out.csv"):
        with pytest.raises(OutputError, match=r"notes\.txt is a file, so no folder"):
            refuse_unwritable([out])
    with pytest.raises(OutputError, match=r"notes\.txt is a file, so no folder"):
        refuse_unwritable(folders=[in_the_way / "out"])
    in_the_way.chmod(0o444)
    with pytest.raises(OutputError, match="write-protected"):
        refuse_unwritable([in_the_way])
