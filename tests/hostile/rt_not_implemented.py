class A:
    def area(self):
        raise NotImplementedError("abstract")
A().area()
