"""What every writer is: a walk over the document calling one `visit_<kind>` method per block (after Sphinx's
translators), between a `begin` that lays down the title block and an `end` that returns the file's bytes. A new
block type is a new method in each writer; a new format is a new subclass and one entry in WRITERS."""
from __future__ import annotations

from ..model import Document
from .common import WriteOptions


class Writer:
    def __init__(self, document: Document, options: WriteOptions):
        self.document, self.meta, self.options, self.style = document, document.meta, options, options.style

    def render(self) -> bytes:
        self.begin()
        for block in self.document.blocks:
            getattr(self, f"visit_{block.kind}")(block)
        return self.end()

    def begin(self) -> None:
        raise NotImplementedError

    def end(self) -> bytes:
        raise NotImplementedError
