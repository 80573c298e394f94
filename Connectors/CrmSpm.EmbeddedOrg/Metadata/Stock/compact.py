#!/usr/bin/env python3
"""Compacts Microsoft's table reference (transcribed to JSON, CC BY 4.0) into stock-tables.json.
Run by a maintainer only: python3 compact.py <folder with account.json, task.json, ...>. The build reads the output."""
import json, sys, glob, os

# SystemRequired columns a Create must set ("rq"): text and lookups only, as the platform fills the others (keys,
# owner, state, choices and flags with a default value, derived type names); team administratorid defaults to the
# caller, and activityparty rows are written by the platform from party lists.
PLATFORM_FILLED = {("team", "administratorid")}

def required_on_create(table, a):
    return (a.get("requiredLevel") == "SystemRequired" and a.get("isValidForCreate") is not False
            and a["type"] in ("String", "Memo", "Lookup", "Customer") and a["logicalName"] != table["primaryIdAttribute"]
            and table["logicalName"] != "activityparty" and (table["logicalName"], a["logicalName"]) not in PLATFORM_FILLED)

def col(a, table):
    c = {"n": a["logicalName"], "t": a["type"]}
    if a.get("isValidForCreate") is False: c["c"] = 0
    if a.get("isValidForUpdate") is False: c["u"] = 0
    if a.get("isValidForRead") is False: c["r"] = 0
    for k, short in (("maxLength", "ml"), ("minValue", "min"), ("maxValue", "max")):
        if k in a: c[short] = a[k]
    if "targets" in a: c["tg"] = a["targets"]
    if a["type"] in ("Picklist",) and "options" in a: c["o"] = [o["value"] for o in a["options"]]
    if a["type"] == "State": c["st"] = [[s["value"], s["defaultStatus"]] for s in a.get("states", [])]
    if a["type"] == "Status": c["st"] = [[s["value"], s["state"]] for s in a.get("states", [])]
    if required_on_create(table, a): c["rq"] = 1
    return c

tables = []
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    t = json.load(open(f))
    seen, cols = set(), []
    for a in t["attributes"]:
        if a["logicalName"] in seen: continue
        seen.add(a["logicalName"]); cols.append(col(a, t))
    entry = {"n": t["logicalName"], "s": t["schemaName"], "pk": t["primaryIdAttribute"], "pn": t.get("primaryNameAttribute"),
             "own": t["ownershipType"], "act": bool(t.get("isActivity")), "cols": cols,
             "src": t["source"]["repo"] + ":" + t["source"]["path"] + "@" + t["source"]["commit"]}
    if t.get("regarding"): entry["reg"] = t["regarding"]["attribute"]
    tables.append(entry)
json.dump({"licence": "CC BY 4.0, (c) Microsoft Corporation: Dataverse / Dynamics 365 table reference (learn.microsoft.com/power-apps/developer/data-platform/reference/entities/)", "tables": tables},
          open("stock-tables.json", "w"), separators=(",", ":"))
