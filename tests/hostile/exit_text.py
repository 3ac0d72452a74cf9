import sys
print("out")
sys.exit("error: something went wrong")
