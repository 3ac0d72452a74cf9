print(chr(0x10FFFF) != "")
print(chr(0x110000))
