"""The schema-free TBX-Basic validator, checked against the official RNG + Schematron."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from formats.tbx._tbx import Official, official_for
from strategies import glossaries
from termbase.diagnostics import Diagnostic, Severity
from termbase.errors import FormatError
from termbase.formats.tbx.validator import MAX_FINDINGS, check_tbx, is_valid, validate_tbx
from termbase.formats.tbx.writer import write
from termbase.model import Glossary

# Where we deliberately disagree with the official rules, and why.
_STRICTER_THAN_OFFICIAL = {
    # xref targets 'C://Path/to/wikipedia' and 'wikipedia.org' are neither http(s) URLs nor
    # ids; the official target rule never fires on elements that also have @type (an
    # earlier rule in the same Schematron pattern matches them first).
    "tbx_basic_sample_badtargetattribute_value.tbx",
}


def _v3_samples(shared: Path) -> list[Path]:
    return sorted((shared / "tbx" / "samples" / "v3").rglob("*.tbx"))


def test_agrees_with_official_rules_on_every_v3_sample(shared: Path,
                                                       official: Official) -> None:
    checked = 0
    for path in _v3_samples(shared):
        data = path.read_bytes()
        try:
            findings = validate_tbx(data, path.name)
        except FormatError:  # not well-formed: the official tools cannot parse it either
            assert "poorly_formed" in path.name or "notwellformed" in path.name \
                or "Bad2" in path.name
            continue
        checked += 1
        if path.name in _STRICTER_THAN_OFFICIAL:
            assert official.valid(data) and not is_valid(findings), path.name
        else:
            assert is_valid(findings) == official.valid(data), (path.name, findings[:5])
    assert checked >= 50


def test_known_good_basic_dca_sample_has_no_findings(shared: Path) -> None:
    path = shared / "tbx" / "samples" / "v3" / "basic" / "Example_Astronomy_DCA_VALID.tbx"
    assert validate_tbx(path.read_bytes(), path.name) == []


def test_deliberate_difference_is_reported_with_lines(shared: Path) -> None:
    path = (shared / "tbx" / "samples" / "v3" / "tbx-basic-package-2018" /
            "tbx_basic_sample_badtargetattribute_value.tbx")
    findings = validate_tbx(path.read_bytes(), path.name)
    assert [(d.line, d.code) for d in findings] == [(44, "TBX204"), (102, "TBX204")]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glossaries())
def test_everything_we_write_is_valid_for_both(shared: Path, glossary: Glossary) -> None:
    data = write(glossary, None)
    assert validate_tbx(data, "ours.tbx") == []
    assert official_for(shared).valid(data)


# --- one departure at a time, from a valid document ------------------------------------

_VALID = """<?xml version='1.0' encoding='UTF-8'?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
  <tbxHeader>
    <fileDesc>
      <sourceDesc>
        <p>x</p>
      </sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
      <conceptEntry id="c1">
        <descrip type="subjectField">disarmament</descrip>
        <ref type="crossReference" target="c2">other</ref>
        <transacGrp>
          <transac type="transactionType">origination</transac>
          <date>2013-12-05</date>
        </transacGrp>
        <langSec xml:lang="zh">
          <termSec>
            <term>小武器</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <descrip type="context">小武器和轻武器</descrip>
          </termSec>
        </langSec>
      </conceptEntry>
      <conceptEntry id="c2">
        <langSec xml:lang="en">
          <termSec>
            <term>small arms</term>
          </termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
