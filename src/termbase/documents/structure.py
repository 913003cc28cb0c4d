"""From cleaned lines to a Document: furniture, metadata, paragraphs, sentences.

The rules follow the layout of UN General Assembly resolutions, not any one file:

* page furniture (organ line "大 会", "Distr.: General", the issue date, "第六十八届会议",
  "议程项目 99(y)", "…大会决议", "[根据第一委员会的报告(A/68/411)通过]", symbol and page
  lines) is recognised by its whole-line pattern, mined for metadata and dropped;
* the title line "68/48. 小武器…" gives the symbol A/RES/68/48; "大会，" heads the body;
* the preamble is a list of participial phrases, each opening with a verb such as 回顾,
  强调, 欣见 and ending with "，". A wrapped line joins the one before unless that one
  ended a clause *and* the new line opens such a phrase (or, in layouts that indent
  first lines, is indented). A line ending a sentence (。) always ends its paragraph;
* operative paragraphs start with their number "N. " in sequence; inside the operative
  part only the next number starts a paragraph, since clauses there may open with any
  verb (吁请, 除其他外 …);
* the date and "第 N 次全体会议" lines at the end close the resolution.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from termbase.diagnostics import Diagnostic, warning
from termbase.documents.clean import BodyLine, RawFootnote, clean_lines, take_anchors
from termbase.documents.model import (
    Document,
    DocumentMetadata,
    Footnote,
    FootnoteRef,
    Paragraph,
    ParagraphKind,
    Sentence,
)
from termbase.errors import InputError
from termbase.text.chinese import cjk_share
from termbase.text.language import SAMPLE_CHARS, guess_language
from termbase.text.normalise import normalise_text, normalise_with_offsets
from termbase.text.sentences import split_sentences

# Verbs (with the adverbs and manner phrases that may precede them) that open preambular
# paragraphs of UN resolutions in Chinese.
_PREAMBULAR_VERBS = (
    "回顾", "忆及", "重申", "再次申明", "申明", "强调指出", "强调", "着重指出", "指出", "欢迎",
    "欣见", "欣悉", "表示注意到", "注意到", "获悉", "承认", "认识到", "意识到", "确认", "念及",
    "铭记", "考虑到", "深信", "确信", "坚信", "相信", "关切", "关注", "深感关切", "表示关切",
    "赞赏", "表示赞赏", "赞扬", "感谢", "认为", "希望", "决心", "遗憾", "痛惜", "震惊", "谴责",
    "重视", "审议了", "察悉", "深为", "深感", "严重关切", "满意", "欣慰",
)
_PREAMBULAR = re.compile(
    r"(?:又|还|并|也|亦|再次|再度|进一步|同时)?"
    r"(?:[\u4e00-\u9fff]{1,4}地)?"
    f"(?:{'|'.join(sorted(_PREAMBULAR_VERBS, key=len, reverse=True))})"
)
_OPERATIVE = re.compile(r"(\d{1,3})\s*[.．](?![\d/])\s*(.*)")
_TITLE = re.compile(r"(\d{1,3})\s*/\s*(\d{1,4})\s*[.．]\s*(\S.*)")
_ASSEMBLY = re.compile(r"大\s*会\s*[，,：:]?")
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MEETING = re.compile(r"第\s*(\d{1,4})\s*次全体会议")
_SESSION = re.compile(r"第\s*([零〇一二三四五六七八九十百两\d]+)\s*届(?:特别|紧急特别)?会议")
_AGENDA = re.compile(r"议程项目\s*(.+)")
_REPORT_LINE = re.compile(r"\[\s*根据(.+?)的报告\s*[（(]\s*([^）)]+?)\s*[）)]\s*通过\s*\]")
_BRACKET_LINE = re.compile(r"\[.*\]")
_SYMBOL_LINE = re.compile(r"[A-Z]{1,2}/(?:[A-Z]+[./])*[\dA-Z./\-]+(?:\s*\*)?")
# Furniture of the first page only. Matched only above the title, because inside the
# body a wrapped line could, by chance, be exactly "第六十九届会议" or "大会".
_HEADER_FURNITURE = (
    re.compile(r"大\s*会"),
    re.compile(r"Distr\.?\s*:.*", re.IGNORECASE),
    re.compile(r"General|Limited|Restricted", re.IGNORECASE),
    re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"),  # issue date: "10 December 2013"
    re.compile(r"[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}"),
    re.compile(r"Chinese|Original:.*|Chinese\s*/\s*Original:.*", re.IGNORECASE),
)
# Furniture that repeats on every page.
_PAGE_FURNITURE = (
    re.compile(r"\d{1,3}\s*/\s*\d{1,3}"),  # page "2/5"
    re.compile(r"\d{2}-\d{5}.*"),  # job number "13-44783 (C)"
)
_CLAUSE_END = frozenset("，,；;：:。.！!？?")
_SENTENCE_END = frozenset("。！？!?")
_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}


def starts_preambular(text: str) -> bool:
    """Whether ``text`` opens like a preambular paragraph (回顾…, 又强调…, 满意地注意到…)."""
    return _PREAMBULAR.match(text.strip()) is not None


def starts_paragraph(text: str) -> bool:
    """Whether a line opens a paragraph of a resolution's body."""
    stripped = text.strip()
    return bool(_OPERATIVE.match(stripped)) or starts_preambular(stripped)


