"""A stand-in for the dictionary the checker asks (termbase.check.glosses), for tests
that must not depend on CC-CEDICT's entries: it answers from a small table and records
what it was asked."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import pytest

from termbase.check.glosses import Gloss


class StandInDictionary:
    def __init__(self, entries: Mapping[str, Gloss]) -> None:
        self.entries = dict(entries)
        self.asked: list[Collection[str]] = []
        """Each call's words, in order."""

    def __call__(self, words: Collection[str]) -> dict[str, Gloss]:
        self.asked.append(words)
        return {w: self.entries[w] for w in words if w in self.entries}

    def install(self, monkeypatch: pytest.MonkeyPatch) -> StandInDictionary:
        self.asked.clear()
        monkeypatch.setattr("termbase.check.glosses.dictionary_glosses", self)
        return self
