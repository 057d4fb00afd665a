"""``[tool.stbundle.lint]`` in pyproject.toml, merged with command-line flags.

Selection follows ruff: ``select``/``ignore`` take codes, code prefixes ("XST1") or rule
names; ``per-file-ignores`` maps glob patterns (relative to the pyproject's directory) to
codes; ``target`` chooses the deployment the Pyodide-only rules care about.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from stbundle.compiler.lint.rule import TARGETS, Rule


class ConfigError(ValueError):
    """The configuration is invalid (exit code 2)."""


def _matches(rule: Rule, selector: str) -> bool:
    selector = selector.strip()
    if selector.upper() == "ALL":
        return True
    return rule.code.startswith(selector.upper()) or rule.name == selector.lower()


@dataclass
class LintConfig:
    select: list[str] | None = None  # None: the rules that are on by default
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    target: str = "server"
    root: Path | None = None  # where per-file-ignores patterns are anchored

    def enabled(self, rule: Rule) -> bool:
        if self.target not in rule.targets:
            return False
        if any(_matches(rule, s) for s in self.ignore):
            return False
        if self.select is None:
            chosen = rule.default
        else:
            chosen = any(_matches(rule, s) for s in self.select)
        return chosen or any(_matches(rule, s) for s in self.extend_select)

    def ignored_in(self, path: Path, code: str) -> bool:
        if not self.per_file_ignores:
            return False
        root = self.root or Path.cwd()
        try:
            rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
        except ValueError:
            rel = path.as_posix()
        for pattern, codes in self.per_file_ignores.items():
            matched = fnmatch(rel, pattern) or fnmatch(path.name, pattern)
            if matched and any(c.upper() == "ALL" or code.startswith(c.upper()) for c in codes):
                return True
        return False


def _str_list(table: dict[str, Any], key: str, where: Path) -> list[str] | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: [tool.stbundle.lint] {key} must be a list of strings")
    return value


def config_from_table(table: dict[str, Any], where: Path) -> LintConfig:
    known = {"select", "ignore", "extend-select", "per-file-ignores", "target"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"{where}: unknown [tool.stbundle.lint] setting(s): {', '.join(unknown)}")
    config = LintConfig(root=where.parent)
    config.select = _str_list(table, "select", where)
    config.ignore = _str_list(table, "ignore", where) or []
    config.extend_select = _str_list(table, "extend-select", where) or []
    pfi = table.get("per-file-ignores", {})
    if not isinstance(pfi, dict) or not all(
        isinstance(v, list) and all(isinstance(c, str) for c in v) for v in pfi.values()
    ):
        raise ConfigError(f"{where}: per-file-ignores must map patterns to lists of codes")
    config.per_file_ignores = dict(pfi)
    target = table.get("target", "server")
    if target not in TARGETS:
        raise ConfigError(f'{where}: target must be "server" or "pyodide", not {target!r}')
    config.target = target
    return config


def read_pyproject(path: Path) -> LintConfig | None:
    """The lint config in this pyproject.toml, or None when it has no such table."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from exc
    table = data.get("tool", {}).get("stbundle", {}).get("lint")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.stbundle.lint] must be a table")
    return config_from_table(table, path)


def load_config(start: Path) -> LintConfig:
    """The closest pyproject.toml with ``[tool.stbundle.lint]`` at or above ``start``."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            config = read_pyproject(candidate)
            if config is not None:
                return config
    return LintConfig()
