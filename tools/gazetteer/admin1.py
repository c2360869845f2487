"""First-level divisions (admin1) of the countries the gazetteer covers.

cities1000 carries only GeoNames' admin1 codes, so their names are written down here (facts from
GeoNames' admin1 code list): code -> (canonical name, Arabic name, other spellings). Syria's
governorates keep the spelling Airwars uses, plus an approximate centroid.
"""

COUNTRIES = {"SY": "Syria", "IQ": "Iraq", "YE": "Yemen", "LY": "Libya", "PS": "Palestine", "LB": "Lebanon",
             "UA": "Ukraine", "AF": "Afghanistan", "SD": "Sudan", "SO": "Somalia"}

# Syria: GeoNames code, canonical name, Arabic, approximate centroid, spellings.
SYRIA = [
    ("09", "Aleppo", "حلب", 36.20, 37.15, ["aleppo", "aleppoo", "halab"]),
    ("12", "Idlib", "إدلب", 35.83, 36.63, ["idlib", "idleb", "edlib", "idib", "idlin"]),
    ("04", "Raqqa", "الرقة", 35.95, 39.01, ["raqqa", "raqqah", "ar raqqah", "ar raqqa", "ar raqq", "al raqqa", "rakka"]),
    ("07", "Deir Ezzor", "دير الزور", 35.33, 40.14, ["deir ezzor", "deir ez-zor", "deir ez zor", "deir ez-zour", "deir al-zor", "deir el-zor", "dayr az zawr"]),
    ("01", "Al Hasakah", "الحسكة", 36.50, 40.75, ["hasakah", "hassakah", "al-hasakah", "al hasakah", "hasaka", "al hasaka", "hassaka", "al hassaka", "al hassakah", "hasakeh"]),
    ("10", "Hama", "حماة", 35.13, 36.75, ["hama", "hamah"]),
    ("11", "Homs", "حمص", 34.73, 36.72, ["homs", "hims"]),
    ("13", "Damascus", "دمشق", 33.51, 36.29, ["damascus", "damascusus", "damascuc", "dimashq"]),
    ("08", "Rif Dimashq", "ريف دمشق", 33.57, 36.40, ["rif dimashq", "rural damascus", "damascus countryside", "reef dimashq"]),
    ("06", "Daraa", "درعا", 32.62, 36.10, ["daraa", "dara'a", "deraa", "dar'a"]),
    ("03", "Quneitra", "القنيطرة", 33.13, 35.82, ["quneitra", "al qunaitra", "qunaitra", "al-quneitra"]),
    ("02", "Latakia", "اللاذقية", 35.52, 35.79, ["latakia", "lattakia", "al-ladhiqiyah", "ladhiqiyah"]),
    ("14", "Tartus", "طرطوس", 34.89, 35.89, ["tartus", "tartous"]),
    ("05", "As Suwayda", "السويداء", 32.71, 36.57, ["as-suwayda", "as suwayda", "sweida", "suwayda", "al suwayda"]),
]

