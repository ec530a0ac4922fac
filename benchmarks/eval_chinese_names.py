"""Chinese name proposals against the real Chinese names of foreign brands (issue 11's targets).

The sample below is curated for this benchmark from general knowledge of the brands (mainland
names); it lives here, not in the package, and nothing in ``brandcheck`` reads it. Proposals are
made with the bundled brand lookup off (``known=False``): the generator never sees the official
name. The screen against bundled Chinese brand names still runs, as it does for any name; it does
not rank a brand's own name down.

Reported, never asserted:

* **official in top 10** — the official name is among the first ten proposals (exact characters);
* **best syllable F of top 3** — for each brand the best of the first three proposals by the
  F-score of the longest common subsequence of toneless pinyin syllables with the official name,
  then the mean (the issue's baseline for the old single rendering: 0.41; target ≥ 0.75);
* **avoid-list characters in top 3** — characters of the avoid list in any first-three proposal
  (target 0), and proposals without a gloss for every character (target 0);
* **timing** — a cold call (fresh process: import and first call) and the mean warm call.

Three samples: ``SAMPLE`` was looked at while the generator was developed (its figures are
optimistic); ``data/chinese_names_dev.tsv`` is a second development list, written so that tuning
does not fit ``SAMPLE`` alone; ``HELD_OUT`` was written afterwards and is not used for tuning
(``--verbose`` prints one line per brand for the two development lists only, never for it).

Run: ``python benchmarks/eval_chinese_names.py [--verbose] [--dev]`` (``--dev``: the development lists only,
for tuning without seeing the held-out figure).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (Latin name, official mainland Chinese name, sector). The kinds mix on purpose: transliterations
# (阿迪达斯), sound-and-meaning names (汰渍, 可口可乐), translations (微软) and names unrelated to
# the sound (喜力), which no sound-based generator can find.
SAMPLE: tuple[tuple[str, str, str], ...] = (
    ("Adidas", "阿迪达斯", "sports"), ("Nike", "耐克", "sports"), ("Reebok", "锐步", "sports"),
    ("Puma", "彪马", "sports"), ("Converse", "匡威", "fashion"), ("Tesla", "特斯拉", "automotive"),
    ("Cadillac", "凯迪拉克", "automotive"), ("Lamborghini", "兰博基尼", "automotive"),
    ("Ferrari", "法拉利", "automotive"), ("Porsche", "保时捷", "automotive"), ("Audi", "奥迪", "automotive"),
    ("Buick", "别克", "automotive"), ("Chevrolet", "雪佛兰", "automotive"), ("Ford", "福特", "automotive"),
    ("Volvo", "沃尔沃", "automotive"), ("Lexus", "雷克萨斯", "automotive"), ("Jaguar", "捷豹", "automotive"),
    ("Maserati", "玛莎拉蒂", "automotive"), ("Bentley", "宾利", "automotive"), ("Mazda", "马自达", "automotive"),
    ("Mercedes-Benz", "奔驰", "automotive"), ("Peugeot", "标致", "automotive"), ("Citroen", "雪铁龙", "automotive"),
    ("Jeep", "吉普", "automotive"), ("Walmart", "沃尔玛", "retail"), ("Carrefour", "家乐福", "retail"),
    ("IKEA", "宜家", "retail"), ("Costco", "好市多", "retail"), ("Starbucks", "星巴克", "beverages"),
    ("Coca-Cola", "可口可乐", "beverages"), ("Pepsi", "百事", "beverages"), ("Sprite", "雪碧", "beverages"),
    ("Fanta", "芬达", "beverages"), ("Evian", "依云", "beverages"), ("Lipton", "立顿", "beverages"),
    ("Nestle", "雀巢", "food"), ("McDonald's", "麦当劳", "food"), ("Pizza Hut", "必胜客", "food"),
    ("Subway", "赛百味", "food"), ("Burger King", "汉堡王", "food"), ("Oreo", "奥利奥", "food"),
    ("Lay's", "乐事", "food"), ("Haagen-Dazs", "哈根达斯", "food"), ("Heinz", "亨氏", "food"),
    ("Kraft", "卡夫", "food"), ("Danone", "达能", "food"), ("Colgate", "高露洁", "household"),
    ("Tide", "汰渍", "household"), ("Safeguard", "舒肤佳", "household"), ("Kleenex", "舒洁", "household"),
    ("Gillette", "吉列", "household"), ("Pantene", "潘婷", "beauty"), ("Olay", "玉兰油", "beauty"),
    ("Lancome", "兰蔻", "beauty"), ("Estee Lauder", "雅诗兰黛", "beauty"), ("Revlon", "露华浓", "beauty"),
    ("Clinique", "倩碧", "beauty"), ("Lux", "力士", "beauty"), ("Dove", "多芬", "beauty"),
    ("Nivea", "妮维雅", "beauty"), ("Maybelline", "美宝莲", "beauty"), ("L'Oreal", "欧莱雅", "beauty"),
    ("Vaseline", "凡士林", "beauty"), ("Chanel", "香奈儿", "luxury"), ("Dior", "迪奥", "luxury"),
    ("Gucci", "古驰", "luxury"), ("Prada", "普拉达", "luxury"), ("Hermes", "爱马仕", "luxury"),
    ("Cartier", "卡地亚", "luxury"), ("Rolex", "劳力士", "luxury"), ("Omega", "欧米茄", "luxury"),
    ("Tiffany", "蒂芙尼", "luxury"), ("Versace", "范思哲", "luxury"), ("Burberry", "博柏利", "luxury"),
    ("Louis Vuitton", "路易威登", "luxury"), ("Armani", "阿玛尼", "fashion"), ("Zara", "飒拉", "fashion"),
    ("Levi's", "李维斯", "fashion"), ("Microsoft", "微软", "software"), ("Google", "谷歌", "internet"),
    ("Intel", "英特尔", "electronics"), ("Dell", "戴尔", "electronics"), ("Canon", "佳能", "electronics"),
    ("Nikon", "尼康", "electronics"), ("Sony", "索尼", "electronics"), ("Philips", "飞利浦", "electronics"),
    ("Siemens", "西门子", "industrial"), ("Bosch", "博世", "industrial"), ("Motorola", "摩托罗拉", "electronics"),
    ("Nokia", "诺基亚", "electronics"), ("Kodak", "柯达", "electronics"), ("Oracle", "甲骨文", "software"),
    ("Adobe", "奥多比", "software"), ("Cisco", "思科", "technology"), ("Qualcomm", "高通", "electronics"),
    ("Uber", "优步", "internet"), ("Airbnb", "爱彼迎", "travel"), ("Disney", "迪士尼", "entertainment"),
    ("Marriott", "万豪", "hospitality"), ("Hilton", "希尔顿", "hospitality"), ("Sheraton", "喜来登", "hospitality"),
    ("Heineken", "喜力", "alcohol"), ("Budweiser", "百威", "alcohol"), ("Carlsberg", "嘉士伯", "alcohol"),
    ("Penfolds", "奔富", "alcohol"), ("Hennessy", "轩尼诗", "alcohol"), ("Martell", "马爹利", "alcohol"),
    ("Visa", "维萨", "finance"), ("Pfizer", "辉瑞", "pharma"), ("Bayer", "拜耳", "pharma"),
    ("Durex", "杜蕾斯", "health"), ("Lego", "乐高", "toys"), ("Barbie", "芭比", "toys"), ("Mattel", "美泰", "toys"),
    ("Boeing", "波音", "industrial"),
)

# Written after the weights and the brand-character palette were last tuned, and not looked at
# while tuning: the honest figure. (SAMPLE above was used while developing, so its figures are
# optimistic.)
HELD_OUT: tuple[tuple[str, str, str], ...] = (
    ("Mastercard", "万事达", "finance"), ("Gap", "盖璞", "fashion"), ("Garnier", "卡尼尔", "beauty"),
    ("Biotherm", "碧欧泉", "beauty"), ("Dunhill", "登喜路", "luxury"), ("Givenchy", "纪梵希", "luxury"),
    ("Bulgari", "宝格丽", "luxury"), ("Swarovski", "施华洛世奇", "luxury"), ("Longines", "浪琴", "luxury"),
    ("Tissot", "天梭", "luxury"), ("Montblanc", "万宝龙", "luxury"), ("Valentino", "华伦天奴", "fashion"),
    ("Benetton", "贝纳通", "fashion"), ("New Balance", "新百伦", "sports"), ("Skechers", "斯凯奇", "sports"),
    ("Kappa", "卡帕", "sports"), ("Land Rover", "路虎", "automotive"), ("Rolls-Royce", "劳斯莱斯", "automotive"),
    ("Infiniti", "英菲尼迪", "automotive"), ("Acura", "讴歌", "automotive"), ("Hummer", "悍马", "automotive"),
    ("Dodge", "道奇", "automotive"), ("Chrysler", "克莱斯勒", "automotive"), ("Lincoln", "林肯", "automotive"),
    ("Opel", "欧宝", "automotive"), ("Skoda", "斯柯达", "automotive"), ("Michelin", "米其林", "automotive"),
    ("Goodyear", "固特异", "automotive"), ("Bridgestone", "普利司通", "automotive"),
    ("Schweppes", "怡泉", "beverages"), ("Maxwell House", "麦斯威尔", "beverages"), ("Snickers", "士力架", "food"),
    ("Pringles", "品客", "food"), ("Doritos", "多力多滋", "food"), ("Ferrero", "费列罗", "food"),
    ("Cadbury", "吉百利", "food"), ("Hershey's", "好时", "food"), ("Quaker", "桂格", "food"),
    ("Kellogg's", "家乐氏", "food"), ("Knorr", "家乐", "food"), ("HP", "惠普", "electronics"),
    ("Xerox", "施乐", "electronics"), ("Epson", "爱普生", "electronics"), ("Logitech", "罗技", "electronics"),
    ("Nvidia", "英伟达", "electronics"), ("Amazon", "亚马逊", "internet"), ("eBay", "易贝", "internet"),
    ("Yahoo", "雅虎", "internet"), ("PayPal", "贝宝", "finance"), ("Accenture", "埃森哲", "technology"),
    ("Deloitte", "德勤", "finance"), ("Unilever", "联合利华", "household"), ("Avon", "雅芳", "beauty"),
    ("Sephora", "丝芙兰", "beauty"), ("Clarins", "娇韵诗", "beauty"), ("Kiehl's", "科颜氏", "beauty"),
    ("Guerlain", "娇兰", "beauty"), ("Jack Daniel's", "杰克丹尼", "alcohol"), ("Moet", "酩悦", "alcohol"),
    ("Chivas", "芝华士", "alcohol"), ("Bacardi", "百加得", "alcohol"), ("Corona", "科罗娜", "alcohol"),
    ("Hyatt", "凯悦", "hospitality"), ("Westin", "威斯汀", "hospitality"), ("Ritz-Carlton", "丽思卡尔顿", "hospitality"),
    ("Expedia", "亿客行", "travel"), ("Lufthansa", "汉莎", "airline"), ("Caterpillar", "卡特彼勒", "industrial"),
    ("Honeywell", "霍尼韦尔", "industrial"), ("Pampers", "帮宝适", "household"), ("Huggies", "好奇", "household"),
    ("Downy", "当妮", "household"), ("Listerine", "李施德林", "health"), ("Tylenol", "泰诺", "pharma"),
    ("Novartis", "诺华", "pharma"), ("Roche", "罗氏", "pharma"), ("Sanofi", "赛诺菲", "pharma"),
    ("Hasbro", "孩之宝", "toys"),
)


def extra_dev() -> tuple[tuple[str, str, str], ...]:
    """data/chinese_names_dev.tsv: (name, official, sector) rows."""
    rows = []
    for line in (ROOT / "benchmarks" / "data" / "chinese_names_dev.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("name\t"):
            name, official, sector = line.split("\t")[:3]
            rows.append((name, official, sector))
    return tuple(rows)


def syllables(text: str) -> list[str]:
    from pypinyin import Style, pinyin

    return [s[0] for s in pinyin(text, style=Style.NORMAL, heteronym=False)]


def lcs(a: list[str], b: list[str]) -> int:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1]


def f_score(proposal: str, official: str) -> float:
    a, b = syllables(proposal), syllables(official)
    return 2 * lcs(a, b) / (len(a) + len(b)) if a and b else 0.0


def cold_call() -> float:
    code = ("import time; t = time.perf_counter(); import brandcheck; brandcheck.chinese_names('Zelvora', "
            "sector='beauty'); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="one line per brand")
    parser.add_argument("--dev", action="store_true", help="the development lists only (while tuning)")
    args = parser.parse_args(argv)

    cold = cold_call()
    from brandcheck.localnames.chinese import chinese_names

    chinese_names("Warmup", sector="beauty")
    times: list[float] = []
    for label, sample, verbose in (("development sample", SAMPLE, args.verbose),
                                   ("extra development list (data/chinese_names_dev.tsv)", extra_dev(), args.verbose),
                                   ("held-out sample", () if args.dev else HELD_OUT, False)):
        if not sample:
            continue
        report(label, sample, times, verbose)
    print(f"cold call (import + first call):    {cold * 1000:.0f} ms  (target < 1000 ms)")
    print(f"warm call, mean / max:              {statistics.mean(times) * 1000:.1f} / {max(times) * 1000:.1f} ms"
          f"  (target < 50 ms)")
    return 0


def report(label: str, sample: tuple[tuple[str, str, str], ...], times: list[float], verbose: bool) -> None:
    from brandcheck.localnames.chinese import avoid_list, chinese_names

    avoid = avoid_list()
    hits, fs, bad_chars, no_gloss = 0, [], 0, 0
    by_kind: dict[str, int] = {}
    for name, official, sector in sample:
        t = time.perf_counter()
        found = chinese_names(name, sector=sector, k=10, known=False)
        times.append(time.perf_counter() - t)
        texts = [p.text for p in found]
        hit = official in texts
        hits += hit
        if hit:
            kind = found[texts.index(official)].kind.value
            by_kind[kind] = by_kind.get(kind, 0) + 1
        best = max((f_score(t, official) for t in texts[:3]), default=0.0)
        fs.append(best)
        bad_chars += sum(1 for p in found[:3] for c in p.text if c in avoid)
        no_gloss += sum(1 for p in found if len(p.glosses) != len(p.text) or not all(p.glosses))
        if verbose:
            mark = "✓" if hit else " "
            print(f"{mark} {name:<15} {official:<6} F3 {best:.2f}  top3: {' '.join(texts[:3])}")
    n = len(sample)
    print(f"{label}: {n} brands (mainland names; lookup off)")
    print(f"official name in top 10:            {hits}/{n} = {hits / n:.0%}   (target ≥ 30%; by kind: "
          f"{', '.join(f'{k} {v}' for k, v in sorted(by_kind.items()))})")
    print(f"mean best syllable F of top 3:      {statistics.mean(fs):.3f}  (target ≥ 0.75; old renderer 0.41)")
    print(f"avoid-list characters in top 3:     {bad_chars}  (target 0)")
    print(f"proposals without a gloss per char: {no_gloss}  (target 0)")
    print()


if __name__ == "__main__":
    sys.exit(main())
