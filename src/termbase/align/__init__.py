"""Bilingual alignment: paragraphs first, then sentences inside paragraphs, no model needed."""
