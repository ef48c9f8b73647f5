"""Score `quoteverify extract` on the shared evaluation sets (not a test).

Runs the extractor over ../shared/eval/{dev,wikinews}, times it, and calls the
shared scorer; pass --errors to list unmatched gold and predicted spans.
Where the gold has no canonical speakers (wikinews) it adds a proxy for them:
see canonical_proxy.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quoteverify.io import InputError, read_inputs
from quoteverify.pipeline import extract_quotes

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def run(name: str, out_dir: Path) -> Path:
    articles = EVAL / name / "articles.jsonl"
    pred = out_dir / f"pred_{name}.jsonl"
    started = time.perf_counter()
    n_articles = n_quotes = 0
    with pred.open("w", encoding="utf-8") as out:
        for item in read_inputs([str(articles)]):
            if isinstance(item, InputError):
                print(f"error: {item}", file=sys.stderr)
                continue
            n_articles += 1
            for q in extract_quotes(item):
                n_quotes += 1
                out.write(json.dumps(q.to_json(), ensure_ascii=False) + "\n")
    took = time.perf_counter() - started
    print(f"== {name}: {n_articles} articles, {n_quotes} quotes in {took:.2f} s")
    return pred


def _segments(row: dict) -> list[tuple[int, int]]:
    """The characters of an instance: gold indirect speech interrupted by its frame has pieces."""
    return [tuple(seg) for seg in row.get("segments") or [(row["start"], row["end"])]]


def _overlap_jaccard(a: dict, b: dict) -> float:
    """Character Jaccard as score.py computes it (segments count, the frame between them not)."""
    sa, sb = _segments(a), _segments(b)
    inter = sum(max(0, min(a1, b1) - max(a0, b0)) for a0, a1 in sa for b0, b1 in sb)
    union = sum(e - s for s, e in sa) + sum(e - s for s, e in sb) - inter
    return inter / union if inter and union else 0.0


def list_errors(name: str, pred: Path, limit: int) -> None:
    """Unmatched gold (missed) and unmatched predictions (false alarms), with context."""
    base = EVAL / name
    texts = {a["id"]: a["text"] for a in map(json.loads, (base / "articles.jsonl").open())}
    gold = [g for g in map(json.loads, (base / "gold.jsonl").open())]
    neutral = [n for n in map(json.loads, (base / "neutral.jsonl").open())]
    preds = [p for p in map(json.loads, pred.open())]

    def by_article(rows):
        out: dict[str, list[dict]] = {}
        for r in rows:
            out.setdefault(r["article"], []).append(r)
        return out

    g_by, p_by, n_by = by_article(gold), by_article(preds), by_article(neutral)

    def show(tag: str, row: dict) -> str:
        t = texts[row["article"]]
        ctx = t[max(0, row["start"] - 60) : row["start"]] + "⟦" + t[row["start"] : row["end"]] + "⟧"
        ctx += t[row["end"] : row["end"] + 40]
        return f"  {tag} {row['article']} {row['kind']}: " + ctx.replace("\n", " ¶ ")

    for kinds, label in ((("direct", "partial"), "quotes"), (("indirect",), "indirect")):
        missed, alarms = [], []
        for aid in texts:
            gs = [g for g in g_by.get(aid, []) if g["kind"] in kinds]
            ps = [p for p in p_by.get(aid, []) if p["kind"] in kinds]
            missed += [g for g in gs if not any(_overlap_jaccard(g, p) >= 0.5 for p in ps)]
            alarms += [
                p for p in ps
                if not any(_overlap_jaccard(g, p) >= 0.5 for g in gs + n_by.get(aid, []))
            ]
        print(f"-- {name} {label}: {len(missed)} missed, {len(alarms)} false alarms (first {limit} each)")
        for row in missed[:limit]:
            print(show("MISSED", row))
        for row in alarms[:limit]:
            print(show("ALARM ", row))


def _matched_pairs(gs: list[dict], ps: list[dict]) -> list[tuple[dict, dict]]:
    """Gold and predicted instances of one article paired as score.py pairs them
    (greedy one-to-one by character Jaccard, at least 0.5)."""
    pairs = sorted(
        (-j, gi, pi) for gi, g in enumerate(gs) for pi, p in enumerate(ps)
        if (j := _overlap_jaccard(g, p)) >= 0.5
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gs[gi], ps[pi]))
    return out


def canonical_proxy(name: str, pred: Path) -> None:
    """Where the gold has mentions but no canonical names (wikinews): on matched pairs whose
    gold speaker span holds a full name (a listed given name and a surname), how often our
    canonical speaker contains that surname. A proxy for canonical accuracy, not score.py's."""
    from quoteverify import lexicon

    given = lexicon.first_names()
    base = EVAL / name
    gold = [g for g in map(json.loads, (base / "gold.jsonl").open())]
    preds = [p for p in map(json.loads, pred.open())]
    if any(g.get("speaker") for g in gold):
        return  # score.py measures canonical speakers itself
    for label, direct in (("quotes", True), ("indirect", False)):
        hits = total = 0
        gs = [g for g in gold if (g["kind"] != "indirect") == direct]
        ps = [p for p in preds if (p["kind"] != "indirect") == direct]
        by_article: dict[str, tuple[list[dict], list[dict]]] = {}
        for g in gs:
            by_article.setdefault(g["article"], ([], []))[0].append(g)
        for p in ps:
            by_article.setdefault(p["article"], ([], []))[1].append(p)
        for a_gold, a_pred in by_article.values():
            for g, p in _matched_pairs(a_gold, a_pred):
                surnames = [
                    words[i + 1].removesuffix("s")
                    for s in g.get("speaker_spans") or []
                    for words in [s["text"].replace("(", " ").replace(")", " ").replace(",", " ").split()]
                    for i in range(len(words) - 1)
                    if words[i] in given and words[i + 1][:1].isupper()
                ]
                if surnames:
                    total += 1
                    hits += any(n in (p.get("speaker") or "") for n in surnames)
        if total:
            print(f"-- {name} canonical speaker proxy ({label}): {hits}/{total} = {hits / total:.3f}")


