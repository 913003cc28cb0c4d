"""What is said about an alignment besides its file: the summary lines and its signature.

The files themselves (bead file, TMX, TSV, review workbook) are bitext formats:
:func:`termbase.formats.render_alignment`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from termbase.align.model import Alignment
from termbase.formats.alignment_tables import DEFAULT_THRESHOLD
from termbase.signature import Signature


def summary(alignment: Alignment, *, min_score: float = DEFAULT_THRESHOLD) -> list[str]:
    """The lines printed after aligning: counts, bead types, scores, document verdict."""
    beads = alignment.beads
    kinds = Counter(b.kind for b in beads)
    order = sorted(kinds, key=lambda k: (-kinds[k], k))
    mean = sum(b.score for b in beads) / len(beads) if beads else 0.0
    low = sum(1 for b in beads if b.src and b.tgt and b.score < min_score)
    return [
        f"{len(alignment.source)} {alignment.source_lang} and {len(alignment.target)} "
        f"{alignment.target_lang} segments → {len(beads)} beads "
        f"({', '.join(f'{kinds[k]} {k}' for k in order)})",
        f"mean score {mean:.2f}; {low} two-sided bead(s) below {min_score:g}",
        f"document confidence {alignment.confidence:.2f}: {alignment.verdict.value}",
    ]


def alignment_signature(alignment: Alignment, inputs: Mapping[str, str], *,
                        settings: Mapping[str, object], glossary_hash: str = "") -> Signature:
    """The provenance of ``alignment``: its inputs' hashes, the run's and the aligner's
    settings, the glossary's hash and the segment and bead counts."""
    return Signature.now(
        glossary_hash=glossary_hash, settings={**settings, **dict(alignment.settings)},
        inputs=inputs,
        counts={"zh segments": len(alignment.source), "en segments": len(alignment.target),
                "beads": len(alignment.beads)})
