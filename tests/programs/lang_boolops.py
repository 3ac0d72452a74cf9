# and / or / not and truthiness
vals = [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False]
for v in vals:
    print(repr(v), bool(v), not v)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0)
print([] and 1, [1] and "yes", 0 or None)
log = []
def t(name, val):
    log.append(name)
    return val
r = t("a", 0) and t("b", 1)
print(r, log); log.clear()
r = t("a", 1) and t("b", 0) and t("c", 1)
print(r, log); log.clear()
r = t("a", 0) or t("b", 0) or t("c", 3) or t("d", 4)
print(r, log); log.clear()
r = t("a", 1) and t("b", 0) or t("c", 5)
print(r, log); log.clear()
r = not t("a", 0) and t("b", 2)
print(r, log); log.clear()
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(True and not False, not True or True)
x = None
name = x or "default"
print(name)
print(all([]), any([]), all([1, 2]), any([0, 0, 3]))
print(bool(0 == 0.0), 3 > 2 and 2 > 1, 3 > 2 or 1 / 0)