ADMIN1 = {
    "SY": {code: (name, ar, spellings) for code, name, ar, _, _, spellings in SYRIA},
    "IQ": {
        "01": ("Anbar", "الأنبار", ["al anbar"]), "02": ("Basra", "البصرة", ["basrah"]),
        "03": ("Muthanna", "المثنى", ["al muthanna"]), "04": ("Qadisiyyah", "القادسية", ["al qadisiyah", "diwaniyah"]),
        "05": ("Sulaymaniyah", "السليمانية", ["sulaimaniyah", "slemani"]), "06": ("Babil", "بابل", ["babylon"]),
        "07": ("Baghdad", "بغداد", []), "08": ("Duhok", "دهوك", ["dohuk", "dahuk"]),
        "09": ("Dhi Qar", "ذي قار", ["thi qar"]), "10": ("Diyala", "ديالى", []),
        "11": ("Erbil", "أربيل", ["arbil", "irbil"]), "12": ("Karbala", "كربلاء", []),
        "13": ("Kirkuk", "كركوك", []), "14": ("Maysan", "ميسان", ["missan"]),
        "15": ("Nineveh", "نينوى", ["ninawa", "ninewa"]), "16": ("Wasit", "واسط", []),
        "17": ("Najaf", "النجف", []), "18": ("Salah ad-Din", "صلاح الدين", ["salahuddin", "salah al-din", "saladin"]),
    },
    "YE": {
        "01": ("Abyan", "أبين", []), "02": ("Aden", "عدن", []), "03": ("Al Mahrah", "المهرة", ["mahra"]),
        "04": ("Hadramawt", "حضرموت", ["hadramout", "hadhramaut"]), "05": ("Shabwah", "شبوة", ["shabwa"]),
        "08": ("Al Hudaydah", "الحديدة", ["hodeidah", "hudaydah", "hudaida"]), "10": ("Al Mahwit", "المحويت", []),
        "11": ("Dhamar", "ذمار", []), "14": ("Marib", "مأرب", ["ma'rib"]), "15": ("Saada", "صعدة", ["sa'dah", "saadah"]),
        "16": ("Sanaa", "صنعاء", ["sana'a", "sana"]), "18": ("Ad Dali", "الضالع", ["al dhale", "dhale"]),
        "19": ("Amran", "عمران", []), "20": ("Al Bayda", "البيضاء", ["bayda"]), "21": ("Al Jawf", "الجوف", []),
        "22": ("Hajjah", "حجة", []), "23": ("Ibb", "إب", []), "24": ("Lahij", "لحج", ["lahj"]),
        "25": ("Taiz", "تعز", ["ta'izz", "taizz"]), "26": ("Amanat al Asimah", "أمانة العاصمة", []),
        "27": ("Raymah", "ريمة", []), "28": ("Socotra", "سقطرى", []),
    },
    "LY": {
        "63": ("Al Jabal al Akhdar", "الجبل الأخضر", ["jabal akhdar"]), "64": ("Al Jufrah", "الجفرة", []),
        "65": ("Al Kufrah", "الكفرة", ["kufra"]), "66": ("Al Marj", "المرج", []),
        "67": ("An Nuqat al Khams", "النقاط الخمس", []), "68": ("Az Zawiyah", "الزاوية", ["zawiya"]),
        "69": ("Benghazi", "بنغازي", []), "70": ("Darnah", "درنة", ["derna"]), "71": ("Ghat", "غات", []),
        "72": ("Misrata", "مصراتة", ["misurata"]), "73": ("Murzuq", "مرزق", []), "74": ("Nalut", "نالوت", []),
        "75": ("Sabha", "سبها", ["sebha"]), "76": ("Sirte", "سرت", ["sirt"]), "77": ("Tripoli", "طرابلس", []),
        "78": ("Wadi ash Shati", "وادي الشاطئ", []), "79": ("Al Butnan", "البطنان", []),
        "80": ("Al Jabal al Gharbi", "الجبل الغربي", ["nafusa mountains"]), "81": ("Jafara", "الجفارة", []),
        "82": ("Al Murqub", "المرقب", []), "83": ("Al Wahat", "الواحات", []), "84": ("Wadi al Hayat", "وادي الحياة", []),
    },
    "PS": {"GZ": ("Gaza Strip", "قطاع غزة", []), "WE": ("West Bank", "الضفة الغربية", [])},
    "LB": {
        "04": ("Beirut", "بيروت", []), "05": ("Mount Lebanon", "جبل لبنان", []), "06": ("South Lebanon", "جنوب لبنان", []),
        "07": ("Nabatieh", "النبطية", ["nabatiyeh"]), "08": ("Beqaa", "البقاع", ["bekaa"]), "09": ("North Lebanon", "شمال لبنان", []),
        "10": ("Akkar", "عكار", []), "11": ("Baalbek-Hermel", "بعلبك الهرمل", []),
    },
    "UA": {
        "01": ("Cherkasy", "", []), "02": ("Chernihiv", "", []), "03": ("Chernivtsi", "", []),
        "04": ("Dnipropetrovsk", "", []), "05": ("Donetsk", "", []), "06": ("Ivano-Frankivsk", "", []),
        "07": ("Kharkiv", "", ["kharkov"]), "08": ("Kherson", "", []), "09": ("Khmelnytskyi", "", []),
        "10": ("Kirovohrad", "", []), "11": ("Crimea", "", []), "12": ("Kyiv City", "", []),
        "13": ("Kyiv Oblast", "", []), "14": ("Luhansk", "", ["lugansk"]), "15": ("Lviv", "", []),
        "16": ("Mykolaiv", "", []), "17": ("Odesa", "", ["odessa"]), "18": ("Poltava", "", []), "19": ("Rivne", "", []),
        "20": ("Sevastopol", "", []), "21": ("Sumy", "", []), "22": ("Ternopil", "", []), "23": ("Vinnytsia", "", []),
        "24": ("Volyn", "", []), "25": ("Zakarpattia", "", []), "26": ("Zaporizhzhia", "", ["zaporizhia", "zaporozhye"]),
        "27": ("Zhytomyr", "", []),
    },
    "AF": {
        "01": ("Badakhshan", "", []), "02": ("Badghis", "", []), "03": ("Baghlan", "", []), "05": ("Bamyan", "", []),
        "06": ("Farah", "", []), "07": ("Faryab", "", []), "08": ("Ghazni", "", []), "09": ("Ghor", "", []),
        "10": ("Helmand", "", []), "11": ("Herat", "", []), "13": ("Kabul", "", []), "14": ("Kapisa", "", []),
        "17": ("Logar", "", []), "18": ("Nangarhar", "", []), "19": ("Nimruz", "", []), "23": ("Kandahar", "", []),
        "24": ("Kunduz", "", []), "26": ("Takhar", "", []), "27": ("Wardak", "", []), "28": ("Zabul", "", []),
        "29": ("Paktika", "", []), "30": ("Balkh", "", []), "31": ("Jowzjan", "", []), "32": ("Samangan", "", []),
        "33": ("Sar-e Pol", "", []), "34": ("Kunar", "", []), "35": ("Laghman", "", []), "36": ("Paktia", "", []),
        "37": ("Khost", "", []), "38": ("Nuristan", "", []), "39": ("Uruzgan", "", []), "40": ("Parwan", "", []),
        "41": ("Daykundi", "", []), "42": ("Panjshir", "", []),
    },
    "SD": {
        "29": ("Khartoum", "الخرطوم", []), "36": ("Red Sea", "البحر الأحمر", []), "38": ("Al Jazirah", "ولاية الجزيرة", ["gezira"]),
        "39": ("Gedaref", "القضارف", []), "41": ("White Nile", "النيل الأبيض", []), "42": ("Blue Nile", "النيل الأزرق", []),
        "43": ("Northern State", "الولاية الشمالية", []), "47": ("West Darfur", "غرب دارفور", []),
        "49": ("South Darfur", "جنوب دارفور", []), "50": ("South Kordofan", "جنوب كردفان", []), "52": ("Kassala", "كسلا", []),
        "53": ("River Nile", "نهر النيل", []), "55": ("North Darfur", "شمال دارفور", []),
        "56": ("North Kordofan", "شمال كردفان", []), "58": ("Sennar", "سنار", []), "60": ("East Darfur", "شرق دارفور", []),
        "61": ("Central Darfur", "وسط دارفور", []), "62": ("West Kordofan", "غرب كردفان", []),
    },
    "SO": {
        "01": ("Bakool", "", []), "02": ("Banaadir", "", ["benadir"]), "03": ("Bari", "", []), "04": ("Bay", "", []),
        "05": ("Galguduud", "", []), "06": ("Gedo", "", []), "07": ("Hiiraan", "", ["hiran"]), "08": ("Middle Juba", "", []),
        "09": ("Lower Juba", "", []), "10": ("Mudug", "", []), "12": ("Sanaag", "", []), "13": ("Middle Shabelle", "", []),
        "14": ("Lower Shabelle", "", []), "18": ("Nugaal", "", []), "19": ("Togdheer", "", []),
        "20": ("Woqooyi Galbeed", "", []), "21": ("Awdal", "", []), "22": ("Sool", "", []),
    },
}

# Places that Airwars files under a district name rather than a governorate.
SYRIA_DISTRICTS = {"afrin": "Aleppo", "kobane": "Aleppo", "raqqa - tal abyad": "Raqqa"}


def admin1_name(country, code):
    entry = ADMIN1.get(country, {}).get(code)
    return entry[0] if entry else ""


def check_unique():
    """Admin1 names are keys in the gazetteer, so they must not repeat across countries."""
    names = [e[0] for table in ADMIN1.values() for e in table.values()]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f"admin1 names repeat: {sorted(dupes)}")
