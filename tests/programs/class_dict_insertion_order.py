class N: pass
a = N(); a.x = 1; a.y = 2
d = N(); d.z = 1; d.y = 2
print(vars(a), vars(d))
e = N(); e.y = 5; e.x = 6
print(vars(e))
f = N(); f.x = 1; f.y = 2; del f.x; f.x = 3
print(vars(f))
for o in (a, d, e, f):
    o.y += 10
print([vars(o) for o in (a, d, e, f)])
