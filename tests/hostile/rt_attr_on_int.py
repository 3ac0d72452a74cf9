print((5).length)
