"""A parameter given a value of the wrong kind fails as in Streamlit 1.67 (differential).

For every supported command and every parameter whose Streamlit default is a literal flag,
number or string, the same call with an object of no such kind runs under Streamlit's AppTest
and ours; both must fail with the same exception class (or both accept it), and ours names the
parameter. The cases come from the oracle's signatures, so new commands are covered as their
specs become supported (a command needs only its required arguments below).
"""

from __future__ import annotations

import ast
from typing import Any

import pytest
from stbundle.specs import generate
from stbundle.specs.commands import ALL

from stbundle.testing import AppTest

ORACLE = generate.load_oracle()

#: The required arguments of each command for a call that is otherwise valid ("x" labels are
#: numbered per case so that repeated calls are distinct widgets).
REQUIRED: dict[str, str] = {
    "title": "'x'", "header": "'x'", "subheader": "'x'", "markdown": "'x'", "caption": "'x'",
    "latex": "'x'", "divider": "", "text": "'x'", "code": "'x'", "json": "{'a': 1}",
    "html": "'<b>x</b>'", "write": "'x'", "help": "", "metric": "'x', 1", "error": "'x'",
    "warning": "'x'", "info": "'x'", "success": "'x'", "exception": "ValueError('x')",
    "progress": "10", "toast": "'x'", "button": "'x'", "checkbox": "'x'", "toggle": "'x'",
    "radio": "'x', ['a', 'b']", "selectbox": "'x', ['a', 'b']", "multiselect": "'x', ['a', 'b']",
    "slider": "'x'", "select_slider": "'x', ['a', 'b']", "text_input": "'x'", "text_area": "'x'",
    "number_input": "'x'", "date_input": "'x', value='2024-01-01'",
    "time_input": "'x', value='12:00'", "color_picker": "'x'", "container": "", "columns": "2",
    "tabs": "['a']", "expander": "'x'", "form": "'x'",
}  # fmt: skip


def _literal(default: str | None) -> Any:
    try:
        return ast.literal_eval(default or "")
    except (ValueError, SyntaxError):
        return None


def _cases(command: str) -> list[str]:
    params = ORACLE["commands"][command]["signature"] or []
    return [
        name
        for name, kind, default in params
        if kind in ("POSITIONAL_OR_KEYWORD", "KEYWORD_ONLY")
        and isinstance(_literal(default), (bool, int, float, str))
        and f"{name}=" not in REQUIRED[command]
    ]


COMMANDS = [s.name for s in ALL if s.supported and s.name in REQUIRED and _cases(s.name)]


def _script(command: str) -> str:
    lines = [
        "import streamlit as st",
        "class Odd:",
        "    def __repr__(self):",
        "        return 'Odd()'",
        "results = []",
    ]
    for i, param in enumerate(_cases(command)):
        args = REQUIRED[command].replace("'x'", f"'x{i}'", 1)
        call = f"st.{command}({args}{', ' if args else ''}{param}=Odd())"
        lines += [
            "try:",
            f"    {call}",
            f"    results.append('{param}: ok')",
            "except Exception as e:",
            f"    results.append('{param}: ' + type(e).__name__)",
        ]
    lines.append("st.session_state['results'] = results")
    return "\n".join(lines) + "\n"


def _results(app_test: Any, command: str) -> list[str]:
    at = app_test.from_string(_script(command)).run(timeout=30)
    assert not at.exception, at.exception[0].message
    return list(at.session_state["results"])


@pytest.mark.parametrize("command", COMMANDS)
def test_wrong_kinds_fail_as_in_streamlit(command: str) -> None:
    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    assert _results(AppTest, command) == _results(StreamlitAppTest, command)


def test_our_messages_name_the_parameter() -> None:
    script = "import streamlit as st\nst.checkbox('x', disabled=object())\n"
    at = AppTest.from_string(script).run()
    assert "`disabled`" in at.exception[0].message
    script = "import streamlit as st\nst.button('x', type='huge')\n"
    at = AppTest.from_string(script).run()
    assert at.exception[0].message.startswith("Invalid `type` value. Supported values:")


def test_unknown_keywords_are_a_type_error_as_in_python() -> None:
    at = AppTest.from_string("import streamlit as st\nst.button('x', colour='red')\n").run()
    assert "unexpected keyword argument 'colour'" in at.exception[0].message
