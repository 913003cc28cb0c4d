"""The JSON API and the page's routes, over HTTP against a running server."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from termbase import api
from termbase.errors import UsageError
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus
from termbase.serve.server import ListenError, PortError, bind, is_loopback, running


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _json(url: str) -> tuple[int, Any]:
    status, _, body = _get(url)
    return status, json.loads(body)


def _search(server: str, query: str, **params: str) -> list[dict[str, Any]]:
    status, answer = _json(f"{server}/api/search?"
                           + urllib.parse.urlencode({"q": query, **params}))
    assert status == 200
    return list(answer["hits"])


def test_traditional_chinese_finds_the_simplified_concept(server: str) -> None:
    hits = _search(server, "國際追查文書")
    assert hits[0]["id"] == "sa-iti"
    assert hits[0]["match"]["kind"] == "exact"
    assert hits[0]["glossary"] == "small-arms"


def test_english_prefix_and_typo_find_concepts(server: str) -> None:
    assert "sa-poa" in [h["id"] for h in _search(server, "Programme of Act")[:2]]
    typo = _search(server, "illicit brokerng")[0]
    assert (typo["id"], typo["match"]["kind"]) == ("sa-brokering", "fuzzy")


def test_a_deprecated_match_names_the_term_to_use(server: str) -> None:
    hit = _search(server, "行动纲要")[0]
    assert hit["match"]["status"] == "deprecated"
    assert "行动纲领" in hit["match"]["use"]


def test_concept_page_data_has_every_term_with_status_and_the_preferred(server: str) -> None:
    status, concept = _json(f"{server}/api/concept/sa-poa")
    assert status == 200
    zh = next(sec for sec in concept["languages"] if sec["lang"] == "zh")
    statuses = {t["text"]: t["status"] for t in zh["terms"]}
    assert statuses["《行动纲要》"] == "deprecated"
    assert statuses[zh["preferred"]] == "preferred"
    # Approved terms come first, as on a UNTERM entry.
    assert zh["terms"][0]["status"] == "preferred"
    assert any(t["contexts"] for t in zh["terms"])


def test_unknown_concept_and_unknown_glossary_are_clear_errors(server: str) -> None:
    status, answer = _json(f"{server}/api/concept/no-such-id")
    assert status == 404 and "no-such-id" in answer["error"]
    status, answer = _json(f"{server}/api/search?q=x&glossary=nope")
    assert status == 400 and "small-arms" in answer["hint"]
    status, answer = _json(f"{server}/api/search?q=x&limit=ten")
    assert status == 400
    # A language a search cannot be limited to was an empty answer, like a missing term.
    status, answer = _json(f"{server}/api/search?q=x&lang=fr")
    assert status == 400 and "'fr'" in answer["error"] and answer["code"] == "TB300"


def test_empty_query_gives_no_hits_and_limit_is_capped(server: str) -> None:
    assert _search(server, "  ") == []
    assert _search(server, "《") == []  # the first keystroke of a title
    assert len(_search(server, "武器", limit="1")) == 1


def test_glossary_filter_and_listing(server: str) -> None:
    status, listing = _json(f"{server}/api/glossaries")
    assert status == 200
    assert listing["glossaries"][0]["name"] == "small-arms"
    assert listing["concepts"] == listing["glossaries"][0]["concepts"] > 0
    assert listing["adding"] == []  # a glossary named on the command line: none added
    assert _search(server, "小武器", glossary="small-arms")


def test_deep_links_serve_the_page_and_assets_come_from_the_app(server: str) -> None:
    for path in ("/", "/concept/sa-poa", "/?q=%E5%B0%8F%E6%AD%A6%E5%99%A8"):
        status, headers, body = _get(server + path)
        assert status == 200 and b'id="q"' in body
        assert "default-src 'self'" in headers["content-security-policy"]
        # No CDN: every script and stylesheet the page loads is the app's own.
        assert b"http://" not in body and b"https://" not in body
    for asset in ("app.js", "style.css"):
        status, _, body = _get(f"{server}/static/{asset}")
        assert status == 200 and body


def test_the_page_is_read_only(server: str) -> None:
    request = urllib.request.Request(f"{server}/api/search?q=x", method="POST", data=b"")
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=30)
    caught.value.close()
    assert caught.value.code == 405


def test_several_glossaries_are_searched_together_and_one_at_a_time(tmp_path: Path,
                                                                    small_arms: Path) -> None:
    other = Glossary((Concept("x-1", (LangSec("zh", (Term("小武器弹药"),)),
                                      LangSec("en", (Term("small arms ammunition"),
                                                     Term("SAA", TermStatus.DEPRECATED))))),),)
    path = tmp_path / "ammo.json"
    api.export_glossary(other, path)
    with running(api.make_web_app([small_arms, path])) as url:
        both = {h["glossary"] for h in _search(url, "小武器")}
        assert both == {"small-arms", "ammo"}
        only = _search(url, "小武器", glossary="ammo")
        assert [h["id"] for h in only] == ["x-1"]
        assert _json(f"{url}/api/concept/x-1")[1]["glossary"] == "ammo"


def test_a_glossary_in_memory_is_served_too() -> None:
    glossary = Glossary((Concept("m-1", (LangSec("zh", (Term("维持和平"),)),
                                         LangSec("en", (Term("peacekeeping"),)))),),
                        title="memory")
    with running(api.make_web_app(glossary)) as url:
        assert _search(url, "peacekeeping")[0]["id"] == "m-1"


def test_bad_and_busy_ports_are_usage_errors() -> None:
    with pytest.raises(PortError) as bad:
        bind("127.0.0.1", 70000)
    assert bad.value.code == "TB320"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        with pytest.raises(ListenError) as busy:
            bind("127.0.0.1", port)
    assert "in use" in busy.value.message and isinstance(busy.value, UsageError)


def test_loopback_addresses_are_told_apart() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("example.org")
