"""English equivalents of Chinese terms (and back) from aligned parallel text.

The public entry is :func:`termbase.pair.pairer.pair_terms`; corpora are read with
:mod:`termbase.pair.corpus`; :mod:`termbase.pair.mining` chains term extraction and
pairing into a review sheet.
"""
