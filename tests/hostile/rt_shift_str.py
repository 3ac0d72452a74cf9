print("a" << 1)
