"""Time, inside one process, the work of `hubquery show HUB --json` (or another format)
once its modules are imported: open the compiled cache, query, build the view, write
it. Prints seconds. bench/run.py sets it beside the start-up floor: what is left of
the start-up goal for importing the code that does this work.

    python bench/work.py dalian          # --json
    python bench/work.py dalian table    # the table (its renderer imported as it runs)
"""

import os
import sys
import time

from hubquery.cache import open_store
from hubquery.query.profile import profile
from hubquery.render import emit
from hubquery.render.views import profile_view

if sys.argv[2:] == ["table"]:  # imported before the clock, as in the table's yardstick
    import rich.console
    import rich.text  # noqa: F401
started = time.perf_counter()
with open(os.devnull, "w", encoding="utf-8") as out:
    emit(
        profile_view(profile(open_store(None), sys.argv[1]), quotes=False),
        sys.argv[2] if len(sys.argv) > 2 else "json",
        out,
    )
print(time.perf_counter() - started)
