"""The `bundle` / `stbundle` command line: serve, build and lint Streamlit-style apps."""

from __future__ import annotations

import importlib

import click

from stbundle import __version__

# Commands defined elsewhere, imported only when used: `bundle serve` must not pay for the
# compiler's and the builder's imports before its server answers (see bench/bench_serve.py).
LAZY_COMMANDS = {
    "lint": "stbundle.compiler.lint.command:lint_command",
    "serve": "stbundle.server.command:serve_command",
    "build": "stbundle.builder.command:build_command",
    "init-pages": "stbundle.builder.command:init_pages_command",
}


class LazyGroup(click.Group):
    """A click group that imports a command's module the first time the command is needed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS and cmd_name not in self.commands:
            module, attr = LAZY_COMMANDS[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), attr), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="stbundle")
def main() -> None:
    """Ship Streamlit-style Python apps: on a server, or as a static site under Pyodide."""


@main.command()
@click.argument("app", type=click.Path(exists=True, dir_okay=False))
def run(app: str) -> None:
    """Run APP once headlessly and print what it shows (a quick check without a browser)."""
    from stbundle.runtime_py.headless import print_app

    raise SystemExit(print_app(app))


if __name__ == "__main__":
    main()
