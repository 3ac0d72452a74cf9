# Ends with an uncaught RecursionError from runaway recursion
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(100))
def bounded(n):
    try:
        return bounded(n + 1)
    except RecursionError:
        return "bounded hit the limit"
print(bounded(0))
class Node:
    def __init__(self):
        self.next = self
    def length(self):
        return 1 + self.next.length()
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("caught mutual recursion:", type(e).__name__)
print("now recursing without a base case")
print(Node().length())
print("never printed")
