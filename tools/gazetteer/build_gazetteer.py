#!/usr/bin/env python3
"""Builds services/Corroboration.Core/Data/gazetteer.tsv from Airwars' place list.

Usage: python3 tools/gazetteer/build_gazetteer.py [syria-places.tsv] [out.tsv]
Defaults: ../shared/data/syria-places.tsv (relative to the repo root) and the Core data folder.
Python 3 standard library only.
"""
import csv
import math
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_IN = REPO.parent / "shared" / "data" / "syria-places.tsv"
DEFAULT_OUT = REPO / "services" / "Corroboration.Core" / "Data" / "gazetteer.tsv"

# Governorates (admin1): canonical English name, Arabic name, approximate centroid, spellings.
GOVERNORATES = [
    ("Aleppo", "حلب", 36.20, 37.15, ["aleppo", "aleppoo", "halab"]),
    ("Idlib", "إدلب", 35.83, 36.63, ["idlib", "idleb", "edlib", "idib", "idlin"]),
    ("Raqqa", "الرقة", 35.95, 39.01, ["raqqa", "raqqah", "ar raqqah", "ar raqqa", "ar raqq", "al raqqa", "rakka"]),
    ("Deir Ezzor", "دير الزور", 35.33, 40.14, ["deir ezzor", "deir ez-zor", "deir ez zor", "deir ez-zour", "deir al-zor", "deir el-zor", "dayr az zawr"]),
    ("Al Hasakah", "الحسكة", 36.50, 40.75, ["hasakah", "hassakah", "al-hasakah", "al hasakah", "hasaka", "al hasaka", "hassaka", "al hassaka", "al hassakah", "hasakeh"]),
    ("Hama", "حماة", 35.13, 36.75, ["hama", "hamah"]),
    ("Homs", "حمص", 34.73, 36.72, ["homs", "hims"]),
    ("Damascus", "دمشق", 33.51, 36.29, ["damascus", "damascusus", "damascuc", "dimashq"]),
    ("Rif Dimashq", "ريف دمشق", 33.57, 36.40, ["rif dimashq", "rural damascus", "damascus countryside", "reef dimashq"]),
    ("Daraa", "درعا", 32.62, 36.10, ["daraa", "dara'a", "deraa", "dar'a"]),
    ("Quneitra", "القنيطرة", 33.13, 35.82, ["quneitra", "al qunaitra", "qunaitra", "al-quneitra"]),
    ("Latakia", "اللاذقية", 35.52, 35.79, ["latakia", "lattakia", "al-ladhiqiyah", "ladhiqiyah"]),
    ("Tartus", "طرطوس", 34.89, 35.89, ["tartus", "tartous"]),
    ("As Suwayda", "السويداء", 32.71, 36.57, ["as-suwayda", "as suwayda", "sweida", "suwayda", "al suwayda", "sweida"]),
]
GOV_BY_SPELLING = {s: g[0] for g in GOVERNORATES for s in g[4]}
# Places that Airwars files under a district name rather than a governorate.
GOV_BY_SPELLING.update({"afrin": "Aleppo", "kobane": "Aleppo", "raqqa - tal abyad": "Raqqa"})

JUNK = re.compile(r"^(several|near|between|multiple|unknown|governorate)\b|\bor\b", re.I)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def governorate(raw):
    key = fold(raw).replace(" governorate", "").strip()
    if key in GOV_BY_SPELLING:
        return GOV_BY_SPELLING[key]
    for spelling, gov in GOV_BY_SPELLING.items():
        if spelling in key:
            return gov
    return ""


def as_float(s):
    try:
        v = float(s)
        return v if math.isfinite(v) else None
    except ValueError:
        return None


def clean_name(name):
    # Trailing punctuation and quotes are typing noise in the source file.
    return re.sub(r"\s+", " ", name).strip().strip(".,;:،\"'()“”")


def main():
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_IN
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    groups = {}
    with open(src, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            en, ar = clean_name(row["name_en"] or ""), clean_name(row["name_ar"] or "")
            if (not en and not ar) or JUNK.search(en):
                continue
            gov = governorate(row["governorate"] or "")
            lat, lon = as_float(row["lat"] or ""), as_float(row["lon"] or "")
            kind = (row["kind"] or "").strip()
            n = int(row["incidents"] or 0) if (row["incidents"] or "").isdigit() else 0
            # The same place recurs with or without its Arabic name: group by English name and
            # governorate, or by Arabic name and governorate when the English name is missing.
            key = (fold(en), gov) if en else ("ar:" + ar, gov)
            g = groups.setdefault(key, {"name": en or ar, "alts": [], "gov": gov, "pts": [], "kinds": {}, "n": 0})
            if ar and ar not in g["alts"]:
                g["alts"].append(ar)
            if lat is not None and lon is not None and -90 <= lat <= 90:
                g["pts"].append((n, kind, lat, lon))
            g["kinds"][kind] = g["kinds"].get(kind, 0) + max(n, 1)
            g["n"] += n
    rows = []
    for g in groups.values():
        if "," in g["name"]:  # "Jindires, Afrin": also findable by its head
            head = g["name"].split(",")[0].strip()
            if head and head not in g["alts"]:
                g["alts"].insert(0, head)
        # Coordinates of the most-cited precise row; governorate placeholders only as fallback.
        pts = sorted(g["pts"], key=lambda p: (p[1] != "province_governorate", p[0]), reverse=True)
        lat, lon = (f"{pts[0][2]:.5f}", f"{pts[0][3]:.5f}") if pts else ("", "")
        kind = max(g["kinds"].items(), key=lambda kv: kv[1])[0] if g["kinds"] else ""
        rows.append((g["name"], "|".join(g["alts"]), lat, lon, "SY", g["gov"], kind or "place", g["n"]))
    for name, ar, lat, lon, spellings in GOVERNORATES:
        alts = [ar] + [s for s in spellings if s != name.lower()]
        rows.append((name, "|".join(alts), f"{lat:.2f}", f"{lon:.2f}", "SY", name, "governorate", 0))
    rows.sort(key=lambda r: (r[5], r[0]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("name\talt_names\tlat\tlon\tcountry\tadmin1\tkind\tincidents\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"{len(rows)} places -> {out}")


if __name__ == "__main__":
    main()
