"""The single analysis pass: one walk over each file's syntax tree records the app model.

Why ``ast`` and not libcst: the compile step runs on every ``bundle serve`` start and file
change, and lint must handle a 10,000-line app in under a second. Measured on the project's
2-core machine for 10,000 lines: libcst parses in 0.9 s, a bare libcst traversal takes 0.6 s more
and QualifiedNameProvider 4.9 s, and importing libcst costs 150 ms; ``ast.parse`` takes 0.1 s.
The pass keeps its own scopes, so names are still resolved through every alias form. Its
positions are also exactly what the runtime sees: ``ast`` columns are the UTF-8 byte offsets
that frame positions (``co_positions``) report, and compilation never moves a line.
"""

from __future__ import annotations

import ast
import os
from itertools import count
from pathlib import Path

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.imports import (
    STDLIB,
    classify,
    local_module_file,
    module_name,
    resolve_relative,
)
from stbundle.compiler.model import (
    AppModel,
    CallbackRef,
    ClassInfo,
    Container,
    Context,
    Fact,
    FormInfo,
    FunctionInfo,
    ImportInfo,
    LocalCall,
    LoopInfo,
    ModuleInfo,
    PageSite,
    Param,
    Pos,
    StateOp,
    StCall,
    TryInfo,
    WidgetSite,
)
from stbundle.compiler.page_decls import (
    bare_entry_args,
    declared_page_files,
    navigation_entries,
    page_args,
)
from stbundle.compiler.source import parse_source, read_source
from stbundle.compiler.streamlit_api import (
    CONTAINER_SEQUENCES,
    CONTAINERS,
    NETWORK_CALLS,
    NETWORK_MODULES,
    NON_ELEMENTS,
    NON_IDENTITY_PARAMS,
    NONDETERMINISTIC_CALLS,
    NONDETERMINISTIC_MODULES,
    NOT_HONOURED,
    NOT_YET,
    REMOVED_APIS,
    RUN_ENDERS,
    SLEEP_CALLS,
    THREAD_CALLS,
    THREAD_MODULES,
    WIDGETS,
    WidgetSpec,
)
from stbundle.compiler.values import (
    SESSION_STATE,
    CachedVal,
    ClassVal,
    ContainerMethod,
    ContainerSeq,
    ContainerVal,
    FuncVal,
    InstanceVal,
    LocalModVal,
    ModRef,
    StRef,
    Value,
    WidgetVal,
    attribute,
)

_MUTATING_METHODS = frozenset(
    {
        "append",
        "extend",
        "insert",
        "remove",
        "pop",
        "clear",
        "update",
        "add",
        "discard",
        "sort",
        "reverse",
        "setdefault",
        "popitem",
        "__setitem__",
        "__delitem__",
    }
)
_NONDETERMINISTIC_BUILTINS = frozenset({"id", "object"})
_SKIP_DIRS = frozenset({"__pycache__", ".git", ".venv", "venv", "node_modules", "site-packages"})


def _pos(node: ast.AST) -> Pos:
    line: int = getattr(node, "lineno", 1)
    col: int = getattr(node, "col_offset", 0)
    end_line = getattr(node, "end_lineno", None) or line
    end_col = getattr(node, "end_col_offset", None)
    return Pos(line, col, end_line, col if end_col is None else end_col)


def _literal(node: ast.AST) -> bool:
    """A value fixed in the source text (so two equal texts are equal values)."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return all(_literal(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(k is not None and _literal(k) for k in node.keys) and all(
            _literal(v) for v in node.values
        )
    if isinstance(node, ast.UnaryOp):
        return _literal(node.operand)
    if isinstance(node, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) for v in node.values)
    return False


_STATIC_BUILTINS = frozenset(
    {"range", "list", "tuple", "sorted", "set", "dict", "enumerate", "zip", "reversed"}
)


def _static_options(node: ast.AST) -> bool:
    """Options that cannot change between runs: literals, names, pure builtin transforms."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            func = sub.func
            if not (isinstance(func, ast.Name) and func.id in _STATIC_BUILTINS):
                return False
    return True


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _target_names(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, (ast.Tuple, ast.List)):
        out: list[str] = []
        for elt in node.elts:
            out.extend(_target_names(elt))
        return out
    if isinstance(node, ast.Starred):
        return _target_names(node.value)
    return []


