"""AppTest: run an app headless and drive it like a browser, with Streamlit's AppTest API.

A test written for `streamlit.testing.v1.AppTest` runs against stbundle's runtime when only its
import changes. Runs are synchronous: `run()` sends one rerun request with every widget's value
(the staged ones included) to an AppSession, runs it (and any `st.rerun()` it asks for) in this
thread, and rebuilds the tree from the messages the runtime sent, as a browser would.
"""

from __future__ import annotations

import hashlib
import inspect
import tempfile
import textwrap
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession
from stbundle.runtime_py.element_tree import ElementTree as Page
from stbundle.runtime_py.pages import page_url_path
from stbundle.runtime_py.session_state import SessionState
from stbundle.runtime_py.testing import seeds
from stbundle.runtime_py.testing.blocks import Block, Node, Queries
from stbundle.runtime_py.testing.element_tree import (
    ElementTree,
    build_tree,
    form_clears,
    submitted_forms,
)
from stbundle.runtime_py.testing.session_state import SessionStateView

_tmp_dir: tempfile.TemporaryDirectory[str] | None = None


def _script_dir() -> Path:
    global _tmp_dir
    if _tmp_dir is None:
        _tmp_dir = tempfile.TemporaryDirectory(prefix="stbundle-apptest-")
    return Path(_tmp_dir.name)


class AppTest(Queries):
    """A simulated app: set widget values, `run()`, inspect what the page shows."""

    def __init__(
        self,
        script_path: str | Path,
        *,
        default_timeout: float,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> None:
        self._script_path = str(script_path)
        self.default_timeout = default_timeout
        self.args = args
        self.kwargs = kwargs
        self._state = SessionState()
        self.session_state = SessionStateView(self._state)
        self.query_params: dict[str, Any] = {}
        self.secrets: dict[str, Any] = {}
        # What the app reads as st.user and st.context (Streamlit's AppTest defaults).
        self.user: dict[str, Any] = {"email": "test@example.com"}
        self.context: dict[str, Any] = {}
        self._session: AppSession | None = None
        self._page = Page()
        # Triggers' values as their run saw them (buttons, chat inputs): reset after the run.
        self._button_values: dict[str, Any] = {}
        self._cleared_form_ids: set[str] = set()
        self._tree = ElementTree(self)
        # The URL pathname of the page the next run asks for (None: the page the app is on).
        self._page_request: str | None = None

    # -- making one ----------------------------------------------------------------------------
    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        """An app whose script is this string (dedented, written to a temporary file)."""
        return cls._from_string(script, default_timeout=default_timeout)

    @classmethod
    def _from_string(
        cls,
        script: str,
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> AppTest:
        source = textwrap.dedent(script)
        name = hashlib.md5(source.encode(), usedforsecurity=False).hexdigest()
        path = _script_dir() / f"{name}.py"
        path.write_text(source, encoding="utf-8")
        return cls(path, default_timeout=default_timeout, args=args, kwargs=kwargs)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> AppTest:
        """An app whose script is the function's body, called with args and kwargs."""
        lines, _ = inspect.getsourcelines(script)
        name = getattr(script, "__name__", "script")
        source = textwrap.dedent("".join(lines)) + f"\n{name}(*__args, **__kwargs)\n"
        return cls._from_string(source, default_timeout=default_timeout, args=args, kwargs=kwargs)

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> AppTest:
        """An app from its file; a relative path is taken from the calling test's folder."""
        path = Path(script_path)
        if not path.is_absolute():
            caller = traceback.extract_stack(limit=2)[0].filename
            path = Path(caller).parent / path
        if not path.is_file():
            raise FileNotFoundError(
                f"AppTest script not found at {path.resolve()}. Relative paths are "
                "resolved against the file that calls AppTest.from_file()."
            )
        return cls(path, default_timeout=default_timeout)

    # -- running -------------------------------------------------------------------------------
    def run(self, *, timeout: float | None = None) -> AppTest:
        """Rerun the app with the widgets' values, as a browser interaction would."""
        limit = self.default_timeout if timeout is None else timeout
        submitted = submitted_forms(self._tree)
        clears = form_clears(self._tree)
        request = pb.BackMsg()
        request.rerun.widget_states.CopyFrom(self._tree.widget_states(self._cleared_form_ids))
        request.rerun.query_string = urlencode(self.query_params, doseq=True)
        if self._page_request is not None:
            request.rerun.page = self._page_request
        browser = seeds.client_context(self.context)
        user = seeds.user_info(self.user)
        started = time.perf_counter()
        session = self._session
        if session is None:
            session = self._session = self._new_session(request.rerun.query_string)
            must_run = session.start()
        else:
            session.override_secrets(self.secrets or None)
            must_run = session.handle_back_msg(request)
        session.client.browser = browser
        session.user_info = user
        if must_run:
            session.run_pending()
        self._page_request = None
        self.user = dict(session.user_info)
        elapsed = time.perf_counter() - started
        for form_id in submitted:
            if clears.get(form_id):
                self._cleared_form_ids.add(form_id)
            else:
                self._cleared_form_ids.discard(form_id)
        self._tree = build_tree(self, self._page)
        self.query_params = {
            k: v[0] if len(v) == 1 else list(v) for k, v in session.query_params.values.items()
        }
        if elapsed > limit:
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)")
        return self

    def switch_page(self, page_path: str) -> AppTest:
        """Make the next `run()` show the page of this file (relative to the main script), as
        Streamlit's AppTest does: a page st.navigation declared, or the main script itself."""
        main = Path(self._script_path)
        target = main.parent / page_path
        if not target.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script "
                f"{self._script_path!r}. Resolved page path: {str(target.resolve())!r}."
            )
        self._page_request = page_url_path(self._session, target.resolve(), main.resolve())
        return self

    def _new_session(self, query_string: str) -> AppSession:
        session = AppSession(
            self._script_path,
            self._receive,
            query_string=query_string,
            secrets=self.secrets or None,
            page=self._page_request or "",
        )
        session.state = self._state
        session.lazy_frames = None  # every row in the tree, as Streamlit's AppTest shows
        session.script_globals = {"__args": self.args or (), "__kwargs": self.kwargs or {}}
        return session

    def _receive(self, msg: pb.ForwardMsg) -> None:
        """One message from the runtime: into the page, and a button's value as rendered."""
        self._page.apply(msg)
        if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            case = element.WhichOneof("type")
            if case in ("button", "download_button", "chat_input", "menu_button"):
                widget_id = getattr(element, case).common.id
                carries_value = case in ("chat_input", "menu_button")
                try:
                    value = self._state[widget_id]
                except KeyError:
                    value = None if carries_value else False
                self._button_values[widget_id] = value if carries_value else bool(value)

    # -- what the page shows -------------------------------------------------------------------
    def _nodes(self) -> Iterator[Node]:
        return iter(self._tree)

    @property
    def main(self) -> Block:
        return self._tree.main

    @property
    def sidebar(self) -> Block:
        return self._tree.sidebar

    def __len__(self) -> int:
        return len(self._tree)

    def __iter__(self) -> Iterator[Node]:
        return iter(self._tree)

    def __getitem__(self, idx: int) -> Node:
        return self._tree[idx]

    def get(self, element_type: str) -> Sequence[Node]:
        return self._tree.get(element_type)

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r})"
