"""`check` says the same thing in every process: no verdict, reading or note depends on
the order Python happens to walk a set in (``PYTHONHASHSEED`` differs from run to run).
Before d252796 a note about invention patents named "invention patents granted" in one
process and "invention patent applications" in another (``subjects.narrower_count``
walked a set)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import hubquery

DEV7 = Path(__file__).parent.parent / "data" / "claims_dev7.tsv"


def test_check_answers_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    sentences = [line.split("\t")[0] for line in DEV7.read_text(encoding="utf-8").splitlines()]
    draft.write_text("\n\n".join(s for s in sentences if not s.startswith("#")), "utf-8")
    outputs = set()
    for seed in ("0", "4", "7"):  # 0 and 4 differed before the fix
        ran = hubquery("check", "--json", "--file", str(draft), env={"PYTHONHASHSEED": seed})
        assert ran.returncode == 0 or ran.returncode == 1, ran.stderr
        outputs.add(ran.stdout)
    assert len(outputs) == 1
