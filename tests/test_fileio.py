from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from termbase.errors import InputError, LockError, OutputError, OverwriteError
from termbase.fileio import (
    exclusive_lock,
    file_sha256,
    lock_path,
    read_bytes,
    refuse_overwriting_inputs,
    replace_folder,
    write_atomic,
)


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


_HOLDER = textwrap.dedent("""
    import sys, time
    from termbase.fileio import exclusive_lock
    with exclusive_lock(sys.argv[1]):
        print("locked", flush=True)
        time.sleep(float(sys.argv[2]))
""")


def _hold(target: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(target), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


# Locks and input protection in :mod:`termbase.fileio`, with real processes where it matters.

def test_same_file_by_symlink_and_hard_link_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "g.tbx"
    source.write_text("x")
    link = tmp_path / "link.tbx"
    link.symlink_to(source)
    hard = tmp_path / "hard.tbx"
    os.link(source, hard)
    (tmp_path / "sub").mkdir()
    for out in (source, link, hard, tmp_path / "sub" / ".." / "g.tbx"):
        with pytest.raises(OverwriteError):
            refuse_overwriting_inputs([out], [source])
    refuse_overwriting_inputs([tmp_path / "new.tbx"], [source])  # a new file is fine


def test_an_output_folder_holding_an_input_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "doc.txt").write_text("x")
    with pytest.raises(OverwriteError, match="holds an input"):
        refuse_overwriting_inputs([], [folder / "doc.txt"], folders=[folder])
    refuse_overwriting_inputs([], [tmp_path / "elsewhere.txt"], folders=[folder])


def test_lock_held_by_another_process_times_out_with_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "g.tbx"
    holder = _hold(target, 30)
    try:
        with pytest.raises(LockError, match="another termbase process"), \
                exclusive_lock(target, timeout=0.2):
            pass
    finally:
        holder.kill()
        holder.communicate()
    # The OS released the killed holder's lock: no stale lock file blocks anyone.
    assert lock_path(target).exists()
    with exclusive_lock(target, timeout=5):
        pass


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_a_folder_where_no_lock_file_can_be_made_fails_at_once() -> None:
    # /proc refuses new files with ENOENT, which filelock took for a lock held elsewhere:
    # the import waited out its timeout and then blamed another termbase process.
    with pytest.raises(OutputError, match="cannot create the lock file"), \
            exclusive_lock(Path("/proc/termbase-test.tbx"), timeout=3):
        pass


def test_taking_the_lock_deletes_the_temporary_files_of_a_killed_writer(
        tmp_path: Path) -> None:
    # A writer killed between writing its temporary file and renaming it (SIGKILL during
    # 'termbase import') left '.g.tbx.XXXX.tmp' beside the glossary for good.
    target = tmp_path / "g.tbx"
    target.write_bytes(b"old")
    orphan = tmp_path / ".g.tbx.k1ll3d.tmp"
    orphan.write_bytes(b"x" * 1000)
    os.utime(orphan, (1_000_000_000, 1_000_000_000))
    # Under way now, by a writer that does not take the lock: newer than the lock.
    live = tmp_path / ".g.tbx.l1ve.tmp"
    live.write_bytes(b"y")
    os.utime(live, (4_000_000_000, 4_000_000_000))
    other = tmp_path / ".h.tbx.k1ll3d.tmp"  # another file's: not this lock's to judge
    other.write_bytes(b"z")
    os.utime(other, (1_000_000_000, 1_000_000_000))
    staging = tmp_path / ".g.tbx.f0lder.tmp"  # replace_folder's staging folder
    staging.mkdir()
    os.utime(staging, (1_000_000_000, 1_000_000_000))
    with exclusive_lock(target, timeout=5):
        assert not orphan.exists()
    assert live.exists() and other.exists() and staging.is_dir()
    assert target.read_bytes() == b"old"
    # The lock file stays, empty, as flock-style lock files do.
    assert lock_path(target).read_bytes() == b""


def test_taking_the_lock_spares_a_temporary_file_its_writer_still_holds(
        tmp_path: Path) -> None:
    # An export of the same name (a writer that takes no lock) began before the lock was
    # taken and is still writing: its temporary file is old, but it holds a flock on it,
    # so the locked clean-up must leave it, and delete it once the writer is gone.
    fcntl = pytest.importorskip("fcntl")
    target = tmp_path / "g.tbx"
    target.write_bytes(b"old")
    busy = tmp_path / ".g.tbx.busy.tmp"
    busy.write_bytes(b"being written")
    os.utime(busy, (1_000_000_000, 1_000_000_000))
    descriptor = os.open(busy, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with exclusive_lock(target, timeout=5):
            assert busy.exists()
    finally:
        os.close(descriptor)
    with exclusive_lock(target, timeout=5):
        assert not busy.exists()


def test_a_write_deletes_the_temporary_files_of_killed_writers_only(tmp_path: Path) -> None:
    # An export killed mid-write (SIGKILL) left '.g.xlsx.XXXX.tmp' for good: writers that
    # take no lock could not tell it from one another process is writing now.
    import signal

    target = tmp_path / "g.xlsx"
    writer = ("import sys, time, tempfile; from termbase.fileio import _hold\n"
              "h = tempfile.NamedTemporaryFile(dir=sys.argv[1], prefix='.g.xlsx.', "
              "suffix='.tmp', delete=False)\n_hold(h.name); print(h.name, flush=True)\n"
              "time.sleep(60)\n")
    live = subprocess.Popen([sys.executable, "-c", writer, str(tmp_path)],
                            stdout=subprocess.PIPE, text=True)
    killed = subprocess.Popen([sys.executable, "-c", writer, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert live.stdout is not None and killed.stdout is not None
        live_tmp, killed_tmp = (Path(p.readline().strip()) for p in (live.stdout, killed.stdout))
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        young = tmp_path / ".g.xlsx.y0ung.tmp"  # created an instant ago, not locked yet
        young.write_bytes(b"y")
        other = tmp_path / ".h.xlsx.k1ll3d.tmp"  # another file's
        other.write_bytes(b"z")
        staging = tmp_path / ".g.xlsx.f0lder.tmp"  # replace_folder's staging folder
        staging.mkdir()
        for old in (live_tmp, killed_tmp, other, staging):
            os.utime(old, (1_000_000_000, 1_000_000_000))
        write_atomic(target, b"new")
        assert not killed_tmp.exists()
        assert live_tmp.exists() and young.exists() and other.exists() and staging.is_dir()
        assert target.read_bytes() == b"new"
    finally:
        for process in (live, killed):
            process.kill()
            process.communicate()


@pytest.mark.parametrize("stop", [KeyboardInterrupt, PermissionError])
def test_a_folder_swap_stopped_between_its_renames_puts_the_previous_folder_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: type[BaseException]) -> None:
    # Ctrl-C after the previous build's folder was moved aside and before the new one took
    # its place: the clean-up deleted both, and the output folder was simply gone.
    target = tmp_path / "out"
    replace_folder(target, {Path("a.txt"): b"previous"})
    renames = []
    real_rename = os.rename

    def rename(source: str | Path, destination: str | Path) -> None:
        renames.append(source)
        if len(renames) == 2:
            raise stop()
        real_rename(source, destination)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises((KeyboardInterrupt, OutputError)):
        replace_folder(target, {Path("a.txt"): b"new", Path("b.txt"): b"new"})
    monkeypatch.setattr(os, "rename", real_rename)
    assert sorted(p.name for p in target.iterdir()) == ["a.txt"]
    assert (target / "a.txt").read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging or .old- left
