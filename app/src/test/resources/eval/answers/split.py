#!/usr/bin/env python3
"""Splits an answer development set once into `tune` and `validate` halves, stratified by question
type, with a fixed seed: `python3 split.py IN.jsonl OUT.jsonl`. Run once per set, before any code is
tuned on it; the split is then kept in git and never redrawn (thresholds are chosen on `tune`, figures
reported on `validate`)."""
import json
import random
import sys
from collections import defaultdict

SEED = 14


def main(source, target):
    rows = [json.loads(line) for line in open(source, encoding="utf-8") if line.strip()]
    by_type = defaultdict(list)
    for row in rows:
        by_type[row.get("type", row["kind"])].append(row)
    rng = random.Random(SEED)
    for kind in sorted(by_type):
        group = by_type[kind]
        rng.shuffle(group)
        for i, row in enumerate(group):
            row["split"] = "tune" if i % 2 == 0 else "validate"
    with open(target, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
