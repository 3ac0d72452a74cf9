s = f"a{x!r}b{y:>{w}}c{z=}" "d"
t = f"{v:.2f}"
