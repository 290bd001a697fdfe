"""Shared by the command-line test scripts: running claimx and counting checks."""
import os
import subprocess
import sys

_counts = {"passed": 0, "failed": 0}


def run_claimx(exe, args, stdin=b"", env=None, timeout=600):
    """Runs claimx without $CLAIMX_PATTERNS from the caller (plus `env`)."""
    e = {k: v for k, v in os.environ.items() if k != "CLAIMX_PATTERNS"}
    if env:
        e.update(env)
    return subprocess.run([exe] + args, input=stdin, capture_output=True, env=e, timeout=timeout)


def check(name, cond, detail=""):
    if cond:
        _counts["passed"] += 1
    else:
        _counts["failed"] += 1
        print(f"FAIL {name} {detail}")


def finish():
    """Prints the tally and exits 1 if any check failed."""
    print(f"{_counts['passed']} passed, {_counts['failed']} failed")
    sys.exit(1 if _counts["failed"] else 0)
