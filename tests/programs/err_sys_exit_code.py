# Ends with sys.exit(3)
import sys
def check(values):
    errors = 0
    for v in values:
        if v < 0:
            print("negative value:", v)
            errors += 1
        else:
            print("ok:", v)
    return errors
errors = check([3, -1, 4, -5, 9])
print("errors:", errors)
try:
    sys.exit(99)
except SystemExit as e:
    print("intercepted exit", e.code)
def cleanup():
    try:
        return "done"
    finally:
        print("cleanup finally ran")
print(cleanup())
try:
    print("exiting with status 3")
    sys.exit(3)
finally:
    print("finally runs during exit")
print("never printed")
