"""No command writes over one of its inputs; ``build -o`` replaces its folder as a whole.

Each refused case gives the input garbage content: the refusal must come first, before
anything is read, so the message is about the output and never about the garbage.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, main
from termbase.formats import write_glossary
from termbase.model import Concept, Glossary, LangSec, Term

GARBAGE = b"not what the command expects \x00\x01"


def _refused(args: list[str], protected: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = protected.read_bytes()
    assert main(args) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "one of this command's inputs" in err or "holds an input" in err, err
    assert protected.read_bytes() == before


@pytest.fixture
def garbage(tmp_path: Path) -> Path:
    path = tmp_path / "input.txt"
    path.write_bytes(GARBAGE)
    return path


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    path = tmp_path / "g.tbx"
    write_glossary(Glossary((Concept("c1", (LangSec("zh", (Term("大会"),)),
                                           LangSec("en", (Term("General Assembly"),)))),)),
                   path)
    return path


def _links(path: Path) -> list[Path]:
    """The file itself, a symlink to it and a hard link to it."""
    symlink = path.with_name("symlink" + path.suffix)
    symlink.symlink_to(path)
    hard = path.with_name("hard" + path.suffix)
    os.link(path, hard)
    return [path, symlink, hard]


def test_export_over_its_glossary_is_refused(glossary: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    for out in _links(glossary):
        _refused(["export", "--format", "xlsx", "--glossary", str(glossary), "-o", str(out)],
                 glossary, capsys)


def test_export_over_a_stored_glossary_is_refused(glossary: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TERMBASE_GLOSSARIES", str(tmp_path))
    _refused(["export", "-o", str(glossary)], glossary, capsys)


@pytest.mark.parametrize("command", [
    ["ingest", "{in}", "-o", "{out}"],
    ["extract", "{in}", "-o", "{out}", "--no-glossary"],
    ["check", "{in}", "-g", "{g}", "-o", "{out}", "-f", "json"],
    ["check", "{other}", "--target", "{in}", "-g", "{g}", "-o", "{out}", "-f", "json"],
    ["align", "{other}", "{in}", "-o", "{out}", "-f", "tsv", "--no-dictionary", "-g", "{g}"],
    ["pair", "--zh", "{other}", "--en", "{in}", "--terms", "{other}", "-o", "{out}"],
    ["pair", "--zh", "{other}", "--en", "{other}", "--terms", "{in}", "-o", "{out}"],
    ["mine", "--zh", "{in}", "--en", "{other}", "-o", "{out}"],
    ["import", "{in}", "--into", "{out}"],
])
def test_output_that_is_an_input_is_refused(command: list[str], garbage: Path, glossary: Path,
                                            tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_bytes(GARBAGE)
    for out in _links(garbage):
        args = [a.format_map({"in": garbage, "out": out, "g": glossary, "other": other})
                for a in command]
        _refused(args, garbage, capsys)


def test_output_over_the_glossary_in_use_is_refused(garbage: Path, glossary: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    _refused(["check", str(garbage), "-g", str(glossary), "-o", str(glossary), "-f", "json"],
             glossary, capsys)
    _refused(["extract", str(garbage), "-g", str(glossary), "-o", str(glossary)],
             glossary, capsys)


@pytest.mark.parametrize("command", [
    ["ingest", "{in}", "-o", "{out}", "--format", "text"],
    ["extract", "{in}", "-o", "{out}", "--no-glossary", "--format", "csv"],
    ["pair", "--zh", "{in}", "--en", "{in2}", "--terms", "{in}", "-o", "{out}"],
    ["mine", "--zh", "{in}", "--en", "{in2}", "-o", "{out}"],
])
def test_a_command_that_reads_no_glossary_never_writes_over_a_stored_one(
        command: list[str], garbage: Path, glossary: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # 'ingest … -o glossaries/small-arms.tbx' replaced the glossary with ingested text.
    monkeypatch.setenv("TERMBASE_GLOSSARIES", str(tmp_path))
    other = tmp_path / "other.txt"
    other.write_bytes(GARBAGE)
    before = glossary.read_bytes()
    for out in _links(glossary):
        args = [a.format_map({"in": garbage, "in2": other, "out": out}) for a in command]
        assert main(args) == EXIT_BAD_INPUT
        assert "would replace the stored glossary" in capsys.readouterr().err
    assert glossary.read_bytes() == before


def test_extract_signature_sidecar_cannot_overwrite_an_input(tmp_path: Path, garbage: Path,
                                                             capsys: pytest.CaptureFixture[str],
                                                             ) -> None:
    out = tmp_path / "cands.csv"
    sidecar = tmp_path / "cands.csv.signature.json"
    sidecar.write_bytes(GARBAGE)
    _refused(["extract", str(sidecar), "-o", str(out), "--no-glossary"], sidecar, capsys)


# --- build -o DIR ---------------------------------------------------------------------------


@pytest.fixture
def docs(tmp_path: Path, repo_root: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    source = repo_root / "data" / "A_RES_68_48.zh.txt"
    (folder / source.name).write_bytes(source.read_bytes())
    return folder


def test_build_refuses_the_glossary_store(docs: Path, glossary: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TERMBASE_GLOSSARIES", str(tmp_path))
    before = glossary.read_bytes()
    for out in (tmp_path, tmp_path.parent):
        assert main(["build", str(docs), "-o", str(out)]) == EXIT_BAD_INPUT
        assert "glossary store" in capsys.readouterr().err
    assert glossary.read_bytes() == before


def test_build_refuses_a_folder_holding_its_inputs(docs: Path, glossary: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(docs), "-g", str(glossary), "-o", str(docs)]) == EXIT_BAD_INPUT
    assert "holds an input" in capsys.readouterr().err
    assert [p.name for p in docs.iterdir()] == ["A_RES_68_48.zh.txt"]


def test_build_refuses_a_folder_it_did_not_write(docs: Path, glossary: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("my notes")
    assert main(["build", str(docs), "-g", str(glossary), "-o", str(mine)]) == EXIT_BAD_INPUT
    assert "no earlier 'termbase build' wrote" in capsys.readouterr().err
    assert (mine / "notes.txt").read_text() == "my notes"


def test_build_replaces_its_folder_without_stale_files(docs: Path, glossary: Path,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(docs), "-g", str(glossary), "-o", str(out)]) == 0
    (out / "documents" / "stale.jsonl").write_text("{}")
    (out / "stale.txt").write_text("old")
    assert main(["build", str(docs), "-g", str(glossary), "-o", str(out)]) == 0
    assert not (out / "stale.txt").exists()
    assert not (out / "documents" / "stale.jsonl").exists()
    assert (out / "build-report.json").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_failed_build_leaves_the_previous_folder(docs: Path, glossary: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(docs), "-g", str(glossary), "-o", str(out)]) == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (docs / "broken.txt").write_bytes(GARBAGE)
    assert main(["build", str(docs), "-g", str(glossary), "-o", str(out)]) == EXIT_BAD_INPUT
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before


@pytest.mark.parametrize("command", [
    ["extract", "{in}", "-o", "{store}/cands.csv", "--no-glossary"],
    ["extract", "{in}", "-o", "{store}/cands.txt", "--no-glossary"],  # its .json sidecar
    ["pair", "--zh", "{in}", "--en", "{in}", "--terms", "{in}", "-o", "{store}/p.json"],
    ["align", "{in}", "{in}", "-o", "{store}/a.tsv", "--no-dictionary"],
])
def test_no_output_that_is_not_a_glossary_goes_into_the_store(
        command: list[str], garbage: Path, glossary: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # 'extract -o glossaries/cands.csv' put a file every later lookup and check read as
    # a glossary and failed on.
    monkeypatch.setenv("TERMBASE_GLOSSARIES", str(tmp_path))
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main([a.format(**{"in": garbage, "store": tmp_path}) for a in command]) \
        == EXIT_BAD_INPUT
    assert "would go into the glossary store" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_import_into_a_write_protected_glossary_changes_nothing(
        glossary: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "new.csv"
    new.write_text("zh,en\n安理会,Security Council\n", encoding="utf-8")
    glossary.chmod(0o444)
    before = glossary.read_bytes()
    assert main(["import", str(new), "--into", str(glossary)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert f"{glossary}: the file is write-protected" in err
    assert glossary.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# --- outputs that cannot be written: refused before the work --------------------------------

_WRITERS = [
    ["build", "{in}", "--no-glossary", "-q", "-o", "{where}/out"],
    ["mine", "--zh", "{in}", "--en", "{in}", "-o", "{where}/m.xlsx"],
    ["export", "-g", "{g}", "-o", "{where}/g.xlsx"],
    ["align", "{in}", "{in}", "-o", "{where}/a.tsv", "--no-dictionary", "-g", "{g}"],
    ["align", "--batch", "{pairs}", "-o", "{where}/batch", "--no-dictionary", "-g", "{g}"],
    ["extract", "{in}", "-o", "{where}/c.csv", "--no-glossary"],
    ["pair", "--zh", "{in}", "--en", "{in}", "--terms", "{in}", "-o", "{where}/p.csv"],
    ["check", "{in}", "-g", "{g}", "-o", "{where}/k.json", "-f", "json"],
    ["ingest", "{in}", "-o", "{where}/i.jsonl"],
]


def _writer_args(command: list[str], where: Path, garbage: Path, glossary: Path) -> list[str]:
    pairs = garbage.with_name("pairs.tsv")
    pairs.write_text(f"{garbage.name}\t{garbage.name}\n", encoding="utf-8")
    return [a.format_map({"in": garbage, "g": glossary, "pairs": pairs, "where": where})
            for a in command]


@pytest.mark.parametrize("command", _WRITERS, ids=lambda c: " ".join(c[:2]))
def test_an_output_under_a_file_is_refused_before_the_work(
        command: list[str], garbage: Path, glossary: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    # The job ran to the end (a minute for a build) and failed at its final write. The
    # input is garbage: the refusal must come before anything is read.
    in_the_way = tmp_path / "notes"
    in_the_way.write_text("my notes")
    assert main(_writer_args(command, in_the_way / "sub", garbage, glossary)) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert f"{in_the_way} is a file, so no folder can be made in it" in err, err
    assert in_the_way.read_text() == "my notes"


@pytest.mark.parametrize("command", _WRITERS, ids=lambda c: " ".join(c[:2]))
def test_an_output_in_a_folder_this_user_may_not_write_is_refused_before_the_work(
        command: list[str], garbage: Path, glossary: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # os.access answers for the user running termbase; it is faked here because the tests
    # may run as root, for whom a chmod 555 folder is writable.
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == locked and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    assert main(_writer_args(command, locked, garbage, glossary)) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert f"this user may not write in the folder {locked}" in err, err
    assert list(locked.iterdir()) == []


def test_a_write_protected_output_is_refused_before_the_work(
        garbage: Path, glossary: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "review.xlsx"
    sheet.write_bytes(b"the reviewer's sheet")
    sheet.chmod(0o444)
    assert main(["mine", "--zh", str(garbage), "--en", str(garbage),
                 "-o", str(sheet)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert f"{sheet}: the file is write-protected" in err, err
    assert sheet.read_bytes() == b"the reviewer's sheet"
