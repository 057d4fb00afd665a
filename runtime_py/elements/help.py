"""st.help: what an object is — its name, type, value, doc string and public members.

st.write and magic route functions, classes, modules and objects without a readable repr here,
as Streamlit 1.67 does. The strings are computed the way Streamlit computes them, so the doc
string element reads the same in both (its AppTest compares them).
"""

from __future__ import annotations

import ast
import inspect
import re
import types
from typing import Any, Self

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.dg_base import DeltaGeneratorBase
from stbundle.runtime_py.element_layout import set_layout

# st.help() without an argument shows help for the `streamlit` module itself.
_STREAMLIT: Any = object()

_MEM_ADDRESS = re.compile(r"^<[a-zA-Z_]+[a-zA-Z0-9<>._ ]* at 0x[0-9a-fA-F]+>$")
_VALUE_LIMIT = 300


def is_mem_address_str(text: str) -> bool:
    """`<foo.Bar object at 0x7f...>`: a repr that says nothing about the value."""
    return bool(_MEM_ADDRESS.match(text))


class HelpMixin(DeltaGeneratorBase):
    def help(self, obj: Any = _STREAMLIT, *, width: Any = "stretch") -> Self:
        """Show an object's name, type, value, doc string and members (st.help(st) by default)."""
        if obj is _STREAMLIT:
            from stbundle.runtime_py import api

            obj = api
        el = pb.Element()
        fill_doc_string(el.help_info, obj, _caller_variable_name())
        set_layout(el, width=width)
        return self._emit(el)


_STREAMLIT_DOC = """Streamlit's API, as stbundle runs it.

Write an app with `import streamlit as st` and st.* commands, then run it with
`bundle serve app.py`, or build it into a static site with `bundle build app.py`."""


def fill_doc_string(msg: pb.DocString, obj: Any, var_name: str | None) -> None:
    from stbundle.runtime_py import api

    if var_name is not None:
        msg.name = var_name
    msg.type = _type_name(obj)
    if obj is api:  # the app's `streamlit` module: described as that, with its public names
        msg.doc_string = _STREAMLIT_DOC
        if var_name != "streamlit":
            msg.value = "streamlit"
        msg.members.extend(_members(obj, sorted(api.__all__)))
        return
    doc = _doc_string(obj)
    if doc is not None:
        msg.doc_string = doc
    value = _value(obj, var_name)
    if value is not None:
        msg.value = value
    msg.members.extend(_members(obj, dir(obj)))


# -- the expression the script passed ---------------------------------------------------------
def _caller_variable_name() -> str | None:
    frame = inspect.currentframe()
    while frame is not None and _is_ours(frame.f_globals.get("__name__", "")):
        frame = frame.f_back
    if frame is None:
        return None
    info = inspect.getframeinfo(frame, context=1)
    if not info.code_context:
        return None
    line = re.sub(r"[\n\r]+", "", "".join(info.code_context).strip())
    return variable_name_from_line(line)


def _is_ours(module: str) -> bool:
    return module == "stbundle" or module.startswith("stbundle.")


def variable_name_from_line(code: str) -> str | None:
    """`st.help(foo)` → "foo"; a bare `foo` (magic) → "foo"; a literal argument → None."""
    try:
        statement = ast.parse(code).body[0]
    except (SyntaxError, IndexError):
        return None
    call = getattr(statement, "value", None)
    if not _is_command_call(call, ("help", "write")):
        return code.removesuffix(",")
    assert isinstance(call, ast.Call)
    if not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr):
        return arg.target.id if isinstance(arg.target, ast.Name) else None
    if isinstance(arg, ast.Constant):
        return None
    return code[arg.col_offset : arg.end_col_offset]


def _is_command_call(node: Any, names: tuple[str, ...]) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return getattr(func, "id", None) in names or getattr(func, "attr", None) in names


# -- what the object is -----------------------------------------------------------------------
def _type_name(obj: object) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


def _is_cached_function(obj: object) -> bool:
    return type(obj).__name__ in ("CachedFunc", "CachedFunction")


def _doc_string(obj: object) -> str | None:
    doc = inspect.getdoc(obj)
    if doc is None:
        kind = type(obj)
        if (
            kind is not type
            and kind is not types.ModuleType
            and not inspect.isfunction(obj)
            and not inspect.ismethod(obj)
            and not _is_cached_function(obj)
        ):
            doc = inspect.getdoc(kind)
    return doc.strip() if doc else None


def _shorten(text: str) -> str:
    text = text.strip()
    return text[:_VALUE_LIMIT] + "..." if len(text) > _VALUE_LIMIT else text


def _readable_value(value: Any) -> str | None:
    if type(value).__name__ == "SecretsProxy":
        return None
    if inspect.isclass(value) or inspect.ismodule(value) or callable(value):
        return None
    text = repr(value)
    if not isinstance(value, str) and is_mem_address_str(text):
        return None
    return _shorten(text)


def _signature(obj: object) -> str | None:
    if not inspect.isclass(obj) and not callable(obj):
        return None
    try:
        return str(inspect.signature(obj))
    except (ValueError, NameError):
        return "(...)"
    except TypeError:
        return None


def _value(obj: object, var_name: str | None) -> str | None:
    readable = _readable_value(obj)
    if readable is not None:
        return readable
    name_obj: object = obj
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if not name:
        name_obj = type(obj)
        name = getattr(name_obj, "__qualname__", None) or getattr(name_obj, "__name__", None)
    module = getattr(name_obj, "__module__", None)
    if not name:
        return None
    value = (
        f"{module}.{name}{_signature(name_obj) or ''}"
        if module
        else f"{name}{_signature(name_obj) or ''}"
    )
    return None if value == var_name else value


def _weight(value: Any) -> int:
    if inspect.ismodule(value):
        return 3
    if inspect.isclass(value):
        return 2
    return 1 if callable(value) else 0


def _is_computed_property(obj: object, name: str) -> bool:
    for klass in inspect.getmro(type(obj)):
        attr = getattr(klass, name, None)
        if attr is None:
            continue
        if isinstance(attr, property) or inspect.isgetsetdescriptor(attr):
            return True
    return False


def _members(obj: object, names: list[str]) -> list[pb.DocStringMember]:
    found: list[tuple[int, pb.DocStringMember]] = []
    for name in names:
        if name.startswith("_"):
            continue
        try:
            if _is_computed_property(obj, name):
                kind, weight = "property", 0
                doc = _doc_string(getattr(type(obj), name))
                value = None
            else:
                attr = getattr(obj, name)
                weight = _weight(attr)
                kind = _type_name(attr)
                value = _readable_value(attr)
                doc = _doc_string(attr) if value is None else None
        except AttributeError:
            continue
        if kind == "module":
            continue
        member = pb.DocStringMember(name=name, type=kind)
        if doc is not None:
            member.doc_string = doc.partition("\n")[0]
        if value is not None:
            member.value = value
        found.append((weight, member))
    found.sort(key=lambda pair: (pair[0], pair[1].name))
    return [member for _, member in found]
