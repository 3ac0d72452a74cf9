print("abc"[-4])
