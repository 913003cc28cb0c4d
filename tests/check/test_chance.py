"""How likely a count is by chance: the tail by which a word of a translation counts as a
sign of a sense only when it is met too often to be luck."""

from __future__ import annotations

from termbase.check.chance import upper_tail as _upper_tail


def test_upper_tail_is_the_hypergeometric_tail() -> None:
    # 2 of 2 marked units drawn in 12 of 27: C(25, 10) / C(27, 12) = 132 / 702.
    assert abs(_upper_tail(27, 2, 12, 2) - 132 / 702) < 1e-12
    assert _upper_tail(27, 2, 12, 0) == 1.0
    assert _upper_tail(10, 3, 3, 3) == 1 / 120
