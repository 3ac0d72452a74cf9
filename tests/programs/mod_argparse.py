import argparse

p = argparse.ArgumentParser(prog="tool", description="A small tool.")
p.add_argument("input", help="the input file")
p.add_argument("files", nargs="*", help="more files")
p.add_argument("-n", "--number", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-I", "--include", action="append", default=[])
p.add_argument("--pair", nargs=2, type=float, metavar=("X", "Y"))
p.add_argument("--level", nargs="?", const="high", default="low")
p.add_argument("--tags", nargs="+")

print(p.parse_args(["in.txt"]))
ns = p.parse_args(["in.txt", "a", "b", "-n", "7", "-vvv", "--mode=slow", "-q", "--no-color",
                   "-I", "x", "--include=y", "-Iz", "--pair", "1", "2.5", "--level",
                   "--tags", "t1", "t2"])
print(ns)
print(ns.input, ns.files, ns.number, ns.verbose, ns.mode, ns.quiet, ns.color, ns.include)
print(ns.pair, ns.level, ns.tags)
print(p.parse_args(["--level", "mid", "--num", "5", "x"]))
print(p.parse_args(["x", "--", "-n", "--mode"]))
print(vars(p.parse_args(["-n-2", "y"])))
print(p.parse_known_args(["x", "--unknown", "u"]))
print("input" in ns, ns == argparse.Namespace(**vars(ns)))

q = argparse.ArgumentParser(prog="calc")
q.add_argument("x", type=int)
q.add_argument("y", type=int, nargs="?", default=10)
q.add_argument("--op", default="add", choices=("add", "mul"))
q.set_defaults(scale=1)
for argv in (["2"], ["2", "5"], ["2", "5", "--op", "mul"], ["-1"]):
    a = q.parse_args(argv)
    print(a, (a.x + a.y if a.op == "add" else a.x * a.y) * a.scale)
print(q.get_default("scale"), q.get_default("y"))

g = argparse.ArgumentParser(prog="grp")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--json", action="store_true")
mx.add_argument("--xml", action="store_true")
out = g.add_argument_group("output", "Output options.")
out.add_argument("-o", "--output", metavar="FILE")
print(g.parse_args(["--json", "-o", "f.txt"]))

c = argparse.ArgumentParser(prog="cust")


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % s)
    return v


c.add_argument("--name", action=Upper)
c.add_argument("--count", type=positive)
c.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
c.add_argument("--add", action="append_const", const=1, dest="adds")
c.add_argument("--ext", action="extend", nargs="+")
print(c.parse_args(["--name", "bob", "--count", "4", "--no-flag", "--add", "--add",
                    "--ext", "a", "b", "--ext", "c"]))

e = argparse.ArgumentParser(prog="errs", exit_on_error=False)
e.add_argument("--num", type=int)
try:
    e.parse_args(["--num", "abc"])
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
try:
    p.add_argument("-n")
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
