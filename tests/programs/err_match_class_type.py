# An error raised by a class pattern propagates from the match statement.
class Shape:
    __match_args__ = ("kind",)
    def __init__(self, kind):
        self.kind = kind

def area(s):
    match s:
        case Shape("square", side):
            return side * side
    return 0

print(area(Shape("circle")))
print(area(Shape("square")))