def list_speaker_errors(name: str, pred: Path, kinds: tuple[str, ...]) -> None:
    """Matched quotes whose speaker_mention overlaps none of the gold speaker spans
    (score.py's spkMen), grouped by the rule that decided them, with context."""
    base = EVAL / name
    texts = {a["id"]: a["text"] for a in map(json.loads, (base / "articles.jsonl").open())}
    gold = [g for g in map(json.loads, (base / "gold.jsonl").open()) if g["kind"] in kinds]
    preds = [p for p in map(json.loads, pred.open()) if p["kind"] in kinds]
    wrong: dict[str, list[str]] = {}
    for aid, text in texts.items():
        for g, p in _matched_pairs([g for g in gold if g["article"] == aid],
                                   [p for p in preds if p["article"] == aid]):
            spans = g.get("speaker_spans") or ([g["speaker_mention"]] if g.get("speaker_mention") else [])
            m = p.get("speaker_mention")
            ok = not m if not spans else m is not None and any(
                min(s["end"], m["end"]) > max(s["start"], m["start"]) for s in spans)
            if ok:
                continue
            lo = min([g["start"], *(s["start"] for s in spans), *([m["start"]] if m else [])]) - 40
            hi = max([g["end"], *(s["end"] for s in spans), *([m["end"]] if m else [])]) + 40
            ctx = text[max(0, lo) : g["start"]] + "⟦…⟧" + text[g["end"] : hi]
            gold_txt = " | ".join(s["text"] for s in spans) or "-"
            wrong.setdefault(p.get("rule") or "none", []).append(
                f"  {aid} gold={gold_txt!r} pred={(m or {}).get('text')!r}: " + ctx.replace("\n", " ¶ "))
    total = sum(len(v) for v in wrong.values())
    print(f"-- {name} speaker mentions ({'/'.join(kinds)}): {total} wrong on matched pairs")
    for rule, rows in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
        print(f" [{rule}] {len(rows)}")
        for row in rows:
            print(row)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sets", nargs="*", default=["dev", "wikinews"])
    parser.add_argument("--errors", type=int, metavar="N", default=0,
                        help="list the first N missed and falsely found spans per set")
    parser.add_argument("--speakers", action="store_true",
                        help="list matched quotes in marks whose speaker mention misses the gold")
    args = parser.parse_args()
    if not (EVAL / "score.py").exists():
        print(f"error: {EVAL}: evaluation data not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            pred = run(name, Path(tmp))
            subprocess.run(
                [
                    sys.executable, str(EVAL / "score.py"), "extract",
                    "--articles", str(EVAL / name / "articles.jsonl"),
                    "--gold", str(EVAL / name / "gold.jsonl"),
                    "--neutral", str(EVAL / name / "neutral.jsonl"),
                    "--pred", str(pred),
                ],
                check=False,
            )
            canonical_proxy(name, pred)
            if args.errors:
                list_errors(name, pred, args.errors)
            if args.speakers:
                list_speaker_errors(name, pred, ("direct", "partial"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
