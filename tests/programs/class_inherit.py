# Single inheritance, overriding, isinstance/issubclass
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
class Cat(Animal):
    sound = "meow"
animals = [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]
for a in animals:
    print(a.speak(), "|", a.kind())
print(isinstance(animals[2], Dog), isinstance(animals[2], Animal), isinstance(animals[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(issubclass(Dog, (Cat, Animal)), isinstance(animals[1], (int, str)))
print(Puppy.__bases__, Dog.__base__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(Animal, object), isinstance(animals[0], object))
print(Puppy("p", 2).age, Puppy("p", 2).name)
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(5).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md)
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
mi = MyInt(21)
print(mi.double(), mi + 1, type(mi + 1).__name__, type(mi.double()).__name__)
