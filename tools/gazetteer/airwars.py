"""Reads Airwars' Syrian place list and reduces its free-text rows to the place they name.

Airwars' place column is often a description ("A house of X near Y's farm in the city of Salkhad",
"city of Ariha, south of Idlib", "Village near Ariha"). The row is named by its first comma or
colon piece that looks like a name (a few words, no landmark or vague words), else by a finer piece
(cut at "in/near/of/and/or") marked as a place ("X village") or known from another row or GeoNames.
Rows with none keep only their Arabic name, if that is a name; the rest are dropped.
"""
import csv
import re

from admin1 import SYRIA, SYRIA_DISTRICTS
from keys import arabic_key, as_float, fold, is_arabic, latin_key

GOV_BY_SPELLING = {s: name for _, name, _, _, _, spellings in SYRIA for s in spellings}
GOV_BY_SPELLING.update(SYRIA_DISTRICTS)

# Words that make a piece a description rather than a name.
DESCRIPTIVE = re.compile(
    r"\b(house|houses|home|farm|farms|road|roads|highway|street|junction|roundabout|intersection|school|building"
    r"|buildings|hospital|mosque|bridge|checkpoint|station|prison|market|bakery|between|various|several|multiple"
    r"|locations|unknown|km|kilometers|countryside|outskirts|vicinity|linking|residential|entrance|centre|center"
    r"|headquarters|base|airport|palace|south|north|east|west|southern|northern|eastern|western|syria|border"
    r"|governorate|province|near|in|of|and|or|from|with|the|city|town|village|villages|neighbou?rhood|neighborhood"
    r"|district|subdistrict|area|farms?)\b", re.I)
VAGUE = re.compile(r"\b(several|various|multiple|unknown)\b", re.I)
PREFIX = re.compile(r"^(?:the\s+)?(?:between\s+)?(?:(?:city|town|village|villages|neighbou?rhood|district|area|vicinity|outskirts|suburbs?|camp)\s+of\s+)?(?:the\s+)?", re.I)
SUFFIX = re.compile(r"\s+(?:city|town|village|villages|neighbou?rhood|neighborhood|district|subdistrict|area|farms?)$", re.I)
MARKED = re.compile(r"^(?:the\s+)?(?:city|town|village|neighbou?rhood|neighborhood|district)\s+of\s+|\s+(?:city|town|village|neighbou?rhood|neighborhood|district)$", re.I)
SEPARATORS = re.compile(r"\s*[,:;/()]\s*|\s+-\s+|\s+(?:(?:north|south)?(?:east|west)?(?:ern)?\s+of|in|near|at|and|or|of)\s+(?:the\s+)?", re.I)

AR_DESCRIPTIVE = re.compile(r"(^|\s)(قرب|بالقرب|بين|من|في|على|شارع|طريق|مزرعة|منزل|محطة|مشفى|مدرسة|جسر|دوار|متعددة|جنوب|شمال|شرق|غرب"
                            r"|محيط|اطراف|أطراف|طراف|مدينة|المدينة|محافظة)(\s|$)")
AR_REGION = re.compile(r"^(?:ريف|محيط|بادية)\s+\S+\s+(?:الغربي|الشرقي|الشمالي|الجنوبي)$")
AR_PREFIX = re.compile(r"^(?:قرية|بلدة|مدينة|حي|منطقة)\s+")


def governorate(raw):
    k = fold(raw).replace(" governorate", "").strip()
    if k in GOV_BY_SPELLING:
        return GOV_BY_SPELLING[k]
    hits = {gov for spelling, gov in GOV_BY_SPELLING.items() if spelling in k}
    return hits.pop() if len(hits) == 1 else ""  # "Homs or Aleppo" stays unknown


def tidy(s):
    # Trailing punctuation and quotes are typing noise in the source file.
    s = re.sub(r"\s+", " ", s.replace("“", '"').replace("”", '"').replace("’", "'")).strip()
    return s.strip(".,;:،\"'()- ")


