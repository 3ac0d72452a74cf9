# __class__ assignment on instances
class Animal:
    def speak(self):
        return "..."
    def kind(self):
        return type(self).__name__

class Dog(Animal):
    def speak(self):
        return "woof"

class Cat(Animal):
    def speak(self):
        return "meow"

a = Dog()
a.name = "rex"
print(a.speak(), a.kind(), isinstance(a, Dog))
a.__class__ = Cat
print(a.speak(), a.kind(), isinstance(a, Dog), isinstance(a, Cat))
print("attrs kept:", a.name, a.__dict__)

# state machine using class switching
class Closed:
    def open(self):
        self.__class__ = Open
        return "opening"
    def close(self):
        return "already closed"

class Open:
    def open(self):
        return "already open"
    def close(self):
        self.__class__ = Closed
        return "closing"

door = Closed()
for action in ["open", "open", "close", "close", "open"]:
    print(action, "->", getattr(door, action)(), type(door).__name__)

# assigning a non-class is an error
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError assigning int")

# type() reflects change; class attributes come from new class
class Base:
    tag = "base"
class Other:
    tag = "other"
o = Base()
print(o.tag)
o.__class__ = Other
print(o.tag, type(o) is Other, o.__class__ is Other)

# methods looked up on new class for dunder operations
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return self.v + other
class Num2(Num):
    def __add__(self, other):
        return self.v * other
n = Num(3)
print("add:", n + 4)
n.__class__ = Num2
print("add after switch:", n + 4)
print("repr has class:", type(n).__name__)
