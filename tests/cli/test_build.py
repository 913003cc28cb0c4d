"""``termbase build``: the main job on the bundled seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, main
from termbase.formats import read_glossary
from termbase.formats.tbx.validator import validate_tbx


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("build") / "out"
    import contextlib
    import io
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(["build", str(repo_root / "data"), "-o", str(out),
                     "--glossary", str(repo_root / "glossaries" / "small-arms.tbx")])
    assert code == 0
    return out, buffer.getvalue()


def test_build_writes_valid_tbx_and_readable_excel(built: tuple[Path, str]) -> None:
    out, _ = built
    tbx = out / "small-arms.tbx"
    assert validate_tbx(tbx.read_bytes(), str(tbx)) == []
    from_tbx = read_glossary(tbx).glossary
    from_xlsx = read_glossary(out / "small-arms.xlsx").glossary
    assert from_tbx == from_xlsx and len(from_tbx) > 40


def test_build_reports_the_seed_variants(built: tuple[Path, str]) -> None:
    _, printed = built
    assert "A/RES/61/66 (2006-12-06): 10 preambular + 12 operative" in printed
    assert "A/RES/68/48 (2013-12-05): 17 preambular + 22 operative" in printed
    for variant in ("非法经纪活动 (superseded)", "《行动纲要》 (deprecated)", "两年期国家间会议"):
        assert variant in printed


def test_build_report_carries_provenance(built: tuple[Path, str]) -> None:
    out, _ = built
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    signature = report["signature"]
    assert signature["version"] and len(signature["glossary_sha256"]) == 64
    assert set(signature["inputs"]) == {"A_RES_61_66.zh.txt", "A_RES_68_48.zh.txt",
                                        "small-arms.tbx"}
    uses = {u["term"]: u["counts"] for u in report["term_uses"]}
    assert uses["非法经纪活动"] == {"A/RES/61/66": 3}
    assert sorted(p.name for p in (out / "documents").iterdir()) == [
        "A_RES_61_66.jsonl", "A_RES_68_48.jsonl"]


def test_bad_document_leaves_no_output(tmp_path: Path, repo_root: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    code = main(["build", str(bad), "-o", str(out),
                 "--glossary", str(repo_root / "glossaries" / "small-arms.tbx")])
    assert code == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "step 'ingest' failed" in err and "bad.txt" in err and "Traceback" not in err
    assert not out.exists()
