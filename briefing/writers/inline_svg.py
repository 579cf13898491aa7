"""A chart's SVG made fit to stand inside an HTML page: only drawing elements and attributes kept (no script, no
event handler, no link out of the picture — the SVG may come from a cache file anyone with the output folder
could edit), ids given a per-figure prefix so that two charts in one page cannot take each other's clip paths,
and the picture sized by its box so that it scales with the page."""
from __future__ import annotations

import re

from lxml import etree
from lxml.etree import XMLSyntaxError  # noqa: F401  (what a caller catches for an SVG that cannot be read)

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

# What matplotlib draws with (and what a chart could reasonably need); anything else is dropped with its content.
ELEMENTS = frozenset({
    "svg", "g", "defs", "symbol", "use", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "clipPath", "mask", "marker", "pattern", "linearGradient", "radialGradient", "stop",
    "title", "desc", "style",
})
ATTRIBUTES = frozenset({
    "id", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "width", "height", "points",
    "viewBox", "preserveAspectRatio", "transform", "style", "class", "fill", "fill-opacity", "fill-rule",
    "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-dasharray",
    "stroke-dashoffset", "stroke-miterlimit", "opacity", "clip-path", "clip-rule", "clipPathUnits", "mask",
    "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "dx", "dy",
    "rotate", "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "patternUnits",
    "patternTransform", "markerWidth", "markerHeight", "refX", "refY", "orient", "markerUnits", "href",
    "version",
})
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)")
_UNIVERSAL_RULE = re.compile(r"^\s*\*\s*\{([^{}]*)\}\s*$")
_UNSAFE_CSS = re.compile(r"@|\\|expression|url\(\s*['\"]?\s*[^#'\"\s]", re.IGNORECASE)


def inline(svg: bytes, prefix: str) -> str:
    """The SVG as markup for an HTML body; `prefix` (e.g. "fig1-") makes its ids unique within the page."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True,
                             remove_pis=True, huge_tree=False)
    root = etree.fromstring(svg, parser)
    if etree.QName(root).localname != "svg":
        raise ValueError("not an SVG picture")
    inherited = _clean(root, prefix)
    width, height = root.get("width"), root.get("height")
    if root.get("viewBox") is None and width and height:
        root.set("viewBox", f"0 0 {_number(width)} {_number(height)}")
    for name in ("width", "height"):
        root.attrib.pop(name, None)
    # A style element inside inline SVG applies to the whole page; matplotlib's only rule (`*{…}`) sets properties
    # that inherit, so it moves to the picture's own style attribute.
    root.set("style", "; ".join(filter(None, [*inherited, "width: 100%", "height: auto"])))
    etree.cleanup_namespaces(root)
    return etree.tostring(root, encoding="unicode")


def _number(length: str) -> str:
    return re.sub(r"[a-z%]+$", "", length.strip())


def _clean(el, prefix: str) -> list[str]:
    """Drops what is not drawing, renames ids and their references; returns the declarations of `*{…}` rules."""
    inherited = []
    _attributes(el, prefix)
    for child in list(el):
        name = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if name == "style" and etree.QName(child).namespace == SVG_NS:
            rule = _UNIVERSAL_RULE.match(child.text or "")
            if rule and not _UNSAFE_CSS.search(rule[1]):
                inherited += [d.strip() for d in rule[1].split(";") if d.strip()]
            _drop(child)
        elif not name or etree.QName(child).namespace != SVG_NS or name not in ELEMENTS:
            _drop(child)
        else:
            inherited += _clean(child, prefix)
    return inherited


def _drop(el) -> None:
    """Removes an element but not the text after it (which belongs to its parent)."""
    parent, previous = el.getparent(), el.getprevious()
    if el.tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _attributes(el, prefix: str) -> None:
    for name, value in list(el.attrib.items()):
        del el.attrib[name]
        local = "href" if name == XLINK_HREF else name
        if local not in ATTRIBUTES:
            continue
        if local == "id":
            value = prefix + value
        elif local == "href":
            if not value.startswith("#"):
                continue   # a link or a picture from outside the chart
            value = "#" + prefix + value[1:]
        elif "url(" in value:
            value, ok = _local_urls(value, prefix)
            if not ok:
                continue
        if local == "style" and _UNSAFE_CSS.search(value):
            continue
        el.set(local, value)


def _local_urls(value: str, prefix: str) -> tuple[str, bool]:
    """`url(#p1)` → `url(#fig1-p1)`; not ok when any url points outside the picture."""
    ok = True

    def rename(m):
        nonlocal ok
        target = m[2].strip()
        if not target.startswith("#"):
            ok = False
            return m[0]
        return f"url(#{prefix}{target[1:]})"
    return _URL.sub(rename, value), ok
