#!/usr/bin/env python3
"""End-to-end throughput benchmark for claimx (stdlib only).

    python3 tools/bench/run.py /tmp/claimx-bench/100MB            # 5 interleaved rounds
    python3 tools/bench/run.py /tmp/claimx-bench/10MB --rounds 3 --json out.json
    python3 tools/bench/run.py --worst                            # /tmp/claimx-bench/worst

For a corpus folder made by gen_corpus.py it times, interleaved round-robin,
    claimx extract -j 1 DIR -o /dev/null, and -j 2
    cat of the same files (the read ceiling)
    rg -j1 --no-unicode -c CANDIDATE-REGEX (a state name and a digit in one sentence)
    node wink_detect.js (wink-nlp sentence split + state + number token; small corpora only)
and reports per command the median wall time, MB/s (input bytes / median wall
seconds, 1 MB = 10^6 bytes) and the peak RSS of that child (ru_maxrss from
os.wait4), then ratios against claimx -j1. It checks once that -j1 and -j2
write byte-identical output. See tools/bench/README.md.
"""

import argparse
import filecmp
import json
import os
import platform
import shutil
import signal
import stat
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
WORST_DIR = "/tmp/claimx-bench/worst"
WORST_FILES = ["dense.txt", "long_line.txt", "no_space.txt", "huge.txt"]


def load_states():
    with open(os.path.join(HERE, "states.txt"), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def candidate_regex():
    """A state name and a digit in one sentence: no . ! ? between them, either order.

    Run with rg --no-unicode, so \\b is an ASCII word boundary and [^.!?] any
    other byte; rg matches within a line, so a newline also ends the span."""
    alt = "(?:%s)" % "|".join(sorted(load_states(), key=len, reverse=True))
    return r"\b%s\b[^.!?\n]*[0-9]|[0-9][^.!?\n]*\b%s\b" % (alt, alt)


def txt_files(root):
    """The *.txt files under root, in the order claimx walks them (sorted relative paths)."""
    out = []
    for dirpath, dirnames, names in os.walk(root):
        for n in names:
            if n.endswith(".txt"):
                out.append(os.path.relpath(os.path.join(dirpath, n), root))
    out.sort(key=lambda p: p.replace(os.sep, "/"))
    return out


# Peak RSS: a child forked from this Python process starts life with Python's
# resident set, and Linux keeps that high-water mark in ru_maxrss across exec,
# so os.wait4 on a direct child never reports less than Python's own RSS
# (~15 MiB, more with a long file list). GNU time forks the command from a
# ~1 MiB process and reports that grandchild's ru_maxrss (its wait4 rusage)
# alone, so it is used when present; otherwise wait4 on the direct child,
# with that floor noted.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_once(argv, stdout="/dev/null", cwd=None, timeout=None):
    """Runs argv; returns wall seconds, the command's peak RSS (KiB), exit code, stderr tail."""
    with open(stdout, "wb") as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(prefix="claimx-bench-rss-") as rssf:
        if GNU_TIME:
            argv = [GNU_TIME, "-f", "%M", "-o", rssf.name, "--"] + list(argv)
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd,
                             start_new_session=True)
        timer = None
        killed = []
        if timeout:
            def kill():
                killed.append(True)
                try:
                    os.killpg(p.pid, signal.SIGKILL)   # its own group: GNU time and the command
                except ProcessLookupError:
                    pass
            timer = threading.Timer(timeout, kill)
            timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
        except BaseException:              # Ctrl-C: the child is in its own session, stop it too
            os.killpg(p.pid, signal.SIGKILL)
            os.wait4(p.pid, 0)
            raise
        t1 = time.perf_counter()
        if timer:
            timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        err.seek(0)
        tail = err.read()[-2000:].decode("utf-8", "replace")
        rss = ru.ru_maxrss
        if GNU_TIME:
            # GNU time exits with the command's status, writes "Command exited with
            # non-zero status N" before %M on failure, and dies with a killed child.
            lines = rssf.read().decode("ascii", "replace").split()
            rss = int(lines[-1]) if lines and lines[-1].isdigit() else rss
    return {"seconds": t1 - t0, "rss_kib": rss, "rc": p.returncode,
            "timeout": bool(killed), "stderr": tail}


