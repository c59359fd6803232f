#!/usr/bin/env python3
"""Record CPython's output for every conformance program.

For each tests/conformance/<group>/<name>.py this runs `python3 <abs path>`
with PYTHONHASHSEED=0, stdin from <name>.in (or /dev/null) and the working
directory set to a fresh temporary folder (so programs that write files leave
nothing behind), then writes:

  <name>.out     exact stdout (always written, may be empty)
  <name>.err     only when the exit status is non-zero: the last non-empty
                 line of stderr, e.g. "ZeroDivisionError: division by zero"
  <name>.stderr  only when the exit status is non-zero: the whole stderr with
                 the program's absolute path replaced by "<group>/<name>.py"
                 (full traceback, for `run.mjs --full-stderr`)

The runner expects exit status 1 exactly when <name>.err exists.

Usage:
  python3 tests/conformance/regen.py [FILTER...]   regenerate (FILTER: path substrings)
  python3 tests/conformance/regen.py --check        compare with the recorded files,
                                                    write nothing, exit 1 on difference
  python3 tests/conformance/regen.py --determinism  run every program with three hash
                                                    seeds and report any output that moves
"""
import concurrent.futures
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 60  # seconds; the threading tutorial example alone takes ~5 s in CPython


def find_programs(filters):
    progs = []
    for root, dirs, files in os.walk(HERE):
        dirs.sort()
        if root == HERE:
            continue  # regen.py and friends live at the top; programs live in groups
        for f in sorted(files):
            if f.endswith(".py"):
                path = os.path.join(root, f)
                rel = os.path.relpath(path, HERE).replace(os.sep, "/")
                if not filters or any(x in rel for x in filters):
                    progs.append((rel, path))
    return progs


# For programs with threads: a sitecustomize that makes CPython switch threads
# only when one blocks (sleep, join, lock), the way yieldlab's cooperative
# threads do, so the recorded output is the schedule an idle machine shows.
COOP_DIR = tempfile.mkdtemp(prefix="ylconf-site-")
with open(os.path.join(COOP_DIR, "sitecustomize.py"), "w") as f:
    f.write("import sys\nsys.setswitchinterval(1000.0)\n")


def run_one(rel, path, hashseed="0", cooperative=False):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONHASHSEED": hashseed,
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LANG": "C.UTF-8",
    }
    if cooperative:
        env["PYTHONPATH"] = COOP_DIR
    stdin_path = path[:-3] + ".in"
    with tempfile.TemporaryDirectory(prefix="ylconf-") as cwd:
        stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
        try:
            p = subprocess.run([sys.executable, path], cwd=cwd, env=env, stdin=stdin,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=TIMEOUT)
        finally:
            if stdin is not subprocess.DEVNULL:
                stdin.close()
    out = p.stdout.decode("utf-8")
    err = p.stderr.decode("utf-8").replace(path, rel)
    return p.returncode, out, err


def uses_threads(path):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    return "import threading" in src or "from threading" in src


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def expected_files(rc, out, err):
    files = {".out": out}
    if rc != 0:
        files[".err"] = last_line(err) + "\n"
        files[".stderr"] = err
    return files


def matches_recorded(path, result):
    want = expected_files(*result)
    return all(read(path[:-3] + ext) == want.get(ext) for ext in (".out", ".err", ".stderr"))


def read(path):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    check = "--check" in argv
    determinism = "--determinism" in argv
    filters = [a for a in argv if not a.startswith("--")]
    if sys.version_info[:2] != (3, 11):
        print(f"warning: expected outputs must come from CPython 3.11, this is {sys.version.split()[0]}",
              file=sys.stderr)
    progs = find_programs(filters)
    problems = 0
    changed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(4, 2 * (os.cpu_count() or 1))) as pool:
        if determinism:
            # Compare what would be recorded (stderr only counts when the exit status is not 0).
            futs = {pool.submit(lambda r, p: [expected_files(*run_one(r, p, s, uses_threads(p)))
                                              for s in ("0", "1", "12345")],
                                rel, path): rel
                    for rel, path in progs}
            for fut in concurrent.futures.as_completed(futs):
                results = fut.result()
                if any(r != results[0] for r in results[1:]):
                    problems += 1
                    print(f"NONDETERMINISTIC {futs[fut]}")
            print(f"{len(progs)} programs, {problems} nondeterministic")
            return 1 if problems else 0

        # Programs with threads can come out differently under CPython when the
        # machine is busy (threads waking from sleep race for the GIL): run those
        # afterwards, one at a time, five times, and keep the most common output.
        threaded = [(rel, path) for rel, path in progs if uses_threads(path)]
        plain = [(rel, path) for rel, path in progs if not uses_threads(path)]
        futs = {pool.submit(run_one, rel, path): (rel, path) for rel, path in plain}
        done = [(futs[f], f.result()) for f in concurrent.futures.as_completed(futs)]
        # If the recorded output is among those CPython produces, keep it: that way
        # the file holds the schedule an ideal (virtual clock) scheduler gives.
        for rel, path in threaded:
            runs = []
            for _ in range(10):
                runs.append(run_one(rel, path, cooperative=True))
                if matches_recorded(path, runs[-1]):
                    break
                if len(runs) >= 3 and runs.count(runs[-1]) == len(runs) and read(path[:-3] + ".out") is None:
                    break  # a new program: three identical runs are enough
            best = runs[-1]
            if not matches_recorded(path, best):
                best = max(runs, key=runs.count)
                if runs.count(best) < len(runs):
                    print(f"warning: {rel}: CPython's output varied between runs; kept the most common")
            done.append(((rel, path), best))
        for (rel, path), (rc, out, err) in done:
            base = path[:-3]
            if rc not in (0, 1):
                problems += 1
                print(f"warning: {rel} exited with status {rc}; the runner only knows 0 and 1")
            want = expected_files(rc, out, err)
            for ext in (".out", ".err", ".stderr"):
                old = read(base + ext)
                new = want.get(ext)
                if old == new:
                    continue
                changed += 1
                if check:
                    print(f"DIFFERS {rel[:-3]}{ext}")
                    continue
                if new is None:
                    os.remove(base + ext)
                else:
                    with open(base + ext, "w", encoding="utf-8", newline="") as f:
                        f.write(new)
    verb = "differ" if check else "written"
    print(f"{len(progs)} programs, {changed} files {verb}, {problems} problems")
    return 1 if (problems or (check and changed)) else 0


def _cleanup():
    import shutil
    shutil.rmtree(COOP_DIR, ignore_errors=True)


import atexit
atexit.register(_cleanup)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
