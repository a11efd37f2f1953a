"""flows.py LOG.sarif: every result's code flows, one line per thread-flow
location ("flow N: LINE: message [state]"), and the initial state, so a test
can FileCheck the path a viewer steps through."""
import json
import sys

log = json.load(open(sys.argv[1], encoding="utf-8"))
for res in log["runs"][0]["results"]:
    print(f"result {res['ruleId']}: {res['message']['text']}")
    for n, flow in enumerate(res.get("codeFlows", [])):
        print(f"flow {n}: {flow.get('message', {}).get('text', '(notes)')}")
        for thread in flow["threadFlows"]:
            init = thread.get("initialState")
            if init:
                print(f"flow {n} initial: " + ", ".join(f"{k} = {v['text']}" for k, v in sorted(init.items())))
            for loc in thread["locations"]:
                l = loc["location"]
                line = l["physicalLocation"].get("region", {}).get("startLine")
                state = ", ".join(f"{k} = {v['text']}" for k, v in sorted(loc.get("state", {}).items()))
                print(f"flow {n}: {line}: {l['message']['text']}" + (f" [{state}]" if state else ""))