"""


def _mutate(old: str, new: str) -> bytes:
    assert old in _VALID
    return _VALID.replace(old, new, 1).encode()


def _errors(data: bytes) -> list[Diagnostic]:
    return [d for d in validate_tbx(data, "m.tbx") if d.severity is Severity.ERROR]


def test_base_document_is_valid(official: Official) -> None:
    assert validate_tbx(_VALID.encode(), "m.tbx") == []
    assert official.valid(_VALID.encode())


# (old, new, expected code, expected line, official verdict on the mutated file)
_MUTATIONS = [
    ('type="TBX-Basic"', 'type="TBX-Min"', "TBX002", 2, False),
    ('style="dca"', 'style="dct"', "TBX003", 2, False),
    ('conceptEntry id="c1"', 'conceptEntry id="1"', "TBX301", 12, False),
    ('conceptEntry id="c2"', 'conceptEntry id="c1"', "TBX302", 28, False),
    ('<langSec xml:lang="zh">', "<langSec>", "TBX104", 19, False),
    ("<term>小武器</term>", "<term>小武器</term><term>x</term>", "TBX102", 21, False),
    ('<termNote type="partOfSpeech">noun</termNote>', "", None, None, True),
    ('<descrip type="context">小武器和轻武器</descrip>',
     '<descrip type="context">a</descrip><termNote type="termType">variant</termNote>',
     "TBX102", 24, False),
    (">noun<", ">noun phrase<", "TBX203", 22, False),
    (">preferredTerm-admn-sts<", ">preferred<", "TBX203", 23, False),
    ('<descrip type="subjectField">disarmament</descrip>',
     '<descrip type="definition">d</descrip>', None, None, True),
    ('<descrip type="context">', '<descrip type="subjectField">', "TBX202", 24, False),
    ('<descrip type="subjectField">', '<descrip type="reliabilityCode">', "TBX201", 13, False),
    ("<p>x</p>", "", "TBX101", 5, False),
    ("<date>2013-12-05</date>", "<date>5 Dec 2013</date>", "TBX106", 17, False),
    ('<body>', '<body>\n<foo:x xmlns:foo="urn:foo">y</foo:x>', "TBX206", 12, False),
    # A dangling IDREF: the official RNG (libxml2) catches it too.
    ('target="c2"', 'target="c99"', "TBX205", 14, False),
    # The official rules accept this one: their transactionType picklist rule shares its
    # context with an earlier rule in the same pattern, so it never fires. We report it.
    (">origination<", ">deletion<", "TBX203", 16, True),
]


@pytest.mark.parametrize(("old", "new", "code", "line", "official_ok"), _MUTATIONS)
def test_each_departure_is_found_with_its_line(official: Official, old: str, new: str,
                                               code: str | None, line: int | None,
                                               official_ok: bool) -> None:
    data = _mutate(old, new)
    errors = _errors(data)
    if code is None:
        assert errors == []
    else:
        assert (line, code) in [(d.line, d.code) for d in errors], errors
    assert official.valid(data) is official_ok


def test_not_xml_raises_format_error() -> None:
    with pytest.raises(FormatError):
        validate_tbx(b"\x89PNG not xml", "x.tbx")


def test_martif_root_is_one_clear_error() -> None:
    findings = validate_tbx(b"<martif type='TBX-Basic'><text/></martif>", "old.tbx")
    assert [d.code for d in findings] == ["TBX001"]
    assert findings[0].hint and "termbase" in findings[0].hint


def test_empty_glossary_written_by_us_is_valid_with_a_warning() -> None:
    findings = validate_tbx(write(Glossary(), None), "empty.tbx")
    assert is_valid(findings)
    assert [d.code for d in findings] == ["TBX107"]


def test_a_large_file_is_validated_one_entry_at_a_time_with_findings_in_document_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The whole file was parsed into one tree first: a 70 MB TBX of 100,000 concepts
    # peaked at 817 MB to validate.
    from termbase.formats.tbx import validator

    def entry(i: int) -> str:
        ref = ('<ref type="crossReference" target="c2999">last</ref>' if i == 0 else
               '<ref type="crossReference" target="c9999">none</ref>' if i == 5 else "")
        pos = "verb" if i % 1000 else "Noun"  # a wrong value every 1,000th entry
        return (f'<conceptEntry id="c{i}">{ref}<langSec xml:lang="en"><termSec><term>t{i}'
                f'</term><termNote type="partOfSpeech">{pos}</termNote></termSec></langSec>'
                '</conceptEntry>\n')

    entries = [entry(i) for i in range(3000)]
    head = _VALID[: _VALID.index("<body>") + len("<body>")] + "\n"
    data = (head + "".join(entries[:1500]) + "loose text\n" + "".join(entries[1500:])
            + "</body></text></tbx>\n").encode()
    held: list[int] = []
    real = validator._Validation.end

    def counting(self: Any, state: Any) -> None:
        if state.name == "conceptEntry":
            held.append(len(state.el.getparent()))
        real(self, state)

    monkeypatch.setattr(validator._Validation, "end", counting)
    findings = validate_tbx(data, "big.tbx")
    assert len(held) == 3000
    # The body holds the entry being checked and what the parser's last chunk of input
    # (tens of kB) added after it; not the other entries of the file.
    assert max(held) < 1000
    first_entry = head.count("\n") + 1
    assert [(d.line, d.code) for d in findings] == [
        (first_entry + 1499, "TBX103"),  # text after an entry: the body's, so first
        (first_entry, "TBX203"), (first_entry + 5, "TBX205"),
        (first_entry + 1000, "TBX203"), (first_entry + 2001, "TBX203")]  # after the text's line
    assert "'loose text' directly in <body>" in findings[0].message
    assert "partOfSpeech 'Noun'" in findings[1].message
    assert "'c9999' points to no id" in findings[2].message


def _broken_entries(n: int) -> bytes:
    """A TBX of ``n`` entries, each with a date that is no date (TBX106); the first also
    refers to an id that is nowhere (TBX205, found only at the end of the file)."""
    head, tail = _VALID.split("<body>")[0], "</body>\n  </text>\n</tbx>\n"
    entries = [f'<conceptEntry id="c{i}">'
               + ('<ref type="crossReference" target="nowhere">x</ref>' if i == 0 else "")
               + '<transacGrp><transac type="transactionType">origination</transac>'
               f"<date>day {i}</date></transacGrp>"
               f'<langSec xml:lang="en"><termSec><term>t{i}</term></termSec></langSec>'
               "</conceptEntry>\n" for i in range(n)]
    return (head + "<body>\n" + "".join(entries) + tail).encode()


def test_a_file_with_more_findings_than_are_held_counts_them_all() -> None:
    # Every finding of a file was held: millions of errors were millions of objects.
    data = _broken_entries(MAX_FINDINGS + 234)
    every = validate_tbx(data, "m.tbx")
    assert len(every) == MAX_FINDINGS + 235
    assert every[0].code == "TBX205" and every[1].message == "date 'day 0' is not an ISO date"
    report = check_tbx(data, "m.tbx")
    assert report.findings == every[:MAX_FINDINGS]  # the first ones, in document order
    assert (report.errors, report.warnings) == (MAX_FINDINGS + 235, 0)
    assert report.truncated and not report.valid
    assert (report.unlisted_errors, report.unlisted_warnings) == (235, 0)
    few = check_tbx(data, "m.tbx", keep=3)
    assert few.findings == every[:3] and few.errors == len(every)
    assert check_tbx(data, "m.tbx", keep=None).findings == every


def test_a_report_within_the_bound_is_whole() -> None:
    data = _broken_entries(5)
    report = check_tbx(data, "m.tbx")
    assert report.findings == validate_tbx(data, "m.tbx") and report.errors == 6
    assert not report.truncated
    empty = _VALID.split("<body>")[0] + "<body/></text></tbx>"
    data = empty.replace('style="dca"', 'style="x"').encode()
    every = validate_tbx(data, "e.tbx")
    assert every[0].code == "TBX003" and every[-1].code == "TBX107"
    no_entries = check_tbx(data, "e.tbx", keep=1)
    assert no_entries.findings == every[:1] and no_entries.truncated
    assert (no_entries.errors, no_entries.warnings) == (len(every) - 1, 1)
    assert (no_entries.unlisted_errors, no_entries.unlisted_warnings) == (len(every) - 2, 1)


def test_references_waiting_for_their_id_are_held_compactly() -> None:
    # A reference may point forward, so each one to an id not yet seen is held to the
    # end; held as a tuple each, a hostile file's millions of them cost about 320 bytes
    # apiece (Python's own allocations; lxml's are not traced).
    import tracemalloc

    n = 20_000
    head = _VALID[: _VALID.index("<body>") + len("<body>")] + "\n"
    refs = "".join(f'<ref type="crossReference" target="z{i}">x</ref>\n' for i in range(n))
    data = (head + '<conceptEntry id="c"><langSec xml:lang="en"><termSec><term>t</term>'
            + refs + "</termSec></langSec></conceptEntry></body></text></tbx>\n").encode()
    tracemalloc.start()
    try:
        report = check_tbx(data, "refs.tbx")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.errors == n and report.findings[0].code == "TBX205"
    assert peak / n < 160
