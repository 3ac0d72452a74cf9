"""The parts of Strata's native `os` module written in Python: `os.walk` (a generator, so callers
can prune the directory lists as it goes) and `os.stat_result`."""

import os


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for `top` and every directory below it; top-down
    (callers may edit dirnames in place to prune) or bottom-up."""
    top = os.fspath(top) if hasattr(os, 'fspath') else top
    try:
        names = os.listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    files = []
    for name in names:
        (dirs if os.path.isdir(os.path.join(top, name)) else files).append(name)
    if topdown:
        yield top, dirs, files
    for name in dirs:
        below = os.path.join(top, name)
        if followlinks or not os.path.islink(below):
            yield from walk(below, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')
_STAT_EXTRA = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
               'st_blksize', 'st_blocks', 'st_rdev')


class stat_result(tuple):
    """What os.stat() returns: a 10-tuple (mode, ino, dev, nlink, uid, gid, size, and the
    access, modification and change times in whole seconds) whose named attributes also give
    the float and nanosecond times, block size and count, and device id."""

    n_sequence_fields = 10
    n_unnamed_fields = 3
    n_fields = 19

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence '
                            '(%d-sequence given)' % len(items))
        self = tuple.__new__(cls, items[:10])
        extra = items[10:] + (None,) * (19 - len(items))
        # Without float times, the whole seconds stand in for them (as CPython does).
        self._extra = tuple(items[7 + i] if i < 3 and extra[i] is None else extra[i]
                            for i in range(9))
        return self

    def __repr__(self):
        body = ', '.join('%s=%r' % pair for pair in zip(
            _STAT_FIELDS + ('st_atime', 'st_mtime', 'st_ctime'), self))
        return 'os.stat_result(%s)' % body

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))


for _i, _name in enumerate(_STAT_FIELDS):
    setattr(stat_result, _name, property(lambda self, _i=_i: self[_i]))
for _i, _name in enumerate(_STAT_EXTRA):
    setattr(stat_result, _name, property(lambda self, _i=_i: self._extra[_i]))
del _i, _name
