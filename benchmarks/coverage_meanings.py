"""Coverage of the meaning lists by area (docs/meanings-coverage.md): rows per language × area.

An area is read from a row's category and its English gloss (keyword patterns below), so the count
is a rough guide to where a list is thin, not an exact census. A row may count in several areas.

Run: ``python benchmarks/coverage_meanings.py [--markdown] [--save FILE] [--before FILE]`` (prints).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from brandcheck.meanings.lexicon import languages, lexicon  # noqa: E402

# area → (categories that count whole, gloss pattern)
AREAS: dict[str, tuple[tuple[str, ...], str]] = {
    "genitals": ((), r"\b(dick|cock|prick|penis|willy|cunt|pussy|vagina|vulva|twat|balls|testicl|bollock|tits?\b|boobs?|breasts?|nipple|clit|foreskin|arse|ass\b|anus|arsehole|asshole|genital|scrotum|knob|dong)"),
    "sex": (("sexual",), r"\b(fuck|sex|screw|shag|hump|bang|blowjob|wank|jerk off|masturbat|orgasm|horny|porn|erection|sperm|semen|cum|ejaculat|lust|rape|sodom|incest|bugger)"),
    "prostitution": ((), r"\b(whore|prostitut|hooker|slut|harlot|brothel|pimp|escort|tart|hoe\b|slag)"),
    "excrement": (("excrement",), r"\b(shit|crap|poo|turd|dung|faeces|feces|manure|excrement|diarrh|toilet|latrine)"),
    "fluids": ((), r"\b(piss|pee|urin|snot|spit|saliva|phlegm|pus\b|menstru|period|blood|sweat|semen|sperm|drool|mucus)"),
    "flatulence": ((), r"\b(fart|flatul|wind\b|gas\b)"),
    "vomit": ((), r"\b(vomit|puke|throw up|barf|spew|nause)"),
    "odour_filth": ((), r"\b(stink|smell|odou?r|reek|filth|dirt|dirty|rotten|rot\b|putrid|lice|louse|maggot|garbage|rubbish|trash|muck|slime|disgust|vile|mould|mold)"),
    "insult": (("insult",), r"\b(idiot|moron|fool|bastard|jerk|asshole|dickhead|loser|scum|wanker|bitch)"),
    "animal_insult": ((), r"\b(pig|swine|sow|dog|bitch|cur|donkey|ass\b|mule|cow|cattle|ox|goat|monkey|ape|rat|cockroach|worm|snake|toad|hen|sheep|animal|beast|buffalo|owl|camel)"),
    "slur": (("slur",), r"\b(slur|fag|queer|homo|nigger|gypsy|kike|chink|jap|wog|paki|retard)"),
    "ugly_stupid": ((), r"\b(ugly|stupid|dumb|dull|silly|idiot|moron|fool|brainless|dimwit|cretin|imbecile|hideous|dense|thick)"),
    "madness": ((), r"\b(mad\b|madman|crazy|insane|lunatic|nuts|psycho|deranged|loony|maniac|demented|lunacy|madness|asylum)"),
    "impotence": ((), r"\b(impoten|infertil|sterile|barren|eunuch|limp|flaccid|castrat|frigid|childless)"),
    "death": (("death",), r"\b(death|dead|die|dying|corpse|funeral|coffin|grave|tomb|burial|cemetery|mourn|suicide|kill(ed)?\b|carcass|hearse)"),
    "disease": (("disease",), r"\b(disease|illness|ill\b|sick|cancer|tumou?r|plague|aids|hiv|leprosy|leper|cholera|tubercul|syphilis|ebola|virus|infect|fever|epidem|pandem|diabet|paraly|cripple|pox|gonorr)"),
    "disaster": ((), r"\b(disaster|catastroph|calamit|accident|crash|collapse|ruin|wreck|flood|earthquake|fire\b|explosion|tragedy|doom)"),
    "poverty_failure": ((), r"\b(poor|poverty|beggar|broke\b|bankrupt|fail|failure|loser|flop|debt|misery|miserable|useless|worthless|cheap|junk|fake|bad\b|loss|lose|defeat)"),
    "crime": (("crime",), r"\b(thief|theft|steal|stole|rob|crook|fraud|swindl|cheat|scam|crim|prison|jail|gangster|mafia|murder|smuggl|bribe|corrupt)"),
    "drugs": (("drugs",), r"\b(drug|cocaine|heroin|weed|marijuana|cannabis|hashish|opium|junkie|addict|stoned|high\b|meth|dope|drunk|alcoholic|booze|ecstasy)"),
    "violence": (("violence",), r"\b(kill|murder|war\b|bomb|terror|blood|slaughter|massacre|gun|shoot|stab|beat|torture|violen|genocide)"),
    "religion": (("religion",), r"\b(god|allah|jesus|christ|satan|devil|demon|hell|damn|curse|blasphem|holy|sacred|prophet|mosque|church|temple|buddha|saint|mary|bible|quran|koran|sin\b|heaven|pope|priest)"),
    "numbers_luck": (("number", "bad_luck"), r"\b(unlucky|bad luck|misfortune|jinx|omen|curse|number)"),
    "political": (("political",), r"\b(nazi|fascis|hitler|swastika|communis|terroris|dictator|isis|kkk|hate symbol)"),
}


def area_of(category: str, gloss: str) -> set[str]:
    g = gloss.lower()
    return {area for area, (cats, pat) in AREAS.items() if category in cats or re.search(pat, g)}


def counts() -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for lang in languages():
        row = {a: 0 for a in AREAS}
        row["regional"] = 0
        row["rows"] = 0
        for e in lexicon(lang).entries:
            row["rows"] += 1
            if e.severity <= 0:
                continue
            for a in area_of(e.category, e.gloss):
                row[a] += 1
            if e.region:
                row["regional"] += 1
        table[lang] = row
    return table


SHORT = {"genitals": "gen", "sex": "sex", "prostitution": "pros", "excrement": "exc", "fluids": "flu",
         "flatulence": "fart", "vomit": "vom", "odour_filth": "filth", "insult": "ins",
         "animal_insult": "anim", "slur": "slur", "ugly_stupid": "ugly", "madness": "mad",
         "impotence": "imp", "death": "death", "disease": "dis", "disaster": "disas",
         "poverty_failure": "poor", "crime": "crime", "drugs": "drug", "violence": "viol",
         "religion": "relig", "numbers_luck": "luck", "political": "pol", "regional": "reg", "rows": "rows"}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--save", help="write the counts as JSON")
    ap.add_argument("--before", help="a JSON file saved earlier: print before→after")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)
    now = counts()
    if args.save:
        Path(args.save).write_text(json.dumps(now, indent=1), encoding="utf-8")
    before = json.loads(Path(args.before).read_text(encoding="utf-8")) if args.before else None
    cols = list(SHORT)
    sep = " | " if args.markdown else " "
    head = ["lang"] + [SHORT[c] for c in cols]
    print(("| " if args.markdown else "") + sep.join(head) + (" |" if args.markdown else ""))
    if args.markdown:
        print("|" + "|".join("---" for _ in head) + "|")
    for lang, row in now.items():
        cells = []
        for c in cols:
            if before and lang in before and before[lang][c] != row[c]:
                cells.append(f"{before[lang][c]}→{row[c]}")
            else:
                cells.append(str(row[c]))
        print(("| " if args.markdown else "") + sep.join([lang] + cells) + (" |" if args.markdown else ""))
    empty = sum(1 for row in now.values() for c in AREAS if row[c] == 0)
    print(f"\nempty language×area cells: {empty} of {len(now) * len(AREAS)}")


if __name__ == "__main__":
    main()
