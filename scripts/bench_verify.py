"""Benchmark cross-source verification on synthetic quotes (not a test).

Generates German-like statements from templates and invented words, renders
each in one to five "articles" with controlled variants (identical,
typographic, ß/ss, excerpt, another word, indirect speech, a dropped
"nicht" or changed number, another speaker), then times

- clustering: ``ClusterIndex.add`` in batches of ``--batch`` renderings, as
  ingests would arrive (the last batch's time is the incremental cost);
- ``check`` latency over claims drawn from the statements (verbatim,
  altered and unknown claims) at the largest size;

and reports pairwise precision/recall of the clusters against the
generator's statements.  Usage::

    python scripts/bench_verify.py --sizes 10000 100000 1000000 --checks 300
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from itertools import accumulate

from quoteverify.verify import ClusterIndex, Rendering, check

SYLLABLES = (
    "ber lin ha gen dor wal kes mar tel bro sen ka rim fel do lau wen pot gra zu mi ne sto rak".split()
)
SUFFIXES = "ung heit plan werk amt hof gesetz bahn schule rat netz haus steuer park fonds".split()
GIVEN = "Anna Jonas Lena Paul Mia Felix Sara Lukas Nina Tim Eva Jan Ida Max Ute Rolf".split()
VERBS = [
    ("prüfen", "prüft"),
    ("bauen", "baut"),
    ("schließen", "schließt"),
    ("fördern", "fördert"),
    ("sanieren", "saniert"),
    ("stärken", "stärkt"),
    ("verkaufen", "verkauft"),
    ("erweitern", "erweitert"),
    ("retten", "rettet"),
    ("planen", "plant"),
    ("verteidigen", "verteidigt"),
    ("finanzieren", "finanziert"),
]
SYNONYMS = {
    "zügig": "rasch",
    "gemeinsam": "zusammen",
    "sorgfältig": "gründlich",
    "umgehend": "sofort",
    "entschlossen": "konsequent",
    "wichtig": "bedeutsam",
    "unverzichtbar": "unentbehrlich",
    "notwendig": "nötig",
    "sicher": "gewiss",
    "schwierig": "heikel",
}
ADVERBS = ["zügig", "gemeinsam", "sorgfältig", "umgehend", "entschlossen", "schrittweise"]
ADJECTIVES = ["wichtig", "unverzichtbar", "notwendig", "sicher", "schwierig", "teuer", "offen", "ehrlich"]
BODIES = ["Stadt", "Regierung", "Gemeinde", "Verwaltung", "Koalition", "Landesregierung", "Kommission"]
PEOPLE = ["Bürger", "Eltern", "Beschäftigten", "Anwohner", "Landwirte", "Pendler", "Mieter"]
CLAUSES = [
    "wir werden {n} in {p} {neg}{adv} {vi}",
    "{n} ist für {p} {neg}{adj}",
    "deshalb {v3} die {org} in {p} {n} bis {year}",
    "{n} kostet {num} Euro",
    "{n} haben {num} {people} in {p} gefordert",
    "ohne {n} gibt es in {p} keine Zukunft",
    "die {org} muss {n} {neg}{adv} {vi}",
    "wir lassen uns in {p} von {name} nicht erpressen",
    "{n} bleibt {adj}, solange ich in {p} Verantwortung trage",
    "für {n} stehen {num} Millionen bereit",
    "bis {year} soll {n} in {p} {neg}{adj} sein",
    "niemand in {p} will {n} {vi}",
    "die {people} in {p} haben ein Recht auf {n}",
    "{n} und {n2} gehören zusammen",
    "wir {vi} {n} {adv}, aber nicht um jeden Preis",
    "{name} hat uns {n} im {month} versprochen",
]  # fmt: skip
INDIRECT = {"wir werden": "man werde", "ist": "sei", "muss": "müsse", "haben": "hätten", "gibt": "gebe",
            "bleibt": "bleibe", "will": "wolle", "soll": "solle", "kostet": "koste", "wir": "sie",
            "lassen": "ließen", "stehen": "stünden", "hat": "habe", "gehören": "gehörten", "ich": "sie",
            "uns": "sich", "trage": "trage"}  # fmt: skip
MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
START = datetime(2024, 1, 1, tzinfo=UTC)


def invent(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def capitalised(text: str) -> str:
    return ". ".join(s[:1].upper() + s[1:] for s in text.split(". "))


def indirect(text: str) -> str:
    """A rough Konjunktiv rendering: the verbs and pronouns reported speech changes."""
    words = text[:1].lower() + text[1:]
    for direct, reported in INDIRECT.items():
        words = f" {words} ".replace(f" {direct} ", f" {reported} ").strip()
    return words


class Generator:
    """Statements and their renderings; ``truth[ident]`` is the statement a rendering renders."""

    def __init__(self, seed: int, speakers: int, days: int):
        self.rng = random.Random(seed)
        self.speakers = [f"{self.rng.choice(GIVEN)} {invent(self.rng, 3).title()}" for _ in range(speakers)]
        # a few speakers are quoted very often (Zipf-like), most rarely
        self.weights = list(accumulate(1 / (rank + 1) ** 0.9 for rank in range(speakers)))
        self.days = days
        self.truth: dict[tuple[str, int, int], int] = {}
        self.statements: list[tuple[str, str]] = []  # (text, speaker)

    def speaker(self) -> str:
        return self.rng.choices(self.speakers, cum_weights=self.weights)[0]

    def noun(self) -> str:
        return f"die {invent(self.rng, self.rng.choice([2, 3])).title()}{self.rng.choice(SUFFIXES)}"

    def clause(self) -> str:
        rng = self.rng
        vi, v3 = rng.choice(VERBS)
        slots = dict(n=self.noun(), n2=self.noun(), p=invent(rng, 3).title(), adv=rng.choice(ADVERBS),
                     adj=rng.choice(ADJECTIVES), neg="nicht " if rng.random() < 0.25 else "", vi=vi, v3=v3,
                     num=str(rng.randrange(2, 5000)), year=str(rng.randrange(2026, 2040)),
                     org=rng.choice(BODIES), people=rng.choice(PEOPLE), month=rng.choice(MONTHS),
                     name=f"{rng.choice(GIVEN)} {invent(rng, 3).title()}")  # fmt: skip
        return rng.choice(CLAUSES).format(**slots)

    def statement(self) -> str:
        rng = self.rng
        text = self.clause()
        for _ in range(rng.choice([0, 1, 1, 2])):
            text += rng.choice([", ", ". "]) + self.clause()
        return capitalised(text)

    def variant(self, text: str, speaker: str) -> tuple[str, str, str]:
        roll = self.rng.random()
        if roll < 0.35:
            return text, "direct", speaker
        if roll < 0.50:
            return text.replace(", ", " – ", 1) + ".", "direct", speaker
        if roll < 0.58 and "ß" in text:
            return text.replace("ß", "ss"), "direct", speaker
        if roll < 0.68:
            return text.split(", ")[0].split(". ")[0], "direct", speaker
        if roll < 0.78:
            word = next((w for w in SYNONYMS if f" {w}" in text), None)
            return (text.replace(f" {word}", f" {SYNONYMS[word]}") if word else text), "direct", speaker
        if roll < 0.86:
            return indirect(text), "indirect", speaker
        if roll < 0.94:
            if "nicht " in text:
                return text.replace("nicht ", "", 1), "direct", speaker
            if " muss " in text:
                return text.replace(" muss ", " kann ", 1), "direct", speaker
            return text.replace(" Euro", "0 Euro").replace(" Millionen", "0 Millionen"), "direct", speaker
        return text, "direct", self.speaker()

    def renderings(self, n: int) -> list[Rendering]:
        out: list[Rendering] = []
        while len(out) < n:
            sid = len(self.statements)
            text, speaker = self.statement(), self.speaker()
            self.statements.append((text, speaker))
            day = START + timedelta(days=self.rng.uniform(0, self.days))
            for k in range(self.rng.choice([1, 2, 2, 3, 3, 4, 5])):
                body, kind, who = (text, "direct", speaker) if k == 0 else self.variant(text, speaker)
                when = day + timedelta(hours=self.rng.uniform(0, 48) if k else 0)
                r = Rendering(f"s{sid}-o{k}", 0, len(body), body, kind, who, f"outlet{k}", when.isoformat(),
                              ("dpa",) if k == 0 and self.rng.random() < 0.5 else (), None)  # fmt: skip
                self.truth[r.ident] = sid
                out.append(r)
        for extra in out[n:]:
            del self.truth[extra.ident]
        return out[:n]


def pair_scores(index: ClusterIndex, truth: dict[tuple[str, int, int], int]) -> tuple[float, float]:
    """Pairwise precision and recall of the clusters against the generator's statements."""
    cluster_of = {m.rendering.ident: c.id for c in index.clusters() for m in c.members}

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    gold = pairs(Counter(truth.values()))
    found = pairs(Counter(cluster_of.values()))
    both = pairs(Counter((truth[i], cluster_of[i]) for i in truth))
    return both / (found or 1), both / (gold or 1)


