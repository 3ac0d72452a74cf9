"""Abstract base classes (Strata's bundled implementation of the standard `abc` module).

`ABCMeta` records the abstract methods of each class in `__abstractmethods__` (the runtime
refuses to instantiate a class while that set is non-empty), and answers `isinstance` /
`issubclass` from real inheritance, registered virtual subclasses and `__subclasshook__`.
"""


def abstractmethod(funcobj):
    """Mark a method as abstract: classes built by ABCMeta that keep it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated alias kept for old code)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated alias kept for old code)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated alias kept for old code)."""

    __isabstractmethod__ = True


def _is_abstract(value):
    if value is None:
        return False
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return bool(getattr(value, "__isabstractmethod__", False))


_invalidation_counter = [0]


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for key, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _invalidation_counter[0]
        for base in bases:
            subs = base.__dict__.get("_abc_subclasses") if isinstance(base, ABCMeta) else None
            if subs is not None:
                subs.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of this ABC; returns the subclass (usable as decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation_counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version != _invalidation_counter[0]:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _invalidation_counter[0]
        elif subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return bool(ok)
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {_invalidation_counter[0]}", file=file)


def get_cache_token():
    """The current ABC cache token: changes whenever a class is registered with any ABC."""
    return _invalidation_counter[0]


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` after methods were added or removed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for key in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, key, None)):
                abstracts.add(key)
    for key, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(key)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper base class: subclassing ABC makes a class use ABCMeta."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
