"""File mode bits as os.stat() reports them (st_mode): the file-type field, the permission and
special bits, the tests on them (S_ISDIR, ...) and filemode(), which renders '-rwxr-xr-x'."""

# Indexes into the tuple os.stat() returns.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# The file-type field (the bits S_IFMT() keeps) and its values.
_TYPE_MASK = 0o170000
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Special bits, then read/write/execute for user, group and others.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = S_IRUSR = 0o400
S_IWRITE = S_IWUSR = 0o200
S_IEXEC = S_IXUSR = 0o100
S_IRWXU = S_IRUSR | S_IWUSR | S_IXUSR
S_IRGRP, S_IWGRP, S_IXGRP = S_IRUSR >> 3, S_IWUSR >> 3, S_IXUSR >> 3
S_IRWXG = S_IRWXU >> 3
S_IROTH, S_IWOTH, S_IXOTH = S_IRUSR >> 6, S_IWUSR >> 6, S_IXUSR >> 6
S_IRWXO = S_IRWXU >> 6

# BSD file flags (st_flags), for completeness of the names.
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE, UF_NOUNLINK = 0x1, 0x2, 0x4, 0x8, 0x10
UF_COMPRESSED, UF_HIDDEN = 0x20, 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND, SF_NOUNLINK, SF_SNAPSHOT = (
    0x10000, 0x20000, 0x40000, 0x100000, 0x200000)


def S_IMODE(mode):
    """The permission and special bits of `mode` (what chmod() sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type field of `mode`."""
    return mode & _TYPE_MASK


def _type_test(kind, name):
    def test(mode):
        return mode & _TYPE_MASK == kind
    test.__name__ = test.__qualname__ = name
    test.__doc__ = 'True when the mode is of a %s.' % {
        S_IFDIR: 'directory', S_IFCHR: 'character device', S_IFBLK: 'block device',
        S_IFREG: 'regular file', S_IFIFO: 'FIFO (named pipe)', S_IFLNK: 'symbolic link',
        S_IFSOCK: 'socket'}[kind]
    return test


S_ISDIR = _type_test(S_IFDIR, 'S_ISDIR')
S_ISCHR = _type_test(S_IFCHR, 'S_ISCHR')
S_ISBLK = _type_test(S_IFBLK, 'S_ISBLK')
S_ISREG = _type_test(S_IFREG, 'S_ISREG')
S_ISFIFO = _type_test(S_IFIFO, 'S_ISFIFO')
S_ISLNK = _type_test(S_IFLNK, 'S_ISLNK')
S_ISSOCK = _type_test(S_IFSOCK, 'S_ISSOCK')


def S_ISDOOR(mode):
    """Always False: this platform has no doors."""
    return False


S_ISPORT = S_ISWHT = S_ISDOOR

# The letter `ls -l` shows for each file type ('?' when the type is unknown).
_TYPE_LETTERS = {S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b', S_IFDIR: 'd',
                 S_IFCHR: 'c', S_IFIFO: 'p'}


def _permission_triplet(mode, shift, special, special_letter):
    """The 'rwx' letters of one class (user: shift 6, group 3, others 0); the execute slot
    shows the set-id/sticky bit `special` as its letter (lower case when also executable)."""
    read = 'r' if mode & (0o4 << shift) else '-'
    write = 'w' if mode & (0o2 << shift) else '-'
    executable = mode & (0o1 << shift)
    if mode & special:
        execute = special_letter if executable else special_letter.upper()
    else:
        execute = 'x' if executable else '-'
    return read + write + execute


def filemode(mode):
    """The mode as `ls -l` shows it, e.g. '-rwxr-xr-x' or 'drwxrwxrwt'."""
    return (_TYPE_LETTERS.get(mode & _TYPE_MASK, '?')
            + _permission_triplet(mode, 6, S_ISUID, 's')
            + _permission_triplet(mode, 3, S_ISGID, 's')
            + _permission_triplet(mode, 0, S_ISVTX, 't'))


FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_SYSTEM = 4
