"""TBX: TBX-Basic v3 (ISO 30042:2019, DCA style) out; TBX v3 and TBX 2008 (martif) in.

The writer produces the canonical on-disk form of termbase glossaries: deterministic,
one element per line, valid against the official TBX core RNG and the TBX-Basic rules.
Model values that TBX-Basic cannot hold in their proper place (a gender outside the
picklist, a link that is not an http(s) URL, a cross-reference to a concept not in the
glossary, a date that is not an ISO date) are written as notes with a recognisable
``category: value`` prefix, so that the file stays valid and the reader restores them.

The reader is tolerant where the meaning is clear and says so with a warning: numeric
ids, other dialects, DCT style, TBX 2008 names, usageStatus, unknown data categories
(kept as notes). It refuses what it cannot interpret, naming the element and line.
Whatever it reads but does not keep (header statements other than the title and source
description, the text of a link beside its target, groupings in the back matter) is
named in a warning, so that a later rewrite of the file never drops it unannounced.
The back matter's reference objects (the responsible persons that transactions point
to) and several language sections of one language in an entry are kept as they are.
"""
