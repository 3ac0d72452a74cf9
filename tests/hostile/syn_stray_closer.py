print("ok"))
