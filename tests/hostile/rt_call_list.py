handlers = [print]
handlers(1)
