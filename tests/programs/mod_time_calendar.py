# time.gmtime/localtime/mktime/strftime/asctime and struct_time (time-zone independent checks).
import time
for ts in (0, 86400 * 365.25 * 30 + 12345.7, 1700000000, -1, 951782400, 4102444800):
    g = time.gmtime(ts)
    print(g, g.tm_year, g.tm_yday, g.tm_wday, g.tm_zone, g.tm_gmtoff, len(g), g[0:3])
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%', g))
    print(time.asctime(g), time.mktime(time.localtime(ts)) == int(ts) or (ts, time.mktime(time.localtime(ts))))
print(time.asctime(time.gmtime(0)), time.strftime('', time.gmtime(0)) == '', len(time.ctime()))
t = time.struct_time((2024, 2, 29, 12, 0, 0, 3, 60, 0))
print(t, t.tm_mon, t.tm_zone)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
try:
    time.strftime('%Y', (1, 2))
except TypeError as e:
    print(e)
print(type(time.localtime()).__name__, isinstance(time.localtime(), tuple), time.gmtime(1e9) == time.gmtime(1e9))
