# Ends with an exception propagating out of a generator pipeline
def numbers():
    for s in ["1", "2", "3", "four", "5"]:
        yield s
def parse(it):
    for s in it:
        yield int(s)
def double(it):
    for v in it:
        yield v * 2
pipeline = double(parse(numbers()))
print(next(pipeline))
print(next(pipeline))
def safe(it):
    try:
        yield from it
    except ValueError as e:
        print("safe caught:", e)
print(list(safe(double(parse(numbers())))))
def consumer():
    total = 0
    for v in double(parse(numbers())):
        total += v
        print("running", total)
    return total
print("starting consumer")
consumer()
print("never printed")
