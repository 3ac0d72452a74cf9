#!/usr/bin/env python3
"""Regenerate the expected outputs of the Strata conformance corpus from CPython.

Usage (from anywhere):

    python3 tests/regen_expected.py                 # every program
    python3 tests/regen_expected.py str_ err_       # only files whose name contains a substring
    STRATA_ORACLE_PYTHON=/path/to/python3.11 python3 tests/regen_expected.py

For each ``X.py`` in ``tests/programs`` and ``tests/hostile`` the oracle
interpreter (CPython 3.11; by default the interpreter running this script, which
resolves a pyenv shim to the real binary) is run with cwd = the program's
directory, the file name as its only argument, ``PYTHONHASHSEED=0`` and a 20 s
timeout.  It writes:

    X.out     exact stdout bytes (always)
    X.status  exit status as decimal text        (only when it is not 0)
    X.err     last non-empty line of stderr + \\n  (only when the status is not 0;
              an empty file if stderr was empty, e.g. ``sys.exit(3)``)

Stale ``X.status`` / ``X.err`` files are removed when a program now exits 0.

Every program is run a second time with ``PYTHONHASHSEED=1``; if stdout, the
status or the last stderr line differ between the two runs the script fails
loudly, naming the program (its output depends on hash randomization, timing or
some other non-determinism and must be fixed).  It also fails when a program
times out or is killed by a signal, and warns when a program that exits 0
writes to stderr (e.g. a SyntaxWarning), since such noise usually is a mistake.
"""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DIRS = [os.path.join(HERE, "programs"), os.path.join(HERE, "hostile")]
TIMEOUT = 20


def oracle():
    exe = os.environ.get("STRATA_ORACLE_PYTHON") or os.path.realpath(sys.executable)
    out = subprocess.run([exe, "-c", "import sys; print(sys.version_info[:2])"],
                         capture_output=True, text=True, check=True).stdout.strip()
    if out != "(3, 11)":
        sys.exit(f"regen_expected: oracle {exe} is Python {out}, expected 3.11")
    return exe


def child_env(seed):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = str(seed)
    env["PYTHONUTF8"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def last_line(data):
    lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def run(exe, path, seed):
    d, name = os.path.split(path)
    try:
        p = subprocess.run([exe, name], cwd=d, env=child_env(seed), stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, p.stdout, p.stderr


def process(exe, path):
    """Returns (path, error message or None, warning or None)."""
    r0 = run(exe, path, 0)
    r1 = run(exe, path, 1)
    if r0 is None or r1 is None:
        return path, f"timed out after {TIMEOUT}s", None
    status, out, err = r0
    if status < 0:
        return path, f"killed by signal {-status}", None
    if (status, out, last_line(err)) != (r1[0], r1[1], last_line(r1[2])):
        what = "stdout" if out != r1[1] else "exit status" if status != r1[0] else "last stderr line"
        return path, f"NOT DETERMINISTIC: {what} differs between PYTHONHASHSEED=0 and 1", None
    base = path[:-3]
    with open(base + ".out", "wb") as f:
        f.write(out)
    warn = None
    if status != 0:
        with open(base + ".status", "w") as f:
            f.write(f"{status}\n")
        line = last_line(err)
        with open(base + ".err", "w", encoding="utf-8") as f:
            f.write(line + "\n" if line else "")
    else:
        for ext in (".status", ".err"):
            if os.path.exists(base + ext):
                os.remove(base + ext)
        if err.strip():
            warn = "exit 0 but wrote to stderr: " + last_line(err)
    return path, None, warn


def main():
    filters = sys.argv[1:]
    exe = oracle()
    paths = []
    for d in DIRS:
        for name in sorted(os.listdir(d)):
            if name.endswith(".py") and (not filters or any(f in name for f in filters)):
                paths.append(os.path.join(d, name))
    if not paths:
        sys.exit("regen_expected: no programs matched")
    with ThreadPoolExecutor(max_workers=max(2, min(8, os.cpu_count() or 2))) as pool:
        results = list(pool.map(lambda p: process(exe, p), paths))
    failures = 0
    for path, error, warn in results:
        rel = os.path.relpath(path, HERE)
        if error:
            failures += 1
            print(f"FAIL {rel}: {error}", file=sys.stderr)
        elif warn:
            print(f"warning {rel}: {warn}", file=sys.stderr)
    print(f"regen_expected: {len(paths) - failures}/{len(paths)} programs regenerated with {exe}")
    if failures:
        sys.exit(f"regen_expected: {failures} program(s) failed (see above)")


if __name__ == "__main__":
    main()
