# raise SystemExit(0): status 0, output before it is kept
import sys
results = []
for i in range(5):
    results.append(i * i)
print(results)
def process():
    print("processing")
    for r in results:
        if r > 5:
            print("threshold reached at", r)
            raise SystemExit(0)
        print("value", r)
try:
    process()
except Exception:
    print("SystemExit is not an Exception; never printed")
finally:
    print("finally before exiting")
print("never printed")
print("never printed")
print("never printed")
print("never printed")
print("never printed")
print("never printed")
print("never printed")
print("never printed")