def chinese_number(text: str) -> int | None:
    """Value of a number written in Chinese numerals or digits, up to 999 ("六十八" → 68)."""
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for char in text:
        if char in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[char]
        elif char == "十":
            total += (digit or 1) * 10
            digit = 0
        elif char == "百":
            total += (digit or 1) * 100
            digit = 0
        else:
            return None
    return total + digit


@dataclass(slots=True)
class _Draft:
    """A paragraph being assembled from lines (anchors still in the text)."""

    kind: ParagraphKind
    line: int
    parts: list[str]
    number: int | None = None

    def last_char(self) -> str:
        text = take_anchors(self.parts[-1])[0].rstrip() if self.parts else ""
        return text[-1:] if text else ""


@dataclass(slots=True)
class _Metadata:
    symbol: str | None = None
    title: str | None = None
    dates: list[tuple[str, int]] = field(default_factory=list)
    """(ISO date, line) of adoption dates, from the header and from the closing lines."""
    session: int | None = None
    meeting: int | None = None
    agenda_item: str | None = None
    committee: str | None = None
    committee_report: str | None = None


@dataclass(slots=True)
class _Builder:
    source_name: str
    meta: _Metadata = field(default_factory=_Metadata)
    drafts: list[_Draft] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    last_operative: int = 0
    indent_mode: bool = False

    def warn(self, code: str, message: str, line: int | None = None,
             hint: str | None = None) -> None:
        self.diagnostics.append(warning(code, message, path=self.source_name, line=line,
                                        hint=hint))

    def iso_date(self, match: re.Match[str], line: int) -> str | None:
        year, month, day = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            self.warn("TB622", f"'{match.group()}' is not a valid date", line)
            return None

    @property
    def current(self) -> _Draft | None:
        return self.drafts[-1] if self.drafts else None

    def seen_title(self) -> bool:
        return any(d.kind is not ParagraphKind.CLOSING for d in self.drafts)


def _header_furniture(builder: _Builder, plain: str) -> bool:
    """Lines of the first page's header; True when ``plain`` is one (metadata kept)."""
    meta = builder.meta
    if match := _SESSION.fullmatch(plain):
        meta.session = chinese_number(match.group(1))
        return True
    if match := _AGENDA.fullmatch(plain):
        meta.agenda_item = normalise_text(match.group(1))
        return True
    if _ZH_DATE.fullmatch(plain):
        return True  # a date above the title is the issue date, not the adoption date
    return any(p.fullmatch(plain) for p in _HEADER_FURNITURE)


def _furniture(builder: _Builder, text: str, line: int) -> bool:
    """Mine a page-furniture line for metadata; True when the line is furniture."""
    meta = builder.meta
    plain = take_anchors(text)[0].strip()
    if not builder.seen_title() and _header_furniture(builder, plain):
        return True
    if match := _ZH_DATE.match(plain):
        rest = plain[match.end():].strip()
        if rest.endswith("决议") and "大会" in rest:
            iso = builder.iso_date(match, line)
            if iso:
                meta.dates.append((iso, line))
            return True
    if match := _REPORT_LINE.fullmatch(plain):
        meta.committee = normalise_text(match.group(1))
        meta.committee_report = normalise_text(match.group(2))
        return True
    if _BRACKET_LINE.fullmatch(plain):
        return True
    if _SYMBOL_LINE.fullmatch(plain) and "/" in plain:
        symbol = plain.rstrip(" *")
        if symbol.startswith("A/RES/") and meta.symbol is None:
            meta.symbol = symbol
        return True
    return any(p.fullmatch(plain) for p in _PAGE_FURNITURE)


