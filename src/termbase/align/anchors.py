"""Hard anchors: places where both documents must be cut at the same point.

Placeholder: one window over the whole document (to be refined).
"""

from __future__ import annotations

from collections.abc import Sequence

from termbase.align.features import SideFeatures
from termbase.align.model import Segment

Window = tuple[int, int, int, int]


def find_windows(zh: Sequence[Segment], en: Sequence[Segment], zf: SideFeatures,
                 ef: SideFeatures) -> list[Window]:
    return [(0, len(zf), 0, len(ef))]
