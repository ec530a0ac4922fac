"""Meaning screening: recall on documented naming blunders, false alarms on famous clean names.

The cases below are the project's own, written from widely reported naming stories (not from
any held-out set): a brand or product name and the market where it caused trouble. A case counts
as caught when the market gets a ``meaning.*`` finding at medium severity or above.

False alarms: famous global brands and coined names screened in the ``global`` preset; a name
counts as a false alarm when any market gets a high or critical ``meaning.*`` finding.

Run: ``python benchmarks/eval_meanings.py`` (prints figures; never asserts).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import brandcheck  # noqa: E402
from brandcheck.model import Severity  # noqa: E402

BLUNDERS = [
    ("Pajero", "es"), ("Laputa", "es"), ("Moco", "es"), ("Lumia", "es"), ("Pinto", "pt-BR"), ("Fitta", "sv"),
    ("MR2", "fr"), ("e-tron", "fr"), ("Silver Mist", "de"), ("Mist Stick", "de"), ("LaCrosse", "fr-CA"),
    ("Black and Tan", "en-IE"), ("Kona", "pt-PT"), ("Malaga", "el"), ("Bimbo", "en"), ("Puffs", "de"),
    ("Fartfull", "en"), ("Jerker", "en"), ("Pschitt", "en"), ("Kräpp", "en"), ("Barf", "en"), ("Pee Cola", "en"),
    ("Bum", "en-GB"), ("Kuss", "ar"), ("Lund", "hi"), ("Bing", "zh"), ("Tiger 88", "de"), ("Volt 18", "de"),
    ("Gift", "de"), ("Siwang", "zh"), ("Shabi", "zh"), ("Baka", "ja"), ("Kuso", "ja"), ("Shibal", "ko"),
    ("Kontol", "id"), ("Puki", "tl"), ("Kurwa", "pl"), ("Pizda", "ru"), ("Huy", "uk"), ("Orospu", "tr"),
    ("Malaka", "el"), ("Sharmuta", "ar"), ("Kos", "fa"), ("Zona", "he"), ("Chutiya", "hi"), ("Kuay", "th"),
    ("Merde", "fr"), ("Cazzo", "it"), ("Kut", "nl"), ("Skit", "sv"), ("Pik", "da"), ("Kusipää", "fi"),
    ("Kokot", "cs"), ("Pula", "ro"), ("Fasz", "hu"), ("Ngentot", "id"), ("Pukimak", "ms"), ("Du Ma", "vi"),
    ("Caralho", "pt-PT"), ("Pendejo", "es-MX"), ("Concha", "es-AR"), ("Tabarnak", "fr-CA"), ("Cona", "pt-PT"),
]

FAMOUS = """Google Samsung Adidas Nokia Apple Microsoft Amazon Toyota Honda Nike Sony Intel Coca-Cola Pepsi
IKEA Lego Nestle Danone Unilever Colgate Gillette Pampers Kodak Canon Nikon Panasonic Philips Siemens Bosch
Audi Volkswagen Porsche Ferrari Lamborghini Renault Peugeot Citroen Fiat Volvo Skoda Hyundai Kia Lexus Mazda
Subaru Suzuki Nissan Mitsubishi Yamaha Heineken Carlsberg Guinness Budweiser Corona Starbucks McDonalds KFC
Subway Visa Mastercard PayPal Oracle Cisco Dell Lenovo Huawei Xiaomi Oppo Alibaba Tencent Baidu Uber Airbnb
Spotify Netflix Disney Zara Uniqlo Rolex Omega Chanel Gucci Prada Hermes Dior Cartier Tiffany Sephora Loreal
Nivea Dove Lipton Nescafe Kellogg Heinz Mars Twix Snickers Oreo Pringles Doritos Fanta Sprite Red Bull
Zelvora Lumora Kamo Nika Tavero Quintel Vanora Belmo Sorani Ravelo Orvina Nexa Talvi Miravo Corvela""".split()


def main() -> None:
    t0 = time.perf_counter()
    caught, missed = 0, []
    for name, market in BLUNDERS:
        report = brandcheck.check(name, markets=[market], online=False)
        hits = [f for f in report.findings if f.check.startswith("meaning.") and f.severity >= Severity.MEDIUM
                and f.check != "meaning.positive"]
        if hits:
            caught += 1
        else:
            missed.append(f"{name}@{market}")
    recall = caught / len(BLUNDERS)
    alarms = []
    for name in FAMOUS:
        report = brandcheck.check(name, markets="global", online=False)
        bad = [f for f in report.findings if f.check.startswith("meaning.") and f.severity >= Severity.HIGH]
        if bad:
            alarms.append(f"{name}: " + "; ".join(f"{f.market} {f.evidence.get('term')} ({f.evidence.get('match')})"
                                                   for f in bad[:3]))
    languages = sorted({m for _, m in BLUNDERS})
    print(f"blunders caught at medium+: {caught}/{len(BLUNDERS)} = {recall:.1%} across {len(languages)} markets")
    if missed:
        print("  missed:", ", ".join(missed))
    print(f"famous/coined names with a high+ meaning finding (global): {len(alarms)}/{len(FAMOUS)} = "
          f"{len(alarms) / len(FAMOUS):.1%}")
    for a in alarms:
        print("  ", a)
    _bundled_brands(300)
    print(f"elapsed {time.perf_counter() - t0:.1f} s")


def _bundled_brands(n: int) -> None:
    """Noise on real brands: a fixed sample of bundled brand names (plain Latin letters) screened in
    `global`; most are clean, so any high finding deserves a look and medium ones should be rare."""
    import random
    import re

    from brandcheck.similarity.brands import bundled_brands

    names = sorted(b.name for b in bundled_brands() if re.fullmatch(r"[A-Za-z][A-Za-z\- ]{2,14}", b.name))
    random.Random(1).shuffle(names)
    reports = brandcheck.screen(names[:n], "global", online=False)
    high = [r.name for r in reports if any(f.check.startswith("meaning.") and f.severity >= Severity.HIGH
                                          for f in r.findings)]
    medium = [r.name for r in reports if any(f.check.startswith("meaning.") and f.severity == Severity.MEDIUM
                                            for f in r.findings) and r.name not in high]
    print(f"bundled brand names ({n}, global): {len(high)} with a high meaning finding ({', '.join(high)}), "
          f"{len(medium)} more with a medium one ({len(medium) / n:.1%})")


if __name__ == "__main__":
    main()
