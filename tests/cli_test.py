#!/usr/bin/env python3
"""Command-line tests for claimx: python3 cli_test.py CLAIMX SOURCE_DIR."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testlib import check, finish, run_claimx  # noqa: E402

CLAIMX, SRC = sys.argv[1], sys.argv[2]
PATTERNS = os.path.join(SRC, "patterns")
CORPUS = os.path.join(SRC, "corpus")
with open(os.path.join(PATTERNS, "lexicon", "numbers.tsv"), encoding="utf-8") as f:
    NUMBER_WORDS = {l.split("\t")[0] for l in f if l.strip() and not l.startswith("#")} | {"a", "half"}  # "a dozen", "half a million"
REQUIRED = ["schema_version", "doc", "doc_date", "state", "state_code", "count", "qualifier", "bound",
            "date", "date_basis", "source", "subject", "metric", "span", "count_span", "text", "rule"]


def run(args, stdin=b"", env=None, timeout=600):
    return run_claimx(CLAIMX, args, stdin, env, timeout)


def records(out):
    return [json.loads(l) for l in out.decode("utf-8").splitlines() if l.strip()]



def test_help_version_usage():
    r = run(["--help"])
    check("help exits 0", r.returncode == 0, r.returncode)
    check("help names extract", b"extract" in r.stdout)
    r = run(["extract", "--help"])
    check("extract help mentions --input-format", b"--input-format" in r.stdout)
    r = run(["--version"])
    check("version", r.returncode == 0 and r.stdout.startswith(b"claimx "), r.stdout)
    check("no subcommand is a usage error", run([]).returncode == 2)
    check("unknown option is a usage error", run(["extract", "--nope", "x"]).returncode == 2)
    check("bad --date is a usage error", run(["extract", "--date", "2020-13-01", "-"]).returncode == 2)
    check("bad -j is a usage error", run(["extract", "-j", "0", "-"]).returncode == 2)


def test_stdin_and_offsets():
    text = "date 2020-11-06 In Ohio, Jane Roe got nearly 1,234 votes, AP figures show.\n".encode()
    r = run(["--patterns", PATTERNS, "extract", "-"], stdin=text)
    check("stdin exit 0", r.returncode == 0, r.stderr)
    recs = records(r.stdout)
    check("stdin one claim", len(recs) == 1, recs)
    if recs:
        c = recs[0]
        check("stdin doc id", c["doc"] == "-")
        check("stdin fields", all(k in c for k in REQUIRED), c.keys())
        check("stdin count_span", text[c["count_span"][0]:c["count_span"][1]] == b"1,234", c["count_span"])
        check("stdin state", c["state_code"] == "OH" and c["state"] == "Ohio")
        check("stdin qualifier", c["qualifier"] == "nearly" and c["bound"] == "upper")
        check("stdin source", c["source"] == "Associated Press", c["source"])
        check("stdin date", c["date"] == "2020-11-06" and c["date_basis"] == "document")


def test_no_claims_exit_zero():
    r = run(["--patterns", PATTERNS, "extract", "-"], stdin=b"Nothing to see here, 12 apples.\n")
    check("no claims exit 0", r.returncode == 0 and r.stdout == b"", (r.returncode, r.stdout))
    r = run(["--patterns", PATTERNS, "extract", "-"], stdin=b"")
    check("empty input exit 0", r.returncode == 0 and r.stdout == b"")


def test_jsonl_input():
    lines = [
        json.dumps({"id": "a", "text": "In Utah, Jane Roe got 4,053 votes.", "date": "2020-11-05"}),
        "{not json",
        json.dumps({"text": "Tennessee: 10,195"}),
        json.dumps({"id": "c", "text": "x", "date": "yesterday"}),
    ]
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "in.jsonl")
        with open(p, "w") as f:
            f.write("\n".join(lines) + "\n")
        r = run(["--patterns", PATTERNS, "extract", "--input-format", "jsonl", p])
        check("jsonl partial failure exits 1", r.returncode == 1, r.returncode)
        check("jsonl error names line 2", b"in.jsonl:2:" in r.stderr, r.stderr)
        check("jsonl error names line 4", b"in.jsonl:4:" in r.stderr, r.stderr)
        recs = records(r.stdout)
        check("jsonl records processed", [c["doc"] for c in recs] == ["a", p + ":3"], [c["doc"] for c in recs])
        if recs:
            check("jsonl date used", recs[0]["date"] == "2020-11-05" and recs[0]["doc_date"] == "2020-11-05")
            check("jsonl offsets index the text value", recs[0]["count_span"] == [22, 27], recs[0]["count_span"])


def test_missing_and_binary_inputs():
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "a.txt"), "w") as f:
            f.write("In Iowa, Jane Roe got 3,179 votes.\n")
        with open(os.path.join(d, "b.txt"), "wb") as f:
            f.write(b"In Iowa, Jane Roe got 9,999 votes.\x00\x01\x02\n")
        r = run(["--patterns", PATTERNS, "extract", d])
        check("binary skipped while walking: exit 0", r.returncode == 0, r.stderr)
        check("binary skipped message", b"b.txt" in r.stderr and b"binary" in r.stderr, r.stderr)
        check("walk ids are relative", [c["doc"] for c in records(r.stdout)] == ["a.txt"])
        r = run(["--patterns", PATTERNS, "extract", os.path.join(d, "b.txt")])
        check("binary named is processed", r.returncode == 0 and len(records(r.stdout)) == 1, r.stderr)
        missing = os.path.join(d, "nope.txt")
        r = run(["--patterns", PATTERNS, "extract", missing, os.path.join(d, "a.txt")])
        check("missing input exit 1", r.returncode == 1, r.returncode)
        check("missing input named", missing.encode() in r.stderr, r.stderr)
        check("rest processed", len(records(r.stdout)) == 1)
        r = run(["--patterns", PATTERNS, "extract", "--stats", d, missing])
        stats = json.loads(r.stderr.decode().strip().splitlines()[-1])
        check("stats account for every input",
              stats["documents"] == 1 and stats["skipped"] == {"binary": 1} and sum(stats["failed"].values()) == 1,
              stats)


def test_broken_patterns():
    with tempfile.TemporaryDirectory() as d:
        bad = os.path.join(d, "patterns")
        shutil.copytree(PATTERNS, bad)
        rules = os.path.join(bad, "rules.txt")
        with open(rules) as f:
            lines = f.read().split("\n")
        n = next(i for i, l in enumerate(lines) if l.strip().startswith("pattern:"))
        lines[n] = "  pattern: (?P<num>\\d+)(unclosed"
        with open(rules, "w") as f:
            f.write("\n".join(lines))
        r = run(["--patterns", bad, "extract", "-"], stdin=b"In Ohio, Jane Roe got 1,234 votes.")
        check("broken pattern exit 2", r.returncode == 2, r.returncode)
        check("broken pattern names file and line", f"rules.txt:{n + 1}:".encode() in r.stderr, r.stderr)
        check("broken pattern gives RE2's reason", b"missing )" in r.stderr, r.stderr)
        check("broken pattern: no output", r.stdout == b"")
        r = run(["extract", "-"], stdin=b"In Ohio, Jane Roe got 1,234 votes.", env={"CLAIMX_PATTERNS": bad})
        check("CLAIMX_PATTERNS is used", r.returncode == 2, r.returncode)
        r = run(["--patterns", os.path.join(d, "none"), "extract", "-"], stdin=b"")
        check("missing patterns folder exit 2", r.returncode == 2)


def test_output_file_and_jobs():
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "out.jsonl")
        r1 = run(["--patterns", PATTERNS, "extract", "-j", "1", CORPUS])
        r2 = run(["--patterns", PATTERNS, "extract", "-j", "2", "-o", out, CORPUS])
        check("-o exit 0", r2.returncode == 0 and r2.stdout == b"", r2.stderr)
        with open(out, "rb") as f:
            data = f.read()
        check("-j 2 output identical to -j 1", data == r1.stdout and len(data) > 0)
        check("no temporary file left", os.listdir(d) == ["out.jsonl"], os.listdir(d))
        r = run(["--patterns", PATTERNS, "extract", "-o", os.path.join(d, "no", "such", "dir.jsonl"), CORPUS])
        check("unwritable -o exit 2", r.returncode == 2, r.returncode)
        if os.path.exists("/dev/full"):
            r = run(["--patterns", PATTERNS, "extract", "-o", "/dev/full", CORPUS])
            check("full disk exit 2", r.returncode == 2, (r.returncode, r.stderr))
        recs = records(r1.stdout)
        check("every record has every required field", all(all(k in c for k in REQUIRED) for c in recs))
        ok = True
        for c in recs:
            with open(os.path.join(CORPUS, c["doc"]), "rb") as f:
                b = f.read()
            s = b[c["count_span"][0]:c["count_span"][1]].decode("utf-8")
            first = s.split()[0].lower().split("-")[0]
            ok &= any(ch.isdigit() for ch in s) or first in NUMBER_WORDS
            ok &= c["span"][0] <= c["count_span"][0] < c["count_span"][1] <= c["span"][1]
        check("count_span slices the number as written", ok)


def test_builtin_patterns():
    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "claimx")
        shutil.copy(CLAIMX, exe)
        r = subprocess.run([exe, "extract", "-"], input=b"Tennessee: 10,195", capture_output=True, cwd=d)
        check("built-in patterns work anywhere", r.returncode == 0 and len(records(r.stdout)) == 1, r.stderr)


for name, fn in list(globals().items()):
    if name.startswith("test_"):
        fn()
finish()
