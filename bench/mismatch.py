"""Times the mismatch engine on projects whose arrays hold 10, 100 and 1,000 items.

Run from the repository root:  .venv/bin/python bench/mismatch.py
Evaluation must grow linearly with document size: the script fails when going from 100 to
1,000 items costs more than 15 times as much.
"""

import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tec.mismatches.engine import evaluate  # noqa: E402  (needs the path above)
from tec.mismatches.tests.factory import project  # noqa: E402

SIZES = (10, 100, 1000)
MAX_RATIO = 15


def drifted(n):
    """A project in which every item disagrees somewhere, so most rules emit n conditions."""
    docs = project(n)
    for component in docs["development_environment"]["downstream_components"]:
        component["input_spec"][0]["item_type"] = "String"
    for component in docs["development_environment"]["upstream_components"]:
        component["component_name"] += "-renamed"
    for row in docs["production_environment"]["algorithm_metrics"] + docs["production_environment"]["model_logs"]:
        row.update(metric="other", log="other")
    for row in docs["production_data"]["statistics"]:
        row["value"] = "0.75"
    for row in docs["production_data"]["distribution"]:
        row["percentage"] = 1
    docs["trained_model"]["ml_frameworks"].append("Cobol ML")
    return docs


def best_time(docs, repeat=7):
    """Seconds per evaluation, best of several runs of a loop long enough to time reliably."""
    timer = timeit.Timer(lambda: evaluate(docs))
    loops, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=loops)) / loops


def main():
    failed = False
    for name, build in (("consistent", project), ("drifted", drifted)):
        times = {n: best_time(build(n)) for n in SIZES}
        conditions = sum(len(m.conditions) for m in evaluate(build(SIZES[-1])).mismatches)
        ratio = times[1000] / times[100]
        cells = "  ".join(f"n={n}: {times[n] * 1000:8.2f} ms" for n in SIZES)
        print(f"{name:<11} {cells}  100->1000: x{ratio:.1f}  ({conditions} conditions at n=1000)")
        failed |= ratio > MAX_RATIO
    if failed:
        sys.exit(f"evaluation grew faster than x{MAX_RATIO} from 100 to 1,000 items")


if __name__ == "__main__":
    main()
