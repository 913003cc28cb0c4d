"""Session 35: the rarely-rendered excuse (check/missing._rarely_rendered_misses) keeps a
miss an error where the line shows a sign of the places that render the term. Where the
line says the term by a word the draft habitually writes where the glossary's English
is missing ("conference" for 会议 "meeting"), a word of the translation counts as a sign
only when it is too frequent there to be chance: a translation has dozens of words, and
one of them met in two of the rendering places and none of the misses is no sign of the
rendering sense."""

from __future__ import annotations

from termbase.check.chance import upper_tail as _upper_tail


def test_upper_tail_is_the_hypergeometric_tail() -> None:
    # 2 of 2 marked units drawn in 12 of 27: C(25, 10) / C(27, 12) = 132 / 702.
    assert abs(_upper_tail(27, 2, 12, 2) - 132 / 702) < 1e-12
    assert _upper_tail(27, 2, 12, 0) == 1.0
    assert _upper_tail(10, 3, 3, 3) == 1 / 120
