"""The command specs: one declarative entry per public name of Streamlit 1.67's `st`.

`stbundle.specs.commands.ALL` is the list; `python -m stbundle.specs.generate` writes what is
derived from it (the runtime's api module, the not-yet stubs, the compiler's widget table, the
AppTest query properties, the renderer's element registry and docs/api-coverage.md), and
`--check` fails when any of those is stale.
"""
