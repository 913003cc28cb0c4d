from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from termbase.cli import EXIT_BAD_INPUT, EXIT_FINDINGS, main

ITI_ZH = "《使各国能够及时和可靠地识别和追查非法小武器和轻武器的国际文书》"
ITI_EN = ("International Instrument to Enable States to Identify and Trace, in a Timely and "
          "Reliable Manner, Illicit Small Arms and Light Weapons")


def _concept(cid: str, zh: list[dict[str, Any]], en: list[dict[str, Any]],
             **extra: Any) -> dict[str, Any]:
    return {"id": cid, **extra,
            "langSecs": [{"lang": "zh", "terms": zh}, {"lang": "en", "terms": en}]}


GLOSSARY = {
    "title": "Small arms",
    "concepts": [
        _concept(
            "iti",
            [{"text": ITI_ZH, "termType": "fullForm", "sources": ["A/RES/60/81"]},
             {"text": "《国际追查文书》", "termType": "shortForm"}],
            [{"text": ITI_EN, "termType": "fullForm", "sources": ["A/RES/60/81"]},
             {"text": "International Tracing Instrument", "termType": "shortForm",
              "contexts": [{"text": "implementation of the International Tracing Instrument",
                            "source": "A/RES/68/48"},
                           {"text": "a second context, shown in JSON only"}]}],
            subjectField="small arms and light weapons",
            definitions=[{"text": "Adopted by the General Assembly in 2005.",
                          "source": "A/60/88"}],
            notes=["Often called the ITI."],
        ),
        _concept("poa", [{"text": "行动纲领"}], [{"text": "Programme of Action"}]),
        _concept("ms", [{"text": "会员国"}], [{"text": "Member State"}]),
        _concept("cb", [{"text": "能力建设"}], [{"text": "capacity-building"}]),
        _concept("brk", [{"text": "非法中介活动"},
                         {"text": "非法经纪活动", "status": "superseded"}],
                 [{"text": "illicit brokering"}]),
    ],
}


