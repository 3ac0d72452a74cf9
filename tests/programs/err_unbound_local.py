# Ends with an uncaught UnboundLocalError
counter = 10
def read_only():
    return counter + 1
print(read_only())
def with_global():
    global counter
    counter += 1
    return counter
print(with_global())
def maybe(flag):
    if flag:
        value = "set"
    return value
print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("caught:", e)
print(isinstance(UnboundLocalError(), NameError))
def broken():
    print("before the bad read")
    counter += 1
    return counter
broken()
print("never printed")
