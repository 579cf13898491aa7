"""The style file (`style.yaml`) as a schema: every writer reads its numbers as they are, so a margin wider than
the page or a font of 0 pt would fail deep inside ReportLab or python-docx (or print an empty page). Checked once,
when the file is read; each problem is reported as `file:line: field: message`."""
from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

PAGE_MM = {"A4": (210.0, 297.0)}   # the writers print A4 only
MIN_TEXT_MM = (50.0, 80.0)         # the narrowest and shortest text area a note can still be laid out in

Colour = Annotated[str, Field(pattern=r"^[0-9A-Fa-f]{6}$")]     # RRGGBB, as Word and ReportLab take it
FontFile = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*\.(ttf|otf)$")]   # in the bundled fonts folder
Pt = Annotated[float, Field(ge=4, le=72)]    # a point size anyone can read and a page can hold
Gap = Annotated[float, Field(ge=0, le=72)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Page(_Part):
    size: Literal["A4"] = "A4"
    margin_left_mm: float = Field(ge=0)
    margin_right_mm: float = Field(ge=0)
    margin_top_mm: float = Field(ge=0)
    margin_bottom_mm: float = Field(ge=0)

    @model_validator(mode="after")
    def _room(self):
        width, height = PAGE_MM[self.size]
        across = width - self.margin_left_mm - self.margin_right_mm
        down = height - self.margin_top_mm - self.margin_bottom_mm
        if across < MIN_TEXT_MM[0]:
            raise ValueError(f"the left and right margins leave {across:g} mm of a {width:g} mm page "
                             f"(at least {MIN_TEXT_MM[0]:g} mm of text width needed)")
        if down < MIN_TEXT_MM[1]:
            raise ValueError(f"the top and bottom margins leave {down:g} mm of a {height:g} mm page "
                             f"(at least {MIN_TEXT_MM[1]:g} mm of text height needed)")
        return self


class Face(_Part):
    family: str = Field(min_length=1)
    word: Optional[str] = None
    regular: FontFile
    bold: FontFile
    italic: FontFile
    bold_italic: FontFile


class Fonts(_Part):
    serif: Face


class Sizes(_Part):
    body: Pt
    title: Pt
    heading1: Pt
    heading2: Pt
    heading3: Pt
    table: Pt
    caption: Pt
    note: Pt
    marking: Pt
    footer: Pt
    page_number: Pt


class Colours(_Part):
    text: Colour
    table_header_fill: Colour
    table_border: Colour
    rule: Colour


class Style(BaseModel):
    # Keys beyond these are kept for whoever reads them; the ones the writers read must be right.
    model_config = ConfigDict(extra="allow", allow_inf_nan=False)

    page: Page
    fonts: Fonts
    sizes: Sizes
    line_spacing: float = Field(ge=0.5, le=4)
    first_line_indent_cm: float = Field(ge=0, le=5)
    space_after_pt: Gap
    heading_space_before_pt: Gap
    colors: Colours
    page_budget_main: float = Field(default=2.3, gt=0, le=1000)
