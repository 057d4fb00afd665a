"""XST205: keyless widgets whose automatic identity repeats in one run."""

from __future__ import annotations

import ast
import io
import json
import re
import textwrap
import tokenize
from collections import defaultdict
from collections.abc import Iterator, Sequence

from stbundle.compiler.diagnostics import Diagnostic, Edit, Fix
from stbundle.compiler.keys import repeated_functions
from stbundle.compiler.lint.rule import Rule, char_col
from stbundle.compiler.lint.rules._helpers import show
from stbundle.compiler.model import AppModel, LoopInfo, Pos, WidgetSite


class DuplicateWidgetId(Rule):
    code = "XST205"
    name = "duplicate-widget-id"
    summary = "Identical keyless widgets (same kind and arguments), or one repeated in a loop."
    explanation = (
        "Without key=, a widget's identity is its kind and arguments. Two identical calls in "
        "one run raise StreamlitDuplicateElementId in Streamlit. stbundle tells repeated "
        "occurrences apart by their position, so the widget's state follows its position: "
        "if the list it is drawn for changes, the state moves to another item. Pass an "
        "explicit key built from the item. `bundle lint --fix` writes the key stbundle "
        "infers (the site key `module:function:kind:ordinal`, the function left out at module "
        "level) where it tells the widgets apart exactly as the runtime does: on the second "
        'of two identical calls it adds a literal, `key="app:button:1"`; in a loop whose '
        "variable is a counter (`range(...)`, the index of `enumerate(...)`) or runs over a "
        "literal list of distinct constants it adds an f-string of that variable, "
        '`key=f"app:checkbox:0:{i}"`, which follows the position as the runtime\'s inferred '
        "key does. It offers no fix for a loop over other data (only you know what identifies "
        "an item: a key from `str(item)` changes when the item does, and two equal items "
        "raise a duplicate-key error), for a `while` loop, for a function called more than "
        "once (the same literal would repeat on every call: build the key from its "
        "parameters), for a call passing `*args` or `**kwargs` (they may hold the key), or "
        "when the app already uses that key."
    )
    example_bad = """\
        for item in items:
            st.checkbox("Done")
    """
    example_good = """\
        for item in items:
            st.checkbox("Done", key=f"done_{item.id}")
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        groups: dict[tuple[str, str | None, str, str | None, str], list[WidgetSite]] = defaultdict(
            list
        )
        for site in model.widgets:
            if site.key is not None or site.key_dynamic:
                continue
            if site.repeats:
                where = "a loop" if site.repeats == "loop" else "a function called more than once"
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"Keyless {show(site)} is drawn repeatedly from {where} with the same "
                    "identity: Streamlit raises a duplicate-ID error, and stbundle keeps each "
                    "copy's state by its position, so state follows the position, not the item. "
                    "Pass key=... built from the item",
                    fix=_loop_fix(model, site),
                    certainty="heuristic",
                )
                continue
            if not site.identity:
                continue
            slot = (site.file, site.ctx.function, site.root, site.form, site.identity)
            earlier = [w for w in groups[slot] if not w.ctx.exclusive_with(site.ctx)]
            if earlier:
                yield self.diag(
                    model,
                    site.file,
                    site.pos,
                    f"{show(site)} repeats the widget at line {earlier[0].pos.line} with the "
                    "same arguments and no key: Streamlit raises StreamlitDuplicateElementId. "
                    "Give one of them key=...",
                    fix=_site_fix(model, site),
                )
            groups[slot].append(site)


def _loop_fix(model: AppModel, site: WidgetSite) -> Fix | None:
    """A key from the counters of the loops around the widget (see the explanation)."""
    if site.repeats != "loop" or not site.ctx.in_loop:
        return None
    repeated = model.memo.get("repeated_functions")
    if repeated is None:
        repeated = model.memo["repeated_functions"] = repeated_functions(model)
    if site.ctx.function in repeated:
        return None
    counters = _loop_counters(model, site)
    if counters is None:
        return None
    body = json.dumps(_readable_key(site), ensure_ascii=False)[1:-1]
    body = body.replace("{", "{{").replace("}", "}}")
    return _key_fix(model, site, 'f"' + body + "".join(f":{{{c}}}" for c in counters) + '"')


def _readable_key(site: WidgetSite) -> str:
    """The site key, without the scope at module level: ``app:button:1``."""
    if site.ctx.scope == "<module>":
        return site.site_key.replace(":<module>:", ":", 1)
    return site.site_key


def _site_fix(model: AppModel, site: WidgetSite) -> Fix | None:
    """A literal key for the second of two identical calls, unless the app already uses it."""
    key = _readable_key(site)
    used: set[str | None] | None = model.memo.get("literal_keys")
    if used is None:
        used = {w.key for w in model.widgets} | {s.key for s in model.state_ops}
        model.memo["literal_keys"] = used
    if key in used:
        return None
    return _key_fix(model, site, json.dumps(key, ensure_ascii=False))


def _segment(model: AppModel, file: str, pos: Pos) -> str | None:
    """The source text of an ``ast`` range (byte columns)."""
    module = model.modules.get(file)
    if module is None or pos.end_line > len(module.lines):
        return None
    lines = module.lines[pos.line - 1 : pos.end_line]
    if len(lines) == 1:
        return lines[0].encode()[pos.col : pos.end_col].decode(errors="replace")
    first = lines[0].encode()[pos.col :].decode(errors="replace")
    last = lines[-1].encode()[: pos.end_col].decode(errors="replace")
    return "\n".join([first, *lines[1:-1], last])


def _key_fix(model: AppModel, site: WidgetSite, key: str) -> Fix | None:
    """Insert ``key=KEY`` before the call's closing parenthesis (the codemod lays it out)."""
    text = _segment(model, site.file, site.pos)
    if text is None:
        return None
    try:
        call = ast.parse(text, mode="eval").body
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (SyntaxError, ValueError, tokenize.TokenError):
        return None
    if not isinstance(call, ast.Call):
        return None
    if any(isinstance(a, ast.Starred) for a in call.args) or any(
        k.arg in (None, "key") for k in call.keywords
    ):
        return None  # *args or **kwargs may hold the key
    code = [t for t in tokens if t.type not in _LAYOUT_TOKENS]
    if len(code) < 2 or code[-1].string != ")":
        return None
    content = f"key={key}" if code[-2].string in ("(", ",") else f", key={key}"
    row, col = code[-1].start
    line = site.pos.line + row - 1
    if row == 1:
        col += char_col(model, site.file, site.pos.line, site.pos.col) - 1
    return Fix(f"Add key={key}", (Edit(content, line, col + 1, line, col + 1),))


