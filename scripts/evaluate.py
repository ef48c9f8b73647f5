"""Score `quoteverify extract` on the shared evaluation sets (not a test).

Runs the extractor over ../shared/eval/{dev,wikinews}, times it, and calls the
shared scorer; pass --errors to list unmatched gold and predicted spans.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sets", nargs="*", default=["dev", "wikinews"])
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
