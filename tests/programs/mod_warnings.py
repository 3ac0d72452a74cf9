import io
import warnings
from contextlib import redirect_stderr

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain message")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("stacked", RuntimeWarning, stacklevel=2)
    warnings.warn(UserWarning("an instance"))
    print(len(log))
    for w in log:
        print(w.category.__name__, str(w.message), type(w.message).__name__)
    print(isinstance(log[0].message, UserWarning), log[0].message.args)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print("ignored:", len(log))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn("custom", FutureWarning)
    except FutureWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip this one")
    warnings.warn("Skip case-insensitively")
    warnings.warn("keep this one")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("error filter:", e)
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
    warnings.warn("other")
    print("once:", [str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("looped")
    print("default:", [str(w.message) for w in log])


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", MyWarning)
    warnings.warn("mine", MyWarning)
    warnings.warn("not mine")
    print([(w.category.__name__, str(w.message)) for w in log])

print(warnings.formatwarning("msg", UserWarning, "file.py", 12))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "f.py", 3, "  x = 1  ")))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 42)
    w = log[0]
    print(w.filename, w.lineno, w.category.__name__, w.message)

err = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    with redirect_stderr(err):
        warnings.warn_explicit("to stderr", UserWarning, "mod.py", 7)
print(repr(err.getvalue()))

shown = []
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda *a: shown.append((str(a[0]), a[1].__name__))
    warnings.warn("via showwarning", SyntaxWarning)
print(shown)
print(warnings.showwarning is warnings._showwarning_orig if hasattr(warnings, "_showwarning_orig") else True)

for bad in [lambda: warnings.warn("x", category=int), lambda: warnings.simplefilter("bogus")]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.warn("pending", PendingDeprecationWarning)
print(len(log))
