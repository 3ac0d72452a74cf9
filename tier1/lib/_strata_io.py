"""In-memory streams for Strata's `io` module (Strata's bundled implementation of
`io.StringIO` and `io.BytesIO`)."""


def _closed_error(bytes_io=False):
    return ValueError('I/O operation on closed file.' if bytes_io
                      else 'I/O operation on closed file')


def _index(value, what='integer'):
    if value is None:
        return -1
    if not hasattr(type(value), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(value).__name__)
    return value.__index__()


class _MemoryIO:
    """Shared behaviour of StringIO and BytesIO: a buffer and a position."""

    _empty = ''
    _bytes = False

    def _check(self):
        if self._closed:
            raise _closed_error(self._bytes)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise _unsupported('fileno')

    def tell(self):
        self._check()
        return self._pos

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return self._empty
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), start + size)
        self._pos = end
        return buf[start:end]

    def readlines(self, hint=-1):
        self._check()
        hint = _index(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError('Negative size value %d' % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def _seek(self, pos, whence):
        self._check()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                if self._bytes:
                    raise ValueError('negative seek value %d' % pos)
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos


def _unsupported(name):
    import io
    return io.UnsupportedOperation(name)


class StringIO(_MemoryIO):
    """Text I/O over an in-memory str buffer."""

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._buf = ''
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return s

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + '\0' * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return ''
        end = len(buf)
        if size >= 0:
            end = min(end, start + size)
        nl = self._newline
        if nl == '':
            i = start
            stop = end
            while i < end:
                c = buf[i]
                if c == '\n':
                    stop = i + 1
                    break
                if c == '\r':
                    if i + 1 < end and buf[i + 1] == '\n':
                        stop = i + 2
                    else:
                        stop = i + 1
                    break
                i += 1
        else:
            sep = '\n' if nl is None else nl
            i = buf.find(sep, start, end)
            stop = end if i < 0 else i + len(sep)
        self._pos = stop
        return buf[start:stop]

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise OSError("Can't do nonzero end-relative seeks")
        return self._seek(pos, whence)

    def getvalue(self):
        self._check()
        return self._buf

    def detach(self):
        raise _unsupported('detach')


class BytesIO(_MemoryIO):
    """Binary I/O over an in-memory bytes buffer."""

    __module__ = '_io'
    _empty = b''
    _bytes = True

    def __init__(self, initial_bytes=None):
        self._buf = b''
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buf = bytes(initial_bytes)

    def write(self, b):
        self._check()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        b = bytes(b)
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + b'\0' * (pos - len(buf))
        self._buf = buf[:pos] + b + buf[pos + len(b):]
        self._pos = pos + len(b)
        return len(b)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return b''
        end = len(buf)
        if size >= 0:
            end = min(end, start + size)
        i = buf.find(b'\n', start, end)
        stop = end if i < 0 else i + 1
        self._pos = stop
        return buf[start:stop]

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def seek(self, pos, whence=0):
        return self._seek(pos, whence)

    def getvalue(self):
        self._check()
        return self._buf
