# Filter matching, actions, catch_warnings and showwarning/formatwarning hooks.
import warnings, sys, io
def show(log): print([ (str(w.message), w.category.__name__) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('a'); warnings.warn('a'); warnings.warn(DeprecationWarning('d')); warnings.warn('x', RuntimeWarning)
    show(log)
    print(str(log[0]).replace(__file__, 'F'))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try: warnings.warn('boom')
    except UserWarning as e: print('raised', e)
    warnings.filterwarnings('ignore', 'bo+m')
    warnings.warn('boom'); warnings.warn('BOOM!'); print('ignored')
    try: warnings.warn('other')
    except UserWarning as e: print('raised', e)
    print(len(warnings.filters))
    warnings.filterwarnings('ignore', 'bo+m'); print(len(warnings.filters))
    warnings.filterwarnings('ignore', 'bo+m', append=True); print(len(warnings.filters))
    warnings.simplefilter('default', append=True); print(len(warnings.filters), warnings.filters[-1])
    warnings.simplefilter('default', append=True); print(len(warnings.filters))
for bad in (int, 'x', 3):
    try: warnings.warn('m', bad)
    except TypeError as e: print(e)
for args in (('bogus',), ('ignore', 3), ):
    try: warnings.filterwarnings(*args)
    except AssertionError as e: print('assert', e)
try: warnings.simplefilter('ignore', lineno=-1)
except AssertionError as e: print('assert', e)
c = warnings.catch_warnings(record=True); print(repr(c))
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(module=warnings)))
try: c.__exit__()
except RuntimeError as e: print(e)
c.__enter__()
try: c.__enter__()
except RuntimeError as e: print(e)
c.__exit__()
buf = io.StringIO()
warnings.showwarning('hello', UserWarning, 'nofile.py', 3, file=buf); print(repr(buf.getvalue()))
warnings.showwarning('hello', UserWarning, 'nofile.py', 3, file=buf, line='  code here  '); print(repr(buf.getvalue()))
print(repr(warnings.formatwarning('m', RuntimeWarning, 'z.py', 1, 'l')))
old = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: 'CUSTOM %s\n' % m
sys.stderr = buf
with warnings.catch_warnings():
    warnings.simplefilter('always'); warnings.warn('zz')
sys.stderr = sys.__stderr__
warnings.formatwarning = old
print(repr(buf.getvalue()[-12:]))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = lambda *a: print('SW', a[0], a[1].__name__, a[3] > 0)
    warnings.warn('via custom')
    warnings.showwarning = 5
    try: warnings.warn('x')
    except TypeError as e: print(e)
with warnings.catch_warnings(action='ignore'):
    warnings.warn('silent'); print('silent ok')
with warnings.catch_warnings(record=True) as log:
    warnings.filters[:] = [('bogus', None, Warning, None, 0)]
    try: warnings.warn_explicit('m', UserWarning, 'q.py', 1)
    except RuntimeError as e: print(e)
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings(); print(warnings.filters)
    warnings.filterwarnings('always', module='mod.*')
    warnings.filterwarnings('error', lineno=5)
    warnings.warn_explicit('a', UserWarning, 'modx.PY', 4)
    try: warnings.warn_explicit('a', UserWarning, 'modx.PY', 5)
    except UserWarning: print('lineno err')
    warnings.warn_explicit(UserWarning('inst'), None, 'modx.py', 4)
    show(log); print(str(log[-1]))
