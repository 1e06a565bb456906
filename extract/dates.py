"""Dates written in Arabic text: «28 آب 2013», «الخميس 2 مايو 2019», «26 شعبان 1440هـ», 2019/05/02.

Month names (Levantine, Egyptian/Gulf and Maghrebi Gregorian names, and the Hijri months) are
language data in resources/lexicons/months.tsv, matched after Arabic normalisation, so hamza and
ta-marbuta spellings all match. A double name («آب/أغسطس») is one month. Hijri dates are
converted to Gregorian with the Umm al-Qura calendar (hijridate: 1343-1500 AH). Digits may be
Arabic-Indic. Numeric dates are read day first (02/05/2019 is 2 May), as Arabic sites write them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extract.normalize import NormalizedView, normalize
from extract.resources import resource_path

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class FoundDate:
    iso: str  # YYYY-MM-DD (Gregorian)
    start: int  # span in the text searched
    end: int
    calendar: str  # "gregorian" or "hijri": how the text wrote it


@lru_cache(maxsize=1)
def month_names() -> dict[str, tuple[int, str]]:
    """Normalised month name -> (month number, calendar)."""
    names: dict[str, tuple[int, str]] = {}
    for line in resource_path("lexicons", "months.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, number, calendar = line.split("\t")
        names[normalize(name)] = (int(number), calendar.strip())
    return names


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = sorted(month_names(), key=len, reverse=True)
    month = "|".join(re.escape(n) for n in names)
    named = re.compile(
        rf"(?<![0-9])([0-9]{{1,2}})\s*(?:من\s+)?(?P<m1>{month})(?:\s*[/(-]\s*(?P<m2>{month})\)?)?"
        rf"\s*(?:عام\s+|سنه\s+)?[,،]?\s*([0-9]{{4}})(?![0-9])\s*(?P<suffix>هـ|ه(?![\w])|م(?![\w]))?")
    numeric = re.compile(
        r"(?<![0-9/.-])(?:([0-9]{4})[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})|"
        r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4}))(?![0-9/.-])")
    return named, numeric


def find_dates(text: str) -> list[FoundDate]:
    """Every date written in `text`, in order, with its span in `text`."""
    view = NormalizedView(text)
    norm = view.norm.translate(_DIGITS)
    named, numeric = _patterns()
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for m in named.finditer(norm):
        day, year = int(m.group(1)), int(m.group(4))
        month, calendar = month_names()[m.group("m1")]
        if m.group("suffix") in ("هـ", "ه") or (calendar == "hijri" and year < 1600):
            calendar = "hijri"
        iso = _iso(year, month, day, calendar)
        if iso:
            start, end = view.orig_span(m.start(), m.end())
            found.append(FoundDate(iso, start, end, calendar))
            taken.append((m.start(), m.end()))
    for m in numeric.finditer(norm):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m.group(1):
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            day, month, year = int(m.group(4)), int(m.group(5)), int(m.group(6))
        iso = _iso(year, month, day, "hijri" if year < 1600 else "gregorian")
        if iso:
            start, end = view.orig_span(m.start(), m.end())
            found.append(FoundDate(iso, start, end, "hijri" if year < 1600 else "gregorian"))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> str | None:
    """The ISO date of the first date written in `text`, or None."""
    dates = find_dates(text)
    return dates[0].iso if dates else None


def _iso(year: int, month: int, day: int, calendar: str) -> str | None:
    if calendar == "hijri":
        from hijridate import Hijri

        try:
            return Hijri(year, month, day).to_gregorian().isoformat()
        except (ValueError, OverflowError):
            return None
    if not 1800 <= year <= 2200:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
