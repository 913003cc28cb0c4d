"""Glossaries as tables of text cells: the pure core shared by the Excel and CSV formats.

Two layouts:

* **LONG** (lossless, for machines): one row per term. Concept-level columns are filled
  on the first row of a concept and langSec-level columns on the first row of a langSec;
  a reader takes the first non-empty value and warns when a later row disagrees, so files
  that repeat those values on every row read the same. Multi-valued cells hold one value
  per line (model texts are single-line and trimmed). A definition or context carries its
  source inline as ``text ⟦source⟧``; a transaction is ``type | date | responsibility``
  (``responsibility ⟦target⟧`` when it points to a reference object). Two columns appear
  only when needed: "language section" numbers the second and later sections of one
  language in a concept, and "back matter" holds one back-matter section per row, as
  the JSON of :func:`termbase.model.ref_sec_to_dict`. ``from_rows(to_rows(g)).glossary == g``.
* **WIDE** (for people): one row per concept, a term column and an "other terms" column
  per language, abbreviations, definitions, contexts, source and note. Statuses other than
  a column's default are shown after the term, e.g. ``非法经纪活动 (superseded)``.

Reading recognises the headers people write, in Chinese or English (``中文``, ``译名``,
``Definition (EN)``, ``备注`` …), picks the layout (a language column means LONG), and
reports what it ignored or doubted as diagnostics with row and column. Nothing here does
I/O: containers turn files into :class:`Table` values and back.

One module per part: ``table`` (rows as read, diagnostic codes), ``values`` (how values
are written in cells), ``columns`` (what a header means), ``write`` (glossary → LONG or
WIDE rows), ``header`` (what LONG and WIDE reading share), ``long`` and ``wide`` (the
two readers), and ``read`` (the entry points: :func:`~termbase.formats.tabular.read.
read_table`, :func:`~termbase.formats.tabular.read.from_rows` and a WIDE sheet read with
its LONG twin, :func:`~termbase.formats.tabular.read.read_with_detail`).
"""

