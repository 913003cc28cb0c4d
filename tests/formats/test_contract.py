"""The contract every registered glossary format keeps: lossless, deterministic, refuses junk.

Formats marked ``lossless=False`` (CAT-tool glossaries) are held to what they promise to
keep instead of a whole round trip. Formats whose module does not exist yet (someone is
still writing it) are skipped.
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fresh_python import printed
from strategies import glossaries, tbx_glossaries
from termbase.errors import TermbaseError
from termbase.formats import get, names
from termbase.formats.base import ZH_EN, Direction, GlossaryFormat, ReadPolicy
from termbase.formats.fidelity import losses
from termbase.model import Glossary

GARBAGE = [
    b"\x00\x01\x02\x03 binary \xff\xfe\x00",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64),
    b"PK\x03\x04 truncated zip",
    b"<?xml version='1.0'?><tbx><text>",
    b"{\"concepts\": [{\"id\": 3}]}",
    "完全不是术语表的一段文字\n".encode("gb18030"),
    b"\x80\x81\x82 not text at all \xfe",
]


def _safe_lossless(name: str) -> bool:
    """Whether ``name`` promises a whole round trip (a format still being written counts
    as lossless, so that its tests run and skip as 'not written yet')."""
    try:
        return get(name).lossless
    except ModuleNotFoundError:
        return True


def _lossless_names() -> list[str]:
    return [name for name in names() if _safe_lossless(name)]


def _format(name: str) -> GlossaryFormat:
    try:
        return get(name)
    except ModuleNotFoundError as exc:
        # Only the format's own module missing means 'not written yet'; a missing
        # dependency inside an existing module is a real failure.
        if not (exc.name or "").startswith("termbase.formats."):
            raise
        pytest.skip(f"format '{name}' is registered but its module is not written yet")


@pytest.mark.parametrize("name", _lossless_names())
@given(glossary=glossaries())
@settings(max_examples=40, deadline=None)
def test_write_then_read_gives_the_same_glossary(name: str, glossary: Glossary) -> None:
    fmt = _format(name)
    assert fmt.read(fmt.write(glossary, None), f"g{fmt.suffixes[0]}",
                    ReadPolicy.STRICT).glossary == glossary


@pytest.mark.parametrize("name", _lossless_names())
def test_an_empty_glossary_written_reads_back_empty(name: str) -> None:
    fmt = _format(name)
    empty = Glossary(source_lang="zh")
    data = fmt.write(empty, None)
    if name == "tbx2008":
        # TBX 2008 allows no typed paragraph to mark the file as termbase's, and a martif
        # without entries is refused as an export that went wrong, with a message.
        with pytest.raises(TermbaseError, match="no entries"):
            fmt.read(data, "g.tbx", ReadPolicy.STRICT)
        return
    assert fmt.read(data, f"g{fmt.suffixes[0]}", ReadPolicy.STRICT).glossary == empty


@pytest.mark.parametrize("name", names())
@given(glossary=glossaries())
@settings(max_examples=10, deadline=None)
def test_output_is_deterministic(name: str, glossary: Glossary) -> None:
    fmt = _format(name)
    assert fmt.write(glossary, None) == fmt.write(glossary, None)


@pytest.mark.parametrize("name", names())
@pytest.mark.parametrize("data", GARBAGE, ids=range(len(GARBAGE)))
def test_garbage_is_refused_with_a_termbase_error(name: str, data: bytes) -> None:
    fmt = _format(name)
    for policy in ReadPolicy:
        with pytest.raises(TermbaseError):
            fmt.read(data, f"junk{fmt.suffixes[0]}", policy)


@pytest.mark.parametrize("name", names())
@given(data=st.binary(max_size=300))
@settings(max_examples=60, deadline=None)
def test_random_bytes_never_escape_as_a_traceback(name: str, data: bytes) -> None:
    fmt = _format(name)
    # Reading may succeed (the bytes can happen to form a table); it must not crash.
    with contextlib.suppress(TermbaseError):
        fmt.read(data, f"junk{fmt.suffixes[0]}", ReadPolicy.SKIP)


@pytest.mark.parametrize("name", _lossless_names())
@given(glossary=tbx_glossaries())
@settings(max_examples=25, deadline=None)
def test_back_matter_and_repeated_languages_survive_tbx_to_format_to_tbx(
        name: str, glossary: Glossary) -> None:
    tbx, fmt = _format("tbx"), _format(name)
    from_tbx = tbx.read(tbx.write(glossary, None), "g.tbx", ReadPolicy.STRICT).glossary
    assert from_tbx == glossary
    through = fmt.read(fmt.write(from_tbx, None), f"g{fmt.suffixes[0]}",
                       ReadPolicy.STRICT).glossary
    assert through == glossary
    assert tbx.read(tbx.write(through, None), "h.tbx", ReadPolicy.STRICT).glossary == glossary
    # The check that export and import run agrees: nothing to warn about.
    assert losses(glossary, fmt) == ()


def _kept(glossary: Glossary, direction: Direction) -> dict[str, tuple[dict[str, str], list[str]]]:
    """What a CAT glossary promises to keep of each concept that has an approved target
    term: every source term with its status, and the approved target terms."""
    kept = {}
    for concept in glossary.concepts:
        targets = list(dict.fromkeys(
            t.text for t in sorted((t for _, t in concept.terms(direction.target)
                                    if t.status.approved), key=lambda t: t.status.rank)))
        sources = {t.text: t.status.value for _, t in concept.terms(direction.source)
                   if not t.text.startswith("#")}
        if targets and sources:
            kept[concept.id] = ({k: sources[k] for k in dict.fromkeys(sources)}, targets)
    return kept


def _lossy() -> list[str]:
    return [name for name in names() if not _safe_lossless(name)]


@pytest.mark.parametrize("name", _lossy())
@pytest.mark.parametrize("direction", [ZH_EN, Direction("en", "zh")], ids=str)
@given(glossary=glossaries())
@settings(max_examples=40, deadline=None)
def test_lossy_formats_keep_source_terms_and_approved_targets(
        name: str, direction: Direction, glossary: Glossary) -> None:
    fmt = _format(name)
    assert fmt.write_directed is not None, "a CAT-tool format must write in a direction"
    back = fmt.read(fmt.write_directed(glossary, None, direction), f"g{fmt.suffixes[0]}",
                    ReadPolicy.STRICT).glossary
    got = {}
    for concept in back.concepts:
        sources = {t.text: t.status.value for _, t in concept.terms(direction.source)}
        targets = [t.text for _, t in concept.terms(direction.target)]
        # No deprecated or superseded term is ever offered as a translation.
        assert all(t.status.approved for _, t in concept.terms(direction.target))
        got[concept.id] = (sources, targets)
    expected = _kept(glossary, direction)
    # A preferred source term reads back as preferred; admitted, deprecated and superseded
    # ones keep their status (the comment says it).
    assert got == expected
    assert back.source_lang == direction.source


@pytest.mark.parametrize("name", _lossy())
def test_lossy_formats_say_what_an_export_loses(name: str) -> None:
    from termbase.model import Concept, Definition, LangSec, Term

    glossary = Glossary((Concept("c1", (LangSec("zh", (Term("小武器"),)),
                                        LangSec("en", (Term("small arms"),))),
                                 definitions=(Definition("weapons for one person"),)),))
    said = losses(glossary, _format(name))
    assert said and all(d.code == "TB237" for d in said)


@pytest.mark.parametrize("name", names())
def test_the_registry_knows_each_formats_suffixes_without_importing_it(name: str) -> None:
    # formats.suffixes() answers from the registry's table, so that asking which files
    # are glossaries imports no format module; the table must say what the module says.
    from termbase.formats import _SUFFIXES

    assert _SUFFIXES[name] == get(name).suffixes


def test_asking_for_the_suffixes_imports_no_format_module() -> None:
    import ast

    probe = ("import sys; from termbase import formats; formats.suffixes(); "
             "print(sorted(m for m in sys.modules if m.startswith('termbase.formats.')))")
    assert ast.literal_eval(printed(probe)) == ["termbase.formats.base"]