def looks_like_name(s):
    words = s.split()
    return 0 < len(words) <= 4 and s[0].isalnum() and not DESCRIPTIVE.search(s) and not re.search(r"[,:;/]", s)


def strip_descriptors(s):
    return tidy(SUFFIX.sub("", PREFIX.sub("", tidy(s))))


def without_brackets(raw):
    return tidy(re.sub(r"\([^)]*\)|\[[^]]*\]", " ", raw))


def whole_name(raw):
    """The raw string as a name when it already looks like one, else ""."""
    s = strip_descriptors(without_brackets(raw))
    return s if s and not VAGUE.search(raw) and looks_like_name(s) else ""


def english_name(raw, known):
    """The place a raw English place string names, or "" when it names none known."""
    if VAGUE.search(raw):
        return ""
    text = without_brackets(raw)
    # "Jindires, Afrin", "Ar Raqqah: Hadika Al Bayda": the first piece that is a name below governorate.
    for piece in re.split(r"\s*[,:;/]\s*", text):
        name = strip_descriptors(piece)
        if looks_like_name(name) and fold(name) not in GOV_BY_SPELLING:
            return name
    # "A house of X near Y's farm in the city of Salkhad": a piece marked as a place, or a known place.
    for piece in SEPARATORS.split(text):
        name = strip_descriptors(piece or "")
        if looks_like_name(name) and fold(name) not in GOV_BY_SPELLING and (MARKED.search(piece or "") or latin_key(name) in known):
            return name
    # A governorate alone is not the place a description names ("Kitian, east of Idlib"): the Arabic may be.
    return whole_name(raw)


def arabic_name(raw):
    s = tidy(re.split(r"[،,(/]", raw)[0])
    s = AR_PREFIX.sub("", s)
    if not s or not is_arabic(s) or len(s.split()) > 3 or AR_DESCRIPTIVE.search(s) or AR_REGION.match(s) or re.search(r"[A-Za-z0-9]", s):
        return ""
    return s


def read(path, known_elsewhere):
    """Yields one dict per usable row: en, ar, gov, lat, lon, kind, n.

    known_elsewhere: Latin keys of places known from other sources (GeoNames), to cut rows down to.
    """
    gov_by_arabic = {arabic_key(ar): name for _, name, ar, _, _, _ in SYRIA}
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    known = set(known_elsewhere) | {latin_key(w) for w in (whole_name(r["name_en"] or "") for r in rows) if w}
    for row in rows:
        raw_en = row["name_en"] or ""
        en, ar = english_name(raw_en, known), arabic_name(row["name_ar"] or "")
        gov = governorate(row["governorate"] or "")
        if VAGUE.search(raw_en) or (not en and not ar):
            continue
        named_gov = GOV_BY_SPELLING.get(fold(en))
        if named_gov and gov and named_gov != gov:
            continue  # "Hama" filed under Idlib: a mislabelled row
        if en and gov_by_arabic.get(arabic_key(ar), named_gov) != named_gov:
            ar = ""  # a governorate's Arabic name given to another place is a labelling slip
        lat, lon = as_float(row["lat"] or ""), as_float(row["lon"] or "")
        ok = lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180
        n = int(row["incidents"]) if (row["incidents"] or "").isdigit() else 0
        out = {"en": en, "ar": ar, "gov": gov, "lat": lat if ok else None, "lon": lon if ok else None,
               "kind": (row["kind"] or "").strip(), "n": n}
        first = strip_descriptors(re.split(r"\s*[,:;/]\s*", without_brackets(raw_en))[0])
        if en and ar and latin_key(en) != latin_key(first):
            # Cut down past the first piece ("Al Baydar in Al Karama village"): the Arabic may name the other place.
            yield {**out, "en": ""}
            out["ar"] = ""
        yield out
