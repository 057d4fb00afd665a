"""The command surface against Streamlit 1.67 itself (the oracle, installed as a dev dependency).

Every public name of `streamlit` 1.67 — module-level commands, the same methods on containers,
its public submodules and AppTest's API — exists in stbundle with Streamlit's signature, or is
declared not supported yet in its spec; and everything derived from the specs is current.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import json
import types
from typing import Any

import pytest
from stbundle.runtime_py import api
from stbundle.runtime_py.delta_generator import DeltaGenerator
from stbundle.specs import apptest as apptest_spec
from stbundle.specs import generate
from stbundle.specs.commands import ALL, BY_NAME
from stbundle.specs.oracle import read_surface, signature_of
from stbundle.specs.submodules import SUBMODULES

from stbundle.testing import AppTest

ORACLE = generate.load_oracle()
SUPPORTED = [s.name for s in ALL if s.supported]
NOT_YET = [s.name for s in ALL if not s.supported]


def test_derived_files_are_current() -> None:
    assert generate.main(["--check"]) == 0, "run `python -m stbundle.specs.generate`"


def test_the_recorded_signatures_are_the_installed_streamlits() -> None:
    recorded = json.loads(generate.ORACLE_FILE.read_text())
    assert read_surface() == recorded, "run `python -m stbundle.specs.generate --refresh`"


def test_every_public_name_has_exactly_one_spec() -> None:
    names = [s.name for s in ALL]
    assert len(names) == len(set(names))
    assert set(names) == set(ORACLE["commands"])


@pytest.mark.parametrize("name", sorted(ORACLE["commands"]))
def test_every_public_name_exists(name: str) -> None:
    assert name in api.__all__
    assert getattr(api, name) is not None
    if ORACLE["commands"][name]["on_containers"]:
        assert callable(getattr(DeltaGenerator, name))


def _ours(name: str) -> Any:
    spec = BY_NAME[name]
    if spec.impl is None and ORACLE["commands"][name]["on_containers"]:
        return getattr(DeltaGenerator, name)
    return getattr(api, name)


def _signature(obj: Any, *, defaults: bool) -> list[list[Any]] | None:
    params = signature_of(inspect.unwrap(obj))
    if params is None:
        return None
    return [p if defaults else p[:2] for p in params]


def _is_literal(text: str | None) -> bool:
    try:
        ast.literal_eval(text or "")
    except (ValueError, SyntaxError):
        return False
    return True


@pytest.mark.parametrize("name", [n for n in SUPPORTED if ORACLE["commands"][n].get("signature")])
def test_supported_commands_have_streamlits_signature(name: str) -> None:
    theirs = ORACLE["commands"][name]["signature"]
    ours = _signature(_ours(name), defaults=True)
    assert ours is not None
    # A default that is no literal (Streamlit's `str` formatter, its own module) is ours too.
    for mine, their in zip(ours, theirs, strict=False):
        if their[2] is not None and not _is_literal(their[2]):
            assert mine[2] is not None and not _is_literal(mine[2]), (mine, their)
            mine[2] = their[2]
    assert ours == theirs


def test_every_command_of_streamlit_1_67_exists() -> None:
    """No command is "not yet" any more (the coverage doc says so); a later Streamlit's new
    commands would get stubs again (see the next test)."""
    assert sorted(NOT_YET) == []


def test_streamlit_errors_are_all_there() -> None:
    from stbundle.runtime_py import errors

    for name in ORACLE["submodules"]["errors"]:
        ours = getattr(errors, name)
        theirs = __import__("streamlit.errors", fromlist=[name])
        assert issubclass(ours, BaseException)
        assert [b.__name__ for b in getattr(theirs, name).__mro__ if b.__module__ != "builtins"][
            :1
        ] == [name]


def test_every_submodule_is_ours_or_declared_not_yet() -> None:
    for dotted in ORACLE["submodules"]:
        sub = SUBMODULES[dotted]
        assert (sub.impl is None) != (sub.not_yet is None), dotted


@pytest.mark.parametrize("name", sorted(ORACLE["apptest"]))
def test_apptest_api(name: str) -> None:
    if name in apptest_spec.NOT_YET or (name in BY_NAME and not BY_NAME[name].supported):
        return  # declared not supported yet (docs/api-coverage.md)
    ours = getattr(AppTest, name)
    entry = ORACLE["apptest"][name]
    if entry["kind"] == "function":
        assert _signature(ours, defaults=False) == [p[:2] for p in entry["signature"]]


# -- what a user sees ----------------------------------------------------------------------------


def _stub_module(monkeypatch: pytest.MonkeyPatch, **not_yet: str) -> types.ModuleType:
    """not_yet_commands.py as specs/generate would write it if these commands were not yet."""
    specs = [
        dataclasses.replace(s, not_yet=not_yet[s.name], impl=None, renderer=None)
        if s.name in not_yet
        else s
        for s in generate.ALL
    ]
    monkeypatch.setattr(generate, "ALL", specs)
    module = types.ModuleType("not_yet_commands_for_test")
    exec(compile(generate.render_not_yet(ORACLE), "not_yet_commands.py", "exec"), module.__dict__)
    return module


def test_a_not_yet_command_says_so_at_the_users_line(monkeypatch: pytest.MonkeyPatch) -> None:
    stubs = _stub_module(monkeypatch, pdf="a reason", connection="another reason")
    # Streamlit's signatures: a wrong call is still a TypeError, before anything else.
    assert _signature(stubs.NotYetMixin.pdf, defaults=False) == [
        p[:2] for p in ORACLE["commands"]["pdf"]["signature"]
    ]
    assert _signature(stubs.connection, defaults=False) == [
        p[:2] for p in ORACLE["commands"]["connection"]["signature"]
    ]

    def app(stub) -> None:  # its source runs as the script, where `Any` is not defined
        import streamlit as st

        st.write("before")
        stub(b"")
        st.write("after")

    at = AppTest.from_function(app, args=(stubs.NotYetMixin().pdf,)).run()
    assert [m.value for m in at.markdown] == ["before"], at.exception
    (exc,) = at.exception
    assert "`st.pdf` is not supported by stbundle yet" in exc.message
    assert "docs/api-coverage.md#" in exc.message
    assert any("stub(b" in line for line in exc.stack_trace), exc.stack_trace


def test_a_name_streamlit_lacks_too_reads_as_streamlits_error() -> None:
    at = AppTest.from_string("import streamlit as st\nst.no_such_command()\n").run()
    assert at.exception[0].message == "module 'streamlit' has no attribute 'no_such_command'"


def test_submodules_apps_import() -> None:
    script = """
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.errors import StreamlitAPIException
st.write(st.runtime.exists(), get_script_run_ctx() is not None)
import streamlit.components.v1 as components
try:
    components.declare_component("x")  # neither path nor url