def run(n: int, batch: int, checks: int, days: int, progress: bool = False) -> None:
    gen = Generator(seed=n, speakers=max(50, n // 10), days=days)
    renderings = gen.renderings(n)
    index = ClusterIndex()
    started = time.perf_counter()
    last = 0.0
    for i in range(0, n, batch):
        t = time.perf_counter()
        index.add(renderings[i : i + batch])
        last = time.perf_counter() - t
        if progress:
            print(f"  {min(i + batch, n):>9,} indexed, batch {last:.2f}s", flush=True)
    total = time.perf_counter() - started
    sizes = Counter(len(c.members) for c in index.clusters())
    precision, recall = pair_scores(index, gen.truth)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"n={n:>9,}  cluster {total:8.1f}s  ({n / total:,.0f}/s; last batch of {batch:,}: {last:.2f}s)  "
          f"clusters {sum(sizes.values()):,} (multi {sum(v for k, v in sizes.items() if k > 1):,})  "
          f"pairs P {precision:.3f} R {recall:.3f}  max RSS {rss:,.0f} MB", flush=True)  # fmt: skip
    if checks:
        rng = random.Random(7)
        claims = []
        for text, speaker in rng.sample(gen.statements, min(checks, len(gen.statements))):
            roll = rng.random()
            if roll < 0.4:
                claims.append((text, speaker))
            elif roll < 0.8:
                claims.append((text.replace(" Euro", "0 Euro").replace(" nicht ", " ") + " Punkt.", speaker))
            else:
                claims.append((f"{invent(rng, 3).title()} wird {invent(rng, 2)} und {invent(rng, 2)}", None))
        latencies, verdicts = [], Counter()
        for claim, speaker in claims:
            t = time.perf_counter()
            verdicts[check(claim, speaker=speaker, index=index).verdict] += 1
            latencies.append(time.perf_counter() - t)
        latencies.sort()
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        print(f"  check at n={n:,}: median {statistics.median(latencies) * 1000:.1f} ms, "
              f"p95 {p95 * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms over {len(claims)} claims "
              f"({dict(verdicts)})", flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--batch", type=int, default=10_000, help="renderings per add() (one ingest)")
    parser.add_argument("--checks", type=int, default=200, help="check() calls at the largest size")
    parser.add_argument("--days", type=int, default=730, help="days the synthetic news span")
    parser.add_argument("--progress", action="store_true", help="print the time of every batch")
    args = parser.parse_args()
    for n in args.sizes:
        run(n, args.batch, args.checks if n == max(args.sizes) else 0, args.days, args.progress)


if __name__ == "__main__":
    main()
