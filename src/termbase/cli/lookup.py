"""``termbase lookup QUERY``: find a term in Chinese (simplified or traditional) or English."""

from __future__ import annotations

from collections.abc import Sequence

import click

from termbase import api
from termbase.cli._common import (
    echo_diagnostics,
    echo_json,
    encoding_option,
    format_option,
    glossary_option,
)
from termbase.lookup import DEFAULT_LIMIT, Hit
from termbase.model import Concept, Term


def _term_lines(term: Term) -> list[str]:
    labels = [term.status.value] + ([term.term_type.value] if term.term_type else [])
    lines = [f"    {term.text}  [{', '.join(labels)}]"]
    if term.sources:
        lines.append(f"      sources: {'; '.join(term.sources)}")
    if term.contexts:
        # One context is enough to see the term in use; the JSON output has them all.
        ctx = term.contexts[0]
        lines.append(f"      context: {ctx.text}" + (f" ({ctx.source})" if ctx.source else ""))
    lines.extend(f"      note: {note}" for note in term.notes)
    return lines


def _concept_lines(concept: Concept) -> list[str]:
    lines = []
    if concept.subject_field:
        lines.append(f"  subject field: {concept.subject_field}")
    for sec in concept.lang_secs:
        lines.append(f"  {sec.lang}")
        for term in sec.terms:
            lines.extend(_term_lines(term))
        lines.extend(f"    definition: {d.text}" + (f" ({d.source})" if d.source else "")
                     for d in sec.definitions)
        lines.extend(f"    note: {note}" for note in sec.notes)
    lines.extend(f"  definition: {d.text}" + (f" ({d.source})" if d.source else "")
                 for d in concept.definitions)
    lines.extend(f"  note: {note}" for note in concept.notes)
    if concept.sources:
        lines.append(f"  sources: {'; '.join(concept.sources)}")
    return lines


def render_text(hits: Sequence[Hit]) -> str:
    """Each concept once: how it matched, then all its terms by language."""
    blocks = []
    for i, hit in enumerate(hits, start=1):
        m = hit.match
        head = (f"{i}. {hit.concept.id}: {m.kind.value} match on {m.lang} term "
                f"“{m.term.text}” (score {m.score:.2f})")
        blocks.append("\n".join([head, *_concept_lines(hit.concept)]))
    return "\n\n".join(blocks)


@click.command("lookup")
@click.argument("query")
@glossary_option
@format_option
@click.option("--limit", "-n", type=click.IntRange(min=1), default=DEFAULT_LIMIT,
              show_default=True, help="Show at most this many concepts.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default=None,
              help="Match only terms in this language (all terms are still shown).")
@encoding_option
def command(query: str, glossary: tuple[str, ...], output_format: str, limit: int,
            lang: str | None, encoding: str | None) -> int:
    """Find QUERY (Chinese, simplified or traditional, or English) in the glossaries.

    Matches exactly, by prefix, as a substring, or despite a typo, ignoring case,
    hyphens, spaces, 《》 and quotation marks, and plural endings; best matches first.
    Exits with 1 when nothing matches.
    """
    index = api.lookup_index(glossary, encoding=encoding)
    echo_diagnostics(index.diagnostics)
    result = api.lookup_term(query, index, limit=limit, lang=lang)
    echo_diagnostics(result.diagnostics)
    hits = result.hits

    from termbase.cli import EXIT_FINDINGS  # here, not at the top: termbase.cli imports us

    if output_format == "json":
        echo_json([hit.to_dict() for hit in hits])
        return EXIT_FINDINGS if not hits else 0
    if not hits:
        scope = f" among the {lang} terms" if lang else ""
        click.echo(f"no match for '{query}'{scope} in {index.concepts} concepts "
                   f"({', '.join(p.name for p in index.paths)})")
        click.echo("  hint: try fewer words, the other language, or another --glossary")
        return EXIT_FINDINGS
    click.echo(render_text(hits))
    if len(hits) == limit:
        click.echo(f"\n(limit of {limit} reached; raise --limit to see more)")
    return 0
