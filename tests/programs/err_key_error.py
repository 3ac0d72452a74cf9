# Ends with an uncaught KeyError
config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
print(config.get("debug", False))
try:
    config["timeout"]
except KeyError as e:
    print("caught KeyError:", e, repr(e))
try:
    {}[("tuple", 1)]
except KeyError as e:
    print("caught KeyError:", e)
s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print("caught set KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("caught:", e)
required = ["host", "port", "user"]
for key in required:
    print("checking", key)
    value = config[key]
    print(" ->", value)
print("never printed")
