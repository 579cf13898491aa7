"""A chart's vector form for the PDF: svglib's conversion of its SVG into a ReportLab drawing."""
from __future__ import annotations

import io
from functools import lru_cache


@lru_cache(maxsize=1)
def fonts() -> None:
    """Chart text is text (searchable, and ten times faster to convert than a path per glyph): its family, as
    the SVG names it, mapped to the bundled files, so that svglib neither asks fontconfig for a system font
    nor falls back to an unembedded Helvetica."""
    from svglib.fonts import register_font_family

    from ..chartdraw import CHART_FONT, FONT_DIR
    register_font_family(CHART_FONT, normal=str(FONT_DIR / "LiberationSans-Regular.ttf"),
                         bold=str(FONT_DIR / "LiberationSans-Bold.ttf"))


def drawing(svg: bytes):
    """The chart as a ReportLab drawing; None when svglib cannot read the SVG (svglib #135: the PDF then shows
    the PNG)."""
    from svglib.svglib import svg2rlg
    fonts()
    return svg2rlg(io.BytesIO(svg))
