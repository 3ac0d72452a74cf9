import importlib
import sys

json = importlib.import_module("json")
print(json.dumps([1, 2]), json is sys.modules["json"])

path = importlib.import_module("os.path")
print(path.basename("/a/b.txt"), path is sys.modules["os.path"])

helper = importlib.import_module("importlib_pkg.helper")
print(helper.VALUE, helper.greet("world"), helper.__name__)
state = importlib.import_module(".state", package="importlib_pkg")
print(state.loads)

leaf = importlib.import_module(".leaf", "importlib_pkg.sub")
print(leaf.WHERE)
leaf2 = importlib.import_module("..helper", "importlib_pkg.sub")
print(leaf2 is helper)
pkg = importlib.import_module("importlib_pkg")
print(pkg.NAME, hasattr(pkg, "helper"))

helper.VALUE = 99
helper.extra = "kept"
again = importlib.reload(helper)
print(again is helper, helper.VALUE, helper.extra, state.loads)

print(importlib.reload(sys) is sys, importlib.reload(json) is json)
importlib.invalidate_caches()

for args in [("no_such_module_xyz",), ("importlib_pkg.nothere",), (".state",),
             ("...x", "importlib_pkg"), ("",)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

for bad in ["not a module", 42]:
    try:
        importlib.reload(bad)
    except TypeError as e:
        print(type(e).__name__, e)
