# os.walk (top-down, bottom-up, pruning, onerror), os.stat and os.path.getmtime/islink on a temp
# tree under /tmp/strata_walk_test, removed again.
import os
root = '/tmp/strata_walk_test'
for d in ('a/b/c', 'a/d', 'e'):
    os.makedirs(os.path.join(root, d), exist_ok=True)
for f in ('a/x.txt', 'a/b/y.txt', 'e/z.txt', 'top.txt'):
    with open(os.path.join(root, f), 'w') as fh:
        fh.write('hello ' * 3)
def norm(rows):
    return sorted((os.path.relpath(p, root), sorted(d), sorted(f)) for p, d, f in rows)
print(norm(os.walk(root)))
print(norm(os.walk(root, topdown=False)))
pruned = []
for p, d, f in os.walk(root):
    d[:] = [x for x in d if x != 'a']
    pruned.append(p)
print(sorted(os.path.relpath(p, root) for p in pruned))
errs = []
print(list(os.walk('/nonexistent_strata_dir', onerror=errs.append)), type(errs[0]).__name__)
st = os.stat(os.path.join(root, 'top.txt'))
print(st.st_size, st[6], len(st), st.st_mode & 0o170000 == 0o100000, type(st.st_mtime).__name__, st.st_mtime_ns // 10**9 == st[8], isinstance(st, tuple))
print(os.path.getmtime(os.path.join(root, 'top.txt')) == st.st_mtime, os.path.islink(root))
try:
    os.stat('/nonexistent_strata_file')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
for p, d, f in os.walk(root, topdown=False):
    for name in f:
        os.remove(os.path.join(p, name))
    os.rmdir(p)
print(os.path.exists(root))
