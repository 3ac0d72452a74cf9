# Ends with an uncaught AttributeError on None
class User:
    def __init__(self, name, email=None):
        self.name = name
        self.email = email
users = [User("ann", "ann@example.org"), User("bob")]
for u in users:
    print(u.name, u.email)
try:
    users[0].age
except AttributeError as e:
    print("caught:", e)
try:
    "text".nosuch()
except AttributeError as e:
    print("caught:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("caught:", e)
def find(name):
    for u in users:
        if u.name == name:
            return u
    return None
print(find("ann").email.upper())
print(find("zed").email)
print("never printed")
