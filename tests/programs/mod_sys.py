# sys module: argv, version_info, maxsize, recursion limit, stdout.write, exc_info
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith("mod_sys.py"))
print(sys.version_info[0], sys.version_info[0] >= 3, sys.version_info.major == sys.version_info[0])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(-sys.maxsize - 1, sys.maxsize + 1)
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 100)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
n = sys.stdout.write("hello from write\n")
print(n)
sys.stdout.write("a")
sys.stdout.write("b")
sys.stdout.write("\n")
sys.stdout.flush()
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info() == (None, None, None))
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30) or True)
print(hasattr(sys, "stdin"), hasattr(sys, "stderr"), sys.stdout is sys.__stdout__)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print("recursion depth reached within limit:", 100 < d <= sys.getrecursionlimit())
sys.setrecursionlimit(300)
d2 = depth(0)
print("lower limit respected:", d2 < 300, d2 > 200)
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught, code", e.code)
try:
    sys.exit("msg")
except SystemExit as e:
    print("SystemExit caught, code", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught, code", e.code)
print("end")
