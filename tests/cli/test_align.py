"""``termbase align``: every output format, the summary, verdict warnings, and bad input
(exit 2, one message naming the file, no traceback, nothing written)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from termbase.align.model import Alignment, Bead, Verdict
from termbase.cli import EXIT_BAD_INPUT, EXIT_FINDINGS, main
from termbase.formats.beads import read_beads
from termbase.formats.tmx import read_tmx

# Sentences of our own, in the style of a General Assembly resolution.
ZH = [
    "回顾其2098年12月4日第98/7号决议。",
    "注意到秘书长的报告（A/99/150）。",
    "吁请所有国家执行《国际追查文书》；",
    "鼓励各国在制造时对小武器进行标识；",
    "请秘书长向大会第一百届会议提交报告；",
    "决定将题为“小武器和轻武器非法贸易的各方面问题”的项目列入第一百届会议临时议程。",
]
EN = [
    "Recalling its resolution 98/7 of 4 December 2098.",
    "Taking note of the report of the Secretary-General (A/99/150).",
    "Calls upon all States to implement the International Tracing Instrument;",
    "Encourages States to mark small arms at the time of manufacture;",
    "Requests the Secretary-General to submit a report to the General Assembly at its "
    "one hundredth session;",
    "Decides to include in the provisional agenda of its one hundredth session the item "
    "entitled \"The illicit trade in small arms and light weapons in all its aspects\".",
]


@pytest.fixture()
def pair(tmp_path: Path) -> tuple[Path, Path]:
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text("\n".join(ZH) + "\n", encoding="utf-8")
    en.write_text("\n".join(EN) + "\n", encoding="utf-8")
    return zh, en


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["align", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _covers(beads: list[Bead], n_src: int, n_tgt: int) -> bool:
    """Beads cover every sentence of both sides once and in order."""
    src = [i for b in beads for i in b.src]
    tgt = [j for b in beads for j in b.tgt]
    return src == list(range(n_src)) and tgt == list(range(n_tgt))


def test_presplit_to_beads(pair: tuple[Path, Path], tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.align"
    code, stdout, stderr = _run(capsys, str(pair[0]), str(pair[1]), "-o", str(out),
                                "--presplit", "--no-dictionary")
    assert code == 0, stderr
    beads = read_beads(out.read_text(encoding="utf-8"), str(out))
    assert _covers(beads, len(ZH), len(EN))
    assert sum(1 for b in beads if b.kind == "1-1") >= 4
    lines = stdout.splitlines()
    assert lines[0] == f"{pair[0]} + {pair[1]} → {out} (align)"
    assert "6 zh and 6 en segments →" in lines[1]
    assert lines[2].strip().startswith("mean score ")
    assert lines[3].strip().startswith("document confidence ")


def test_tmx_output_with_signature(pair: tuple[Path, Path], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.tmx"
    code, stdout, _ = _run(capsys, str(pair[0]), str(pair[1]), "-o", str(out), "--presplit",
                           "--no-dictionary", "--min-score", "0")
    assert code == 0
    data = out.read_bytes()
    result = read_tmx(data, str(out))
    assert result.srclang == "zh"
    assert result.pairs and all(p.source and p.target for p in result.pairs)
    text = data.decode("utf-8")
    assert '<prop type="x-setting-presplit">True</prop>' in text
    assert '<prop type="x-setting-dictionary">none</prop>' in text
    assert '<prop type="x-input-zh-zh-txt">' in text
    assert "translation units written" in stdout


def test_tsv_and_xlsx_outputs(pair: tuple[Path, Path], tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    tsv, xlsx = tmp_path / "out.tsv", tmp_path / "out.xlsx"
    for out in (tsv, xlsx):
        code, _, _ = _run(capsys, str(pair[0]), str(pair[1]), "-o", str(out), "--presplit",
                          "--no-dictionary")
        assert code == 0
    lines = tsv.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# termbase ")
    assert "input zh zh.txt" in lines[0] and "setting presplit True" in lines[0]
    assert lines[2] == "bead\tzh ids\ten ids\tscore\tzh\ten"
    wb = load_workbook(io.BytesIO(xlsx.read_bytes()))
    assert wb.sheetnames == ["Alignment", "Signature"]
    keys = [row[0].value for row in wb["Signature"].iter_rows()]
    assert "document verdict" in keys and "input zh zh.txt" in keys


def test_format_option_overrides_the_suffix(pair: tuple[Path, Path], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "beads.txt"
    code, _, _ = _run(capsys, str(pair[0]), str(pair[1]), "-o", str(out), "--presplit",
                      "--no-dictionary", "--format", "align")
    assert code == 0
    assert read_beads(out.read_text(encoding="utf-8"), str(out))


def test_documents_with_dictionary_and_glossary(tmp_path: Path, repo_root: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    zh, en = tmp_path / "zh.txt", tmp_path / "en.txt"
    zh.write_text("99/12. 小武器\n大会，\n" + "".join(
        f"{i}. {t}\n" for i, t in enumerate(ZH, start=1)), encoding="utf-8")
    en.write_text("99/12. Small arms\nThe General Assembly,\n" + "".join(
        f"{i}. {t}\n" for i, t in enumerate(EN, start=1)), encoding="utf-8")
    out = tmp_path / "out.align"
    glossary = repo_root / "glossaries" / "small-arms.tbx"
    code, stdout, stderr = _run(capsys, str(zh), str(en), "-o", str(out),
                                "--glossary", str(glossary))
    assert code == 0, stderr
    beads = read_beads(out.read_text(encoding="utf-8"), str(out))
    assert _covers(beads, 8, 8)
    assert "8 zh and 8 en segments" in stdout


@pytest.mark.parametrize("verdict", [Verdict.SHIFTED, Verdict.UNRELATED])
def test_bad_verdict_warns_writes_and_exits_1(pair: tuple[Path, Path], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch,
                                              verdict: Verdict) -> None:
    from termbase.align import aligner

    def judged(source: list[object], target: list[object], **_: object) -> Alignment:
        beads = tuple(Bead((i,), (i,), 0.1) for i in range(len(source)))
        return Alignment(tuple(source), tuple(target), beads,  # type: ignore[arg-type]
                         confidence=0.12, verdict=verdict)

    monkeypatch.setattr(aligner, "align", judged)
    out = tmp_path / "out.align"
    code, stdout, stderr = _run(capsys, str(pair[0]), str(pair[1]), "-o", str(out),
                                "--presplit", "--no-dictionary")
    assert code == EXIT_FINDINGS
    assert out.is_file()
    assert f"document confidence 0.12: {verdict.value}" in stdout
    assert stderr.startswith("termbase: warning: zh.txt and en.txt look ")
    assert "probably wrong" in stderr


def _bad(capsys: pytest.CaptureFixture[str], tmp_path: Path, zh: Path, en: Path,
         *extra: str) -> str:
    out = tmp_path / "out.tmx"
    code, stdout, stderr = _run(capsys, str(zh), str(en), "-o", str(out), "--no-dictionary",
                                *extra)
    assert code == EXIT_BAD_INPUT, stderr
    assert not out.exists()
    assert stdout == ""
    assert "Traceback" not in stderr
    assert stderr.startswith("termbase: error: ")
    return stderr


def test_empty_file(pair: tuple[Path, Path], tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert f"{empty}: file is empty" in _bad(capsys, tmp_path, empty, pair[1])
    blank = tmp_path / "blank.txt"
    blank.write_text("\n \n", encoding="utf-8")
    assert f"{blank}: file is empty" in _bad(capsys, tmp_path, pair[0], blank, "--presplit")


def test_one_side_without_words(pair: tuple[Path, Path], tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    dots = tmp_path / "dots.txt"
    dots.write_text("。。。\n", encoding="utf-8")
    assert f"{dots}: file has no words" in _bad(capsys, tmp_path, dots, pair[1])


def test_swapped_languages(pair: tuple[Path, Path], tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    stderr = _bad(capsys, tmp_path, pair[1], pair[0])
    assert "ZH looks English and EN looks Chinese: swap them" in stderr
    assert str(pair[1]) in stderr


def test_both_sides_english(pair: tuple[Path, Path], tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    stderr = _bad(capsys, tmp_path, pair[1], pair[1], "--presplit")
    assert f"{pair[1]}: the Chinese side looks like English" in stderr


def test_binary_file(pair: tuple[Path, Path], tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert f"{binary}: binary file" in _bad(capsys, tmp_path, pair[0], binary)


def test_legacy_encoded_english(pair: tuple[Path, Path], tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Décide de poursuivre l’examen.".encode("latin-1", errors="replace"))
    assert f"{latin}:1: not UTF-8" in _bad(capsys, tmp_path, pair[0], latin)


def test_gbk_chinese_is_accepted(pair: tuple[Path, Path], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(pair[0].read_text(encoding="utf-8").encode("gbk"))
    code, _, stderr = _run(capsys, str(gbk), str(pair[1]), "-o", str(tmp_path / "o.align"),
                           "--presplit", "--no-dictionary")
    assert code == 0
    assert "read it as GB18030" in stderr


def test_missing_file_blank_line_and_bad_suffix(pair: tuple[Path, Path], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.txt"
    assert f"{missing}: file not found" in _bad(capsys, tmp_path, missing, pair[1])
    gappy = tmp_path / "gappy.txt"
    gappy.write_text(f"{EN[0]}\n\n{EN[1]}\n", encoding="utf-8")
    assert f"{gappy}:2: blank line in a presplit file" in _bad(
        capsys, tmp_path, pair[0], gappy, "--presplit")
    code, _, stderr = _run(capsys, str(pair[0]), str(pair[1]), "-o", str(tmp_path / "o.csv"))
    assert code == EXIT_BAD_INPUT
    assert "cannot tell the output format from '.csv'" in stderr


def test_output_may_not_overwrite_an_input(pair: tuple[Path, Path],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = pair[1].read_bytes()
    code, _, stderr = _run(capsys, str(pair[0]), str(pair[1]), "-o", str(pair[1]),
                           "--format", "tsv", "--presplit")
    assert code == EXIT_BAD_INPUT
    assert "one of this command's inputs" in stderr
    assert pair[1].read_bytes() == before


def test_help_lists_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "align" in capsys.readouterr().out


def test_presplit_shifted_records_are_reported(shared: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The un-2023 sample: theme 'peace' is aligned, 'health' is shifted by one record."""
    import json as _json

    records = _json.loads((shared / "corpus" / "un-2023-sample" / "corpus.json")
                          .read_text(encoding="utf-8"))["data"]
    codes = {}
    for theme in ("peace", "health"):
        rows = [r for r in records if r["theme"] == theme]
        zh, en = tmp_path / f"{theme}.zh", tmp_path / f"{theme}.en"
        zh.write_text("\n".join(" ".join(r["zh"].split()) for r in rows) + "\n", "utf-8")
        en.write_text("\n".join(" ".join(r["en"].split()) for r in rows) + "\n", "utf-8")
        codes[theme] = main(["align", str(zh), str(en), "--presplit", "--no-dictionary",
                             "-o", str(tmp_path / f"{theme}.align")])
        codes[theme + " out"] = capsys.readouterr()
    assert codes["peace"] == 0 and "aligned" in codes["peace out"].out
    assert codes["health"] == EXIT_FINDINGS and "shifted" in codes["health out"].err


