import argparse

parser = argparse.ArgumentParser(prog="copy")
parser.add_argument("src")
parser.add_argument("dst")
parser.add_argument("--count", type=int, default=1)
args = parser.parse_args(["only-one", "--count", "2"])
print("not reached", args)
