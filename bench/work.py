"""Time, inside one process, the work of `hubquery show HUB --json` once its modules
are imported: open the compiled cache, query, build the view, write the JSON. Prints
seconds. bench/run.py sets it beside the start-up floor: what is left of the start-up
goal for importing the code that does this work."""

import os
import sys
import time

from hubquery.cache import open_store
from hubquery.query.profile import profile
from hubquery.render import emit
from hubquery.render.views import profile_view

started = time.perf_counter()
with open(os.devnull, "w", encoding="utf-8") as out:
    emit(profile_view(profile(open_store(None), sys.argv[1]), quotes=False), "json", out)
print(time.perf_counter() - started)