def _str_const(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _key_const(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)
    return None


def _short(node: ast.AST, limit: int = 60) -> str:
    text = ast.unparse(node)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Scope:
    """Names bound in one function (or the module), plus button-branch bookkeeping."""

    __slots__ = ("gated", "names", "plain")

    def __init__(self) -> None:
        self.names: dict[str, Value | None] = {}
        self.gated: dict[str, tuple[int, int]] = {}  # name -> (if id, if line) when bound
        self.plain: set[str] = set()  # names also bound outside any button branch


class ModuleAnalyser(ast.NodeVisitor):
    """Walks one file once and records its facts into the shared AppModel."""

    def __init__(self, app: AppAnalyser, module: ModuleInfo, tree: ast.Module) -> None:
        self.app = app
        self.model = app.model
        self.ids = app.ids
        self.module = module
        self.file = module.rel
        self.tree = tree
        self.ctx = Context(self.file)
        self.scopes: list[_Scope] = [_Scope()]
        self.funcs: list[FunctionInfo] = []
        self.func_locals: list[set[str]] = []
        self.qual: list[str] = []
        self.values: dict[int, Value] = {}
        self.stmt_calls: set[int] = set()
        self.ender_calls: set[int] = set()
        # st.Page call node -> the st.navigation call whose list it is written in.
        self.page_menus: dict[int, str] = {}
        self.loop_bound: dict[int, set[str]] = {}
        self.pending_class: str | None = None
        self.roots = {
            name: Container(next(self.ids), name, name, None, self.file, None, None, None)
            for name in ("sidebar", "bottom")
        }

    # -- scopes and values ------------------------------------------------------------------

    def lookup(self, name: str) -> Value | None:
        for scope in reversed(self.scopes):
            names = scope.names
            if name in names:
                return names[name]
        return None

    def resolve(self, node: ast.AST) -> Value | None:
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.Attribute):
            base = self.resolve(node.value)
            if base is None:
                return None
            if isinstance(base, LocalModVal):
                return self.app.local_attribute(base, node.attr)
            return attribute(base, node.attr, self.roots)
        if isinstance(node, ast.Call):
            return self.values.get(id(node))
        if isinstance(node, ast.Subscript):
            base = self.resolve(node.value)
            if isinstance(base, ContainerSeq):
                return ContainerVal(base.item())
            if isinstance(base, CachedVal):
                return base
            return None
        if isinstance(node, ast.NamedExpr):
            return self.resolve(node.value)
        return None

    def bind(self, name: str, value: Value | None, node: ast.AST) -> None:
        scope = self.scopes[-1]
        scope.names[name] = value
        ctx = self.ctx
        if self.func_locals:
            self.func_locals[-1].add(name)
        for loop_id in ctx.loop_ids:
            self.loop_bound[loop_id].add(name)
        if ctx.gates:
            if name not in scope.plain and name not in scope.gated:
                if_id = ctx.gates[-1][0]
                scope.gated[name] = (if_id, getattr(node, "lineno", 0))
        else:
            scope.plain.add(name)

    def bind_target(self, target: ast.AST, value: Value | None) -> None:
        if isinstance(target, ast.Name):
            self.bind(target.id, value, target)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for elt in target.elts:
                item: Value | None = None
                if isinstance(value, ContainerSeq) and not isinstance(elt, ast.Starred):
                    item = ContainerVal(value.item())
                self.bind_target(elt, item)
        elif isinstance(target, ast.Starred):
            self.bind_target(target.value, None)

    # -- facts ------------------------------------------------------------------------------

    def fact(self, kind: str, node: ast.AST, detail: str = "", *extra: str) -> None:
        self.model.facts.append(Fact(kind, self.file, _pos(node), detail, self.ctx, extra))

    def state_op(self, node: ast.AST, op: str, key: str | None) -> None:
        value_class = self.pending_class if op == "write" else None
        self.model.state_ops.append(StateOp(self.file, _pos(node), op, key, self.ctx, value_class))

    def mark_output(self) -> None:
        for loop_id in self.ctx.loop_ids:
            self.model.loops[loop_id].outputs = True

    # -- statements -------------------------------------------------------------------------

    def visit_body(self, body: list[ast.stmt]) -> None:
        last = len(body) - 1
        for i, stmt in enumerate(body):
            self.visit(stmt)
            if i < last and isinstance(stmt, ast.Expr) and id(stmt.value) in self.ender_calls:
                nxt = body[i + 1]
                call = stmt.value
                assert isinstance(call, ast.Call)
                self.fact("unreachable", nxt, ast.unparse(call.func))

    def visit_Module(self, node: ast.Module) -> None:
        self.visit_body(node.body)
        widgets = {
            name: value.site
            for name, value in self.scopes[0].names.items()
            if isinstance(value, WidgetVal) and value.site.file == self.file
        }
        self.model.module_widget_names[self.file] = widgets

    def visit_Expr(self, node: ast.Expr) -> None:
        self.stmt_calls.add(id(node.value))
        self.visit(node.value)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit(node.value)
        value = self.resolve(node.value)
        self.pending_class = value.cls if isinstance(value, InstanceVal) else None
        for target in node.targets:
            self.visit(target)
            self.bind_target(target, value)
        self.pending_class = None

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)
        self.visit(node.annotation)
        value = self.resolve(node.value) if node.value is not None else None
        self.visit(node.target)
        if node.value is not None:
            self.bind_target(node.target, value)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.visit(node.value)
        target = node.target
        if isinstance(target, (ast.Attribute, ast.Subscript)):
            base = self.resolve(target.value)
            if isinstance(base, StRef) and base.path == SESSION_STATE:
                self.state_op(target, "read", self._state_key(target))
        elif isinstance(target, ast.Name):
            if isinstance(self.lookup(target.id), CachedVal):
                self.fact("cache-mutation", target, f"{target.id} {ast.unparse(node.op)}=")
            self._load_name(target.id, target)
        self.visit(target)
        if isinstance(target, ast.Name):
            self.bind(target.id, None, target)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit(node.value)
        self.bind(node.target.id, self.resolve(node.value), node.target)

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in node.targets:
            self.visit(target)

    def visit_Return(self, node: ast.Return) -> None:
        if node.value is None:
            return
        self.visit(node.value)
        if not self.funcs:
            return
        func = self.funcs[-1]
        if not (isinstance(node.value, ast.Constant) and node.value.value is None):
            func.returns_value = True
        value = self.resolve(node.value)
        if isinstance(node.value, ast.Lambda) or (
            isinstance(value, FuncVal) and value.function.startswith(func.id + ".")
        ):
            func.returns_callable = True

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            name = alias.name
            top = name.split(".", 1)[0]
            value: Value | None
            if top == "streamlit":
                value = StRef(tuple(name.split("."))) if alias.asname else StRef((top,))
                kind = "third_party"
            else:
                kind = classify(self.app.root, name)
                if kind == "local":
                    dotted = name if alias.asname else top
                    value = self.app.local_module(dotted)
                else:
                    value = ModRef(name if alias.asname else top)
            self.record_import(name, top, alias, kind)
            self.bind(alias.asname or top, value, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if node.level:
            path = self.module.path
            dotted = resolve_relative(self.app.root, path, node.level, node.module)
            kind = "local"
            shown = "." * node.level + module
        else:
            dotted = module
            kind = classify(self.app.root, module) if module else "local"
            shown = module
        top = (dotted or module).split(".", 1)[0]
        self.record_import(shown, top, node, kind)
        for alias in node.names:
            if alias.name == "*":
                continue
            local = alias.asname or alias.name
            value: Value | None
            if top == "streamlit" and not node.level:
                path_parts = (*module.split("."), alias.name)
                value = StRef(path_parts)
                if module == "streamlit" and alias.name in self.roots:
                    value = ContainerVal(self.roots[alias.name])
                if len(path_parts) == 2 and alias.name in REMOVED_APIS:
                    self.fact("removed-api", alias, alias.name, "import")
                elif len(path_parts) == 2 and alias.name in NOT_YET:
                    self.fact("not-yet", alias, alias.name)
            elif kind == "local" and dotted is not None:
                sub = local_module_file(
                    self.app.root, f"{dotted}.{alias.name}" if dotted else alias.name
                )
                if sub is not None:
                    value = self.app.local_module(
                        f"{dotted}.{alias.name}" if dotted else alias.name
                    )
                else:
                    mod = self.app.local_module(dotted) if dotted else None
                    value = self.app.local_attribute(mod, alias.name) if mod else None
            else:
                value = ModRef(f"{module}.{alias.name}" if module else alias.name)
            self.bind(local, value, node)

    def record_import(self, module: str, top: str, node: ast.AST, kind: str) -> None:
        if top in STDLIB and kind != "local":
            kind = "stdlib"
        ctx = self.ctx
        conditional = bool(ctx.function or ctx.conditional or ctx.tries or ctx.handler)
        pos = _pos(node)
        self.model.imports.append(
            ImportInfo(module, top, self.file, pos.line, pos.col, kind, conditional)
        )

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        qualname = ".".join([*self.qual, node.name])
        fid = f"{self.file}::{qualname}"
        info = FunctionInfo(fid, self.file, node.name, qualname, _pos(node), self.ctx)
        for deco in node.decorator_list:
            self.visit(deco)
            self._decorator(info, deco)
        args = node.args
        for default in [*args.defaults, *[d for d in args.kw_defaults if d is not None]]:
            self.visit(default)
        all_args = [*args.posonlyargs, *args.args, *args.kwonlyargs]
        if args.vararg:
            all_args.append(args.vararg)
        if args.kwarg:
            all_args.append(args.kwarg)
        for arg in all_args:
            annotation = self._annotation(arg.annotation) if arg.annotation else None
            info.params.append(Param(arg.arg, annotation, _pos(arg)))
        if node.returns is not None:
            self.visit(node.returns)
        self.model.functions[fid] = info
        self.bind(node.name, FuncVal(fid), node)

        outer_ctx = self.ctx
        self.ctx = Context(
            self.file,
            scope=qualname,
            function=fid,
            container=None,
            fragment=fid if info.fragment else outer_ctx.fragment,
            cached=info.cache or outer_ctx.cached,
            callback=outer_ctx.callback,
        )
        scope = _Scope()
        locals_: set[str] = set()
        for param in info.params:
            scope.names[param.name] = None
            scope.plain.add(param.name)
            locals_.add(param.name)
        self.scopes.append(scope)
        self.funcs.append(info)
        self.func_locals.append(locals_)
        self.qual.append(node.name)
        self.visit_body(node.body)
        self.qual.pop()
        self.func_locals.pop()
        self.funcs.pop()
        self.scopes.pop()
        self.ctx = outer_ctx
        self.app.function_locals[fid] = locals_

    visit_AsyncFunctionDef = visit_FunctionDef

    def _decorator(self, info: FunctionInfo, deco: ast.expr) -> None:
        call = deco if isinstance(deco, ast.Call) else None
        target = call.func if call is not None else deco
        value = self.resolve(target)
        keywords = {k.arg: k.value for k in call.keywords if k.arg} if call else {}
        if isinstance(value, StRef):
            name = ".".join(value.path)
        elif isinstance(value, ModRef):
            name = value.name
        else:
            name = _short(target)
        info.decorators.append(name)
        info.decorator_pos.append(_pos(deco))
        if name in ("streamlit.fragment", "streamlit.experimental_fragment"):
            info.fragment = True
            parallel = keywords.get("parallel")
            info.fragment_parallel = bool(
                isinstance(parallel, ast.Constant) and parallel.value is True
            )
            run_every = keywords.get("run_every")
            if run_every is not None:
                info.fragment_run_every = _short(run_every)
            info.fragment_key = _key_const(keywords.get("key"))
        elif name in ("streamlit.cache_data", "streamlit.experimental_memo", "streamlit.cache"):
            info.cache = "data"
            info.hash_funcs = "hash_funcs" in keywords
        elif name in ("streamlit.cache_resource", "streamlit.experimental_singleton"):
            info.cache = "resource"
            info.hash_funcs = "hash_funcs" in keywords
        elif name in ("streamlit.dialog", "streamlit.experimental_dialog"):
            info.dialog = True

    def _annotation(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                node = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return None
        value = self.resolve(node)
        if isinstance(value, ClassVal):
            return value.cls
        if isinstance(value, ModRef):
            return value.name
        if isinstance(node, ast.Name):
            return node.id
        return None

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._lambda(node, callback=self.ctx.callback)

    def _lambda(self, node: ast.Lambda, callback: bool) -> None:
        for default in [*node.args.defaults, *[d for d in node.args.kw_defaults if d]]:
            self.visit(default)
        scope = _Scope()
        for arg in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]:
            scope.names[arg.arg] = None
            scope.plain.add(arg.arg)
        outer = self.ctx
        if callback != outer.callback:
            self.ctx = outer.derive(callback=callback, gates=(), container=None, form=None)
        self.scopes.append(scope)
        self.visit(node.body)
        self.scopes.pop()
        self.ctx = outer

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for deco in node.decorator_list:
            self.visit(deco)
        for base in node.bases:
            self.visit(base)
        for kw in node.keywords:
            self.visit(kw.value)
        qualname = ".".join([*self.qual, node.name])
        cid = f"{self.file}::{qualname}"
        if not self.funcs:
            self.model.classes[cid] = ClassInfo(
                cid, self.file, node.name, _pos(node), self.module.role == "script"
            )
        self.bind(node.name, ClassVal(cid), node)
        self.scopes.append(_Scope())
        self.qual.append(node.name)
        outer = self.ctx
        self.ctx = outer.derive(scope=qualname)
        self.visit_body(node.body)
        self.ctx = outer
        self.qual.pop()
        self.scopes.pop()

    def visit_If(self, node: ast.If) -> None:
        self.visit(node.test)
        if_id = next(self.ids)
        outer = self.ctx
        gates = tuple((if_id, site) for site in self._trigger_sites(node.test))
        self.ctx = outer.derive(
            branches=(*outer.branches, (if_id, 0)),
            conditional=True,
            gates=outer.gates + gates,
        )
        self.visit_body(node.body)
        if node.orelse:
            self.ctx = outer.derive(branches=(*outer.branches, (if_id, 1)), conditional=True)
            self.visit_body(node.orelse)
        self.ctx = outer

    def _trigger_sites(self, test: ast.expr) -> list[int]:
        if isinstance(test, ast.BoolOp):
            if isinstance(test.op, ast.And):
                out: list[int] = []
                for part in test.values:
                    out.extend(self._trigger_sites(part))
                return out
            return []
        if isinstance(test, (ast.Call, ast.Name, ast.NamedExpr)):
            value = self.resolve(test)
            if isinstance(value, WidgetVal) and value.site.is_trigger:
                return [value.site.id]
        return []

    def visit_IfExp(self, node: ast.IfExp) -> None:
        self.visit(node.test)
        if_id = next(self.ids)
        outer = self.ctx
        for arm, expr in ((0, node.body), (1, node.orelse)):
            self.ctx = outer.derive(branches=(*outer.branches, (if_id, arm)), conditional=True)
            self.visit(expr)
        self.ctx = outer

    def visit_Match(self, node: ast.Match) -> None:
        self.visit(node.subject)
        match_id = next(self.ids)
        outer = self.ctx
        for arm, case in enumerate(node.cases):
            self.ctx = outer.derive(branches=(*outer.branches, (match_id, arm)), conditional=True)
            self.visit(case.pattern)
            if case.guard is not None:
                self.visit(case.guard)
            self.visit_body(case.body)
        self.ctx = outer

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        if node.pattern is not None:
            self.visit(node.pattern)
        if node.name:
            self.bind(node.name, None, node)

    def _loop(self, node: ast.AST, while_true: bool) -> int:
        loop_id = next(self.ids)
        self.model.loops[loop_id] = LoopInfo(loop_id, self.file, _pos(node), while_true, self.ctx)
        self.loop_bound[loop_id] = set()
        return loop_id

    def visit_For(self, node: ast.For | ast.AsyncFor) -> None:
        self.visit(node.iter)
        value = self.resolve(node.iter)
        outer = self.ctx
        loop_id = self._loop(node, False)
        names = _target_names(node.target)
        self.ctx = outer.derive(
            loop_ids=(*outer.loop_ids, loop_id), loop_vars=outer.loop_vars | set(names)
        )
        item = ContainerVal(value.item()) if isinstance(value, ContainerSeq) else None
        self.visit(node.target)
        if isinstance(node.target, ast.Name):
            self.bind(node.target.id, item, node.target)
        else:
            self.bind_target(node.target, None)
        self.visit_body(node.body)
        self.ctx = outer
        if node.orelse:
            self.visit_body(node.orelse)

    visit_AsyncFor = visit_For

    def visit_While(self, node: ast.While) -> None:
        self.visit(node.test)
        test = node.test
        while_true = isinstance(test, ast.Constant) and bool(test.value)
        outer = self.ctx
        loop_id = self._loop(node, while_true)
        self.ctx = outer.derive(loop_ids=(*outer.loop_ids, loop_id))
        self.visit_body(node.body)
        self.ctx = outer
        if node.orelse:
            self.visit_body(node.orelse)

    def _comprehension(
        self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp
    ) -> None:
        outer = self.ctx
        self.scopes.append(_Scope())
        for gen in node.generators:
            self.visit(gen.iter)
            loop_id = self._loop(node, False)
            names = _target_names(gen.target)
            self.ctx = self.ctx.derive(
                loop_ids=(*self.ctx.loop_ids, loop_id),
                loop_vars=self.ctx.loop_vars | set(names),
            )
            self.bind_target(gen.target, None)
            for cond in gen.ifs:
                self.visit(cond)
        if isinstance(node, ast.DictComp):
            self.visit(node.key)
            self.visit(node.value)
        else:
            self.visit(node.elt)
        self.scopes.pop()
        self.ctx = outer

    visit_ListComp = _comprehension
    visit_SetComp = _comprehension
    visit_GeneratorExp = _comprehension
    visit_DictComp = _comprehension

    def visit_With(self, node: ast.With | ast.AsyncWith) -> None:
        outer = self.ctx
        for item in node.items:
            self.visit(item.context_expr)
            value = self.resolve(item.context_expr)
            if item.optional_vars is not None:
                self.visit(item.optional_vars)
                self.bind_target(item.optional_vars, value)
            if isinstance(value, ContainerVal):
                container = value.container
                self.ctx = self.ctx.derive(container=container, form=container.form)
        self.visit_body(node.body)
        self.ctx = outer

    visit_AsyncWith = visit_With

    def visit_Try(self, node: ast.Try | ast.TryStar) -> None:
        try_id = next(self.ids)
        info = TryInfo(try_id, self.file, _pos(node))
        for handler in node.handlers:
            if self._broad(handler.type):
                reraises = any(isinstance(n, ast.Raise) for n in ast.walk(handler))
                info.broad_handlers.append((_pos(handler), reraises))
        self.model.tries[try_id] = info
        outer = self.ctx
        self.ctx = outer.derive(tries=(*outer.tries, try_id))
        self.visit_body(node.body)
        for handler in node.handlers:
            self.ctx = outer.derive(conditional=True, handler=True)
            if handler.type is not None:
                self.visit(handler.type)
            if handler.name:
                self.bind(handler.name, None, handler)
            self.visit_body(handler.body)
        self.ctx = outer
        self.visit_body(node.orelse)
        self.visit_body(node.finalbody)

    visit_TryStar = visit_Try

    def _broad(self, node: ast.expr | None) -> bool:
        if node is None:
            return True
        if isinstance(node, ast.Tuple):
            return any(self._broad(e) for e in node.elts)
        if isinstance(node, ast.Name):
            return node.id == "BaseException" and self.lookup("BaseException") is None
        value = self.resolve(node)
        return isinstance(value, ModRef) and value.name == "builtins.BaseException"

    # -- expressions ------------------------------------------------------------------------

    def visit_Constant(self, node: ast.Constant) -> None:
        pass  # NodeVisitor's default looks for legacy visit_Num/visit_Str: slow, and useless here

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Load):
            self._load_name(node.id, node)

    def _load_name(self, name: str, node: ast.AST) -> None:
        scope = self.scopes[-1]
        if self.funcs and name not in scope.names:
            reads = self.funcs[-1].global_reads
            if name not in reads:
                reads[name] = _pos(node)
        gate = scope.gated.get(name)
        if gate is not None and name not in scope.plain:
            if_id, line = gate
            if (if_id, 0) not in self.ctx.branches:
                self.fact("gated-use", node, name, str(line))
                scope.plain.add(name)  # report each name once

    def visit_Attribute(self, node: ast.Attribute) -> None:
        base = self.resolve(node.value)
        if base is not None:
            if isinstance(base, StRef):
                path = base.path
                if path == SESSION_STATE:
                    ctx_type = type(node.ctx)
                    op = (
                        "write"
                        if ctx_type is ast.Store
                        else "delete"
                        if ctx_type is ast.Del
                        else "read"
                    )
                    self.state_op(node, op, node.attr)
                elif path == ("streamlit",):
                    if node.attr in REMOVED_APIS:
                        self.fact("removed-api", node, node.attr, "attribute")
                    elif node.attr in NOT_YET:
                        self.fact("not-yet", node, node.attr)
                    elif node.attr == "query_params" and self.ctx.cached:
                        self.fact("cached-hidden-input", node, "st.query_params")
            elif isinstance(base, CachedVal) and isinstance(node.ctx, ast.Store):
                self.fact("cache-mutation", node, _short(node))
        self.visit(node.value)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        base = self.resolve(node.value)
        if isinstance(base, StRef) and base.path == SESSION_STATE:
            ctx_type = type(node.ctx)
            op = "write" if ctx_type is ast.Store else "delete" if ctx_type is ast.Del else "read"
            self.state_op(node, op, self._state_key(node))
        elif isinstance(base, CachedVal) and isinstance(node.ctx, (ast.Store, ast.Del)):
            self.fact("cache-mutation", node, _short(node))
        self.visit(node.value)
        self.visit(node.slice)

    def _state_key(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Attribute):
            return node.attr
        if isinstance(node, ast.Subscript):
            return _str_const(node.slice)
        return None

    def visit_Compare(self, node: ast.Compare) -> None:
        self.visit(node.left)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            self.visit(comparator)
            if isinstance(op, (ast.In, ast.NotIn)):
                value = self.resolve(comparator)
                if isinstance(value, StRef) and value.path == SESSION_STATE:
                    self.state_op(node, "guard", _str_const(node.left))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute):
            owner = self.resolve(func.value)
            if isinstance(owner, StRef) and owner.path == SESSION_STATE:
                self._state_method(node, func.attr)
                return
        self.visit(func)
        value = self.resolve(func)
        result: Value | None = None
        if isinstance(value, StRef):
            if len(value.path) >= 2 and value.path[0] == "streamlit":
                result = self._streamlit(
                    node, value.path[1:], None, ".".join(["st", *value.path[1:]])
                )
                if result is not None:
                    self.values[id(node)] = result
                return
        elif isinstance(value, ContainerMethod):
            api = f"{value.container.kind}.{value.method}"
            result = self._streamlit(node, (value.method,), value.container, api)
            if result is not None:
                self.values[id(node)] = result
            return
        elif isinstance(value, FuncVal):
            result = self._local_call(node, value.function)
        elif isinstance(value, ClassVal):
            result = InstanceVal(value.cls)
        elif isinstance(value, ModRef):
            self._external_call(node, value.name)
        elif value is None and isinstance(func, ast.Name):
            if func.id == "isinstance" and len(node.args) == 2:
                self._isinstance(node)
            elif func.id == "hasattr" and len(node.args) == 2:
                owner = self.resolve(node.args[0])
                if isinstance(owner, StRef) and owner.path == SESSION_STATE:
                    self.state_op(node, "guard", _str_const(node.args[1]))
        if isinstance(func, ast.Attribute) and isinstance(value, CachedVal):
            inplace = any(
                k.arg == "inplace" and isinstance(k.value, ast.Constant) and k.value.value is True
                for k in node.keywords
            )
            if func.attr in _MUTATING_METHODS or inplace:
                self.fact("cache-mutation", node, _short(func))
        self.generic_args(node)
        if result is not None:
            self.values[id(node)] = result

    def generic_args(self, node: ast.Call, skip: ast.AST | None = None) -> None:
        for arg in node.args:
            if arg is not skip:
                self.visit(arg)
        for kw in node.keywords:
            if kw.value is not skip:
                self.visit(kw.value)

    def _state_method(self, node: ast.Call, method: str) -> None:
        key = _str_const(node.args[0]) if node.args else None
        if method in ("get", "__contains__"):
            self.state_op(node, "guard", key)
        elif method == "setdefault":
            self.state_op(node, "guard", key)
            self.state_op(node, "write", key)
        elif method in ("pop", "__delitem__"):
            self.state_op(node, "delete", key)
        elif method == "update":
            arg = node.args[0] if node.args else None
            if isinstance(arg, ast.Dict) and all(_str_const(k) for k in arg.keys):
                for k in arg.keys:
                    self.state_op(node, "write", _str_const(k))
            elif arg is None and node.keywords and all(k.arg for k in node.keywords):
                for kw in node.keywords:
                    self.state_op(node, "write", kw.arg)
            else:
                self.state_op(node, "write", None)
        elif method == "clear":
            self.state_op(node, "delete", None)
        elif method in ("__setitem__",):
            self.state_op(node, "write", key)
        elif method in ("__getitem__", "__getattr__"):
            self.state_op(node, "read", key)
        self.generic_args(node)

    def _isinstance(self, node: ast.Call) -> None:
        spec = node.args[1]
        for elt in spec.elts if isinstance(spec, ast.Tuple) else [spec]:
            value = self.resolve(elt)
            if isinstance(value, ClassVal):
                self.fact("isinstance-app-class", node, value.cls)

    def _external_call(self, node: ast.Call, name: str) -> None:
        top = name.split(".", 1)[0]
        category = None
        if name in SLEEP_CALLS:
            category = "sleep"
            for loop_id in self.ctx.loop_ids:
                self.model.loops[loop_id].sleeps.append(_pos(node))
        elif name in THREAD_CALLS or top in THREAD_MODULES:
            category = "threads"
        elif name in NETWORK_CALLS or top in NETWORK_MODULES:
            category = "network"
        if category is not None:
            self.model.external_calls.append((category, name, _pos(node), self.ctx))

    def _local_call(self, node: ast.Call, callee: str) -> Value | None:
        ctx = self.ctx
        used = id(node) not in self.stmt_calls
        self.model.local_calls.append(LocalCall(self.file, _pos(node), callee, ctx, used))
        forms = {ctx.form} if ctx.form else set()
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            value = self.resolve(arg)
            if isinstance(value, ContainerVal) and value.container.form:
                forms.add(value.container.form)
        for form in forms:
            self.model.forms[form].opaque = True
        info = self.model.functions.get(callee)
        if info is not None and info.cache == "resource":
            return CachedVal(callee)
        return None

    # -- streamlit commands -----------------------------------------------------------------

    def _surface_facts(
        self, node: ast.Call, path: tuple[str, ...], container: Container | None
    ) -> None:
        """Commands and parameters stbundle does not support yet (from the command specs)."""
        command = path[-1]
        if command in NOT_YET and (container is not None or len(path) > 1):
            self.fact("not-yet", node, command)  # st.X itself: see visit_Attribute
        unhonoured = NOT_HONOURED.get(command, ())
        for kw in node.keywords:
            if kw.arg in unhonoured:
                self.fact("not-honoured", kw, command, kw.arg)

    def _streamlit(
        self, node: ast.Call, path: tuple[str, ...], container: Container | None, api: str
    ) -> Value | None:
        name = path[0]
        self._surface_facts(node, path, container)
        if len(path) == 1:
            spec = WIDGETS.get(name)
            is_container = name in CONTAINERS or name in CONTAINER_SEQUENCES
            if spec is not None and self._is_widget(node, spec):
                # A stateful container (tabs/expander/popover with on_change) is a widget
                # site and still the container its body writes into.
                widget = self._widget(node, name, spec, container, api)
                if not is_container:
                    return widget
            if is_container:
                return self._container(node, name, container)
        effective = container or self.ctx.container
        dotted = ".".join(path)
        is_element = name not in NON_ELEMENTS
        call = StCall(
            self.file,
            _pos(node),
            dotted,
            self.ctx,
            effective.root if effective else "main",
            effective,
            is_element,
            has_args=bool(node.args or node.keywords),
        )
        if dotted == "rerun":
            scope = node.args[0] if node.args else None
            for kw in node.keywords:
                if kw.arg == "scope":
                    scope = kw.value
            call.scope_arg = _str_const(scope) if scope is not None else "app"
        if dotted in ("Page", "navigation"):
            self._page_sites(node, dotted)
        if dotted in ("switch_page", "page_link"):
            target = node.args[0] if node.args else None
            for kw in node.keywords:
                if kw.arg == "page":
                    target = kw.value
            call.page_arg = _str_const(target) if target is not None else None
        if dotted in RUN_ENDERS:
            self.ender_calls.add(id(node))
            for try_id in self.ctx.tries:
                self.model.tries[try_id].enders.append(call)
        if is_element:
            self.mark_output()
        self.model.calls.append(call)
        self.generic_args(node)
        return None

    def _page_sites(self, node: ast.Call, dotted: str) -> None:
        """Page declarations (for the page lint rules): st.Page(...) itself, or the file paths
        and functions st.navigation's list names without st.Page."""
        if dotted == "Page":
            menu = self.page_menus.get(id(node))
            site = PageSite(self.file, _pos(node), self.ctx, page_args(node), menu)
            self.model.pages.append(site)
            return
        menu = f"{self.file}:{node.lineno}:{node.col_offset}"
        for entry in navigation_entries(node):
            args = bare_entry_args(entry)
            if args is not None:
                self.model.pages.append(PageSite(self.file, _pos(entry), self.ctx, args, menu))
            # st.Page calls written inside this call belong to its menu (visited after it).
            for inner in ast.walk(entry):
                if isinstance(inner, ast.Call):
                    self.page_menus[id(inner)] = menu

    def _is_widget(self, node: ast.Call, spec: WidgetSpec) -> bool:
        if spec.only_if is None:
            return True
        for kw in node.keywords:
            if kw.arg == spec.only_if:
                return not (
                    isinstance(kw.value, ast.Constant) and kw.value.value in ("ignore", None)
                )
        return False

    def _container(self, node: ast.Call, kind: str, parent: Container | None) -> Value:
        parent = parent or self.ctx.container
        ctx = self.ctx
        root = parent.root if parent else "main"
        form = parent.form if parent else None
        pos = _pos(node)
        self.mark_output()
        if kind == "form":
            key_node = node.args[0] if node.args else None
            for kw in node.keywords:
                if kw.arg == "key":
                    key_node = kw.value
            key = _key_const(key_node)
            form_id = f"{self.file}:{pos.line}:{pos.col}"
            self.model.forms[form_id] = FormInfo(form_id, key, self.file, pos, ctx, form)
            self.model.calls.append(
                StCall(self.file, pos, "form", ctx, root, parent, True, has_args=True)
            )
            form = form_id
        else:
            self.model.calls.append(
                StCall(self.file, pos, kind, ctx, root, parent, True, has_args=bool(node.args))
            )
        self.generic_args(node)
        if kind in CONTAINER_SEQUENCES:
            return ContainerSeq(
                kind, root, form, self.file, pos, ctx.function, ctx.fragment, self.ids
            )
        container = Container(
            next(self.ids), kind, root, form, self.file, pos, ctx.function, ctx.fragment
        )
        self.model.containers.append(container)
        return ContainerVal(container)

    def _widget(
        self,
        node: ast.Call,
        kind: str,
        spec: WidgetSpec,
        container: Container | None,
        api: str,
    ) -> Value:
        args = node.args
        keywords = {kw.arg: kw.value for kw in node.keywords if kw.arg}

        def arg(name: str, position: int | None) -> ast.expr | None:
            if name in keywords:
                return keywords[name]
            if position is not None and position < len(args):
                candidate = args[position]
                if not isinstance(candidate, ast.Starred):
                    return candidate
            return None

        ctx = self.ctx
        effective = container or ctx.container
        root = effective.root if effective else "main"
        form = effective.form if effective else None

        label_node = arg(spec.label_kw, spec.label) if spec.label is not None else None
        label = _str_const(label_node)
        key_node = arg("key", spec.key)
        key = _key_const(key_node)
        nondeterministic = self._nondeterministic(key_node) if key_node is not None else None
        callback_node = arg(spec.callback, spec.callback_pos)
        args_node = arg("args", spec.args_pos)
        kwargs_node = arg("kwargs", spec.kwargs_pos)

        skip_positions = {
            p
            for p in (spec.key, spec.callback_pos, spec.args_pos, spec.kwargs_pos)
            if p is not None
        }
        identity_nodes: list[ast.expr] = [a for i, a in enumerate(args) if i not in skip_positions]
        identity_nodes += [kw.value for kw in node.keywords if kw.arg not in NON_IDENTITY_PARAMS]
        identity_literal = all(_literal(n) for n in identity_nodes)
        identity = ""
        if key_node is None and identity_literal:
            kw_names = sorted(
                kw.arg for kw in node.keywords if kw.arg and kw.arg not in NON_IDENTITY_PARAMS
            )
            identity = "|".join([kind, *(ast.dump(n) for n in identity_nodes), *kw_names])
        names: frozenset[str] = frozenset()
        varies = False
        if ctx.loop_ids or ctx.function:
            found: set[str] = set()
            if not identity_literal:
                for n in identity_nodes:
                    found |= _names(n)
            if key_node is not None:
                found |= _names(key_node)
            names = frozenset(found)
            bound: set[str] = set(ctx.loop_vars)
            for loop_id in ctx.loop_ids:
                bound |= self.loop_bound[loop_id]
            varies = bool(names & bound)

        has_default = False
        padded = list(spec.default_pos) + [None] * (len(spec.defaults) - len(spec.default_pos))
        for name, position in zip(spec.defaults, padded, strict=True):
            given = arg(name, position)
            if given is not None and not (isinstance(given, ast.Constant) and given.value is None):
                has_default = True
        options_node = arg("options", spec.options_pos)
        options_dynamic = options_node is not None and not _static_options(options_node)
        persist = keywords.get("persist_state")
        persist_state = persist is not None and not (
            isinstance(persist, ast.Constant) and persist.value is None
        )

        args_widgets: list[tuple[str, Pos]] = []
        for holder in (args_node, kwargs_node):
            if holder is None:
                continue
            elts: list[ast.expr] = []
            if isinstance(holder, (ast.Tuple, ast.List)):
                elts = list(holder.elts)
            elif isinstance(holder, ast.Dict):
                elts = [v for v in holder.values]
            for elt in elts:
                value = self.resolve(elt)
                if isinstance(value, WidgetVal) and WIDGETS[value.site.kind].value_input:
                    args_widgets.append((_short(elt), _pos(elt)))

        site = WidgetSite(
            id=next(self.ids),
            file=self.file,
            pos=_pos(node),
            kind=kind,
            api=api,
            label=label,
            label_dynamic=label_node is not None and label is None,
            key=key,
            key_dynamic=key_node is not None and key is None,
            ctx=ctx,
            root=root,
            container=effective,
            form=form,
            callback=None,
            identity=identity,
            identity_literal=identity_literal,
            identity_varies_in_loop=varies,
            identity_names=names,
            has_default=has_default,
            options_dynamic=options_dynamic,
            persist_state=persist_state,
            args_widgets=tuple(args_widgets),
            nondeterministic_key=nondeterministic,
        )
        self.model.widgets.append(site)
        self.mark_output()
        if kind == "form_submit_button" and form is not None:
            self.model.forms[form].has_submit = True

        skip: ast.AST | None = None
        if callback_node is not None:
            site.callback = self._callback(spec.callback, callback_node)
            if site.callback is not None:
                self.model.callbacks.append((site.callback, site))
                if isinstance(callback_node, ast.Lambda):
                    skip = callback_node
                    self._lambda(callback_node, callback=True)
        self.generic_args(node, skip)
        return WidgetVal(site)

    def _callback(self, param: str, node: ast.expr) -> CallbackRef | None:
        pos = _pos(node)
        text = _short(node)
        if isinstance(node, ast.Constant):
            return None  # "rerun" / "ignore" / None: a mode, not a callback
        if isinstance(node, (ast.Name, ast.Attribute)):
            value = self.resolve(node)
            function = value.function if isinstance(value, FuncVal) else None
            return CallbackRef(param, "name", text, pos, function)
        if isinstance(node, ast.Lambda):
            lam = node
            params = {a.arg for a in [*lam.args.posonlyargs, *lam.args.args, *lam.args.kwonlyargs]}
            free = _names(lam.body) - params
            bound: set[str] = set(self.ctx.loop_vars)
            for loop_id in self.ctx.loop_ids:
                bound |= self.loop_bound[loop_id]
            captured = tuple(sorted(free & bound))
            return CallbackRef(param, "lambda", text, pos, captured_loop_vars=captured)
        if isinstance(node, ast.Call):
            call = node
            self.visit(call.func)
            callee = self.resolve(call.func)
            if isinstance(callee, ModRef) and callee.name == "functools.partial" and call.args:
                inner = self.resolve(call.args[0])
                function = inner.function if isinstance(inner, FuncVal) else None
                return CallbackRef(param, "partial", text, pos, function)
            if isinstance(callee, FuncVal):
                info = self.model.functions.get(callee.function)
                returns = info.returns_callable if info is not None else None
                return CallbackRef(param, "call", text, pos, callee.function, returns)
            return CallbackRef(param, "call", text, pos)
        return CallbackRef(param, "other", text, pos)

    def _nondeterministic(self, node: ast.AST) -> str | None:
        for sub in ast.walk(node):
            if not isinstance(sub, ast.Call):
                continue
            func = sub.func
            value = self.resolve(func)
            if isinstance(value, ModRef):
                name = value.name
                module = name.rsplit(".", 1)[0]
                if name in NONDETERMINISTIC_CALLS or module in NONDETERMINISTIC_MODULES:
                    return name
            elif (
                value is None
                and isinstance(func, ast.Name)
                and func.id in _NONDETERMINISTIC_BUILTINS
            ):
                return func.id
        return None


