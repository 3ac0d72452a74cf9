# Ends with sys.exit("message"): message goes to stderr, status 1
import sys
def load(name):
    table = {"a": 1, "b": 2}
    if name not in table:
        return None
    return table[name]
for name in ["a", "b", "c"]:
    print(name, load(name))
problems = []
for name in ["a", "zz", "b", "yy"]:
    if load(name) is None:
        problems.append(name)
print("problems:", problems)
class Cleanup:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return False
if problems:
    with Cleanup():
        sys.exit("fatal: unknown names " + ", ".join(problems))
print("never printed")
