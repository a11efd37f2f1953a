#!/usr/bin/env python3
"""Analyzer cost against the compiler's own parse, measured in the same run.

For each translation unit, runs `clang++ -fsyntax-only` and `escapement` (all
checks on) with the same flags, ROUNDS times each, and prints the minimum CPU
time (user + sys) and the peak resident memory of each, with their ratios.
Goals (issue #2): CPU <= 1.3x and peak memory <= 1.5x the parse.

usage: bench/analyzer_bench.py [--build build] [--rounds 3] [files...]
"""
import argparse
import os
import json
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLAGS = ["-std=c++20", "-I" + os.path.join(ROOT, "runtime", "include")]
CLANG = "/usr/lib/llvm-19/bin/clang++"


def measure_isolated(cmd):
    """CPU seconds and peak RSS (KiB) of one command, run under a fresh
    Python so that RUSAGE_CHILDREN's maximum is this command's alone (for
    clang++ that is the larger of the driver and cc1)."""
    code = (
        "import resource,subprocess,sys,json;"
        "p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
        "u=resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(json.dumps([p.returncode,u.ru_utime+u.ru_stime,u.ru_maxrss]))"
    )
    out = subprocess.run([sys.executable, "-c", code] + cmd, capture_output=True, text=True)
    rc, cpu, rss = json.loads(out.stdout)
    if rc not in (0, 1):
        sys.exit("command failed (%d): %s" % (rc, " ".join(cmd)))
    return cpu, rss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = args.files or [os.path.join(ROOT, "bench", "std_heavy.cpp")] + sorted(
        os.path.join(ROOT, "examples", d, d + ".cpp") for d in os.listdir(os.path.join(ROOT, "examples"))
        if os.path.isdir(os.path.join(ROOT, "examples", d)))
    real = os.path.join(ROOT, "test", "realcode", "Inputs")
    if not args.files and os.path.exists("/usr/include/asio.hpp"):
        files.append(os.path.join(real, "asio_server.cpp"))  # standalone Asio through its headers
    if not args.files and os.path.exists("/usr/include/spdlog/spdlog.h"):
        files.append(os.path.join(real, "fmt_spdlog.cpp"))  # fmt + spdlog, header-only
    esc = os.path.join(args.build, "bin", "escapement")

    print("%-28s %9s %9s %7s %9s %9s %7s" % ("translation unit", "parse s", "esc s", "cpu x",
                                            "parse MiB", "esc MiB", "mem x"))
    worst_cpu = worst_mem = 0.0
    for f in files:
        parse = [CLANG, "-fsyntax-only", "-pthread"] + FLAGS + [f]
        analyze = [esc, "--quiet", "--cache-dir=", f, "--"] + FLAGS + ["-pthread"]
        p = [measure_isolated(parse) for _ in range(args.rounds)]
        e = [measure_isolated(analyze) for _ in range(args.rounds)]
        pc, ec = min(x[0] for x in p), min(x[0] for x in e)
        pm, em = min(x[1] for x in p) / 1024, min(x[1] for x in e) / 1024
        worst_cpu, worst_mem = max(worst_cpu, ec / pc), max(worst_mem, em / pm)
        print("%-28s %9.3f %9.3f %6.2fx %9.1f %9.1f %6.2fx" % (
            os.path.basename(f), pc, ec, ec / pc, pm, em, em / pm))
    print("worst: cpu %.2fx (goal 1.30x), memory %.2fx (goal 1.50x)" % (worst_cpu, worst_mem))


if __name__ == "__main__":
    main()
