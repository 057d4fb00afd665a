"""The ``bundle lint`` click command. Exit 0 clean, 1 diagnostics, 2 usage/internal error."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import click
from stbundle.compiler.lint import lint_paths, missing_path
from stbundle.compiler.lint.config import ConfigError, LintConfig, load_config, read_pyproject
from stbundle.compiler.lint.fix import apply_fixes, plan_fixes
from stbundle.compiler.lint.output import FORMATS, format_diagnostics
from stbundle.compiler.lint.registry import RULES, find_rule
from stbundle.compiler.lint.rule import TARGETS


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def explain(code: str) -> str | None:
    rule = find_rule(code)
    if rule is None:
        return None
    target = "static builds (--target pyodide) only" if rule.targets == ("pyodide",) else "all"
    lines = [
        f"{rule.code} ({rule.name})",
        "",
        rule.summary,
        "",
        rule.explanation,
        "",
        f"Certainty: {rule.certainty}. Severity: {rule.severity}. Targets: {target}. "
        f"Default: {'on' if rule.default else 'off'}.",
    ]
    if rule.example_bad:
        lines += ["", "Instead of:", "", *("    " + s for s in rule.example("bad").splitlines())]
    if rule.example_good:
        lines += ["", "Write:", "", *("    " + s for s in rule.example("good").splitlines())]
    return "\n".join(lines)


def _config(
    paths: list[str],
    config_file: str | None,
    select: list[str],
    ignore: list[str],
    target: str | None,
) -> LintConfig | None:
    """The effective config, or None to let each app use its own pyproject.toml."""
    if config_file is not None:
        base = read_pyproject(Path(config_file)) or LintConfig(root=Path(config_file).parent)
    elif select or ignore or target:
        base = load_config(Path(paths[0]) if paths else Path.cwd())
    else:
        return None
    if select:
        base.select = select
    base.ignore = [*base.ignore, *ignore]
    if target:
        base.target = target
    return base


@click.command("lint")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "--select", multiple=True, help="Codes, prefixes or names to check (comma-separated)."
)
@click.option("--ignore", multiple=True, help="Codes, prefixes or names to skip (comma-separated).")
@click.option("--target", type=click.Choice(TARGETS), help="Deployment the app is meant for.")
@click.option(
    "--config", "config_file", type=click.Path(dir_okay=False), help="pyproject.toml to use."
)
@click.option("--explain", "explain_code", metavar="CODE", help="Explain a rule and exit.")
@click.option("--fix", is_flag=True, help="Apply safe fixes, then report what remains.")
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Print the safe fixes as a diff and change nothing (exit 1 if there are any).",
)
@click.option("--list-rules", is_flag=True, help="List every rule and exit.")
def lint_command(
    paths: tuple[str, ...],
    fmt: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    target: str | None,
    config_file: str | None,
    explain_code: str | None,
    fix: bool,
    show_diff: bool,
    list_rules: bool,
) -> None:
    """Report Streamlit anti-patterns in PATHS (files or directories; default: .)."""
    if explain_code is not None:
        text = explain(explain_code)
        if text is None:
            raise click.UsageError(f"unknown rule {explain_code!r}; see `bundle lint --list-rules`")
        click.echo(text)
        return
    if list_rules:
        for rule in RULES:
            click.echo(f"{rule.code}  {rule.name:36} {rule.certainty:9} {rule.summary}")
        return
    targets = list(paths) or ["."]
    missing = [p for p in targets if not Path(p).exists()]
    if missing:
        for path in missing:
            d = missing_path(path)
            click.echo(f"{d.path}: {d.message}", err=True)
        sys.exit(2)
    try:
        config = _config(targets, config_file, _split(select), _split(ignore), target)
        diagnostics = lint_paths(targets, config)
        if show_diff:
            planned = plan_fixes(diagnostics)
            for problem in planned.problems:
                click.echo(problem, err=True)
            click.echo(planned.diff(), nl=False)
            n = planned.applied
            click.echo(f"Would fix {n} diagnostic{'s' if n != 1 else ''}.", err=True)
            sys.exit(1 if planned.files else 0)
        if fix and any(d.fix for d in diagnostics):
            fixed = apply_fixes(diagnostics)
            for problem in fixed.problems:
                click.echo(problem, err=True)
            if fixed.files:
                diagnostics = lint_paths(targets, config)
            n = fixed.applied
            click.echo(f"Fixed {n} diagnostic{'s' if n != 1 else ''}.", err=True)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except Exception:  # an internal error must not look like "diagnostics found"
        click.echo("error: internal error in bundle lint:", err=True)
        click.echo(traceback.format_exc(), err=True)
        sys.exit(2)
    color = fmt == "text" and sys.stdout.isatty()
    click.echo(format_diagnostics(diagnostics, fmt, color=color))
    sys.exit(1 if diagnostics else 0)
