"""z3_replay.py DIR: runs the z3 command line on every .smt2 file of DIR and
checks it prints the verdict the file's `; expected:` line states, with no
error. Prints one line per file and exits 1 on any mismatch (or when DIR
holds no query, which would make the check vacuous)."""
import os
import subprocess
import sys


def main():
    d = sys.argv[1]
    files = sorted(f for f in os.listdir(d) if f.endswith(".smt2"))
    if not files:
        print(f"no .smt2 files in {d}")
        return 1
    bad = 0
    for f in files:
        path = os.path.join(d, f)
        with open(path) as fh:
            text = fh.read()
        expected = None
        for line in text.splitlines():
            if line.startswith("; expected:"):
                expected = line.split(":", 1)[1].strip()
                break
        out = subprocess.run(["z3", path], capture_output=True, text=True)
        lines = [l for l in out.stdout.splitlines() if l.strip()]
        errors = [l for l in lines if "error" in l]
        verdict = lines[-1] if lines else "<nothing>"
        ok = expected is not None and verdict == expected and not errors and out.returncode in (0, 1)
        if not ok:
            bad += 1
        print(f"{'ok' if ok else 'MISMATCH'}: {f}: expected {expected}, z3 says {verdict}"
              + (f" ({'; '.join(errors)})" if errors else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
