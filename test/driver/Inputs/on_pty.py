"""Runs a command with its stdout and stderr on a pseudo-terminal, as a
user's shell would, and prints what the terminal received, control sequences made visible
(<CR>, <EL> for erase-line), then its exit status.

usage: on_pty.py <command> [args...]
"""
import os
import pty
import subprocess
import sys

master, slave = pty.openpty()
proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
os.close(slave)
received = b""
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:  # EIO: the other side is closed
        break
    if not chunk:
        break
    received += chunk
status = proc.wait()
text = received.decode("utf-8", "replace").replace("\r\n", "\n")
text = text.replace("\x1b[K", "<EL>").replace("\r", "<CR>")
# One step per line, so that FileCheck can follow the sequence.
print(text.replace("<CR>", "\n<CR>"))
print("exit status", status)
