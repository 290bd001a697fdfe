#!/usr/bin/env python3
"""Golden files: golden/<doc>.jsonl holds the reviewed output of
`claimx extract <doc>` run inside corpus/ for every corpus/<doc>.txt.

  tools/golden.py bless [--claimx BIN]         regenerate every golden file
  tools/golden.py check [--claimx BIN] DOC...  compare; print a field-level diff

Review a bless with `git diff golden/`; never edit golden files by hand.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(claimx, root, doc):
    p = subprocess.run([claimx, "--patterns", os.path.join(root, "patterns"), "extract", doc],
                       cwd=os.path.join(root, "corpus"), capture_output=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"golden: claimx failed on {doc} (exit {p.returncode})")
    return p.stdout


def golden_path(root, doc):
    return os.path.join(root, "golden", os.path.splitext(doc)[0] + ".jsonl")


def key(r):
    return (r.get("span", [0])[0], r.get("count_span", [0])[0], r.get("state_code"), r.get("count"))


def diff(expected, actual):
    exp = [json.loads(l) for l in expected.splitlines() if l.strip()]
    act = [json.loads(l) for l in actual.splitlines() if l.strip()]
    out = []
    em = {key(r): r for r in exp}
    am = {key(r): r for r in act}
    for k, r in em.items():
        if k not in am:
            out.append(f"- missing: {r['state_code']} {r['count']} ({r['rule']}): {r['text'][:90]}")
    for k, r in am.items():
        if k not in em:
            out.append(f"+ new:     {r['state_code']} {r['count']} ({r['rule']}): {r['text'][:90]}")
    for k, r in em.items():
        if k in am:
            a = am[k]
            for f in sorted(set(r) | set(a)):
                if r.get(f) != a.get(f):
                    out.append(f"~ {r['state_code']} {r['count']}  {f}: expected {r.get(f)!r}, got {a.get(f)!r}")
    if not out and expected != actual:
        out.append("~ same records, different bytes (order or formatting)")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cmd", choices=["bless", "check"])
    ap.add_argument("docs", nargs="*")
    ap.add_argument("--claimx", default=os.path.join(ROOT, "build", "claimx"))
    ap.add_argument("--root", default=ROOT)
    a = ap.parse_intermixed_args()
    corpus = os.path.join(a.root, "corpus")
    docs = a.docs or sorted(d for d in os.listdir(corpus) if d.endswith(".txt"))
    failed = 0
    for doc in docs:
        out = run(a.claimx, a.root, doc)
        path = golden_path(a.root, doc)
        if a.cmd == "bless":
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(out)
            continue
        try:
            with open(path, "rb") as f:
                expected = f.read()
        except OSError:
            print(f"{doc}: no golden file {os.path.relpath(path, a.root)}; run tools/golden.py bless")
            failed += 1
            continue
        if expected != out:
            failed += 1
            print(f"{doc}: output differs from {os.path.relpath(path, a.root)}:")
            for line in diff(expected.decode("utf-8"), out.decode("utf-8")):
                print("  " + line)
    if a.cmd == "bless":
        print(f"blessed {len(docs)} golden files; review with: git diff golden/")
        return 0
    print(f"{len(docs) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
