price = $100
print(price)
