"""Project settings: ``brandcheck.toml`` or ``[tool.brandcheck]`` in ``pyproject.toml``, or ``--config FILE``.

A key is the long name of a command-line option (``markets``, ``sector``, ``source-language``,
``min-severity``…; ``-`` or ``_``), or the plural of a repeatable one (``wordlists`` for
``--wordlist``, ``accept`` for ``--accept``). Top-level keys apply to every command that has the
option; a table named after a command (``[screen]``) applies to that command only and wins over
the top level. The mapping is generic: an option added to a command later is a config key at once.

Values: a string, number or boolean as the option takes it; a list for a repeatable option, or for
an option of comma-separated values (``markets = ["de", "ja"]``). Paths of ``FILE`` options are
read relative to the config file's folder. Options given on the command line win. A key that is
no option of any command is an error naming the key (exit 2).

>>> import argparse
>>> p = argparse.ArgumentParser(prog="x"); sub = p.add_subparsers(dest="command")
>>> c = sub.add_parser("check"); _ = c.add_argument("--markets"); _ = c.add_argument("--offline", action="store_true")
>>> parse_with_config(p, ["check", "--markets", "de"], config={"markets": ["ja", "zh"], "offline": True}).offline
True
>>> parse_with_config(p, ["check", "--markets", "de"], config={"markets": ["ja", "zh"]}).markets
'de'
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Mapping, Sequence

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from ..errors import BrandcheckError

__all__ = ["find_config", "load_config", "parse_with_config", "CONFIG_NAME", "ConfigError"]

CONFIG_NAME = "brandcheck.toml"


class ConfigError(BrandcheckError, ValueError):
    """A settings file brandcheck cannot use (the CLI prints it on one line and exits 2)."""


def _usage(message: str) -> Exception:
    return ConfigError(message)


def _config_arg(argv: Sequence[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--config" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--config="):
            return arg.split("=", 1)[1]
    return None


def find_config(folder: str = ".") -> str | None:
    """``brandcheck.toml`` in ``folder``, else ``pyproject.toml`` there if it has ``[tool.brandcheck]``."""
    path = os.path.join(folder, CONFIG_NAME)
    if os.path.isfile(path):
        return path
    py = os.path.join(folder, "pyproject.toml")
    if os.path.isfile(py):
        try:
            with open(py, "rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError):
            return None  # someone else's broken pyproject is not ours to complain about
        if isinstance(data.get("tool"), dict) and "brandcheck" in data["tool"]:
            return py
    return None


def load_config(path: str) -> dict[str, Any]:
    """The settings table of a config file (``[tool.brandcheck]`` for a pyproject.toml)."""
    from ..batch.files import special_file

    special = special_file(path)
    if special:
        raise _usage(f"config {path}: {special}")
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise _usage(f"--config {path}: no such file") from None
    except OSError as exc:
        raise _usage(f"config {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise _usage(f"config {path}: not UTF-8 text (TOML files are UTF-8)") from None
    except tomllib.TOMLDecodeError as exc:
        raise _usage(f"config {path}: not valid TOML ({str(exc).splitlines()[0]})") from None
    except RecursionError:
        raise _usage(f"config {path}: TOML nested too deeply to be a config") from None
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get("brandcheck", {})
        if not isinstance(data, dict):
            raise _usage(f"config {path}: [tool.brandcheck] must be a table")
    return data


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _options(sub: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    """key → action for every long option of a command (by dest and by option name)."""
    out: dict[str, argparse.Action] = {}
    for action in sub._actions:
        if not action.option_strings or action.dest in (argparse.SUPPRESS, "help", "config"):
            continue
        keys = {action.dest}
        keys |= {o[2:].replace("-", "_") for o in action.option_strings if o.startswith("--")}
        if isinstance(action, argparse._AppendAction):
            keys |= {k + "s" for k in keys}
        for k in keys:
            out[k] = action
    return out


def _convert(key: str, value: Any, action: argparse.Action, base: str, where: str) -> Any:
    def bad(expected: str) -> Exception:
        return _usage(f"config {where}: {key} must be {expected}, not {value!r}")

    if action.nargs == 0 or isinstance(action, argparse.BooleanOptionalAction):  # a flag: true or false
        if not isinstance(value, bool):
            raise bad("true or false")
        if isinstance(action, (argparse._StoreTrueAction, argparse._StoreFalseAction)):
            return value if not isinstance(action, argparse._StoreFalseAction) else not value
        if isinstance(action, argparse._StoreConstAction):  # --offline storing online=False
            return action.const if value else action.default
        return value
    is_file = "FILE" in str(action.metavar or "") and action.dest != "output"

    def one(item: Any) -> Any:
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            raise bad("a string or a number" if not isinstance(action, argparse._AppendAction) else "a list of strings")
        if action.type is not None and not isinstance(item, str):
            item = str(item)
        if action.type is not None:
            try:
                item = action.type(item)
            except (TypeError, ValueError, argparse.ArgumentTypeError):
                raise bad(f"a valid {action.metavar or action.dest}") from None
        elif not isinstance(item, str):
            item = str(item)
        if is_file and isinstance(item, str) and item != "-" and not os.path.isabs(item):
            item = os.path.join(base, item)
        if action.choices is not None and item not in action.choices:
            raise _usage(f"config {where}: {key} = {item!r} is not one of {', '.join(map(str, action.choices))}")
        return item

    if isinstance(action, argparse._AppendAction) or action.nargs in ("+", "*"):
        items = value if isinstance(value, list) else [value]
        return [one(v) for v in items]
    if isinstance(value, list):  # an option of comma-separated values
        if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in value):
            raise bad("a list of strings")
        return one(",".join(str(v) for v in value))
    return one(value)


def _fits_another(key: str, value: Any, command: str, options: Mapping[str, Mapping[str, argparse.Action]],
                  base: str, where: str) -> bool:
    for name, actions in options.items():
        if name != command and key in actions:
            try:
                _convert(key, value, actions[key], base, where)
                return True
            except ConfigError:
                continue
    return False


def parse_with_config(parser: argparse.ArgumentParser, argv: Sequence[str], *,
                      config: Mapping[str, Any] | None = None, path: str | None = None) -> argparse.Namespace:
    """Parse ``argv`` with the settings of ``config`` (default: the file ``--config`` names, or the
    one :func:`find_config` finds in the current folder) as defaults of the command being run."""
    argv = list(argv)
    subs = _subparsers(parser)
    if config is None:
        path = _config_arg(argv)
        if path is None:
            path = find_config(".")
        if path is None:
            return parser.parse_args(argv)
        config = load_config(path)
    where = path or "settings"
    base = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
    options = {name: _options(sub) for name, sub in subs.items()}
    known = set().union(*options.values()) if options else set()
    top: dict[str, Any] = {}
    tables: dict[str, dict[str, Any]] = {}
    for key, value in config.items():
        norm = key.replace("-", "_")
        if key in subs and isinstance(value, dict):
            for k in value:
                if k.replace("-", "_") not in options[key]:
                    raise _usage(f"config {where}: unknown key {k!r} in [{key}] (not an option of `{key}`)")
            tables[key] = {k.replace("-", "_"): v for k, v in value.items()}
        elif norm in known:
            top[norm] = value
        else:
            raise _usage(f"config {where}: unknown key {key!r} (not an option of any command)")
    command = next((a for a in argv if not a.startswith("-") and a in subs), None)
    if command is not None:
        mine = options[command]
        chosen = {k: v for k, v in top.items() if k in mine}
        own = tables.get(command, {})
        chosen.update(own)
        defaults: dict[str, Any] = {}
        for key, value in chosen.items():
            action = mine[key]
            try:
                converted = _convert(key, value, action, base, where)
            except ConfigError:
                # A top-level value meant for another command (format = "html" and `brandcheck
                # markets`) is left out here; one no command can take is an error.
                if key in own or not _fits_another(key, value, command, options, base, where):
                    raise
                continue
            if isinstance(converted, list) and isinstance(defaults.get(action.dest), list):
                converted = defaults[action.dest] + converted  # accept and accepts both given
            defaults[action.dest] = converted
        subs[command].set_defaults(**defaults)
    args = parser.parse_args(argv)
    if command is not None and path:
        setattr(args, "config_file", path)
    return args
