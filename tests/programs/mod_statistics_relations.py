import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9, 12, 15, 1, 3]
print(st.quantiles(data))
print(st.quantiles(data, n=10))
print(st.quantiles(data, n=4, method='inclusive'))
print(st.quantiles([1.5, 2.5, 9.0, 3.25], n=5))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y))
print(st.correlation(x, [v * 2 + 1 for v in x]))
r = st.linear_regression(x, [2 * v + 3 for v in x])
print(r, r.slope, r.intercept)
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
for bad in (lambda: st.covariance([1], [2]), lambda: st.correlation([1, 1], [2, 3]),
            lambda: st.quantiles([1]), lambda: st.linear_regression([1, 1], [2, 3])):
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