class AppAnalyser:
    """Analyses an app's files (and the local modules they import) into one AppModel."""

    def __init__(self, root: Path, entries: list[str]) -> None:
        self.root = root
        self.model = AppModel(root=root, entries=entries)
        self.ids = count(1)
        self.function_locals: dict[str, set[str]] = {}
        self._started: set[str] = set()
        self._module_exports: dict[str, ast.Module] = {}

    def rel(self, path: Path) -> str:
        try:
            return Path(os.path.abspath(path)).relative_to(os.path.abspath(self.root)).as_posix()
        except ValueError:
            return path.as_posix()

    def analyse_file(self, path: Path, role: str = "script") -> None:
        rel = self.rel(path)
        if rel in self._started:
            return
        self._started.add(rel)
        text = read_source(path, rel)
        if not isinstance(text, str):
            self.model.problems.append(text)
            return
        parsed = parse_source(text, rel)
        if isinstance(parsed, Diagnostic):
            self.model.problems.append(parsed)
            return
        tree = parsed.tree
        module = ModuleInfo(path, rel, module_name(self.root, path), role, text, text.split("\n"))
        self.model.modules[rel] = module
        self._module_exports[rel] = tree
        analyser = ModuleAnalyser(self, module, tree)
        self._prebind(analyser, tree)
        analyser.visit(tree)

    def _prebind(self, analyser: ModuleAnalyser, tree: ast.Module) -> None:
        """Bind top-level functions and classes first: bodies may call ones defined below."""
        names = analyser.scopes[0].names
        for stmt in tree.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names[stmt.name] = FuncVal(f"{analyser.file}::{stmt.name}")
            elif isinstance(stmt, ast.ClassDef):
                names[stmt.name] = ClassVal(f"{analyser.file}::{stmt.name}")

    def local_module(self, dotted: str) -> LocalModVal | None:
        path = local_module_file(self.root, dotted)
        if path is None:
            return None
        rel = self.rel(path)
        if rel not in self._started:
            self.analyse_file(path, role="module")
        elif rel in self.model.modules and self.model.modules[rel].role == "script":
            self.model.modules[rel].role = "module"  # imported once, so it does not rerun
            for cls in self.model.classes.values():
                if cls.file == rel:
                    cls.in_script = False
        return LocalModVal(rel, dotted)

    def local_attribute(self, module: LocalModVal, attr: str) -> Value | None:
        sub = self.local_module(f"{module.dotted}.{attr}")
        if sub is not None:
            return sub
        tree = self._module_exports.get(module.rel)
        if tree is None:
            return None
        for stmt in tree.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == attr:
                return FuncVal(f"{module.rel}::{attr}")
            if isinstance(stmt, ast.ClassDef) and stmt.name == attr:
                return ClassVal(f"{module.rel}::{attr}")
        return None


def app_files(path: Path) -> list[Path]:
    """The entry script, Streamlit's ``pages/`` scripts beside it, and the page files its
    ``st.Page``/``st.navigation`` calls name literally (inside the app's folder)."""
    files = [path]
    pages = path.parent / "pages"
    if pages.is_dir():
        files.extend(sorted(p for p in pages.glob("*.py") if p.is_file()))
    known = {p.resolve() for p in files}
    files.extend(p for p in declared_page_files(path) if p not in known)
    return files


def python_files(path: Path) -> list[Path]:
    """All Python files under a directory (skipping virtualenvs and caches)."""
    if path.is_file() or not path.exists():
        return [path]
    out = []
    for p in sorted(path.rglob("*.py")):
        parts = p.relative_to(path).parts
        if any(part in _SKIP_DIRS or part.startswith(".") for part in parts[:-1]):
            continue
        out.append(p)
    return out
