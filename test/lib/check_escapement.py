#!/usr/bin/env python3
"""Check-test helper in the spirit of clang-tidy's check_clang_tidy.py.

Usage (a lit RUN line, through %check_escapement):

  check_escapement.py [-check-suffixes=A,B] <source> <checks> <temp>
                      [-- <escapement args>] -- <compiler args>

The source is copied to <temp>.<ext> with every `// CHECK-...:` comment
blanked (so the fixed file cannot match its own expectations and line
numbers stay put), escapement runs once over the copy with
`--checks=-*,<checks> --fix --quiet`, and then:

* CHECK-MESSAGES (warnings and errors) and CHECK-NOTES (notes) are matched
  in one FileCheck run over the diagnostics, in file order, so each note is
  tied to the finding it follows; any warning, error or note that no
  directive names fails the test (--implicit-check-not). Every directive
  carries the position it expects, `:[[@LINE-N]]:COL: kind:` (or a
  numeric variable, or another file's name): a bare line number or a
  missing position is refused, since it either rots or proves nothing.
* CHECK-FIXES is matched against the file after --fix (strict
  whitespace); without CHECK-FIXES the file must come out unchanged.
* The exit status must be 1 when an error is reported and 0 otherwise.
* A file with no positive directive at all is refused: a test that only
  says "nothing is reported" also passes when the check never runs.

-check-suffixes=A,B uses CHECK-MESSAGES-A, CHECK-NOTES-B, ... instead (an
empty entry, as in `-check-suffixes=,A`, keeps the unsuffixed prefixes).
"""
import argparse
import os
import re
import subprocess
import sys

KINDS = ("MESSAGES", "NOTES", "FIXES")
# clang's source excerpt under a diagnostic: "   12 |   code", "      |   ^".
EXCERPT = re.compile(r"^\s*\d*\s\|")
# Said by --fix itself, once per applied edit: not the check's evidence.
FIX_APPLIED = re.compile(r": note: FIX-IT applied suggested code changes$")
BLANK = re.compile(r"//\s*CHECK-[A-Z0-9-]+:[^\r\n]*")
DIAG = re.compile(r"^.*?:\d+:\d+: (warning|error|note): ")
LINE_EXPR = r"(\[\[@LINE([+-]\d+)?\]\]|\[\[#[^\]]*\]\])"
COL_EXPR = r"(\d+|\[\[#[^\]]*\]\]|\{\{[^}]*\}\})"


def fail(message):
    sys.stderr.write("check_escapement: " + message + "\n")
    sys.exit(1)


def directives(text, prefix):
    """(line number, directive suffix, pattern) of every `prefix[-X]:` line."""
    found = []
    pattern = re.compile(r"//\s*" + re.escape(prefix) + r"(-NEXT|-SAME|-DAG|-NOT|-EMPTY)?:(.*)$")
    for number, line in enumerate(text.splitlines(), 1):
        m = pattern.search(line)
        if m:
            found.append((number, m.group(1) or "", m.group(2).strip()))
    return found