def _closing(builder: _Builder, text: str, line: int) -> bool:
    plain = take_anchors(text)[0].strip()
    if match := _ZH_DATE.fullmatch(plain):
        iso = builder.iso_date(match, line)
        if iso:
            builder.meta.dates.append((iso, line))
    elif match := _MEETING.fullmatch(plain):
        builder.meta.meeting = int(match.group(1))
    else:
        return False
    builder.drafts.append(_Draft(ParagraphKind.CLOSING, line, [plain]))
    return True


def _operative(builder: _Builder, body: BodyLine) -> bool:
    """Start an operative paragraph if ``body`` opens the next one; True when it does."""
    match = _OPERATIVE.match(body.text)
    if match is None:
        return False
    number = int(match.group(1))
    current = builder.current
    expected = builder.last_operative + 1
    clause_ended = current is None or current.last_char() in _CLAUSE_END
    if number < expected or (number != expected and not clause_ended):
        return False  # a wrapped line that happens to start with "N." (or a list item)
    if number != expected:
        builder.warn("TB623", f"operative paragraph {number} follows {expected - 1}",
                     body.line, hint="check for a paragraph lost in extraction")
    builder.last_operative = number
    builder.drafts.append(_Draft(ParagraphKind.OPERATIVE, body.line, [match.group(2)], number))
    return True


def _continues(builder: _Builder, body: BodyLine) -> bool:
    """Whether ``body`` continues the current paragraph rather than starting one."""
    current = builder.current
    if current is None or current.kind in (ParagraphKind.HEADER, ParagraphKind.CLOSING):
        return False
    if current.kind is ParagraphKind.OPERATIVE:
        return True
    if current.kind is ParagraphKind.TITLE:
        return not (starts_preambular(body.text) or _ASSEMBLY.fullmatch(body.text))
    last = current.last_char()
    if last in _SENTENCE_END:
        return False
    if last not in _CLAUSE_END:
        return True
    indent_opens = builder.indent_mode and body.indented and not body.after_marker
    return not (starts_preambular(body.text) or indent_opens)


def _add_line(builder: _Builder, body: BodyLine) -> None:
    text = body.text
    if _furniture(builder, text, body.line):
        return
    if not builder.seen_title() and (title := _TITLE.fullmatch(take_anchors(text)[0])):
        builder.meta.symbol = builder.meta.symbol or f"A/RES/{title.group(1)}/{title.group(2)}"
        builder.drafts.append(_Draft(ParagraphKind.TITLE, body.line, [title.group(3)]))
        return
    if _ASSEMBLY.fullmatch(take_anchors(text)[0]) and builder.last_operative == 0:
        builder.drafts.append(_Draft(ParagraphKind.HEADER, body.line, [text]))
        return
    if _closing(builder, text, body.line) or _operative(builder, body):
        return
    current = builder.current
    if current is not None and _continues(builder, body):
        current.parts.append(text)
        return
    builder.drafts.append(_Draft(ParagraphKind.PREAMBULAR, body.line, [text]))


def _uses_indents(lines: tuple[BodyLine, ...]) -> bool:
    """Whether first lines are indented and wrapped lines are not (as in some PDF layouts)."""
    judged = [b.indented for b in lines if not b.after_marker]
    if not judged:
        return False
    share = sum(judged) / len(judged)
    return 0.15 <= share <= 0.85


def _sentences(pid: str, text: str, refs: tuple[FootnoteRef, ...],
               lang: str) -> tuple[Sentence, ...]:
    spans = split_sentences(text, lang)
    ends = [s.end for s in spans]
    numbers: list[list[int]] = [[] for _ in spans]
    for ref in refs:
        # A marker belongs to the sentence it follows: the first whose end is at or
        # after the marker's position.
        index = min(bisect.bisect_left(ends, ref.offset), len(spans) - 1)
        if index >= 0:
            numbers[index].append(ref.number)
    return tuple(Sentence(f"{pid}.s{i}", s.text, s.start, s.end, tuple(numbers[i - 1]))
                 for i, s in enumerate(spans, start=1))


