#!/usr/bin/env python3
"""Hostile input and faults (README "Bad input"): python3 hostile_test.py CLAIMX SOURCE_DIR [many].

Every case asserts what claimx does: the exit code, the message, that the
output is valid JSON Lines, and that --stats accounts for every input.
With "many" as third argument, only the 100,000-file case runs (slow: its
own CTest test).
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from testlib import check, finish, run_claimx  # noqa: E402

CLAIMX, SRC = sys.argv[1], sys.argv[2]
ONLY_MANY = len(sys.argv) > 3 and sys.argv[3] == "many"
CORPUS = os.path.join(SRC, "corpus")
CLAIM = "In Ohio, officials counted 12,345 votes.\n"


def run(args, stdin=b"", env=None, timeout=300):
    return run_claimx(CLAIMX, args, stdin, env, timeout)


def records(out):
    """Parses JSON Lines; raises on anything that is not one JSON object per line."""
    recs = []
    for line in out.decode("utf-8").split("\n"):
        if line:
            recs.append(json.loads(line))
    return recs


def valid_jsonl(out):
    try:
        records(out)
        return True
    except (ValueError, UnicodeDecodeError):
        return False


def stats(stderr):
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines() if l.startswith("{")]
    return json.loads(lines[-1]) if lines else {}


def accounted(st):
    return st.get("documents", 0) + sum(st.get("skipped", {}).values()) + sum(st.get("failed", {}).values())



def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def test_invalid_utf8():
    # Invalid bytes, an overlong form, an encoded surrogate, a truncated sequence.
    text = b"In Ohio, \xff\xfe officials \xc0\xaf counted \xed\xa0\x80 12,345 votes \xe2\x82.\n"
    r = run(["extract", "-"], text)
    check("invalid UTF-8: exit 0", r.returncode == 0, r.stderr)
    check("invalid UTF-8: valid JSON", valid_jsonl(r.stdout), r.stdout)
    recs = records(r.stdout) if valid_jsonl(r.stdout) else []
    check("invalid UTF-8: the claim is found", len(recs) == 1, recs)
    if recs:
        c = recs[0]
        check("invalid UTF-8: record flagged lossy", c.get("lossy") is True, c)
        check("invalid UTF-8: U+FFFD in the evidence", "\ufffd" in c["text"], c["text"])
        check("invalid UTF-8: count_span exact in the input bytes",
              text[c["count_span"][0]:c["count_span"][1]] == b"12,345", c["count_span"])
        check("invalid UTF-8: span exact", text[c["span"][0]:c["span"][1]].startswith(b"In Ohio"), c["span"])


def test_utf16():
    body = "date 2020-11-05 In Ohio, officials counted 12,345 votes \u2014 a record.\n"
    for name, bom, enc in (("LE", b"\xff\xfe", "utf-16-le"), ("BE", b"\xfe\xff", "utf-16-be")):
        data = bom + body.encode(enc)
        with tempfile.TemporaryDirectory() as d:
            write(os.path.join(d, "a.txt"), data)
            r = run(["extract", "--stats", d])
            st = stats(r.stderr)
            check(f"UTF-16 {name}: walked, not skipped as binary", st.get("documents") == 1 and not st.get("skipped"), st)
            recs = records(r.stdout)
            check(f"UTF-16 {name}: one claim", len(recs) == 1, (recs, r.stderr))
            if recs:
                c = recs[0]
                check(f"UTF-16 {name}: count", c["count"] == 12345 and c["state_code"] == "OH", c)
                check(f"UTF-16 {name}: offsets count UTF-16 bytes",
                      data[c["count_span"][0]:c["count_span"][1]].decode(enc) == "12,345", c["count_span"])
                check(f"UTF-16 {name}: span decodes to the evidence",
                      data[c["span"][0]:c["span"][1]].decode(enc) == c["text"], (c["span"], c["text"]))
                check(f"UTF-16 {name}: header date", c["doc_date"] == "2020-11-05", c["doc_date"])
    # A lone surrogate in UTF-16 is replaced and flagged.
    data = b"\xff\xfe" + "In Ohio, ".encode("utf-16-le") + b"\x00\xd8" + " 12,345 votes.".encode("utf-16-le")
    r = run(["extract", "-"], data)
    recs = records(r.stdout)
    check("UTF-16 lone surrogate: claim found and flagged", len(recs) == 1 and recs[0].get("lossy") is True, recs)


def test_nul_bytes():
    with tempfile.TemporaryDirectory() as d:
        write(os.path.join(d, "a.txt"), CLAIM.encode())
        write(os.path.join(d, "b.txt"), b"\x00\x01\x02 In Ohio, 5,000 votes.\x00")
        r = run(["extract", "--stats", d])
        st = stats(r.stderr)
        check("NUL while walking: exit 0", r.returncode == 0, r.returncode)
        check("NUL while walking: skipped as binary, counted", st.get("skipped") == {"binary": 1}, st)
        check("NUL while walking: message names the file", b"b.txt" in r.stderr, r.stderr)
        r = run(["extract", os.path.join(d, "b.txt")])
        check("NUL in a named file: processed as text", r.returncode == 0 and len(records(r.stdout)) == 1, r.stdout)


def test_empty_and_line_ends():
    with tempfile.TemporaryDirectory() as d:
        write(os.path.join(d, "empty.txt"), b"")
        r = run(["extract", "--stats", os.path.join(d, "empty.txt")])
        check("empty file: exit 0, no output, counted", r.returncode == 0 and r.stdout == b""
              and stats(r.stderr).get("documents") == 1, (r.returncode, r.stderr))
    for name, sep in (("CRLF", b"\r\n"), ("CR", b"\r")):
        text = b"date 2020-11-05" + sep + sep + b"In Ohio, officials counted 12,345 votes." + sep
        r = run(["extract", "-"], text)
        recs = records(r.stdout)
        check(f"{name} line ends: claim and header date", len(recs) == 1 and recs[0]["doc_date"] == "2020-11-05", recs)
        if recs:
            c = recs[0]
            check(f"{name} line ends: offsets exact", text[c["count_span"][0]:c["count_span"][1]] == b"12,345")


def test_long_line_and_limit():
    # A 10 MB line with no spaces, then a claim: bounded work, valid output.
    data = b"x" * (10 << 20) + b" " + CLAIM.encode()
    r = run(["extract", "-"], data)
    check("10 MB line without spaces: exit 0", r.returncode == 0, r.stderr[-300:])
    check("10 MB line without spaces: the claim after it", [c["count"] for c in records(r.stdout)] == [12345])
    # A 10 MB line of numbers and state names without sentence ends.
    dense = b"Ohio 1,234 Texas 5,678 " * ((10 << 20) // 24)
    r = run(["extract", "--stats", "-"], dense)
    check("dense 10 MB line: exit 0 and valid JSON", r.returncode == 0 and valid_jsonl(r.stdout), r.stderr[-300:])
    # Larger than --max-doc-bytes: refused, counted, the rest goes on; stdin too.
    with tempfile.TemporaryDirectory() as d:
        write(os.path.join(d, "big.txt"), CLAIM.encode() * 100)
        write(os.path.join(d, "small.txt"), CLAIM.encode())
        r = run(["extract", "--stats", "--max-doc-bytes", "1000", d])
        st = stats(r.stderr)
        check("too large: exit 1", r.returncode == 1, r.returncode)
        check("too large: message names file and limit", b"big.txt" in r.stderr and b"--max-doc-bytes" in r.stderr, r.stderr)
        check("too large: counted as failed", st.get("failed") == {"too_large": 1} and st.get("documents") == 1, st)
        check("too large: the rest processed", len(records(r.stdout)) == 1)
        r = run(["extract", "--max-doc-bytes", "1000", "-"], CLAIM.encode() * 100)
        check("too large on stdin: exit 1", r.returncode == 1 and r.stdout == b"", r.returncode)
        jl = (json.dumps({"id": "a", "text": CLAIM * 100}) + "\n" + json.dumps({"id": "b", "text": CLAIM}) + "\n")
        write(os.path.join(d, "in.jsonl"), jl.encode())
        r = run(["extract", "--input-format", "jsonl", "--max-doc-bytes", "1000", os.path.join(d, "in.jsonl")])
        check("too large JSONL record: named by line, the rest processed",
              r.returncode == 1 and b"in.jsonl:1" in r.stderr and [c["doc"] for c in records(r.stdout)] == ["b"],
              (r.returncode, r.stderr))
    r = run(["extract", "--max-doc-bytes", "0", "-"])
    check("--max-doc-bytes 0 is a usage error", r.returncode == 2, r.returncode)


def test_unreadable_paths():
    with tempfile.TemporaryDirectory() as d:
        write(os.path.join(d, "a.txt"), CLAIM.encode())
        os.symlink("loop2.txt", os.path.join(d, "loop1.txt"))
        os.symlink("loop1.txt", os.path.join(d, "loop2.txt"))
        os.symlink("nowhere.txt", os.path.join(d, "dangling.txt"))
        os.symlink(".", os.path.join(d, "self"))  # a folder loop: not followed
        os.mkfifo(os.path.join(d, "fifo.txt"))
        os.mkdir(os.path.join(d, "folder.txt"))  # a folder named like a file: walked
        write(os.path.join(d, "folder.txt", "inner.txt"), CLAIM.encode())
        r = run(["extract", "--stats", d], timeout=60)
        st = stats(r.stderr)
        check("unreadable entries: exit 1", r.returncode == 1, (r.returncode, r.stderr))
        check("unreadable entries: readable ones processed", len(records(r.stdout)) == 2, r.stdout)
        check("symlink loop reported", b"loop1.txt" in r.stderr and b"loop2.txt" in r.stderr, r.stderr)
        check("dangling symlink reported", b"dangling.txt" in r.stderr, r.stderr)
        check("FIFO met while walking reported, not read", b"fifo.txt" in r.stderr, r.stderr)
        check("every walked entry accounted for", accounted(st) == 6 and st.get("documents") == 2, st)
        missing = os.path.join(d, "a.txt", "under-a-file.txt")
        r = run(["extract", "--stats", missing, os.path.join(d, "a.txt")])
        check("a path through a file: exit 1, the rest processed", r.returncode == 1 and len(records(r.stdout)) == 1,
              r.returncode)
        check("a path through a file: named", missing.encode() in r.stderr, r.stderr)


def test_output_faults():
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "out.jsonl")
        # Interrupted while reading stdin: no output file, no temporary file.
        for sig in (signal.SIGINT, signal.SIGTERM):
            p = subprocess.Popen([CLAIMX, "extract", "-o", out, "-"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            p.stdin.write(CLAIM.encode())
            p.stdin.flush()
            for _ in range(100):  # wait for the temporary file
                if os.listdir(d):
                    break
                time.sleep(0.05)
            p.send_signal(sig)
            p.wait(timeout=30)
            p.stdin.close()
            check(f"{signal.Signals(sig).name}: the run dies of the signal", p.returncode == -sig, p.returncode)
            check(f"{signal.Signals(sig).name}: nothing left behind", os.listdir(d) == [], os.listdir(d))
        # A FIFO as -o is written straight through.
        fifo = os.path.join(d, "out.fifo")
        os.mkfifo(fifo)
        reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE)
        r = run(["extract", "-o", fifo, "-"], CLAIM.encode())
        got = reader.communicate(timeout=30)[0]
        check("-o FIFO: written through", r.returncode == 0 and len(records(got)) == 1, (r.returncode, got))
        os.unlink(fifo)
        if os.path.exists("/dev/full"):
            r = run(["extract", "-o", "/dev/full", "-"], CLAIM.encode())
            check("full disk: exit 2 with a message", r.returncode == 2 and b"/dev/full" in r.stderr, r.stderr)
    # A closed pipe ends quietly.
    p1 = subprocess.Popen([CLAIMX, "extract", CORPUS, CORPUS, CORPUS], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p2 = subprocess.Popen(["head", "-1"], stdin=p1.stdout, stdout=subprocess.PIPE)
    p1.stdout.close()
    first = p2.communicate(timeout=60)[0]
    err = p1.communicate(timeout=60)[1]
    check("closed pipe: quiet", p1.returncode == 0 and err == b"", (p1.returncode, err))
    check("closed pipe: the reader got its line", len(records(first)) == 1)


def test_stats_and_determinism():
    r = run(["extract", "--stats", CORPUS])
    st = stats(r.stderr)
    n = len([f for f in os.listdir(CORPUS) if f.endswith(".txt")])
    check("stats: every corpus file counted", accounted(st) == n, (st, n))
    check("stats: seconds", isinstance(st.get("seconds"), float) and st["seconds"] >= 0, st)
    check("stats: claims match the output", st.get("claims") == len(records(r.stdout)), st)
    base = r.stdout
    for env in ({"LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"}, {"LC_ALL": "C"}, {"LANG": "de_DE.ISO-8859-1"},
                {"TZ": "Pacific/Kiritimati"}, {"TZ": "America/Adak"}):
        r = run(["extract", "-j", "2", CORPUS], env=env)
        check(f"same bytes with {env}", r.stdout == base)


def test_many_files():
    n = 100_000
    with tempfile.TemporaryDirectory() as d:
        for i in range(n):
            sub = os.path.join(d, f"{i // 1000:03d}")
            if i % 1000 == 0:
                os.mkdir(sub)
            with open(os.path.join(sub, f"{i:06d}.txt"), "w") as f:
                f.write(CLAIM if i % 10 == 0 else "Nothing to count here.\n")
        r = run(["extract", "-j", "2", "--stats", d], timeout=1200)
        st = stats(r.stderr)
        check("100,000 files: exit 0", r.returncode == 0, r.stderr[-500:])
        check("100,000 files: all read", st.get("documents") == n, st)
        recs = records(r.stdout)
        check("100,000 files: claims in walk order", len(recs) == n // 10 and recs[0]["doc"] == "000/000000.txt"
              and recs[-1]["doc"] == "099/099990.txt", (len(recs), recs[:1]))


if ONLY_MANY:
    test_many_files()
else:
    for name, fn in list(globals().items()):
        if name.startswith("test_") and name != "test_many_files":
            fn()
finish()
