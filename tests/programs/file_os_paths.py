# os.chdir, os.urandom and os.path.relpath / commonprefix / realpath / expanduser (temp dirs under
# /tmp/strata_osq_test, removed again).
import os, os.path as p
base = os.getcwd()
os.makedirs('/tmp/strata_osq_test/a/b', exist_ok=True)
print(p.relpath('/tmp/strata_osq_test/a/b', '/tmp/strata_osq_test'), p.relpath('/usr/lib', '/usr/share/doc'), p.relpath('/x', '/x'), p.relpath('a/b/c', 'a'))
print(p.commonprefix(['/usr/lib', '/usr/local', '/usrx']), repr(p.commonprefix([])), p.commonprefix(('abc', 'abd')))
os.chdir('/tmp/strata_osq_test/a')
print(os.getcwd(), p.realpath('b/../b/./missing/x'), p.realpath('.'))
os.chdir(base)
try:
    os.chdir('/nonexistent_dir_xyz')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(len(os.urandom(16)), type(os.urandom(0)).__name__)
h = os.environ.get('HOME')
print(p.expanduser('~/x') == h.rstrip('/') + '/x', p.expanduser('~other/x'), p.expanduser('abc'), p.expanduser('~') == h)
try:
    p.relpath('')
except ValueError as e:
    print('ValueError', e)
os.rmdir('/tmp/strata_osq_test/a/b'); os.rmdir('/tmp/strata_osq_test/a'); os.rmdir('/tmp/strata_osq_test')
