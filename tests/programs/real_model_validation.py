"""A tiny ORM-style model layer: descriptors for validation, __init_subclass__ registry, Flag permissions."""
from enum import Flag, auto
import re


class ValidationError(ValueError):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors))


class Field:
    def __init__(self, *, default=None, required=True):
        self.default, self.required = default, required

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is None:
            if self.required and self.default is None:
                raise ValueError("is required")
            value = self.default
        else:
            value = self.validate(value)
        setattr(obj, self.attr, value)

    def validate(self, value):
        return value


class Integer(Field):
    def __init__(self, *, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def validate(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected int, got {type(value).__name__}")
        if self.lo is not None and value < self.lo:
            raise ValueError(f"must be >= {self.lo}")
        if self.hi is not None and value > self.hi:
            raise ValueError(f"must be <= {self.hi}")
        return value


class String(Field):
    def __init__(self, *, pattern=None, max_len=None, **kw):
        super().__init__(**kw)
        self.pattern = re.compile(pattern) if pattern else None
        self.max_len = max_len

    def validate(self, value):
        if not isinstance(value, str):
            raise ValueError(f"expected str, got {type(value).__name__}")
        value = value.strip()
        if self.max_len and len(value) > self.max_len:
            raise ValueError(f"longer than {self.max_len}")
        if self.pattern and not self.pattern.fullmatch(value):
            raise ValueError(f"does not match {self.pattern.pattern}")
        return value


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()
    RW = READ | WRITE


class Permissions(Field):
    def validate(self, value):
        if isinstance(value, str):
            result = Perm(0)
            for part in value.split("|"):
                result |= Perm[part.strip().upper()]
            return result
        return Perm(value)


class Model:
    registry = {}

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
        for base in cls.__mro__[1:]:
            cls.fields = [f for f in getattr(base, "fields", []) if f not in cls.fields] + cls.fields
        Model.registry[cls.table] = cls

    def __init__(self, **values):
        errors = []
        unknown = sorted(set(values) - set(self.fields))
        for name in unknown:
            errors.append((name, "unknown field"))
        for name in self.fields:
            try:
                setattr(self, name, values.get(name))
            except (ValueError, KeyError) as e:
                errors.append((name, str(e).strip("'")))
        if errors:
            raise ValidationError(errors)

    def to_row(self):
        return {f: getattr(self, f) for f in self.fields}

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"


class User(Model):
    name = String(max_len=12)
    email = String(pattern=r"[\w.+-]+@[\w-]+\.[\w.]+")
    age = Integer(lo=0, hi=150, default=18, required=False)
    perms = Permissions(default=Perm.READ, required=False)


class Admin(User, table="admins"):
    level = Integer(lo=1, hi=3)


print(sorted(Model.registry), User.fields, Admin.fields)
inputs = [
    (User, dict(name="  ada ", email="ada@example.org", age=36, perms="read|write")),
    (User, dict(name="bob", email="bob@example")),
    (User, dict(name="averyveryverylongname", email="x@y.z", age=-1, nickname="b")),
    (User, dict(name="cy", email="cy@mail.net", age=True)),
    (Admin, dict(name="root", email="root@host.io", level=3, perms=Perm.ADMIN | Perm.RW)),
    (Admin, dict(name="eve", email="eve@host.io", level=7, perms="read|delete")),
]
for cls, data in inputs:
    try:
        obj = cls(**data)
        print("ok  ", obj)
    except ValidationError as e:
        print("fail", cls.__name__, "->", e, f"({len(e.errors)} errors)")

ada = User(name="ada", email="ada@example.org", perms=Perm.RW)
print(ada.to_row())
print(Perm.READ in ada.perms, Perm.ADMIN in ada.perms, ada.perms == Perm.RW, bool(Perm(0)))
print([p.name for p in Perm], Perm(3), Perm.RW & Perm.WRITE, ~Perm.READ)
print(type(User.__dict__["email"]).__name__, User.email.name, User.age.default)
ada.age = 40
try:
    ada.age = "forty"
except ValueError as e:
    print("ValueError:", e)
print(ada.age, isinstance(ada, Model), issubclass(Admin, User), Admin.table)
