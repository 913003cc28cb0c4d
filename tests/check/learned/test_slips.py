"""The slips the learned check reads where a term is rendered otherwise: none where the usual
rendering already stands in the unit (find_variant's rendered_here)."""

from __future__ import annotations

import pytest

from check._stand_in import VIOLENCE, gloss, learned_found
from termbase.model import Glossary

# 性暴力 twice, "sexual violence" once; "abuse" renders 虐待, absent here, so nothing in
# the unit explains it: elsewhere a slip, but here the rendering already stands for the
# term, and "sexual abuse" may be another source word's.
_SLIP_BESIDE_RENDERING = ("性暴力的报告显示，性暴力仍在继续。",
                          "Reports of sexual abuse clearly show that sexual violence "
                          "continues.")
_VIOLENCE_ENTRIES = {"性暴": gloss("n", "sexual"), "暴力": gloss("n", "violence"),
                     "报告": gloss("n", "reports"), "显示": gloss("v", "show"),
                     "继续": gloss("v", "continues")}


def test_no_slip_is_read_where_the_rendering_stands(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*VIOLENCE, _SLIP_BESIDE_RENDERING]
    assert learned_found(glossary, lines, _VIOLENCE_ENTRIES, monkeypatch) == []
    # The same words with the rendering absent: a slip (a hint), as before.
    alone = (_SLIP_BESIDE_RENDERING[0], "Reports of sexual abuse clearly show that it "
             "continues.")
    assert learned_found(glossary, [*VIOLENCE, alone], _VIOLENCE_ENTRIES,
                         monkeypatch) == ["sexual abuse"]