except StreamlitAPIException:
    st.write("caught")
from streamlit.components.v1 import components as legacy  # the module's old path
st.write(legacy.html is components.html, callable(legacy.CustomComponent))
"""
    at = AppTest.from_string(script).run()
    assert [m.value for m in at.markdown] == ["`True` `True`", "caught", "`True` `True`"]


# A command with a parameter not honoured yet, as the specs would declare it: the mechanism is
# tested on its own, whether or not a real command has such a parameter today.
_NOT_HONOURED_APP = (
    "import streamlit as st\n"
    "from stbundle.runtime_py.unsupported import checked\n"
    "def demo(text, fast=False):\n"
    "    st.text(text)\n"
    "demo = checked('demo', demo)\n"
)


@pytest.fixture
def demo_not_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    from stbundle.runtime_py import unsupported

    monkeypatch.setitem(unsupported.CHECKS, "demo", (("fast", 1, False),))
    monkeypatch.setitem(unsupported.REASONS, "demo", {"fast": "it always runs slowly"})


@pytest.mark.usefixtures("demo_not_honoured")
def test_a_parameter_not_honoured_yet_warns_once_per_session() -> None:
    script = _NOT_HONOURED_APP + "demo('Start', fast=True)\ndemo('End', True)\nst.button('Plain')\n"
    at = AppTest.from_string(script).run()
    (warning,) = at.warning
    assert warning.value == (
        "`st.demo(fast=...)` is not honoured by stbundle yet: it always runs slowly "
        "(see docs/api-coverage.md)."
    )
    assert [t.value for t in at.text] == ["Start", "End"]
    at.button[0].click().run()
    assert not at.warning  # once per session


@pytest.mark.usefixtures("demo_not_honoured")
def test_the_default_value_of_a_parameter_not_honoured_yet_says_nothing() -> None:
    at = AppTest.from_string(_NOT_HONOURED_APP + "demo('T', fast=False)\ndemo('U')\n").run()
    assert not at.warning
    assert [t.value for t in at.text] == ["T", "U"]


@pytest.mark.parametrize("name", sorted(ORACLE["commands"]))
def test_every_command_says_what_it_does(name: str) -> None:
    """help(st.x) and IDE hover are never empty (not-yet stubs say why they are missing)."""
    obj = _ours(name)
    doc = inspect.getdoc(obj if callable(obj) else type(obj))
    assert doc and len(doc.split()) >= 4, name
