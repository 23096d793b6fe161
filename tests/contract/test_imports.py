"""Imports inside functions only at the seams the README's start-up section names.

A module that every run loads anyway (what ``hubquery --help`` imports) is imported at
the top of each module that uses it; the entry point alone, ``process``, imports inside
its functions (its Ctrl-C handler is set before anything else is imported). What
every run must *not* import is the forbidden set of ``test_contract.py``.

And the code runs one way: no module imports from a layer above its own, there is no
import cycle, and no file in src is over 450 lines."""

from __future__ import annotations

import ast
import functools
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SRC = ROOT / "src"
# The entry point: it sets its Ctrl-C handler first, then imports the group (see
# process.py's docstring and tests/cli/test_process.py).
ENTRY = SRC / "hubquery" / "process.py"


def _loaded_by_every_run() -> set[str]:
    """What both ``--help`` and a warm ``show dalian --json`` load: click's help alone
    loads ``shutil`` (7 M instructions), which a lookup never needs. The shipped
    dataset's cache is warm: every test's cache folder holds a copy of it (conftest's
    ``warm_caches``), as a run leaves it."""
    return _loaded_by("--help") & _loaded_by("show", "dalian", "--json")


def _loaded_by(*args: str) -> set[str]:
    code = (
        "import atexit, json, sys\n"
        "atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))\n"
        "from hubquery.process import main\n"
        f"sys.argv = ['hubquery', *{list(args)!r}]\n"
        "main()\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert run.returncode == 0, run.stderr
    loaded: list[str] = json.loads(run.stderr.splitlines()[-1])
    return set(loaded)


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _imported(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    """The modules an import statement imports (``from a import b``: ``a.b`` when that
    is a module, else ``a``)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
        base = f"{parent}.{base}" if base else parent
    found = []
    for alias in node.names:
        child = f"{base}.{alias.name}"
        found.append(child if _is_module(child) else base)
    return found


def _late_imports() -> list[tuple[str, int, str]]:
    """(file, line, module) of every import inside a function in src."""
    return _scan()[0]


def test_what_every_run_loads_is_imported_at_the_top() -> None:
    every = _loaded_by_every_run()
    entry = str(ENTRY.relative_to(ROOT))
    late = [
        (path, line, module)
        for path, line, module in _late_imports()
        if module in every and path != entry
    ]
    assert late == [], "move these imports to the top of their module"


# The layers, lowest first: a module imports only from its own layer or one below, so
# the code runs one way (the README's Development section). Every module in src is in one.
LAYERS: tuple[tuple[str, ...], ...] = (
    # what every step shares: the package's version, errors, the words of the domain,
    # temporary files
    ("hubquery", "errors", "escaping", "problems", "vocabulary", "temporaries"),
    # values: names, periods, numbers (with the words they are read from), hedges; the
    # served records and how a figure reads
    ("names", "periods", "numbers", "words", "shares_in_words", "hedges", "records", "display"),
    ("judgement",),
    # read and validate a dataset
    ("yamlfile", "models", "crosscheck", "load", "quotes", "curate"),
    # compile it, keep it on disk, write files
    ("store", "compile", "outputs", "cache"),
    # compute: one module per command
    ("query",),
    # show: views and formats, the file exporters, the JSON Schemas of the views
    ("render", "export", "schema"),
    # run: the commands, the group, the process
    ("pager", "commands", "cli", "process", "__main__"),
)


def _layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else module  # "hubquery": its __init__
    return next(i for i, names in enumerate(LAYERS) if top in names)


def _imports() -> dict[str, frozenset[str]]:
    """Each module in src and the hubquery modules it imports when it runs: at the top
    or inside a function (not under ``if TYPE_CHECKING:``, which never runs)."""
    return _scan()[1]


@functools.cache  # each file parsed once for this file's tests, which only read these
def _scan() -> tuple[list[tuple[str, int, str]], dict[str, frozenset[str]]]:
    """``_late_imports()`` and ``_imports()``, from one reading of src."""
    late: set[tuple[str, int, str]] = set()
    graph: dict[str, frozenset[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    for module in _imported(node, package):
                        late.add((str(path.relative_to(ROOT)), node.lineno, module))
        typing_only = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and ast.unparse(block.test).endswith("TYPE_CHECKING")
            for node in ast.walk(block)
        }
        graph[name] = frozenset(
            module
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in typing_only
            for module in _imported(node, package)
            if module.startswith("hubquery") and module != name
        )
    return sorted(late), graph


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    upward = sorted(
        (module, imported)
        for module, imports in _imports().items()
        for imported in imports
        if _layer(imported) > _layer(module)
    )
    assert upward == []


def test_every_module_is_in_a_layer() -> None:
    tops = {name.split(".")[1] for name in _imports() if "." in name}
    assert tops <= {top for layer in LAYERS for top in layer}


def test_no_import_cycle() -> None:
    graph = _imports()
    cycles: list[list[str]] = []
    state: dict[str, str] = {}  # "open" while its imports are being walked, then "done"

    def walk(module: str, path: list[str]) -> None:
        state[module] = "open"
        for imported in sorted(graph.get(module, ())):
            if state.get(imported) == "open":
                cycles.append([*path[path.index(imported) :], imported])
            elif imported not in state:
                walk(imported, [*path, imported])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert cycles == []


def test_no_file_in_src_is_over_450_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in SRC.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert long == {}
