# compile errors and runtime errors inside exec/eval
def try_exec(src):
    try:
        exec(src, {})
        print("ok:", repr(src))
    except SyntaxError as e:
        print("SyntaxError for", repr(src), "line", e.lineno)
    except Exception as e:
        print(type(e).__name__, "for", repr(src), "->", e)

try_exec("x = 1")
try_exec("x = ")
try_exec("def f(:\n  pass")
try_exec("1 / 0")
try_exec("undefined_name")
try_exec("a = 1\nb = 2\nc = (")
try_exec("return 5")
try_exec("[].missing")
try_exec("raise KeyError('k')")

def try_eval(src):
    try:
        print("eval", repr(src), "=", eval(src, {}))
    except SyntaxError:
        print("SyntaxError in eval", repr(src))
    except Exception as e:
        print(type(e).__name__, "in eval", repr(src))

try_eval("1 + 2")
try_eval("x = 3")
try_eval("1 +")
try_eval("int('zz')")
try_eval("  5")
try_eval("{'a': 1}['b']")

# exception raised in exec propagates with its type
class MyErr(Exception):
    pass
try:
    exec("raise E('boom')", {"E": MyErr})
except MyErr as e:
    print("caught MyErr:", e)
# partial effects of exec before error remain
ns = {}
try:
    exec("a = 1\nb = 1 / 0\nc = 3", ns)
except ZeroDivisionError:
    print("partial:", "a" in ns, "b" in ns, "c" in ns)
