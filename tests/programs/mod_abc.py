# abc: ABC, ABCMeta, abstractmethod, register, __subclasshook__
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name()} {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "sq"
class Half(Shape):
    def area(self): return 0
for c in (Shape, Half):
    try: c()
    except TypeError as e: print(e)
print(Sq(3).describe(), isinstance(Sq(2), Shape), issubclass(Sq, Shape))
print(sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Duck: pass
print(issubclass(Duck, Shape))
Shape.register(Duck)
print(issubclass(Duck, Shape), isinstance(Duck(), Shape))
class M(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Q:
    def quack(self): pass
print(isinstance(Q(), M), isinstance(1, M), type(M).__name__)
class P(ABC):
    @property
    @abstractmethod
    def v(self): ...
try: P()
except TypeError as e: print(e)
