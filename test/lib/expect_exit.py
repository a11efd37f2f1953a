#!/usr/bin/env python3
"""expect_exit.py N cmd args...: runs cmd, passes its output through, and
succeeds only if it exits with status N (lit's shell has no `$?`)."""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.call(sys.argv[2:])
if got != want:
    sys.stderr.write("expected exit status %d, got %d: %s\n" % (want, got, " ".join(sys.argv[2:])))
    sys.exit(1)
