"""Name keys and small helpers shared by the gazetteer builders.

The keys mirror services/Corroboration.Core/Extraction/PlaceKeys.cs closely enough to decide
which rows name the same place: folded letters, Arabic articles dropped, no spaces.
"""
import math
import re
import unicodedata

ARTICLES = {"al", "el", "ar", "as", "ad", "az", "an", "at", "ash", "adh", "ez", "es", "ul", "the"}
ARABIC_FOLD = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ـ": None})


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def is_arabic(s):
    return any("\u0600" <= c <= "\u06ff" for c in s)


def is_cyrillic(s):
    return any("\u0400" <= c <= "\u04ff" for c in s)


def is_latin(s):
    """Latin letters only (after folding accents), digits, spaces and name punctuation."""
    return bool(s) and all(c.isascii() for c in fold(s)) and any(c.isalpha() for c in s)


def latin_key(name):
    words = re.findall(r"[^\W_]+(?:'[^\W_]+)*", fold(name).replace("-", " ").replace("’", "'").replace("‘", "'"))
    words = [w.replace("'", "") for w in words]
    return "".join(w for i, w in enumerate(words) if w and not (w in ARTICLES and i < len(words) - 1))


def arabic_key(name):
    s = unicodedata.normalize("NFKD", name.translate(ARABIC_FOLD))
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c)).translate(ARABIC_FOLD)


def skeleton(latin):
    """Consonant skeleton of a Latin key, as PlaceKeys.Skeleton: vowels dropped, doubles collapsed, k = q."""
    out = []
    for c in latin:
        if c in "aeiouyw'" or (out and out[-1] == c):
            continue
        out.append("q" if c == "k" else c)
    return "".join(out)


def key(name):
    return arabic_key(name) if is_arabic(name) else latin_key(name)


def as_float(s):
    try:
        v = float(s)
        return v if math.isfinite(v) else None
    except ValueError:
        return None


def km(a_lat, a_lon, b_lat, b_lon):
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(min(1, math.sqrt(h)))
