"""The claim-set scorer (`python -m tests.claimset`) is a tool the README tells people to
run; read through `head`, it stops quietly when its reader has had enough."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

SETS = ["tests/data/claims_dev5.tsv", "tests/data/claims_heldout9.tsv"]


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    # (`| head -1` closes the pipe after the first score line; unbuffered, that line is
    # written before the second set is scored, and what follows meets a closed pipe)
    scorer = subprocess.Popen(
        [sys.executable, "-m", "tests.claimset", *SETS],
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = scorer.stdout, scorer.stderr
    assert out is not None
    assert err is not None
    first = out.readline()
    out.close()
    errors = err.read().decode()
    scorer.wait(timeout=120)
    assert first.startswith(b"claims_dev5.tsv: ")
    assert "Traceback" not in errors, errors
    assert "BrokenPipeError" not in errors, errors
    assert scorer.returncode == 1
