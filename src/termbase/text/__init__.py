"""Text handling: decoding, normalisation, sentence splitting, segmenters."""
