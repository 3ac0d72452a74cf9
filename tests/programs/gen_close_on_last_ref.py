def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
g = gen()
print(next(g))
del g
print("after del")
def pipeline():
    for x in gen():
        return x
print(pipeline())
print("end")
