"""A compiled, persistent form of the glossary files: SQLite databases in the cache.

Reading a 100,000-concept TBX file and indexing it takes seconds; answering a query
from the index takes a millisecond. So the index is built once per set of glossary
files and kept, as an SQLite database, in ``cache_dir()/glossaries/`` (see
:mod:`termbase.paths`); later commands open it and read only the rows a query needs.

The files in ``glossaries/`` stay the canonical source. A database records the size,
modification time and sha256 of every file it was compiled from, and is used only
while they still hold (a changed time with the same content is accepted after hashing
once). Otherwise it is rebuilt, under a lock, into a temporary file renamed over the old
one. A database that cannot be read, or a cache folder that cannot be written, never
stops a lookup: the glossary is then indexed in memory, as without a cache, with a
warning.

* :mod:`termbase.index.compiled`: the database — writing it, and searching it through
  :func:`termbase.lookup.rank`, so that its answers are the in-memory index's.
* :mod:`termbase.index.cache`: where databases live, when they are fresh, rebuilding
  and clearing them, and the files derived from a database and kept beside it (the
  checker's matchers, :mod:`termbase.check.compiled`), named by what they came from.
"""

from __future__ import annotations

from termbase.index.cache import (
    CompiledInfo,
    Opened,
    clear_cache,
    compile_paths,
    database_path,
    open_compiled,
    rebuild_damaged,
)
from termbase.index.compiled import CompiledIndex, IndexUnreadable

__all__ = ["CompiledIndex", "CompiledInfo", "IndexUnreadable", "Opened", "clear_cache",
           "compile_paths", "database_path", "open_compiled", "rebuild_damaged"]
