print("a" * "b")
