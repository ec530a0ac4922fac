"""Dump ``Report.to_dict()`` of ~300 varied names (offline ``global``) as JSON, for comparing the
output of two versions byte for byte (performance work must not change results).

Usage: ``python benchmarks/guard_reports.py OUT.json [WORKERS]`` then ``cmp`` two dumps (any number
of workers gives the same file).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_screen import coined  # noqa: E402

_WORDS = ("apple", "amazon", "river", "shadow", "honey", "bitch", "merda", "shit", "fuck", "piss", "kaka",
          "mist", "nova", "death", "fortune", "lucky", "happy", "golden", "bright", "ocean", "cloud",
          "sunny", "pepsi", "coca", "puma", "nike", "sony", "toyota", "siri", "alexa", "zara", "ikea",
          "bimbo", "barf", "gift", "kuso", "shinu", "sile", "bensi", "always", "super", "emerdata",
          "channel", "zero", "seven", "four", "eight", "hello", "kiss", "moon", "star", "tiger")
_BRANDLIKE = ("Gooogle", "Adidaz", "Nikey", "Sonny", "Samsunk", "Pepsy", "Koka Kola", "Mikrosoft", "Fasebook",
              "Amazone", "Toyotta", "Starbux", "Nesle", "Volksvagen", "Lufthanza", "Heineken2", "Superpiss",
              "Bich", "Vodafon", "Orangina", "Xiaomy", "Huawai", "Alibabba", "Tencentt", "Baidoo", "Lenovvo",
              "Hyundae", "Kiaa", "Rakutin", "Uniqlow", "Panasonik", "Nintendoo", "Segga", "Canonn", "Nokya",
              "Erikson", "Spottify", "Netflics", "Uberr", "Lyftt", "Zalandoo", "Aldee", "Lidel", "Tesko")
_MULTI = ("Blue River", "Golden Gate Foods", "Happy Cow", "Big Apple Labs", "Red Bull Run", "Nova Star",
          "Sun & Moon", "Four Seasons Tea", "Death Star Coffee", "My Kiss", "Zero Eight", "Open Door",
          "Green Leaf Co", "Fast Lane", "Silver Fox", "Tiger Balm Plus", "Cloud Nine", "Bright Path",
          "R17", "Channel 4", "Studio 88", "3M Plus", "Area 51", "7 Eleven Go")
_NATIVE = ("小米", "ソニー", "Пепси", "华为", "味の素", "삼성", "トヨタ", "Яндекс", "Ελλάδα", "שלום", "نوكيا",
           "पेप्सी", "可口可乐", "百度", "ラーメン", "김치", "Мир", "Спутник", "たまごっち", "阿里巴巴")


def names() -> list[str]:
    return [*coined(150, offset=5000), *(w.capitalize() for w in _WORDS), *_BRANDLIKE, *_MULTI, *_NATIVE]


def main() -> None:
    import brandcheck

    out = Path(sys.argv[1])
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    reports = [r.to_dict() for r in brandcheck.screen(names(), "global", online=False, workers=workers,
                                                      chunk_size=8)]
    out.write_text(json.dumps(reports, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(reports)} reports -> {out}")


if __name__ == "__main__":
    main()
