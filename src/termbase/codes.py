"""The one table of termbase's diagnostic codes: code → meaning.

Every error (:class:`termbase.errors.TermbaseError`) and every warning or finding
(:class:`termbase.diagnostics.Diagnostic`) carries one of these codes, printed with its
message as ``[TB310]``. A code has one meaning wherever it is used, and is defined in one
module (tests/test_codes.py checks both, and that every code used is listed here).

Ranges: TB0xx internal · TB1xx reading input (files, encodings, limits, caches) · TB2xx
glossary and bitext formats · TB3xx usage · TB4xx writing output · TB5xx pipeline ·
TB6xx documents, pairing, alignment and checking · TB7xx shared text rules.
"""

from __future__ import annotations

from types import MappingProxyType

CODES = MappingProxyType({
    # errors (exit 2) — the classes of termbase.errors
    "TB000": "termbase error (base class)",
    "TB100": "a file cannot be read: missing, empty, undecodable or binary",
    "TB120": "input over a safety limit (file size, paragraph length, zip package, nesting)",
    "TB200": "a file was read but cannot be interpreted in its format",
    "TB300": "options or arguments that do not fit together",
    "TB310": "an output would replace one of the command's inputs",
    "TB320": "termbase serve: the port is not a TCP port number",
    "TB321": "termbase serve: cannot listen there (port in use, address not this machine's)",
    "TB400": "an output cannot be written; the previous file is unchanged",
    "TB410": "another process holds the lock on a glossary being updated",
    "TB500": "a pipeline step failed (the step's name is in the message)",
    # reading text
    "TB101": "file read as UTF-16",
    "TB102": "file read as GB18030/GBK, not UTF-8",
    "TB103": "file read in a detected legacy encoding (Big5, Shift_JIS, EUC-KR …)",
    # compiled glossaries in the cache (termbase.index)
    "TB150": "compiled glossary cannot be written to the cache; indexed in memory instead",
    "TB151": "compiled glossary in the cache unreadable or not termbase's; rebuilt",
    "TB152": "glossary cannot be compiled exactly; indexed in memory instead",
    "TB153": "compiled glossary failed during a lookup; answered from the glossary files",
    # the glossary store's search path (termbase.store)
    "TB160": "concept hidden by a concept of the same id in an earlier store folder",
    # tabular glossaries (csv, tsv, xlsx)
    "TB210": "column not recognised; its cells are not read",
    "TB211": "empty row skipped",
    "TB212": "duplicate row skipped",
    "TB213": "the same term in two rows (perhaps one concept given twice)",
    "TB214": "row that cannot be interpreted, skipped (--on-bad-entry skip)",
    "TB215": "a concept or language value differs between its rows; the first is kept",
    "TB216": "cell ignored: it belongs to a term the row does not have",
    "TB217": "id values that are not valid XML ids; concepts given generated ids",
    "TB218": "concept in the detail sheet but not in the glossary sheet; left out",
    "TB219": "status that is not a term status, or without a term; ignored",
    # what readers read but do not keep (a rewrite would lose it)
    "TB230": "TBX header part not kept",
    "TB231": "TBX link label not kept",
    "TB232": "TBX back-matter grouping not kept",
    "TB233": "cells outside the table not read",
    "TB234": "row-number column not kept",
    "TB235": "workbook sheet not read",
    "TB236": "comments, formulas or pictures in a workbook not kept",
    "TB237": "the target format does not give back part of the glossary",
    # TBX reading
    "TB240": "entry id not usable; renamed",
    "TB241": "data category or value outside TBX-Basic; mapped or kept as a note",
    "TB242": "empty or incomplete element left out",
    "TB243": "elements out of the TBX order; read anyway",
    "TB244": "value not in the TBX-Basic picklist; mapped or kept as a note",
    "TB245": "several subject fields in one entry; joined",
    "TB246": "language tag not well formed",
    "TB247": "not TBX-Basic v3 DCA (TBX 2008, another dialect or style, no header)",
    "TB248": "entry that cannot be interpreted, left out (--on-bad-entry skip)",
    "TB249": "reference to an entry that is not in the file",
    "TB250": "OmegaT glossary line without a target term, left out (--on-bad-entry skip)",
    # bitext and review sheets
    "TB260": "TMX translation units without both languages skipped",
    "TB270": "review-sheet row that cannot be read, skipped",
    "TB271": "edited examples in a review sheet left out",
    # parallel corpora
    "TB601": "segment pairs empty on both sides skipped",
    "TB602": "segment pairs empty on one side skipped",
    "TB603": "segment pairs left out of pairing: a neighbouring line translates them better",
    # drafts
    "TB610": "draft segments without a translation yet",
    # document ingestion
    "TB611": "footnote without text",
    "TB612": "footnote marker before any text; ignored",
    "TB613": "footnote number appears twice; the first text is kept",
    "TB614": "footnote marker without footnote text",
    "TB615": "footnote never referenced in the text",
    "TB621": "no resolution title line found",
    "TB622": "date that is not a valid date",
    "TB623": "operative paragraphs out of sequence",
    "TB624": "session in the header does not match the document symbol",
    "TB625": "different adoption dates in one document",
    "TB626": "text does not look Chinese",
    # checking
    "TB630": "deprecated term folds onto an approved one; matched exactly as written",
    "TB636": "accept file is not a list of finding fingerprints",
    "TB637": "findings listed in the accept file not shown",
    "TB638": "TMX units written from another language than the header says; the units decide",
    "TB639": "XLIFF file names no target language; told by its translations",
    # alignment
    "TB640": "every segment aligned, but the pairs match weakly",
    "TB641": "presplit lines shifted: line i of one file translates line i+k of the other",
    "TB642": "the two files do not look like translations of each other",
    "TB643": "a large part of the segments could not be aligned",
    # counting engines
    "TB660": "the Dask scheduler cannot be reached",
    "TB661": "the Dask scheduler has no worker",
    "TB662": "the Dask engine needs the optional extra termbase[dask]",
})
