#!/usr/bin/env python3
"""Every unit test case must run under CTest.

catch_discover_tests registers one CTest test per Catch2 test case, with the
case's name as the filter. A ';' splits the name (CMake lists) and a ',' makes
Catch2 read the filter as several names: such a case matches nothing, runs
nothing and passes. This test fails on any name that would be lost that way.
"""
import subprocess
import sys

BAD = set(',;[]*~\\')


def main() -> int:
    # The listing catch_discover_tests reads (its exit code is the count).
    out = subprocess.run([sys.argv[1], '--list-test-names-only'], capture_output=True, text=True).stdout
    names = [line.strip() for line in out.splitlines() if line.strip()]
    bad = [n for n in names if BAD & set(n) or n.startswith('"') or n.startswith('!')]
    dup = sorted({n for n in names if names.count(n) > 1})
    for n in bad:
        print(f'test case name CTest cannot select: {n!r}')
    for n in dup:
        print(f'duplicate test case name: {n!r}')
    if not names:
        print('no test cases listed')
        return 1
    print(f'{len(names)} test case names checked')
    return 1 if bad or dup else 0


if __name__ == '__main__':
    sys.exit(main())
