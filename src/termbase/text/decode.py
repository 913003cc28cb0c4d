"""Turn the bytes of a text file into str, with the legacy encodings UN users meet.

UTF-8 (with or without BOM) is the norm. UTF-16 is recognised by its BOM, or without one
by the zero bytes of mostly-ASCII/CJK text. A file that is not valid UTF-8 is handed to
a charset detector (charset-normalizer), limited to the multi-byte East Asian encodings
and run on a bounded sample: GB18030 (a superset of GBK and GB2312), Big5, Shift_JIS,
EUC-JP and EUC-KR. Big5 bytes almost always decode as GB18030 too, into rare characters
that look Chinese, so "it decodes" proves nothing: the detector's measure of how messy
each reading is decides. A reading is accepted only when it is clearly the best, or the
only Chinese one among equally clean readings; the file is then read with a warning
naming the encoding. Anything else is refused with a message suggesting ``--encoding``.
Single-byte code pages (Windows-1252 …) are never guessed: every byte sequence is valid
in them, so a guess could not be told from a mistake.

``encoding`` (the ``--encoding`` option) skips all guessing.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from termbase.diagnostics import Diagnostic, warning
from termbase.errors import InputError
from termbase.text.chinese import CJK_CHAR, is_cjk_char


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    """A codec name that decodes the whole file from its first byte (BOM included)."""
    diagnostics: tuple[Diagnostic, ...] = ()


_ENCODING_HINT = ("save the file as UTF-8 (in Excel: 'CSV UTF-8'; in Notepad: Save as, "
                  "Encoding UTF-8), or pass --encoding")

GB18030_READ = "TB102"
LEGACY_READ = "TB103"

# The encodings the detector may choose, with the family each belongs to (codecs of one
# family read the same text, so they are one verdict) and the name people know it by.
_LEGACY = {
    "gb18030": ("gb18030", "GB18030 (Simplified Chinese; includes GBK and GB2312)"),
    "cp950": ("big5", "Big5 (Traditional Chinese, Windows code page 950)"),
    "big5": ("big5", "Big5 (Traditional Chinese)"),
    "big5hkscs": ("big5", "Big5-HKSCS (Traditional Chinese, Hong Kong)"),
    "cp932": ("shift_jis", "Shift_JIS (Japanese, Windows code page 932)"),
    "shift_jis": ("shift_jis", "Shift_JIS (Japanese)"),
    "shift_jis_2004": ("shift_jis", "Shift_JIS (Japanese, JIS X 0213)"),
    "euc_jp": ("euc_jp", "EUC-JP (Japanese)"),
    "euc_jis_2004": ("euc_jp", "EUC-JP (Japanese, JIS X 0213)"),
    "cp949": ("euc_kr", "EUC-KR (Korean, Windows code page 949)"),
    "euc_kr": ("euc_kr", "EUC-KR (Korean)"),
}
DETECTION_SAMPLE = 64 * 1024
"""Bytes the detector sees: enough for a confident verdict, bounded for huge files."""
_MAX_MESS = 0.2
"""charset-normalizer's default: readings messier than this are not text."""
_TIE = 0.07
"""Readings whose mess is within this of the cleanest one are equally plausible."""
_HIGH_BYTES = bytes(range(0x80, 0x100))
_MISREAD_CHARS = re.compile("[\uff61-\uff9f\u3100-\u318f\ufe30-\ufe6f\ue000-\uf8ff]")
_HANGUL_RUN = re.compile("[\uac00-\ud7a3]{11,}")
_CHINESE = ("gb18030", "big5")
_CHINESE_SHARE = 0.9
_SPACED_IDEOGRAPHS = re.compile(f"(?<={CJK_CHAR.pattern}) (?={CJK_CHAR.pattern})")
_SPACED_SHARE = 20


