"""Limits on document inputs, checked before the expensive work starts.

Reading, sentence-splitting and aligning a document takes memory many times its size
(about 80 bytes per byte of text for ``ingest``), and a paragraph of millions of
characters makes the per-paragraph steps slow. Real inputs are far below these limits:
a UN resolution is 10–100 KB of text, the longest reports a few MB, and a paragraph a
few thousand characters. A file without line breaks (a PDF extract gone wrong, or a
hostile input) is refused by its size before it is read, or by its longest line right
after decoding, with the number and what to do. The limits are module constants so
that tests (and a future option) can change them; they are read at call time.
"""

from __future__ import annotations

from pathlib import Path

from termbase.errors import LimitError

_MB = 1024 * 1024

MAX_TEXT_BYTES = 16 * _MB
"""Plain-text documents (.txt) and line-aligned (presplit) inputs."""
MAX_FILE_BYTES = 64 * _MB
"""Documents in a container (.docx with its images, ingest's .jsonl, which repeats each
sentence) and bilingual drafts (.xlsx, .tmx, .xliff)."""
MAX_LINE_CHARS = 100_000
"""One paragraph (a line of a .txt, a .docx paragraph, a presplit sentence)."""

# The separators str.splitlines() breaks on besides "\n", which later steps honour too.
_OTHER_BREAKS = tuple("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _size(size: int) -> str:
    return f"{size / _MB:,.1f} MB" if size >= _MB else f"{size:,} bytes"


def check_file_size(path: Path, limit: int | None = None) -> None:
    """Refuse ``path`` (LimitError) if it is larger than ``limit`` bytes, without reading it.

    The default limit depends on the suffix: :data:`MAX_TEXT_BYTES` for plain text,
    :data:`MAX_FILE_BYTES` otherwise. A file that cannot be stat'ed is let through:
    the reader that follows reports it in its own words.
    """
    if limit is None:
        limit = MAX_TEXT_BYTES if Path(path).suffix.lower() == ".txt" else MAX_FILE_BYTES
    try:
        size = Path(path).stat().st_size
    except OSError:
        return
    if size > limit:
        raise LimitError(f"the file is {_size(size)}, more than the {_size(limit)} termbase "
                         "reads as one document", path=path,
                         hint="split it into several documents (the largest UN documents "
                              "are a few MB); a corpus with one sentence per line goes to "
                              "'termbase extract --lines'")


def check_line_lengths(text: str, source: str | Path, limit: int | None = None, *,
                       line: int | None = None) -> None:
    """Refuse ``text`` (LimitError naming the line) if a line is longer than ``limit``.

    ``line`` is where ``text`` sits in ``source`` when it is one record of a file
    (a paragraph of ingest's JSON Lines); it is then the line reported.
    """
    limit = MAX_LINE_CHARS if limit is None else limit
    if len(text) <= limit:
        return
    start, number = 0, 1
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        longest = _longest(text[start:end]) if end - start > limit else 0
        if longest > limit:
            raise LimitError(
                f"line {number} is {longest:,} characters long, more than the "
                f"{limit:,} one paragraph may have", path=source,
                line=number if line is None else line,
                hint="the file has (almost) no line breaks: put one paragraph per line "
                     "(e.g. extract the PDF again with 'pdftotext -layout'), or split it")
        start, number = end + 1, number + 1


def _longest(run: str) -> int:
    """The longest line of a run without "\\n" (it may still hold other breaks)."""
    if not any(brk in run for brk in _OTHER_BREAKS):
        return len(run)
    return max(len(line) for line in run.splitlines())
