try:
    try:
        raise ValueError("bad value")
    except ValueError as e:
        e.add_note("while parsing line 3")
        e.add_note("in file config.ini")
        raise
except ValueError as e:
    print(e.__notes__)
try:
    ValueError().add_note(3)
except TypeError as e:
    print("TypeError:", e)
err = KeyError("k")
err.add_note("extra context")
raise err
