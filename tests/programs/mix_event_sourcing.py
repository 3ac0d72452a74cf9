# event-sourced account ledger with snapshots and replay
import json
from functools import reduce

events = []
def emit(kind, **data):
    ev = {"seq": len(events) + 1, "kind": kind, **data}
    events.append(ev)
    return ev

def apply(state, ev):
    accts = dict(state["accounts"])
    k = ev["kind"]
    if k == "open":
        accts[ev["acct"]] = 0
    elif k == "deposit":
        accts[ev["acct"]] += ev["amount"]
    elif k == "withdraw":
        if accts[ev["acct"]] < ev["amount"]:
            return {**state, "rejected": state["rejected"] + [ev["seq"]]}
        accts[ev["acct"]] -= ev["amount"]
    elif k == "transfer":
        if accts[ev["src"]] < ev["amount"]:
            return {**state, "rejected": state["rejected"] + [ev["seq"]]}
        accts[ev["src"]] -= ev["amount"]
        accts[ev["dst"]] += ev["amount"]
    elif k == "close":
        del accts[ev["acct"]]
    return {"accounts": accts, "rejected": state["rejected"], "version": ev["seq"]}

empty = {"accounts": {}, "rejected": [], "version": 0}
emit("open", acct="A")
emit("open", acct="B")
emit("deposit", acct="A", amount=100)
emit("withdraw", acct="B", amount=5)
emit("transfer", src="A", dst="B", amount=30)
emit("deposit", acct="B", amount=12)
snapshot = reduce(apply, events, empty)
print("snapshot:", snapshot)
snap_json = json.dumps(snapshot, sort_keys=True)
emit("withdraw", acct="A", amount=70)
emit("withdraw", acct="A", amount=1)
emit("open", acct="C")
emit("transfer", src="B", dst="C", amount=42)
emit("close", acct="A")
restored = json.loads(snap_json)
tail = [e for e in events if e["seq"] > restored["version"]]
final_from_snap = reduce(apply, tail, restored)
final_full = reduce(apply, events, empty)
print("from snapshot:", final_from_snap)
print("full replay equal:", final_from_snap == final_full)
for upto in (3, 5, 8):
    st = reduce(apply, events[:upto], empty)
    print(f"as of seq {upto}:", st["accounts"], "rejected", st["rejected"])
kinds = {}
for e in events:
    kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
print("kinds:", kinds)
print("log line:", json.dumps(events[4]))
print("total money:", sum(final_full["accounts"].values()))