def _batch_inputs(tmp_path: Path) -> Path:
    """Two pairs and a pairs file naming them (the second pair named explicitly)."""
    for name in ("a", "b"):
        (tmp_path / f"{name}.zh").write_text("\n".join(ZH) + "\n", encoding="utf-8")
        (tmp_path / f"{name}.en").write_text("\n".join(EN) + "\n", encoding="utf-8")
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("# zh\ten\tname\na.zh\ta.en\n\nb.zh\tb.en\tsecond\n", encoding="utf-8")
    return pairs


def test_batch_aligns_every_pair_with_one_summary(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    pairs = _batch_inputs(tmp_path)
    out = tmp_path / "out"
    code, stdout, err = _run(capsys, "--batch", str(pairs), "-o", str(out), "--presplit",
                             "--no-dictionary")
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["a.align", "second.align"]
    beads = read_beads((out / "second.align").read_text("utf-8"), "second.align")
    assert _covers(list(beads), len(ZH), len(EN))
    # Both pairs are the same clean translation, one bead per line.
    assert (f"2 pair(s): 2 aligned; 0 failed; {2 * len(ZH)} beads, 0 of them one-sided"
            in stdout)
    assert "aligning" not in err  # no progress bar when stderr is not a terminal


def test_batch_from_two_folders_of_same_named_files(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    zh_dir, en_dir = tmp_path / "zh", tmp_path / "en"
    zh_dir.mkdir()
    en_dir.mkdir()
    for name in ("x.txt", "y.txt"):
        (zh_dir / name).write_text("\n".join(ZH) + "\n", encoding="utf-8")
        (en_dir / name).write_text("\n".join(EN) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = _run(capsys, str(zh_dir), str(en_dir), "-o", str(out), "--presplit",
                             "--no-dictionary", "--format", "tsv")
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["x.tsv", "y.tsv"]


def test_batch_goes_on_past_a_bad_pair_and_exits_1(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    pairs = _batch_inputs(tmp_path)
    (tmp_path / "a.en").write_text("\n".join(ZH) + "\n", encoding="utf-8")  # Chinese twice
    out = tmp_path / "out"
    code, stdout, _ = _run(capsys, "--batch", str(pairs), "-o", str(out), "--presplit",
                           "--no-dictionary")
    assert code == EXIT_FINDINGS
    assert [p.name for p in out.iterdir()] == ["second.align"]
    assert "a: not aligned:" in stdout and "1 failed" in stdout


@pytest.mark.parametrize(("content", "message"), [
    ("a.zh\n", "pairs.tsv:1: expected"), ("a.zh\tmissing.en\n", "does not exist"),
    ("a.zh\ta.en\tx\nb.zh\tb.en\tx\n", "also used on line 1"), ("# nothing\n", "no document"),
    # A name with folders wrote outside -o: '../x' beside it, '/tmp/x' anywhere.
    ("a.zh\ta.en\t../escaped\n", "not a plain file name"),
    ("a.zh\ta.en\tsub/x\n", "not a plain file name"), ("a.zh\ta.en\t..\n", "not a plain")])
def test_bad_pairs_file_is_refused_before_any_work(tmp_path: Path, content: str,
                                                   message: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    pairs = _batch_inputs(tmp_path)
    pairs.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = _run(capsys, "--batch", str(pairs), "-o", str(out), "--presplit")
    assert code == EXIT_BAD_INPUT
    assert message in err and "Traceback" not in err
    assert not out.exists() and not (tmp_path / "escaped.align").exists()


def test_help_says_where_the_dictionary_is_cached(capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, _ = _run(capsys, "--help")
    assert code == 0
    assert "TERMBASE_CACHE_DIR" in stdout and "--batch" in stdout


def test_batch_output_folder_that_cannot_be_made_is_bad_output_not_a_bug(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = _batch_inputs(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    # Its mkdir's OSError was an internal error (exit 3); read-only folders did the same.
    code, _, err = _run(capsys, "--batch", str(pairs), "-o", str(blocker / "out"),
                        "--presplit", "--no-dictionary")
    assert code == EXIT_BAD_INPUT
    assert f"{blocker} is a file, so no folder can be made in it" in err and "[TB400]" in err


def test_the_glossarys_own_warnings_are_printed(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    # align read the glossary for its term pairs and dropped what the reader noticed.
    zh, en = tmp_path / "a.zh", tmp_path / "a.en"
    zh.write_text("\n".join(ZH) + "\n", encoding="utf-8")
    en.write_text("\n".join(EN) + "\n", encoding="utf-8")
    glossary = tmp_path / "legacy.csv"
    glossary.write_bytes("中文,英文\n世界海关组织,World Customs Organization\n"
                         .encode("gb18030"))
    code, _, err = _run(capsys, str(zh), str(en), "--presplit", "--no-dictionary",
                        "-g", str(glossary), "-o", str(tmp_path / "a.tsv"))
    assert code == 0 and "[TB102]" in err
