class P:
    __slots__ = ("__x", "y")
    def __init__(self):
        self.__x = 1
        self.y = 2
    def get(self):
        return self.__x
p = P()
print(p.get(), p.y, P.__slots__, hasattr(p, "_P__x"))
