"""The `bundle` / `stbundle` command line: serve, build and lint Streamlit-style apps."""

from __future__ import annotations

import click

from stbundle import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="stbundle")
def main() -> None:
    """Ship Streamlit-style Python apps: on a server, or as a static site under Pyodide."""


@main.command()
@click.argument("app", type=click.Path(exists=True, dir_okay=False))
def run(app: str) -> None:
    """Run APP once headlessly and print what it shows (a quick check without a browser)."""
    from stbundle.runtime_py.headless import print_app

    raise SystemExit(print_app(app))


from stbundle.compiler.lint.command import lint_command  # noqa: E402

main.add_command(lint_command)

from stbundle.server.command import serve_command  # noqa: E402

main.add_command(serve_command)


from stbundle.builder.command import build_command, init_pages_command  # noqa: E402

main.add_command(build_command)
main.add_command(init_pages_command)


if __name__ == "__main__":
    main()
