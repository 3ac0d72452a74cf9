# Builtin exception hierarchy and isinstance checks
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (ArithmeticError, Exception),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (UnboundLocalError, NameError),
    (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError),
    (FileNotFoundError, OSError),
    (TypeError, ValueError),
    (StopIteration, Exception),
    (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (Exception, BaseException),
    (UnicodeDecodeError, ValueError),
    (AssertionError, Exception),
    (ModuleNotFoundError, ImportError),
    (IndentationError, SyntaxError),
    (TabError, IndentationError),
    (bool, int),
]
for sub, sup in pairs:
    print(f"{sub.__name__:20} {sup.__name__:16} {issubclass(sub, sup)}")
def trigger(i):
    if i == 0: return 1 / 0
    if i == 1: return [][1]
    if i == 2: return {}["missing"]
    if i == 3: return undefined_name
    if i == 4: return "a" + 1
    if i == 5: return int("xyz")
    if i == 6: return None.attr
    if i == 7: return iter(5)
    if i == 8: return 10 ** 400 * 1.0
    if i == 9: return next(iter([]))
    if i == 10: return [].pop()
    if i == 11: return "abc".index("z")
    if i == 12: return (1, 2).count()
    if i == 13: return 2 ** 10000 / 3
    if i == 14: return chr(-1)
    if i == 15: return 1 % 0
for i in range(16):
    try:
        trigger(i)
    except Exception as e:
        names = [c.__name__ for c in type(e).__mro__]
        print(i, names, "|", e)
        print("   lookup", isinstance(e, LookupError), "arith", isinstance(e, ArithmeticError), "value", isinstance(e, ValueError))
