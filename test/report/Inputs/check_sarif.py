#!/usr/bin/env python3
"""check_sarif.py LOG [options]: the asserts GitHub's validators do not make
(layer 3 of the validation recipe), on a SARIF log written by escapement.

  --relative            every result/related/flow location is %SRCROOT%-relative
  --absolute            every location is an absolute file:// URI, no uriBaseId
  --rules a,b           these rule ids exist
  --min-results N       at least N results
  --codeflow            at least one result has a code flow
  --failed-file NAME    executionSuccessful is false and a notification names NAME
Prints "ok: <n> results, <m> code flows" or the first problem (exit 1).
"""
import argparse
import json
import re
import sys

ap = argparse.ArgumentParser()
ap.add_argument("log")
ap.add_argument("--relative", action="store_true")
ap.add_argument("--absolute", action="store_true")
ap.add_argument("--rules", default="")
ap.add_argument("--min-results", type=int, default=0)
ap.add_argument("--codeflow", action="store_true")
ap.add_argument("--failed-file")
a = ap.parse_args()


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


log = json.load(open(a.log, encoding="utf-8"))
if log.get("version") != "2.1.0" or len(log.get("runs", [])) != 1:
    fail("not one SARIF 2.1.0 run")
run = log["runs"][0]
driver = run["tool"]["driver"]
for key in ("name", "version", "semanticVersion", "informationUri"):
    if not driver.get(key):
        fail("tool.driver has no " + key)
rules = driver["rules"]
ids = [r["id"] for r in rules]
if ids != sorted(ids) or len(set(ids)) != len(ids):
    fail("rules are not sorted and unique: %s" % ids)
for want in filter(None, a.rules.split(",")):
    if want not in ids:
        fail("no rule " + want)
for r in rules:
    if r.get("name") == r["id"]:
        fail("rule name equals its id: " + r["id"])
    for path in (("shortDescription", "text"), ("fullDescription", "text"),
                 ("help", "text"), ("help", "markdown")):
        text = r.get(path[0], {}).get(path[1], "")
        if not text or len(text) >= 1024:
            fail("rule %s: %s.%s empty or too long" % (r["id"], *path))
    if not r.get("helpUri", "").startswith(driver["informationUri"] + "/blob/main/docs/") \
            and not r["id"].startswith("clang-diagnostic-"):
        fail("rule %s: helpUri %s" % (r["id"], r.get("helpUri")))
    if r.get("defaultConfiguration", {}).get("level") not in ("note", "warning", "error"):
        fail("rule %s: no defaultConfiguration.level" % r["id"])
    props = r.get("properties", {})
    if not props.get("tags") or props.get("precision") not in ("very-high", "high", "medium", "low"):
        fail("rule %s: tags/precision" % r["id"])

root = run.get("originalUriBaseIds", {}).get("%SRCROOT%", {}).get("uri", "")
if not (root.startswith("file:///") and root.endswith("/")):
    fail("originalUriBaseIds %SRCROOT% is not a file:// URI ending in '/': " + root)
if run.get("columnKind") != "utf16CodeUnits":
    fail("columnKind")


def check_physical(p, what):
    art = p["artifactLocation"]
    uri = art["uri"]
    if a.relative and (art.get("uriBaseId") != "%SRCROOT%" or uri.startswith("/") or ":" in uri):
        fail("%s: not a %%SRCROOT%%-relative URI: %s" % (what, art))
    if a.absolute and (not uri.startswith("file:///") or "uriBaseId" in art):
        fail("%s: not an absolute file:// URI: %s" % (what, art))
    reg = p["region"]
    if not (reg["startLine"] >= 1 and reg["startColumn"] >= 1 and reg["endLine"] == reg["startLine"]
            and reg["endColumn"] >= reg["startColumn"] + 1):
        fail("%s: bad region %s" % (what, reg))


results = run["results"]
flows = 0
for i, res in enumerate(results):
    what = "results[%d]" % i
    if ids[res["ruleIndex"]] != res["ruleId"]:
        fail(what + ": ruleIndex does not point at ruleId")
    if not res["message"]["text"] or res["level"] not in ("note", "warning", "error"):
        fail(what + ": message/level")
    check_physical(res["locations"][0]["physicalLocation"], what)
    fp = res.get("partialFingerprints", {}).get("primaryLocationLineHash", "")
    if not re.fullmatch(r"[0-9a-f]{1,16}:[1-9][0-9]*", fp):
        fail(what + ": primaryLocationLineHash " + repr(fp))
    related = res.get("relatedLocations", [])
    for j, rel in enumerate(related):
        if rel["id"] != j + 1 or not rel["message"]["text"]:
            fail(what + ": related location ids/messages")
        check_physical(rel["physicalLocation"], what + ".relatedLocations[%d]" % j)
    chains = [f for f in res.get("codeFlows", []) if "message" not in f]
    if chains:
        # The chain: the finding, then step notes in their order (a
        # subsequence of the related locations); the contract is no step.
        steps = chains[0]["threadFlows"][0]["locations"]
        if len(steps) < 2:
            fail(what + ": a code flow of one step")
        if steps[0]["location"]["physicalLocation"] != res["locations"][0]["physicalLocation"]:
            fail(what + ": code flow does not start at the finding")
        at = 0
        for j, st in enumerate(steps[1:]):
            while at < len(related) and (
                    related[at]["physicalLocation"] != st["location"]["physicalLocation"]
                    or related[at]["message"] != st["location"]["message"]):
                at += 1
            if at == len(related):
                fail(what + ": code flow step %d is no note, or out of order" % (j + 2))
            at += 1
            if re.search(r" is declared .* here$", st["location"]["message"]["text"]):
                fail(what + ": the contract note is a code flow step")
        if steps[0]["importance"] != "essential" or steps[-1]["importance"] != "essential":
            fail(what + ": the ends of the flow are not essential")
        if any(st["importance"] != "important" for st in steps[1:-1]):
            fail(what + ": a step between the ends is not important")
        flows += 1

if len(results) < a.min_results:
    fail("only %d results" % len(results))
if a.codeflow and not flows:
    fail("no code flow")
inv = run["invocations"][0]
if a.failed_file:
    if inv["executionSuccessful"] is not False:
        fail("executionSuccessful is not false")
    notes = inv.get("toolExecutionNotifications", [])
    if not any(n["level"] == "error" and a.failed_file in n["message"]["text"] for n in notes):
        fail("no error notification names " + a.failed_file)
elif inv["executionSuccessful"] is not True:
    fail("executionSuccessful is not true")
print("ok: %d results, %d code flows" % (len(results), flows))