@pytest.fixture
def glossary(tmp_path: Path) -> str:
    path = tmp_path / "salw.json"
    path.write_text(json.dumps(GLOSSARY, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["lookup", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("query", ["国际追查文书", "tracing instrument", "國際追查文書"])
def test_text_output_starts_with_the_tracing_instrument(
        capsys: pytest.CaptureFixture[str], glossary: str, query: str) -> None:
    code, out, _ = _run(capsys, query, "--glossary", glossary)
    assert code == 0
    assert out.startswith("1. iti: ")
    assert "2. " not in out  # only this concept matches


def test_text_output_shows_the_match_and_every_term(capsys: pytest.CaptureFixture[str],
                                                    glossary: str) -> None:
    code, out, _ = _run(capsys, "國際追查文書", "-g", glossary)
    assert code == 0
    assert out.splitlines()[0] == "1. iti: exact match on zh term “《国际追查文书》” (score 1.00)"
    for expected in (
        "  subject field: small arms and light weapons",
        f"    {ITI_ZH}  [preferred, fullForm]",
        "      sources: A/RES/60/81",
        "    International Tracing Instrument  [preferred, shortForm]",
        "      context: implementation of the International Tracing Instrument (A/RES/68/48)",
        "  definition: Adopted by the General Assembly in 2005. (A/60/88)",
        "  note: Often called the ITI.",
    ):
        assert expected in out.splitlines()
    assert "second context" not in out
    # zh terms are listed before en terms, as in the glossary.
    assert out.index("《国际追查文书》  [") < out.index("International Tracing Instrument  [")


def test_superseded_term_shows_the_preferred_one(capsys: pytest.CaptureFixture[str],
                                                 glossary: str) -> None:
    code, out, _ = _run(capsys, "非法经纪活动", "-g", glossary)
    assert code == 0
    assert "exact match on zh term “非法经纪活动”" in out
    assert "    非法中介活动  [preferred]" in out.splitlines()
    assert "    非法经纪活动  [superseded]" in out.splitlines()


def test_json_output(capsys: pytest.CaptureFixture[str], glossary: str) -> None:
    code, out, _ = _run(capsys, "Programe of Action", "-g", glossary, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [c["id"] for c in data] == ["poa"]
    assert data[0]["match"]["kind"] == "fuzzy"
    assert data[0]["match"]["term"] == "Programme of Action"
    assert data[0]["match"]["lang"] == "en"
    assert 0 < data[0]["match"]["score"] < 1
    assert [(t["lang"], t["text"], t["status"]) for t in data[0]["terms"]] == [
        ("zh", "行动纲领", "preferred"), ("en", "Programme of Action", "preferred")]


def test_json_keeps_every_context(capsys: pytest.CaptureFixture[str], glossary: str) -> None:
    _, out, _ = _run(capsys, "International Tracing Instrument", "-g", glossary, "-f", "json")
    (concept,) = json.loads(out)
    short_form = concept["terms"][3]
    assert short_form["text"] == "International Tracing Instrument"
    assert len(short_form["contexts"]) == 2
    assert concept["definitions"] == [{"text": "Adopted by the General Assembly in 2005.",
                                       "source": "A/60/88"}]


def test_limit_and_order(capsys: pytest.CaptureFixture[str], glossary: str) -> None:
    # "非法" begins the brokering terms and sits inside the ITI's full Chinese title.
    _, out, _ = _run(capsys, "非法", "-g", glossary, "-f", "json")
    assert [(c["id"], c["match"]["kind"]) for c in json.loads(out)] == [
        ("brk", "prefix"), ("iti", "substring")]
    code, out, _ = _run(capsys, "非法", "-g", glossary, "--limit", "1")
    assert code == 0
    assert "1. brk: prefix match" in out
    assert "iti" not in out
    assert "limit of 1 reached" in out


def test_language_option(capsys: pytest.CaptureFixture[str], glossary: str) -> None:
    code, out, _ = _run(capsys, "行动纲领", "-g", glossary, "--lang", "en")
    assert code == EXIT_FINDINGS
    assert "among the en terms" in out
    code, out, _ = _run(capsys, "capacity building", "-g", glossary, "--lang", "en")
    assert code == 0
    assert out.startswith("1. cb: exact match on en term “capacity-building”")


def test_no_match_exits_with_findings(capsys: pytest.CaptureFixture[str],
                                      glossary: str) -> None:
    code, out, _ = _run(capsys, "xylophone", "-g", glossary)
    assert code == EXIT_FINDINGS
    assert "no match for 'xylophone' in 5 concepts (salw.json)" in out
    code, out, _ = _run(capsys, "xylophone", "-g", glossary, "-f", "json")
    assert code == EXIT_FINDINGS
    assert json.loads(out) == []


@pytest.mark.parametrize("query", ["", "  ", "《》"])
def test_empty_query_is_a_usage_error(capsys: pytest.CaptureFixture[str], glossary: str,
                                      query: str) -> None:
    code, out, err = _run(capsys, query, "-g", glossary)
    assert code == EXIT_BAD_INPUT
    assert out == ""
    assert "query" in err
    assert "hint:" in err


def test_missing_glossary_is_bad_input(capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    code, _, err = _run(capsys, "行动纲领", "-g", str(tmp_path / "nope.json"))
    assert code == EXIT_BAD_INPUT
    assert "nope.json" in err


def test_a_glossary_read_with_a_warning_is_looked_up_through_the_compiled_index(
        tmp_path: Path, cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The warning, stored in the compiled glossary, came back with a str severity:
    # printing it was an internal error (exit 3) on every lookup, check and serve.
    glossary = tmp_path / "legacy.csv"
    glossary.write_bytes("中文,英文\n世界海关组织,World Customs Organization\n"
                         .encode("gb18030"))
    for _ in range(2):  # compiled, then read from the cache
        assert main(["lookup", "世界海关组织", "--glossary", str(glossary)]) == 0
        captured = capsys.readouterr()
        assert "[TB102]" in captured.err and "World Customs Organization" in captured.out
    assert main(["check", str(_draft(tmp_path)), "--glossary", str(glossary)]) == 0
    assert "[TB102]" in capsys.readouterr().err


def _draft(tmp_path: Path) -> Path:
    draft = tmp_path / "d.zh.txt"
    draft.write_text("世界海关组织开会。\n", encoding="utf-8")
    return draft
