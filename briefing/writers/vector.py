"""A chart's vector form for the PDF: svglib's conversion of its SVG into a ReportLab drawing.

The conversion is a slow step of a PDF with charts (a quarter of a second for a chart of an archive), so it is
done once per picture and kept, pickled, in the chart cache beside the pictures (keyed by the SVG and the
library versions): by the painter right after it drew the chart, while `make` is still composing, or else by
the PDF writer when it first needs it."""
from __future__ import annotations

import hashlib
import io
import pickle
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def fonts() -> None:
    """Chart text is text (searchable, and ten times faster to convert than a path per glyph): its family, as
    the SVG names it, mapped to the bundled files, so that svglib neither asks fontconfig for a system font
    nor falls back to an unembedded Helvetica. Registered before a cached drawing is used too: it names them."""
    from svglib.fonts import register_font_family

    from ..chartdraw import CHART_FONT, FONT_DIR
    register_font_family(CHART_FONT, normal=str(FONT_DIR / "LiberationSans-Regular.ttf"),
                         bold=str(FONT_DIR / "LiberationSans-Bold.ttf"))


def path(cache: Path, svg: bytes) -> Path:
    import reportlab
    import svglib
    versions = f"{getattr(svglib, '__version__', '')}/{reportlab.Version}".encode()
    return Path(cache) / f"{hashlib.sha256(versions + svg).hexdigest()[:32]}.rlg"


def convert(svg: bytes) -> bytes | None:
    """The pickled drawing; None when svglib cannot read the SVG (svglib #135: the PDF then shows the PNG)."""
    from svglib.svglib import svg2rlg
    fonts()
    drawing = svg2rlg(io.BytesIO(svg))
    return None if drawing is None else pickle.dumps(drawing, protocol=pickle.HIGHEST_PROTOCOL)


def store(cache: Path, svg: bytes, data: bytes) -> None:
    from ..fsutil import atomic_write
    try:
        atomic_write(path(cache, svg), data)
    except Exception:   # a cache that cannot be written only costs time
        pass


def drawing(svg: bytes, cache: Path | None):
    """The chart as a ReportLab drawing, from the cache when it was converted before."""
    fonts()
    if cache is not None:
        try:
            return pickle.loads(path(cache, svg).read_bytes())
        except Exception:   # absent or damaged: convert again
            pass
    data = convert(svg)
    if data is None:
        return None
    if cache is not None:
        store(cache, svg, data)
    return pickle.loads(data)
