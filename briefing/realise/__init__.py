"""Realisation: the document plan's items written as sentences of one language (one module per language;
`base.py` holds what every language shares: citations, figures, who said it)."""
from __future__ import annotations

from importlib import import_module

CLASSES = {"ru": "Russian", "kk": "Kazakh", "en": "English"}


def realiser(lang: str, sel, ph, meta):
    module = import_module(f"{__name__}.{lang}")
    return getattr(module, CLASSES[lang])(sel, ph, meta)
