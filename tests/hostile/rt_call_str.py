s = "hello"
s()