def check_position(source, number, kind, pattern):
    """A positive message or note directive must say where it is expected."""
    want = "(warning|error)" if kind == "MESSAGES" else "note"
    # Same file: ":[[@LINE-N]]:COL: kind:"; another file: "name.h:LINE:COL: kind:".
    same_file = re.match(r"^:" + LINE_EXPR + ":" + COL_EXPR + r": " + want + ":", pattern)
    other_file = re.match(r"^[^:\s]+:\S+:\S+: " + want + ":", pattern)
    if same_file or (other_file and not re.match(r"^\{\{\.\*\}\}:", pattern)):
        return
    if re.match(r"^:\d+:", pattern):
        fail("%s:%d: hard-coded line number; use [[@LINE+N]] / [[@LINE-N]]" % (source, number))
    fail("%s:%d: CHECK-%s needs its position, ':[[@LINE-N]]:COL: %s:' (got %r)" %
         (source, number, kind, want.strip("()").replace("|", " or "), pattern))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-check-suffixes", "-check-suffix", default="")
    parser.add_argument("source")
    parser.add_argument("checks")
    parser.add_argument("temp")
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args()

    rest = args.rest
    if "--" not in rest:
        fail("expected `-- <compiler args>` (or `-- <escapement args> -- <compiler args>`)")
    first = rest.index("--")
    tool_args, compiler_args = rest[:first], rest[first + 1:]
    if "--" in compiler_args:  # "-- <escapement args> -- <compiler args>"
        second = compiler_args.index("--")
        tool_args += compiler_args[:second]
        compiler_args = compiler_args[second + 1:]

    with open(args.source, encoding="utf-8") as f:
        text = f.read()

    suffixes = args.check_suffixes.split(",") if args.check_suffixes else [""]
    prefixes = {kind: [] for kind in KINDS}
    positive = 0
    for suffix in suffixes:
        for kind in KINDS:
            prefix = "CHECK-" + kind + ("-" + suffix if suffix else "")
            found = directives(text, prefix)
            if not found:
                continue
            prefixes[kind].append(prefix)
            for number, directive, pattern in found:
                if directive == "-NOT":
                    continue
                positive += 1
                if kind != "FIXES" and directive != "-EMPTY":
                    check_position(args.source, number, kind, pattern)
    if positive == 0:
        fail("%s: no CHECK-MESSAGES, CHECK-NOTES or CHECK-FIXES (suffixes %r): a test "
             "needs at least one positive expectation" % (args.source, args.check_suffixes))

    extension = os.path.splitext(args.source)[1]
    temp = args.temp if args.temp.endswith(extension) else args.temp + extension
    cleaned = BLANK.sub("//", text)
    with open(temp, "w", encoding="utf-8") as f:
        f.write(cleaned)

    escapement = os.environ.get("ESCAPEMENT", "escapement")
    command = [escapement, temp, "--checks=-*," + args.checks, "--fix", "--quiet"] + tool_args + [
        "--"] + compiler_args
    run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = [line for line in run.stdout.splitlines()
             if not EXCERPT.match(line) and not FIX_APPLIED.search(line)
             and not line.startswith("clang-tidy applied ")]
    output = "\n".join(lines) + "\n"
    with open(temp + ".msg", "w", encoding="utf-8") as f:
        f.write(output)

    has_error = any(m and m.group(1) == "error" for m in map(DIAG.match, lines))
    want_exit = 1 if has_error else 0
    if run.returncode != want_exit:
        sys.stderr.write(run.stdout)
        fail("escapement exited with %d, expected %d (%s an error): %s" %
             (run.returncode, want_exit, "with" if has_error else "without", " ".join(command)))

    filecheck = os.environ.get("FILECHECK", "FileCheck")
    diagnostics = prefixes["MESSAGES"] + prefixes["NOTES"]
    if diagnostics:
        result = subprocess.run([filecheck, args.source, "--input-file=" + temp + ".msg",
                                 "--check-prefixes=" + ",".join(diagnostics),
                                 "--implicit-check-not={{warning|error|note}}:"])
        if result.returncode != 0:
            fail("diagnostics do not match (escapement's output: %s.msg)" % temp)
    elif any(DIAG.match(line) for line in lines):
        sys.stderr.write(output)
        fail("diagnostics reported, but no CHECK-MESSAGES or CHECK-NOTES expects any")

    with open(temp, encoding="utf-8") as f:
        fixed = f.read()
    if prefixes["FIXES"]:
        result = subprocess.run([filecheck, args.source, "--input-file=" + temp, "--strict-whitespace",
                                 "--check-prefixes=" + ",".join(prefixes["FIXES"])])
        if result.returncode != 0:
            fail("the fixed file does not match CHECK-FIXES (fixed file: %s)" % temp)
    elif fixed != cleaned:
        diff = subprocess.run(["diff", "-u", "-", temp], input=cleaned, stdout=subprocess.PIPE, text=True)
        sys.stderr.write(diff.stdout)
        fail("--fix changed the file, but no CHECK-FIXES says how")


if __name__ == "__main__":
    main()
