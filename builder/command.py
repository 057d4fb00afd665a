"""The `bundle build` and `bundle init-pages` commands (registered in stbundle/cli.py)."""

from __future__ import annotations

from pathlib import Path

import click
from stbundle.builder.errors import BuildError


@click.command("build")
@click.argument("app", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--out",
    "out",
    default="dist",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder to write the site into (replaced only when the build succeeds).",
)
@click.option(
    "--pyodide-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Copy this local Pyodide 314.0.7 (e.g. node_modules/pyodide) into the site.",
)
@click.option(
    "--pyodide-url", default=None, help="Load Pyodide from this URL instead of the jsDelivr CDN."
)
@click.option(
    "--requirements",
    "-r",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="requirements.txt of pure-Python packages to ship as wheels.",
)
@click.option("--title", default=None, help="Page title (default: the app's file name).")
@click.option("--strict", is_flag=True, help="Fail the build on lint warnings too.")
@click.option(
    "--no-precompile",
    is_flag=True,
    help="Ship Pyodide's standard library as sources (no bytecode compiled under Node).",
)
@click.option(
    "--no-snapshot",
    is_flag=True,
    help="Ship no memory snapshot of the started runtime (8 MB gzip lighter, starts slower).",
)
@click.option(
    "--wheel-cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    envvar="STBUNDLE_WHEEL_CACHE",
    help="Where downloaded wheels are kept [default: ~/.cache/stbundle/wheels].",
)
def build_command(
    app: Path,
    out: Path,
    pyodide_dir: Path | None,
    pyodide_url: str | None,
    requirements: Path | None,
    title: str | None,
    strict: bool,
    no_precompile: bool,
    no_snapshot: bool,
    wheel_cache: Path | None,
) -> None:
    """Build APP into a static site that runs it in the browser under Pyodide."""
    from stbundle.builder.build import BuildOptions, build_site, report

    options = BuildOptions(
        app=app,
        out=out,
        pyodide_dir=pyodide_dir,
        pyodide_url=pyodide_url,
        requirements=requirements,
        title=title,
        strict=strict,
        wheel_cache=wheel_cache,
        precompile=not no_precompile,
        snapshot=not no_snapshot,
    )
    try:
        result = build_site(options)
    except BuildError as exc:
        click.echo(f"error: {exc}", err=True)
        click.echo(f"build failed; {out} was left untouched", err=True)
        raise SystemExit(1) from None
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(report(result))


@click.command("init-pages")
@click.argument("app", type=click.Path(dir_okay=False))
@click.option("--branch", default="main", show_default=True, help="Branch whose pushes deploy.")
@click.option("--requirements", "-r", default=None, help="requirements.txt passed to the build.")
@click.option("--force", is_flag=True, help="Replace an existing workflow file.")
def init_pages_command(app: str, branch: str, requirements: str | None, force: bool) -> None:
    """Write .github/workflows/pages.yml: build APP and publish it on GitHub Pages."""
    from stbundle.builder.pages import init_pages

    try:
        path = init_pages(Path.cwd(), app, branch=branch, requirements=requirements, force=force)
    except BuildError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(1) from None
    click.echo(f"wrote {path.relative_to(Path.cwd())}")
    click.echo("Then in the repository's Settings → Pages, set Source to “GitHub Actions”.")
