"""Lossless rewrites behind ``bundle lint --fix``, one module per fix, written with libcst.

The rules find what to fix on the ``ast`` analysis (fast enough for every lint run) and say it
as a :class:`~stbundle.compiler.diagnostics.Fix` at ``ast`` positions. Only when fixing does
``compiler/lint/fix.py`` import this package's codemod, which maps those positions to libcst
nodes (``PositionProvider``) and rewrites just those nodes, so comments and formatting stay byte
for byte everywhere else. Plain ``bundle lint``, the compiler and the runtime never import libcst.
"""
