"""Date arithmetic without the datetime module: day numbers, weekdays, month grids, meeting slots."""

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def to_ordinal(y, m, d):
    """Days since 0001-01-01 (which is day 1), proleptic Gregorian."""
    if not 1 <= m <= 12 or not 1 <= d <= days_in_month(y, m):
        raise ValueError(f"invalid date {y:04d}-{m:02d}-{d:02d}")
    py = y - 1
    days = py * 365 + py // 4 - py // 100 + py // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d


def from_ordinal(n):
    y = n * 400 // 146097 + 1
    while to_ordinal(y, 1, 1) > n:
        y -= 1
    while to_ordinal(y + 1, 1, 1) <= n:
        y += 1
    n -= to_ordinal(y, 1, 1) - 1
    m = 1
    while n > days_in_month(y, m):
        n -= days_in_month(y, m)
        m += 1
    return y, m, n


def weekday(y, m, d):
    return (to_ordinal(y, m, d) - 1) % 7


def parse(s):
    y, m, d = (int(p) for p in s.split("-"))
    return y, m, d


def fmt(t):
    return "%04d-%02d-%02d" % t


def add_days(date, n):
    return from_ordinal(to_ordinal(*date) + n)


def month_grid(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), " ".join(w[:2] for w in WEEKDAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return "\n".join(lines)


def nth_weekday(y, m, wd, n):
    """n-th (1-based, or -1 for last) weekday wd of month."""
    days = [d for d in range(1, days_in_month(y, m) + 1) if weekday(y, m, d) == wd]
    return (y, m, days[n - 1] if n > 0 else days[n])


for s in ["2000-01-01", "2024-02-29", "1969-07-20", "2023-12-31", "1900-03-01"]:
    d = parse(s)
    print(s, WEEKDAYS[weekday(*d)], "ordinal", to_ordinal(*d), "roundtrip", fmt(from_ordinal(to_ordinal(*d))) == s)
print("days between moon landing and Y2K:", to_ordinal(2000, 1, 1) - to_ordinal(1969, 7, 20))
print("+100 days from 2024-01-15:", fmt(add_days((2024, 1, 15), 100)))
print("-365 days from 2024-03-01:", fmt(add_days((2024, 3, 1), -365)))
print("leap years 1896-1912:", [y for y in range(1896, 1913) if is_leap(y)])
print(month_grid(2024, 2))
print(month_grid(2023, 10))
print("US Thanksgiving 2023-2026:", [fmt(nth_weekday(y, 11, 3, 4)) for y in range(2023, 2027)])
print("last Monday of May 2024:", fmt(nth_weekday(2024, 5, 0, -1)))
fridays13 = [fmt((y, m, 13)) for y in (2026,) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths in 2026:", fridays13)

busy = {
    "ana": [("09:00", "10:30"), ("12:00", "13:00"), ("15:45", "17:00")],
    "ben": [("08:30", "09:15"), ("11:00", "12:30"), ("14:00", "15:00")],
    "cy": [("10:00", "11:15"), ("16:30", "18:00")],
}


def minutes(hhmm):
    h, m = map(int, hhmm.split(":"))
    return h * 60 + m


def hhmm(mins):
    return f"{mins // 60:02d}:{mins % 60:02d}"


def free_slots(calendars, start="08:00", end="18:00", length=30):
    intervals = sorted((minutes(a), minutes(b)) for cal in calendars.values() for a, b in cal)
    merged = []
    for a, b in intervals:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    slots, cursor = [], minutes(start)
    for a, b in merged + [[minutes(end), minutes(end)]]:
        if a - cursor >= length:
            slots.append((hhmm(cursor), hhmm(a)))
        cursor = max(cursor, b)
    return slots


print("common free slots:", free_slots(busy))
print("free 60+ min:", free_slots(busy, length=60))
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        to_ordinal(*bad)
    except ValueError as e:
        print("ValueError:", e)
