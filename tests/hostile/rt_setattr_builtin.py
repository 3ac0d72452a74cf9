x = [1]
x.new_attr = 2