_LAYOUT_TOKENS = frozenset(
    {
        tokenize.COMMENT,
        tokenize.NL,
        tokenize.NEWLINE,
        tokenize.INDENT,
        tokenize.DEDENT,
        tokenize.ENDMARKER,
    }
)
_FOR_STATEMENT = re.compile(r"(async\s+)?for\b")


def _loop_counters(model: AppModel, site: WidgetSite) -> list[str] | None:
    """The counter of every loop around the widget, outermost first; None if one has none."""
    counters: list[str] = []
    for depth, loop_id in enumerate(site.ctx.loop_ids):
        loop = model.loops[loop_id]
        # A comprehension is one loop per ``for`` clause, all at the comprehension's position.
        clause = sum(1 for i in site.ctx.loop_ids[:depth] if model.loops[i].pos == loop.pos)
        memo: dict[tuple[int, int], str | None] = model.memo.setdefault("loop_counters", {})
        if (loop_id, clause) not in memo:
            memo[loop_id, clause] = _loop_counter(model, loop, clause)
        counter = memo[loop_id, clause]
        if counter is None:
            return None
        counters.append(counter)
    return counters


def _loop_counter(model: AppModel, loop: LoopInfo, clause: int) -> str | None:
    """The loop variable when it tells iterations apart stably: a counter or distinct literal."""
    text = _segment(model, loop.file, loop.pos)
    module = model.modules.get(loop.file)
    if text is None or module is None or loop.while_true:
        return None
    body: Sequence[ast.AST]
    indent = module.lines[loop.pos.line - 1].encode()[: loop.pos.col].decode(errors="replace")
    try:
        if _FOR_STATEMENT.match(text) and not indent.strip():
            statement = ast.parse(textwrap.dedent(indent + text)).body[0]
            if not isinstance(statement, (ast.For, ast.AsyncFor)):
                return None
            target, iterable, body = statement.target, statement.iter, statement.body
        else:
            expr = ast.parse(text, mode="eval").body
            if not isinstance(expr, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                return None
            generator = expr.generators[clause]
            target, iterable, body = generator.target, generator.iter, [expr]
    except (SyntaxError, ValueError, IndexError):
        return None
    name = _counter_name(target, iterable)
    if name is None:
        return None
    own = set(map(id, ast.walk(target)))
    stores = (
        inner
        for node in body
        for inner in ast.walk(node)
        if isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Store)
    )
    if any(inner.id == name and id(inner) not in own for inner in stores):
        return None  # reassigned in the loop: it no longer tells iterations apart
    return name


def _counter_name(target: ast.expr, iterable: ast.expr) -> str | None:
    if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name):
        if iterable.func.id == "range" and isinstance(target, ast.Name):
            return target.id
        if (
            iterable.func.id == "enumerate"
            and isinstance(target, ast.Tuple)
            and target.elts
            and isinstance(target.elts[0], ast.Name)
        ):
            return target.elts[0].id
        return None
    if isinstance(iterable, (ast.List, ast.Tuple, ast.Set)) and isinstance(target, ast.Name):
        values = [e.value for e in iterable.elts if isinstance(e, ast.Constant)]
        constants = len(values) == len(iterable.elts) and all(
            isinstance(v, (str, int)) and not isinstance(v, bool) for v in values
        )
        if constants and len({str(v) for v in values}) == len(values):
            return target.id
    return None
