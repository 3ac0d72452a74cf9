# The stat module: file-type tests, permission bits and filemode() over many modes, and os.stat('/').
import os, stat
modes = [0o100644, 0o100755, 0o040755, 0o041777, 0o120777, 0o104755, 0o102711, 0o106644, 0o020620, 0o060660, 0o010644, 0o140755, 0o001000, 0o000000, 0o177777]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m), [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK) if f(m)])
print(stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.S_IRGRP | stat.S_IXOTH, stat.ST_SIZE, stat.ST_MTIME, stat.S_ISDOOR(0o100644))
st = os.stat('/')
print(stat.S_ISDIR(st.st_mode), stat.filemode(st[stat.ST_MODE])[0])
