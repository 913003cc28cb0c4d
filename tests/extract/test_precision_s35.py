"""A name run across a clause is no candidate, nor a title citing a numbered session
(issue 12, session 35).

The name source runs from a listed opening word (非洲, 经济, 常驻, 人权 …) to a head word;
a name holding a resolution's verb (政府|深信|联合国环境署: "the Government is convinced
that UNEP …") ran across a clause; verbs that say what a body is for stay
(…对话与合作|促进|和平|部长级会议).
"""

from __future__ import annotations

import pytest

from termbase.extract.drafts import Draft, drop_by_tags
from termbase.extract.statistics import NgramStats
from termbase.text.segment import JiebaSegmenter


@pytest.fixture(scope="module")
def tokenizer() -> JiebaSegmenter:
    return JiebaSegmenter()


@pytest.mark.parametrize(("name", "refused"), [
    ("政府深信联合国环境署", True),                      # the Government is convinced …
    ("国际货币和金融委员会重申货币基金", True),          # the Committee reaffirms …
    ("第三次宗教间对话与合作促进和平部长级会议", False),  # a meeting for peace
    ("联合国增进和保护人权小组委员会", False),
    ("联合国人类住区规划署", False),
])
def test_a_name_holds_no_resolution_verb(name: str, refused: bool,
                                         tokenizer: JiebaSegmenter) -> None:
    drafts = {name: Draft(name, tuple(tokenizer.cut(name)), NgramStats(1, 1, 1.0, 1.0, 1.0),
                          {"name"})}
    assert (name in drop_by_tags(drafts, tokenizer)) is refused
