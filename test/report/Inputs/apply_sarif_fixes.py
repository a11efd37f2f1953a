"""Applies every fix of a SARIF log to copies of its files, the way a SARIF
viewer would: regions in UTF-16 code units, %SRCROOT%-relative URIs.

usage: apply_sarif_fixes.py <log.sarif> <out-dir>
"""
import json
import os
import sys
import urllib.parse


def offset(lines, line, col16):
    """Byte offset of a 1-based (line, UTF-16 column) in the UTF-8 text."""
    before = "".join(lines[: line - 1])
    text = lines[line - 1]
    units = 0
    chars = 0
    while units < col16 - 1:
        units += 2 if ord(text[chars]) > 0xFFFF else 1
        chars += 1
    return len(before.encode()) + len(text[:chars].encode())


def main():
    log = json.load(open(sys.argv[1]))
    out = sys.argv[2]
    run = log["runs"][0]
    root = urllib.parse.urlparse(run["originalUriBaseIds"]["%SRCROOT%"]["uri"]).path
    edits = {}
    for result in run["results"]:
        for fix in result.get("fixes", []):
            for change in fix["artifactChanges"]:
                uri = urllib.parse.unquote(change["artifactLocation"]["uri"])
                for r in change["replacements"]:
                    edits.setdefault(uri, []).append(r)
    for uri, reps in edits.items():
        source = open(os.path.join(root, uri), encoding="utf-8").read()
        lines = source.splitlines(keepends=True)
        data = source.encode()
        spans = []
        for r in reps:
            d = r["deletedRegion"]
            begin = offset(lines, d["startLine"], d["startColumn"])
            end = offset(lines, d["endLine"], d["endColumn"])
            spans.append((begin, end, r["insertedContent"]["text"].encode()))
        for begin, end, text in sorted(spans, reverse=True):
            data = data[:begin] + text + data[end:]
        target = os.path.join(out, uri)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        open(target, "wb").write(data)
        print("fixed", uri, len(reps), "edit(s)")


main()
