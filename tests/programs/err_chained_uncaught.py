# Ends with an uncaught exception raised from another (chained traceback)
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e
def parse_host(cfg):
    try:
        return cfg["host"]
    except KeyError:
        raise ConfigError("host missing")
print(parse_port("8080"))
try:
    parse_port("80a")
except ConfigError as e:
    print("caught:", e, "cause:", repr(e.__cause__))
try:
    parse_host({})
except ConfigError as e:
    print("caught:", e, "context:", repr(e.__context__))
print(parse_host({"host": "h"}))
settings = [("port", "443"), ("port", "x443")]
for key, val in settings:
    print("parsing", key, val)
    print(parse_port(val))
print("never printed")
