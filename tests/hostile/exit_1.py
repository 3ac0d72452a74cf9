import sys
print("failing")
sys.exit(1)
