import argparse
import io
import sys
from contextlib import redirect_stderr

p = argparse.ArgumentParser(prog="tool", description="Process some files and report on "
                            "them in several useful ways, wrapping this long description.",
                            epilog="See the manual for more.")
p.add_argument("input", help="the input file")
p.add_argument("files", nargs="*", help="more files")
p.add_argument("-n", "--number", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="fast",
               help="the mode to run in, which is a long help text that needs to be "
                    "wrapped over more than one line")
p.add_argument("--pair", nargs=2, metavar=("X", "Y"))
p.add_argument("--tags", nargs="+")
p.add_argument("--secret", help=argparse.SUPPRESS)
grp = p.add_argument_group("extra", "Extra settings.")
grp.add_argument("--a-very-long-option-name", metavar="VALUE", help="long one")
print(p.format_usage(), end="")
print(p.format_help(), end="")

try:
    p.parse_args(["-h"])
except SystemExit as e:
    print("exit code", e.code)

q = argparse.ArgumentParser(prog="mx", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g = q.add_mutually_exclusive_group(required=True)
g.add_argument("--json", action="store_true", help="json output")
g.add_argument("--xml", action="store_true", help="xml output")
q.add_argument("--size", type=int, default=5, help="the size")
q.add_argument("--version", action="version", version="%(prog)s 1.2")
q.print_help()
try:
    q.parse_args(["--version"])
except SystemExit as e:
    print("exit code", e.code)

for parser, argv in [(p, []), (p, ["x", "-n", "abc"]), (p, ["x", "--mode", "medium"]),
                     (p, ["x", "--pair", "1"]), (p, ["x", "--bogus"]), (p, ["x", "--tags"]),
                     (q, ["--json", "--xml"]), (q, []), (p, ["x", "-n"]),
                     (p, ["x", "--m", "fast", "--nu", "3", "--t", "a"])]:
    err = io.StringIO()
    try:
        with redirect_stderr(err):
            print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
    print(err.getvalue(), end="")

s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(dest="command", help="sub-command help")
add = sub.add_parser("add", help="add files")
add.add_argument("paths", nargs="+")
add.add_argument("-f", "--force", action="store_true")
rm = sub.add_parser("rm", help="remove files", aliases=["remove"])
rm.add_argument("path")
print(s.parse_args(["add", "a", "b", "-f"]))
print(s.parse_args(["--debug", "rm", "x"]))
print(s.parse_args(["remove", "y"]))
print(s.parse_args([]))
print(s.format_help(), end="")
print(add.format_help(), end="")
err = io.StringIO()
try:
    with redirect_stderr(err):
        s.parse_args(["push"])
except SystemExit as e:
    print("exit", e.code)
print(err.getvalue(), end="")

w = argparse.ArgumentParser(prog="a-program-with-many-options")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]:
    w.add_argument("--" + name, metavar=name.upper())
w.add_argument("source")
w.add_argument("destination")
print(w.format_usage(), end="")
