# compile() builds code objects that exec() and eval() run.
c = compile('x = 1 + 2\ny = x * 10', '<s>', 'exec')
g = {}
exec(c, g)
print(g['x'], g['y'])
e = compile('3*4', '<e>', 'eval')
print(eval(e), eval(e, {}, {}))
ns = {'a': 5}
print(eval(compile('a ** 2', '<a>', 'eval'), ns))
for src, mode in [('1 +', 'exec'), ('def f(:', 'exec'), ('x =', 'eval')]:
    try:
        compile(src, '<bad>', mode)
    except SyntaxError as err:
        print('SyntaxError', err.filename, err.lineno)
try:
    compile('1', '<m>', 'bogus')
except ValueError as err:
    print('ValueError', err)
code = compile('total = sum(range(10))', '<t>', 'exec')
for _ in range(3):
    d = {}
    exec(code, d)
    print(d['total'])
