print("hello")
print(helo)
