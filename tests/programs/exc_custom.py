# Custom exception classes and hierarchies
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg="bad config"):
        super().__init__(f"{msg}: {key}")
        self.key = key
class NetworkError(AppError):
    def __init__(self, host, code):
        self.host = host
        self.code = code
    def __str__(self):
        return f"{self.host} failed with {self.code}"
class TimeoutErr(NetworkError):
    pass
def risky(kind):
    if kind == "config":
        raise ConfigError("port")
    if kind == "net":
        raise NetworkError("example.org", 503)
    if kind == "timeout":
        raise TimeoutErr("slow.org", 408)
    if kind == "app":
        raise AppError("generic", 1, 2)
    return "ok"
for kind in ["config", "net", "timeout", "app", "none"]:
    try:
        print(risky(kind))
    except TimeoutErr as e:
        print("timeout:", e, e.code, e.args)
    except NetworkError as e:
        print("network:", e, e.host, e.args)
    except ConfigError as e:
        print("config:", e, e.key, e.args)
    except AppError as e:
        print("app:", e, e.args, repr(e))
print(issubclass(TimeoutErr, AppError), issubclass(AppError, Exception), issubclass(AppError, BaseException))
print([c.__name__ for c in TimeoutErr.__mro__])
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
class Fatal(BaseException):
    pass
try:
    try:
        raise Fatal("not an Exception")
    except Exception:
        print("should not catch")
except BaseException as b:
    print("caught BaseException:", type(b).__name__, b)
class Coded(Exception):
    codes = {1: "one", 2: "two"}
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    @property
    def label(self):
        return self.codes.get(self.code, "unknown")
for c in (1, 2, 3):
    try:
        raise Coded(c)
    except Coded as e:
        print(e, e.label, e.args)
class MultiBase(KeyError, AppError):
    pass
try:
    raise MultiBase("mb")
except LookupError as e:
    print("MultiBase caught as LookupError", repr(e), str(e))
try:
    raise MultiBase("mb2")
except AppError as e:
    print("and as AppError", isinstance(e, KeyError))
e = AppError()
print(repr(e), str(e) == "", e.args)