def encoding_error(encoding: str) -> str | None:
    """Why ``encoding`` cannot decode text files (None when it can)."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return f"unknown encoding '{encoding}'"
    if not getattr(info, "_is_text_encoding", True):
        return f"'{encoding}' is not a text encoding"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    # Chinese in UTF-16 has zero bytes only in its line breaks, digits and Latin letters,
    # far under the share above: it was refused as a binary file. Zero bytes all on one
    # side of the byte pairs, and a reading that is Chinese, tell it from binary data.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for codec, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros and not others:
            try:
                text = _strict(sample, codec, complete=False)
            except UnicodeDecodeError:
                continue
            if _reads_as_chinese(text):
                return codec
    return None


def _first_bad_line(data: bytes, exc: UnicodeDecodeError) -> int:
    return data[: exc.start].count(b"\n") + 1


_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v") | {"\x7f"}


def _refuse_binary(decoded: DecodedText, source: str) -> DecodedText:
    """Bytes that decode (UTF-16 accepts almost anything) but hold control characters
    are not text: refuse them rather than ingest garbage."""
    sample = decoded.text[:20_000]
    controls = sum(1 for c in sample if c in _CONTROL)
    if controls and controls / len(sample) > 0.01:
        raise InputError("binary file (control characters), not text", path=source,
                         hint="give a plain-text file; for Word documents use .docx")
    return decoded


_LINE_END = re.compile(r"\r\n|\r|\n")


def file_lines(text: str) -> list[str]:
    """The lines of a decoded text file as editors, ``wc -l`` and the corpus reader count
    them: split at LF, CRLF or CR only. ``str.splitlines`` also splits at a form feed,
    U+2028 or U+0085 inside a line, which shifts every later line number."""
    return _LINE_END.split(text)


def decode_text(data: bytes, source: str, encoding: str | None = None, *,
                complete: bool = True) -> DecodedText:
    """Decode ``data`` (the content of ``source``) or raise InputError saying why not.

    ``complete=False`` says ``data`` is only the head of a longer file (for readers that
    stream): a character cut at its end is then not an error.
    """
    return _refuse_binary(_decode(data, source, encoding, complete), source)


def _strict(data: bytes, codec: str, complete: bool) -> str:
    return codecs.getincrementaldecoder(codec)().decode(data, final=complete)


def _decode(data: bytes, source: str, encoding: str | None, complete: bool) -> DecodedText:
    if encoding:
        return _as_told(data, source, encoding, complete)

    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = _strict(data, name, complete)
            except UnicodeDecodeError as exc:
                raise InputError(f"file starts with a {name} byte-order mark but is not "
                                 f"valid {name}", path=source,
                                 line=_first_bad_line(data, exc), hint=_ENCODING_HINT) from None
            notes = () if name == "utf-8-sig" else (warning(
                "TB101", "file is UTF-16; read it as such", path=source),)
            return DecodedText(text.lstrip("\ufeff"), name, notes)

    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return DecodedText(_strict(data, utf16, complete), utf16, (warning(
                "TB101", f"file is {utf16.upper()} without byte-order mark; read it as such",
                path=source),))
        except UnicodeDecodeError:
            pass

    if b"\x00" in data[:8000]:
        raise InputError("binary file (contains NUL bytes), not text", path=source,
                         hint="give a plain-text file; for Word documents use .docx")

    try:
        return DecodedText(_strict(data, "utf-8", complete), "utf-8")
    except UnicodeDecodeError as utf8_error:
        if utf8_error.reason == "unexpected end of data":
            # Valid UTF-8 up to a character its last bytes only begin: a cut copy, not
            # another encoding (whose detection would then misread the whole file).
            raise InputError("the file ends in the middle of a UTF-8 character: it was cut "
                             "short", path=source, line=_first_bad_line(data, utf8_error),
                             hint="copy, download or export the file again") from None
        return _legacy(data, source, utf8_error, complete)


def _as_told(data: bytes, source: str, encoding: str, complete: bool) -> DecodedText:
    problem = encoding_error(encoding)
    if problem:
        raise InputError(problem, path=source,
                         hint="use a codec name such as utf-8, gb18030, big5, utf-16")
    try:
        return DecodedText(_strict(data, encoding, complete).lstrip("\ufeff"), encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding}: byte 0x{data[exc.start]:02x} "
                         f"at offset {exc.start}", path=source,
                         line=_first_bad_line(data, exc), hint=_ENCODING_HINT) from None


# --- legacy East Asian encodings ---------------------------------------------------------

def detection_sample(data: bytes, complete: bool = True) -> bytes:
    """The bytes the detector sees: at most :data:`DETECTION_SAMPLE` bytes from the head of
    ``data``, never ending inside a multi-byte character. The cut is made after the last
    line break (no multi-byte character of these encodings contains 0x0A), or, in text
    without one, before the trailing run of bytes over 0x7F (which holds the cut one)."""
    if complete and len(data) <= DETECTION_SAMPLE:
        return data
    head = data[:DETECTION_SAMPLE]
    cut = head.rfind(b"\n")
    if cut >= 0:
        return head[: cut + 1]
    return head.rstrip(_HIGH_BYTES) or head


def _reads_as_chinese(text: str) -> bool:
    """Whether the non-ASCII letters of ``text`` are nearly all Chinese ideographs (not the
    kana or Hangul of a Japanese or Korean reading)."""
    letters = [c for c in text if c.isalnum() and not c.isascii()]
    ideographs = sum(map(is_cjk_char, letters))
    # Chinese prose does not put spaces between ideographs; Korean read as GBK does.
    spaced = len(_SPACED_IDEOGRAPHS.findall(text))
    return bool(letters) and ideographs >= _CHINESE_SHARE * len(letters) and \
        spaced * _SPACED_SHARE <= ideographs


def _looks_misread(text: str) -> bool:
    """Whether ``text`` shows the marks of East Asian bytes read with the wrong codec:
    half-width katakana, Bopomofo or Hangul jamo among ideographs, presentation forms, or a long run
    of Hangul with no word space (Korean separates its words)."""
    if _MISREAD_CHARS.search(text):
        return True
    return _HANGUL_RUN.search(text) is not None


def detect_legacy(sample: bytes) -> tuple[str | None, tuple[str, ...]]:
    """The legacy codec that reads ``sample`` as text, and the rivals when there is doubt.

    Returns ``(codec, ())`` when the cleanest reading is the only one of its quality,
    ``(None, rivals)`` when readings of several families are about as clean, and
    ``(None, ())`` when none is text.
    """
    from charset_normalizer import from_bytes

    matches = from_bytes(sample, cp_isolation=list(_LEGACY), threshold=_MAX_MESS,
                         preemptive_behaviour=False, enable_fallback=False)
    readings = sorted((m.chaos, -m.coherence, m.encoding) for m in matches
                      if m.encoding in _LEGACY and m.chaos <= _MAX_MESS
                      and not _looks_misread(str(m)))
    if not readings:
        return None, ()
    cleanest = readings[0][0]
    families: dict[str, str] = {}
    for chaos, _, codec in readings:
        if chaos <= cleanest + _TIE:
            families.setdefault(_LEGACY[codec][0], codec)
    if len(families) == 1:
        return readings[0][2], ()
    # A tie between Chinese and other readings goes to Chinese: this is a Chinese–English
    # tool, and a Japanese or Korean file could not be used anyway.
    chinese = [codec for codec in families.values()
               if _LEGACY[codec][0] in _CHINESE and _reads_as_chinese(str(matches[codec]))]
    if len(chinese) == 1:
        return chinese[0], ()
    return None, tuple(families.values())


def _legacy(data: bytes, source: str, utf8_error: UnicodeDecodeError,
            complete: bool) -> DecodedText:
    bad_line = _first_bad_line(data, utf8_error)
    codec, rivals = detect_legacy(detection_sample(data, complete))
    if codec is None and rivals:
        names = " or ".join(_LEGACY[r][1] for r in rivals)
        options = " or ".join(f"--encoding {r}" for r in rivals)
        raise InputError(f"not UTF-8, and too little text to tell its encoding: it reads "
                         f"as {names}", path=source, line=bad_line,
                         hint=f"pass {options}, or save the file as UTF-8")
    if codec is None:
        raise InputError(
            f"not UTF-8, UTF-16, GB18030/GBK, Big5, Shift_JIS, EUC-JP or EUC-KR text (byte "
            f"0x{data[utf8_error.start]:02x} at offset {utf8_error.start} is not UTF-8)",
            path=source, line=bad_line,
            hint=_ENCODING_HINT + " (for instance cp1252 for Western text saved on Windows)")
    try:
        text = _strict(data, codec, complete)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {_LEGACY[codec][1]} at byte 0x{data[exc.start]:02x} "
                         f"(offset {exc.start}), although its beginning is: the file mixes "
                         f"encodings", path=source, line=_first_bad_line(data, exc),
                         hint=_ENCODING_HINT) from None
    code = GB18030_READ if codec == "gb18030" else LEGACY_READ
    return DecodedText(text, codec, (warning(
        code, f"file is not UTF-8; read it as {_LEGACY[codec][1]}, detected from its content",
        path=source, hint="if the text looks wrong, pass --encoding; convert legacy files "
                          "to UTF-8 to avoid ambiguity"),))
