"""The faster forms of the post-counting steps (issue 12 item 4) against the plain ones.

Affix tests by the edge characters, containers grown one word at a time with the
commonest two-word case apart: the answers must be those of the simple definitions."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.extract import filters
from termbase.extract.drafts import _containers
from termbase.text.chinese import ZH_CONJUNCTIONS


def _plain_prefix(text: str) -> bool:
    return text.startswith(tuple(filters._OPENER_SET))


def _plain_suffix(text: str) -> bool:
    return text.endswith(tuple(filters._VERB_SET))


def test_affix_tests_by_edge_characters_agree_with_plain_ones() -> None:
    affixes = sorted(filters._OPENER_SET | filters._VERB_SET)
    texts = [*affixes, *(a[:-1] for a in affixes), *(a[1:] for a in affixes),
             *(a + "机构" for a in affixes), *("各国" + a for a in affixes), "欣见", "欣", "x"]
    for text in texts:
        assert filters._has_prefix(text) == _plain_prefix(text), text
        assert filters._has_suffix(text) == _plain_suffix(text), text


def _plain_containers(drafts: dict[str, Any]) -> dict[str, list[str]]:
    """_containers as first written: every span of up to eight words, joined anew."""
    def conjunct(words: Sequence[str], start: int, stop: int) -> bool:
        return ((stop < len(words) and words[stop] in ZH_CONJUNCTIONS)
                or (start > 0 and words[start - 1] in ZH_CONJUNCTIONS))

    found: dict[str, list[str]] = {}
    for text, draft in drafts.items():
        words, size, seen = draft.words, len(draft.words), set()
        for i in range(size):
            for j in range(i + 1, min(size, i + 8) + 1):
                if j - i == size or (j - i > 1 and conjunct(words, i, j)):
                    continue
                part = "".join(words[i:j])
                if part != text and part in drafts and part not in seen:
                    seen.add(part)
                    found.setdefault(part, []).append(text)
    return found


_WORD = st.sampled_from(["国家", "集合", "基金", "和", "与", "中央", "应急", "小", "武器", "轻"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_WORD, min_size=1, max_size=10), min_size=1, max_size=40))
def test_containers_agree_with_plain_definition(phrases: list[list[str]]) -> None:
    drafts = {"".join(p): SimpleNamespace(words=tuple(p)) for p in phrases}
    # Single words of every phrase too, so that many spans are drafts.
    for phrase in phrases:
        for word in phrase:
            drafts.setdefault(word, SimpleNamespace(words=(word,)))
    assert _containers(drafts) == _plain_containers(drafts)