def rss_method():
    if GNU_TIME:
        return "GNU time %M (ru_maxrss of the command alone)"
    import resource
    return ("os.wait4 ru_maxrss of the child; includes this Python's RSS at fork, so values up to "
            "%.0f MiB are a floor, not the command's" % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0))


def tool_version(argv):
    try:
        r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
        return r.stdout.decode("utf-8", "replace").strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return None


def find_claimx(path):
    if os.path.exists(path):
        return os.path.abspath(path)
    if not os.path.isabs(path) and os.path.exists(os.path.join(REPO, path)):
        return os.path.join(REPO, path)
    sys.exit("run.py: no claimx binary at %s (build it, or pass --claimx PATH)" % path)


def ensure_wink(node, npm, notes):
    """wink-nlp into tools/bench/node_modules (git-ignored), versions from package.json."""
    if not node:
        notes.append("wink-nlp skipped: node not found")
        return False
    mods = os.path.join(HERE, "node_modules")
    if all(os.path.isdir(os.path.join(mods, m)) for m in ("wink-nlp", "wink-eng-lite-web-model")):
        return True
    if not npm:
        notes.append("wink-nlp skipped: npm not found to install it")
        return False
    print("installing wink-nlp into %s ..." % mods, flush=True)
    r = subprocess.run([npm, "install", "--prefix", HERE, "--no-package-lock", "--no-audit",
                        "--no-fund", "--loglevel=error"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if r.returncode != 0:
        last = (r.stdout.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
        notes.append("wink-nlp skipped: npm install failed: " + last)
        return False
    return True


def times(v):
    return "%.2gx" % v if v < 0.1 else "%.2fx" % v if v < 10 else "%.1fx" % v if v < 1000 else "%.0fx" % v


def mib(kib):
    return kib / 1024.0


def fmt_table(rows, headers):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(str(h).ljust(widths[i]) if i == 0 else str(h).rjust(widths[i])
                       for i, h in enumerate(headers))]
    for r in rows:
        lines.append("  ".join(str(c).ljust(widths[i]) if i == 0 else str(c).rjust(widths[i])
                               for i, c in enumerate(r)))
    return "\n".join(lines)


# ------------------------------------------------------------- benchmark ---

def bench(args):
    root = os.path.abspath(args.dir)
    if not os.path.isdir(root):
        sys.exit("run.py: %s is not a folder (make one with gen_corpus.py)" % root)
    claimx = find_claimx(args.claimx)
    files = txt_files(root)
    if not files:
        sys.exit("run.py: no *.txt files under %s" % root)
    nbytes = sum(os.path.getsize(os.path.join(root, f)) for f in files)
    notes = []
    tmp = tempfile.mkdtemp(prefix="claimx-bench-")
    try:
        return bench_in(args, root, claimx, files, nbytes, notes, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench_in(args, root, claimx, files, nbytes, notes, tmp):
    manifest = None
    try:
        with open(os.path.join(root, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError):
        pass
    listfile = os.path.join(tmp, "files.txt")
    with open(listfile, "w", encoding="utf-8") as f:
        f.write("".join(os.path.join(root, p) + "\n" for p in files))
    list0 = os.path.join(tmp, "files.nul")
    with open(list0, "wb") as f:
        f.write(b"".join(p.encode() + b"\0" for p in files))

    print("corpus: %s, %d files, %.1f MB; claimx: %s (%s); %d rounds; load average %s"
          % (root, len(files), nbytes / 1e6, claimx, tool_version([claimx, "--version"]),
             args.rounds, " ".join("%.2f" % x for x in os.getloadavg())), flush=True)

    # --- claimx -j1 vs -j2: identical output (also warms the page cache) ---
    out1, out2 = os.path.join(tmp, "j1.jsonl"), os.path.join(tmp, "j2.jsonl")
    r1 = run_once([claimx, "extract", "-j", "1", root, "-o", out1], timeout=args.timeout)
    r2 = run_once([claimx, "extract", "-j", "2", root, "-o", out2], timeout=args.timeout)
    for name, r in (("-j 1", r1), ("-j 2", r2)):
        if r["rc"] != 0:
            notes.append("claimx %s exited %s: %s" % (name, r["rc"], r["stderr"].strip()[-300:]))
    identical = (filecmp.cmp(out1, out2, shallow=False)
                 if r1["rc"] == 0 and r2["rc"] == 0 and not r1["timeout"] and not r2["timeout"] else None)
    claims = None
    if identical is not None:
        with open(out1, "rb") as f:
            claims = sum(1 for _ in f)
    for p in (out1, out2):
        if os.path.exists(p):
            os.remove(p)
    if not stat.S_ISCHR(os.stat("/dev/null").st_mode):
        sys.exit("run.py: /dev/null is no longer a character device; stopping")

    # --- the commands ---
    cmds = []
    for j in (1, 2):
        cmds.append({"name": "claimx -j%d" % j,
                     "argv": [claimx, "extract", "-j", str(j), root, "-o", "/dev/null"]})
    argbytes = sum(len(p) + 1 for p in files) + sum(len(k) + len(v) + 2 for k, v in os.environ.items())
    if argbytes < os.sysconf("SC_ARG_MAX") // 2:
        cmds.append({"name": "cat", "argv": ["cat", "--"] + files, "cwd": root,
                     "shown": "cat FILES... > /dev/null  (one cat, relative paths, cwd = DIR)"})
    else:
        cmds.append({"name": "cat", "argv": ["xargs", "-0", "-a", list0, "cat", "--"], "cwd": root,
                     "shown": "xargs -0 -a LIST cat > /dev/null  (file list too long for one cat)"})
    rg = shutil.which(args.rg) if args.rg else None
    if rg:
        cmds.append({"name": "rg", "argv": [rg, "-j1", "--no-unicode", "-c", "-g", "*.txt",
                                            candidate_regex(), root],
                     "stdout": os.path.join(tmp, "rg.out"), "ok": (0, 1),
                     "shown": "rg -j1 --no-unicode -c -g '*.txt' REGEX DIR > tmpfile"})
    else:
        notes.append("rg skipped: ripgrep not found (apt-get install ripgrep)")
    node = shutil.which(args.node) if args.node else None
    wink_rounds = min(args.rounds, args.wink_rounds)
    if args.no_wink:
        notes.append("wink-nlp skipped (--no-wink)")
    elif nbytes > args.wink_max_mb * 1e6:
        notes.append("wink-nlp skipped: %.0f MB corpus > --wink-max-mb %g (it runs at about 1-2 MB/s); "
                     "run it on the 10MB corpus" % (nbytes / 1e6, args.wink_max_mb))
    elif ensure_wink(node, shutil.which("npm"), notes):
        cmds.append({"name": "wink-nlp", "argv": [node, os.path.join(HERE, "wink_detect.js"), "--list", listfile],
                     "stdout": os.path.join(tmp, "wink.out"), "rounds": wink_rounds,
                     "shown": "node tools/bench/wink_detect.js --list FILES > tmpfile"})
        if wink_rounds < args.rounds:
            notes.append("wink-nlp timed in the first %d of %d rounds only (--wink-rounds)" % (wink_rounds, args.rounds))
    for c in cmds:
        c["runs"] = []

    # warm the page cache once for everyone
    run_once(["xargs", "-0", "-a", list0, "cat", "--"], cwd=root)

    counts = {}
    for rnd in range(args.rounds):
        k = rnd % len(cmds)
        order = cmds[k:] + cmds[:k]   # rotate the start so no command always runs first
        for c in order:
            if rnd >= c.get("rounds", args.rounds) or c.get("failed"):
                continue
            r = run_once(c["argv"], stdout=c.get("stdout", "/dev/null"), cwd=c.get("cwd"), timeout=args.timeout)
            if r["rc"] not in c.get("ok", (0,)) or r["timeout"]:
                c["failed"] = "exit %s%s: %s" % (r["rc"], " (timeout)" if r["timeout"] else "", r["stderr"].strip()[-300:])
                notes.append("%s failed: %s" % (c["name"], c["failed"]))
                continue
            c["runs"].append(r)
            if c["name"] == "rg" and "rg_candidate_lines" not in counts:
                with open(c["stdout"], encoding="utf-8", errors="replace") as f:
                    counts["rg_candidate_lines"] = sum(int(l.rsplit(":", 1)[1]) for l in f if ":" in l)
            if c["name"] == "wink-nlp" and "wink" not in counts:
                with open(c["stdout"], encoding="utf-8") as f:
                    counts["wink"] = json.loads(f.read())
            print("  round %d/%d  %-11s %8.3f s  %8.1f MB/s  %7.1f MiB"
                  % (rnd + 1, args.rounds, c["name"], r["seconds"], nbytes / 1e6 / r["seconds"],
                     mib(r["rss_kib"])), flush=True)

    # --- results ---
    res = {}
    for c in cmds:
        if not c["runs"]:
            continue
        med = statistics.median(r["seconds"] for r in c["runs"])
        res[c["name"]] = {"command": c.get("shown", " ".join(c["argv"])), "argv": c["argv"][:12],
                          "rounds": len(c["runs"]), "seconds": [round(r["seconds"], 4) for r in c["runs"]],
                          "median_s": med, "mb_s": nbytes / 1e6 / med,
                          "peak_rss_mib": max(mib(r["rss_kib"]) for r in c["runs"])}
    base = res.get("claimx -j1")
    rows = []
    for name, r in res.items():
        rows.append([name, "%.3f" % r["median_s"], "%.1f" % r["mb_s"], "%.1f" % r["peak_rss_mib"],
                     times(r["mb_s"] / base["mb_s"]) if base else "-", r["rounds"]])
        if base:
            r["speed_vs_claimx_j1"] = r["mb_s"] / base["mb_s"]
    ratios = {}
    if base and "rg" in res:
        ratios["claimx_j1_time_over_rg_time"] = base["median_s"] / res["rg"]["median_s"]
    if base and "claimx -j2" in res:
        ratios["j2_speedup"] = base["median_s"] / res["claimx -j2"]["median_s"]
    if base and "cat" in res:
        ratios["claimx_j1_time_over_cat_time"] = base["median_s"] / res["cat"]["median_s"]

    print()
    print(fmt_table(rows, ["command", "median s", "MB/s", "peak RSS MiB", "speed vs claimx -j1", "rounds"]))
    print()
    if "claimx_j1_time_over_rg_time" in ratios:
        print("claimx -j1 time / rg time: %.1f" % ratios["claimx_j1_time_over_rg_time"])
    if "j2_speedup" in ratios:
        print("-j2 speed-up: %.2fx" % ratios["j2_speedup"])
    print("identical output (-j1 vs -j2): %s  (%s claims)"
          % ({True: "yes", False: "no"}.get(identical, "unknown (a claimx run failed)"), claims))
    if "rg_candidate_lines" in counts:
        print("rg candidate lines: %d" % counts["rg_candidate_lines"])
    if "wink" in counts:
        print("wink-nlp: %d sentences, %d with a state name and a number token"
              % (counts["wink"]["sentences"], counts["wink"]["candidates"]))
    if manifest:
        t = manifest.get("totals", {})
        print("generator: %s sentences, %s candidate sentences" % (t.get("sentences"), t.get("candidate_sentences")))
    print("input: %d bytes in %d files; MB = 10^6 bytes; warm page cache; nproc %d; RSS: %s"
          % (nbytes, len(files), os.cpu_count() or 0, rss_method()))
    for n in notes:
        print("note: " + n)

    out = {"dir": root, "files": len(files), "bytes": nbytes, "rounds": args.rounds,
           "claimx": claimx, "claimx_version": tool_version([claimx, "--version"]),
           "rg_version": tool_version([rg, "--version"]) if rg else None,
           "node_version": tool_version([node, "--version"]) if node else None,
           "host": {"nproc": os.cpu_count(), "machine": platform.machine(), "python": platform.python_version(),
                    "loadavg_end": os.getloadavg()},
           "results": res, "ratios": ratios, "identical_output": identical, "claims": claims,
           "counts": counts, "manifest": manifest, "notes": notes, "rss_method": rss_method(),
           "rg_regex": candidate_regex(), "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    return out


# ----------------------------------------------------------- worst cases ---

def worst(args):
    root = os.path.abspath(args.dir or WORST_DIR)
    claimx = find_claimx(args.claimx)
    present = [f for f in WORST_FILES if os.path.exists(os.path.join(root, f))]
    missing = [f for f in WORST_FILES if f not in present]
    if not present:
        sys.exit("run.py: no worst-case files in %s (python3 tools/bench/gen_corpus.py --worst)" % root)
    print("worst cases: %s; claimx: %s (%s); %d rounds; load average %s"
          % (root, claimx, tool_version([claimx, "--version"]), args.rounds,
             " ".join("%.2f" % x for x in os.getloadavg())), flush=True)
    res = {}
    for rnd in range(args.rounds):
        for f in present:
            path = os.path.join(root, f)
            if res.get(f, {}).get("failed"):
                continue
            r = run_once([claimx, "--patterns", args.patterns, "extract", "-j", "1", "--stats", path, "-o", "/dev/null"]
                         if args.patterns else
                         [claimx, "extract", "-j", "1", "--stats", path, "-o", "/dev/null"], timeout=args.timeout)
            e = res.setdefault(f, {"bytes": os.path.getsize(path), "runs": []})
            if r["rc"] != 0 or r["timeout"]:
                e["failed"] = "exit %s%s: %s" % (r["rc"], " (timeout after %ss)" % args.timeout if r["timeout"] else "",
                                                r["stderr"].strip()[-300:])
                print("  %s: %s" % (f, e["failed"]), flush=True)
                continue
            try:
                e["stats"] = json.loads(r["stderr"].strip().splitlines()[-1])
            except (ValueError, IndexError):
                pass
            e["runs"].append(r)
            print("  round %d/%d  %-14s %9.3f s  %8.1f MB/s  %8.1f MiB"
                  % (rnd + 1, args.rounds, f, r["seconds"], e["bytes"] / 1e6 / r["seconds"], mib(r["rss_kib"])),
                  flush=True)
    rows = []
    for f, e in res.items():
        if e["runs"]:
            med = statistics.median(r["seconds"] for r in e["runs"])
            e.update(median_s=med, mb_s=e["bytes"] / 1e6 / med,
                     peak_rss_mib=max(mib(r["rss_kib"]) for r in e["runs"]),
                     seconds=[round(r["seconds"], 4) for r in e["runs"]])
            rows.append([f, "%.1f" % (e["bytes"] / 1e6), "%.3f" % med, "%.1f" % e["mb_s"],
                         "%.1f" % e["peak_rss_mib"], e.get("stats", {}).get("claims", "-")])
        else:
            rows.append([f, "%.1f" % (e["bytes"] / 1e6), "failed", "-", "-", "-"])
        del e["runs"]
    print()
    print(fmt_table(rows, ["file (claimx -j1)", "MB", "median s", "MB/s", "peak RSS MiB", "claims"]))
    for f in missing:
        print("note: %s missing (gen_corpus.py --worst)" % f)
    return {"dir": root, "claimx": claimx, "claimx_version": tool_version([claimx, "--version"]),
            "rounds": args.rounds, "results": res, "missing": missing, "rss_method": rss_method(),
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", help="corpus folder from gen_corpus.py (with --worst: the worst-case folder, default %s)" % WORST_DIR)
    ap.add_argument("--claimx", default="build/claimx", help="claimx binary (default build/claimx, from the current folder or the repository root)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    ap.add_argument("--wink-rounds", type=int, default=3, help="rounds for wink-nlp, the slow baseline (default 3)")
    ap.add_argument("--wink-max-mb", type=float, default=20, help="run wink-nlp only on corpora up to this size (default 20 MB)")
    ap.add_argument("--no-wink", action="store_true", help="leave out wink-nlp")
    ap.add_argument("--rg", default="rg", help="ripgrep binary (default rg; '' to leave out)")
    ap.add_argument("--node", default="node", help="node binary for wink-nlp (default node)")
    ap.add_argument("--timeout", type=float, default=1200, help="kill a run after this many seconds (default 1200)")
    ap.add_argument("--patterns", help="--worst: pass --patterns DIR to claimx")
    ap.add_argument("--worst", action="store_true", help="time claimx -j1 on the worst-case files instead")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args()
    if args.rounds < 1 or args.wink_rounds < 1:
        ap.error("--rounds and --wink-rounds must be >= 1")
    if args.worst:
        out = worst(args)
    else:
        if not args.dir:
            ap.error("give a corpus folder, e.g. /tmp/claimx-bench/100MB (or --worst)")
        out = bench(args)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2)
            f.write("\n")
        print("wrote %s" % args.json)


if __name__ == "__main__":
    main()