def _paragraph(pid: str, draft: _Draft, lang: str) -> Paragraph:
    raw, anchors = take_anchors(" ".join(draft.parts))
    text, offsets = normalise_with_offsets(raw)
    refs = tuple(FootnoteRef(number, bisect.bisect_left(offsets, position))
                 for number, position in anchors)
    return Paragraph(pid, draft.kind, text, _sentences(pid, text, refs, lang), draft.number,
                     refs, draft.line)


def _footnotes(builder: _Builder, raw: tuple[RawFootnote, ...],
               paragraphs: list[Paragraph]) -> tuple[Footnote, ...]:
    where: dict[int, list[str]] = {}
    for paragraph in paragraphs:
        for ref in paragraph.footnote_refs:
            ids = where.setdefault(ref.number, [])
            if paragraph.id not in ids:
                ids.append(paragraph.id)
    texts = {note.number: note for note in raw}
    for number in sorted(set(where) - set(texts)):
        builder.warn("TB614", f"footnote marker {number} has no footnote text",
                     hint="the footnote may be on a page that was not extracted")
    for number in sorted(set(texts) - set(where)):
        builder.warn("TB615", f"footnote {number} is never referenced in the text",
                     texts[number].line)
    return tuple(Footnote(n.number, normalise_text(n.text), tuple(where.get(n.number, ())))
                 for n in sorted(raw, key=lambda n: n.number))


def _metadata(builder: _Builder, title: str | None, sha256: str, lang: str) -> DocumentMetadata:
    meta = builder.meta
    session = meta.session
    if meta.symbol and (match := re.match(r"A/RES/(\d+)/", meta.symbol)):
        symbol_session = int(match.group(1))
        if session is not None and session != symbol_session:
            builder.warn("TB624", f"session {session} in the header but the symbol "
                                  f"{meta.symbol} says {symbol_session}")
        session = session or symbol_session
    dates = sorted({d for d, _ in meta.dates})
    if len(dates) > 1:
        builder.warn("TB625", f"different adoption dates: {', '.join(dates)}; "
                              f"the last one is kept", meta.dates[-1][1])
    return DocumentMetadata(
        source_name=builder.source_name, source_sha256=sha256, language=lang,
        symbol=meta.symbol, title=title,
        adoption_date=meta.dates[-1][0] if meta.dates else None, session=session,
        meeting=meta.meeting, agenda_item=meta.agenda_item, committee=meta.committee,
        committee_report=meta.committee_report)


def _language_check(builder: _Builder, paragraphs: list[Paragraph]) -> None:
    text = "".join(p.text for p in paragraphs)
    if guess_language(text) != "zh":
        share = cjk_share(text[:SAMPLE_CHARS])
        builder.warn("TB626", f"text does not look Chinese ({share:.0%} ideographs); "
                              "it was ingested with the Chinese rules",
                     hint="termbase ingest expects the Chinese version of a UN document")


def ingest_text(text: str, *, source_name: str, source_sha256: str = "",
                lang: str = "zh") -> tuple[Document, list[Diagnostic]]:
    """Build a Document from the plain text of a UN resolution (PDF-extracted or typed).

    Pure: no file access. ``source_name`` is used in the metadata and in messages;
    ``source_sha256`` is the hash of the file the text came from, when there was one.
    Returns the document and the findings (warnings) met on the way; raises InputError
    when there is no text at all.
    """
    if not text.strip():
        raise InputError("document contains no text", path=source_name,
                         hint="give a file with the text of a resolution")
    cleaned = clean_lines(text, source_name=source_name, starts_paragraph=starts_paragraph)
    builder = _Builder(source_name, diagnostics=list(cleaned.diagnostics),
                       indent_mode=_uses_indents(cleaned.lines))
    for body in cleaned.lines:
        _add_line(builder, body)
    # A number line whose text never came ("13." alone at a page end) leaves nothing.
    drafts = [d for d in builder.drafts if take_anchors("".join(d.parts))[0].strip()]
    paragraphs = [_paragraph(f"p{i}", draft, lang) for i, draft in enumerate(drafts, start=1)]
    footnotes = _footnotes(builder, cleaned.footnotes, paragraphs)
    title = next((p.text for p in paragraphs if p.kind is ParagraphKind.TITLE), None)
    if title is None:
        builder.warn("TB621", "no resolution title line ('68/48. …') found; "
                              "symbol and title are unknown")
    _language_check(builder, paragraphs)
    metadata = _metadata(builder, title, source_sha256, lang)
    document = Document(metadata, tuple(paragraphs), footnotes)
    return document, builder.diagnostics
