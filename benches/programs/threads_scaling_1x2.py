# Benchmark: thread scaling, one thread doing two units of work (the baseline).
# The unit is support/threads_unit.unit (CPU-bound Python: calls, floats, attributes, a dict).
# requires: threading
# Usage: threads_scaling_1x2.py [N]   (default N = 1_500_000 iterations per unit)
# quick: 5000   (the size used by the runner's --quick checksum check)
# Prints a checksum line, then "warmup: <seconds>" and "time: <seconds>".
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "support"))
from threads_scaling import main  # noqa: E402

main("1x2")
