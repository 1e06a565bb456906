"""Write resources/names/places.tsv: Arabic and English names of countries, territories and world
regions from Unicode CLDR, read through Babel (a development dependency, not bundled).

    uv run python scripts/make_places.py

The names panel offers these as the English form of a place ("CLDR"). CLDR's data is under the
Unicode licence (resources/names/LICENSE-Unicode.txt, copied from Babel's locale data). Arabic
forms are taken from every Arabic locale Babel has (ar, ar_SA, ar_EG …), so a regional spelling
(أوروغواي / أورغواي) finds the same English name. A form with a qualifier in brackets or after a
dash (ميانمار (بورما), الكونغو - كينشاسا) is also listed without it when that shorter form names
one territory only. Deterministic: the same Babel gives the same file.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import babel
from babel import Locale, localedata

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "names" / "places.tsv"
LICENCE = ROOT / "resources" / "names" / "LICENSE-Unicode.txt"
# Codes that name no place (the world, "unknown region") or a body rather than a place.
SKIP = {"001", "ZZ", "QO"}
ORGANISATIONS = {"EU", "EZ", "UN"}
_QUALIFIER = re.compile(r"\s*(\([^)]*\)|-\s.*)$")


def english_form(name: str) -> str:
    """CLDR's short English form with "&" written out, as news copy writes it."""
    return name.replace(" & ", " and ")


def rows() -> list[tuple[str, str, str, str]]:
    """(arabic, english, type, code), sorted, without duplicates."""
    english = Locale("en").territories
    arabic_ids = sorted(i for i in localedata.locale_identifiers() if i == "ar" or
                        i.startswith("ar_"))
    forms: dict[str, set[str]] = {}
    for ident in arabic_ids:
        for code, name in Locale.parse(ident).territories.items():
            if code in SKIP or code not in english:
                continue
            forms.setdefault(name.strip(), set()).add(code)
    # shorter forms without a bracketed or dashed qualifier, when they stay unambiguous
    shorter: dict[str, set[str]] = {}
    for name, codes in forms.items():
        bare = _QUALIFIER.sub("", name).strip()
        if bare != name and bare:
            shorter.setdefault(bare, set()).update(codes)
    for bare, codes in shorter.items():
        if len(codes) == 1 and bare not in forms:
            forms[bare] = codes
    out = set()
    for name, codes in forms.items():
        for code in codes:
            kind = "ORG" if code in ORGANISATIONS else "LOC"
            en = english_form(english[code])
            if name in shorter and len(shorter[name]) == 1:
                en = _QUALIFIER.sub("", en).strip()
            out.add((name, en, kind, code))
    return sorted(out)


def main() -> int:
    found = rows()
    header = [
        "# Countries, territories and world regions: Arabic name, English name, type, CLDR code.",
        f"# Derived from Unicode CLDR through Babel {babel.__version__} by scripts/make_places.py"
        " (do not edit by hand).",
        "# Licence: Unicode License (LICENSE-Unicode.txt). Columns: arabic<TAB>english<TAB>type"
        "<TAB>code",
    ]
    lines = header + ["\t".join(r) for r in found]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = Path(localedata.__file__).parent / "locale-data" / "LICENSE.unicode"
    shutil.copyfile(source, LICENCE)
    print(f"wrote {len(found)} names to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
