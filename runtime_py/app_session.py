"""AppSession: one browser tab's run loop — rerun requests in, ForwardMsgs out.

The same class runs in a server worker thread and inline in Pyodide. A caller hands it BackMsgs
(`handle_back_msg`) and then calls `run_pending()` (the server does so in a worker, the page right
away). A newer request arriving while a script runs stops that run at its next element; requests
that pile up meanwhile are merged, keeping any button click so it is never lost.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py import streamlit_module
from stbundle.runtime_py.app_config import load_theme
from stbundle.runtime_py.browser_context import ClientFacts
from stbundle.runtime_py.context import (
    OutgoingDelta,
    RunContext,
    reset_run_context,
    set_run_context,
)
from stbundle.runtime_py.dataframes.lazy_frames import LazyFrames
from stbundle.runtime_py.errors import (
    RerunException,
    StopException,
    StreamlitDuplicateElementId,
    StreamlitSecretNotFoundError,
)
from stbundle.runtime_py.fragment import Fragment, FragmentHandledException, run_fragment_body
from stbundle.runtime_py.media_files import MediaFiles
from stbundle.runtime_py.options import option_value
from stbundle.runtime_py.pages import uses_pages_directory
from stbundle.runtime_py.parallel_fragments import full_run
from stbundle.runtime_py.query_params import QueryParams
from stbundle.runtime_py.script_hooks import NO_HOOKS
from stbundle.runtime_py.script_source import MAGIC_NAME, ScriptSource
from stbundle.runtime_py.secrets import AttrDict, load_secrets
from stbundle.runtime_py.session_state import SessionState, WidgetMetadata
from stbundle.runtime_py.site_keys import SiteKeys, repeat_widget_id
from stbundle.runtime_py.uploads import UploadStore

from stbundle import __version__

if TYPE_CHECKING:
    from stbundle.runtime_py.pages import Page

_LOG = logging.getLogger(__name__)
_session_ids = itertools.count(1)

Status = pb.ScriptFinished.Status


@dataclass
class RerunRequest:
    """One pending rerun: widget values from the page (None: keep state), and its scope."""

    widget_states: pb.WidgetStates | None = None
    fragment_ids: list[str] = field(default_factory=list)  # empty: the whole app
    query_string: str | None = None
    # The URL pathname of the page to run ("" the default page); None: the session's page.
    page: str | None = None
    # What the page said about itself (st.context); None: nothing new.
    context: pb.ClientContext | None = None
    # `page` comes from st.switch_page (the page then makes a history entry for it).
    switched: bool = False

    def fired_triggers(self) -> dict[str, pb.WidgetState]:
        """The triggers this request fires (clicks and one-run values), by widget id."""
        if self.widget_states is None:
            return {}
        return {s.id: s for s in self.widget_states.widgets if fires(s)}

    def carries_value(self) -> bool:
        """Whether it carries a one-run value (a chat message) that must reach the script."""
        return any(kind(s) == "string_trigger_value" for s in self.fired_triggers().values())

    def can_merge(self, newer: RerunRequest) -> bool:
        """False when both carry a one-run value for the same widget (two chat messages):
        folding them would lose one, so the newer one runs after this one instead."""
        mine = self.fired_triggers()
        return not any(
            kind(s) == "string_trigger_value" and s.id in mine
            for s in newer.fired_triggers().values()
        )

    def merged_with(self, newer: RerunRequest) -> RerunRequest:
        """Fold a newer request into this not-yet-started one without losing a trigger."""
        states = newer.widget_states
        if self.widget_states is not None:
            if states is None:
                states = self.widget_states
            else:
                merged = pb.WidgetStates()
                merged.CopyFrom(states)
                present = set(newer.fired_triggers())
                for old in self.fired_triggers().values():
                    if old.id in present:
                        continue
                    for s in merged.widgets:
                        if s.id == old.id:
                            s.CopyFrom(old)
                            break
                    else:
                        merged.widgets.append(old)
                states = merged
        if not self.fragment_ids or not newer.fragment_ids:
            fragments: list[str] = []
        else:
            fragments = list(dict.fromkeys([*self.fragment_ids, *newer.fragment_ids]))
        query = newer.query_string if newer.query_string is not None else self.query_string
        newer_page = newer.page is not None
        page = newer.page if newer_page else self.page
        switched = newer.switched if newer_page else self.switched
        context = newer.context if newer.context is not None else self.context
        return RerunRequest(states, fragments, query, page, context, switched)


def kind(state: pb.WidgetState) -> str | None:
    return state.WhichOneof("value")


def fires(state: pb.WidgetState) -> bool:
    """A click (trigger_value true) or a one-run value (string_trigger_value)."""
    k = kind(state)
    return (k == "trigger_value" and state.trigger_value) or k == "string_trigger_value"


class AppSession:
    """A session of one app: its state, its fragments, and the loop that runs its script."""

    def __init__(
        self,
        script_path: str | Path,
        send: Callable[[pb.ForwardMsg], None],
        *,
        query_string: str = "",
        secrets: Mapping[str, Any] | None = None,
        session_id: str | None = None,
        manifest: Mapping[str, Any] | None = None,
        page: str = "",
        send_delta: Callable[[OutgoingDelta], None] | None = None,
    ) -> None:
        self.id = session_id or f"s{next(_session_ids)}"
        # Multipage apps (pages.py): the pages st.navigation declared last, the URL pathname of
        # the page the session is on, the one this run asked for, and a switch st.switch_page asked.
        self.pages: list[Page] = []
        self.current_page = page
        self.run_page = page
        # Whether the run's page comes from st.switch_page (its Navigation says so).
        self.run_switched = False
        self._page_switch: str | None = None
        # Widgets the last run's page drew (not the entry script): dropped on a page change.
        self.page_widget_ids: set[str] = set()
        # What the last Navigation message listed: a run declaring the same pages sends none.
        self.sent_pages: tuple[Any, ...] | None = None
        self.script = ScriptSource(script_path)
        self.state = SessionState()
        # Streamlit's pages/ folder: used until the app calls st.navigation itself.
        self.uses_pages_directory = uses_pages_directory(self.script.path)
        self.query_params = QueryParams(query_string)
        self.fragments: dict[str, Fragment] = {}
        self._seen_fragments: dict[str, Fragment] = {}
        self._send = send
        # A transport that encodes deltas itself (the static build's bridge) takes them unwrapped.
        self._send_delta = send_delta
        self._secrets_override = AttrDict(secrets) if secrets is not None else None
        self._secrets: AttrDict | None = None
        # What an st.App adds (secrets in code, on_script_error); the server sets it.
        self.hooks = NO_HOOKS
        # Extra names for the script's module (AppTest.from_function passes its args so).
        self.script_globals: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._pending: RerunRequest | None = None
        # Requests that could not be merged into the pending one (a second chat message for the
        # same input): they run, in order, after it, without interrupting the run before them.
        self._queued: list[RerunRequest] = []
        # The running request carries a one-run value: newer requests wait instead of
        # interrupting it, so the script sees every message.
        self._running_carries_value = False
        self._stop_requested = False
        self._worker_active = False
        self._runs = itertools.count(1)
        self.last_status: int | None = None
        self.last_exception: BaseException | None = None
        # Notices already shown to this session (a parameter not honoured yet, ...).
        self.notices: set[str] = set()
        # Files the page fetches by id (downloads): freed with the session.
        self.media = MediaFiles()
        # Files the page uploaded (file uploaders, camera, audio, chat): freed with the session.
        self.uploads = UploadStore()
        # Tables whose rows the page fetches by range (st.dataframe(lazy=...)); None where no
        # page will ask (AppTest), so tables are sent whole.
        self.lazy_frames: LazyFrames | None = LazyFrames()
        self.site_keys: SiteKeys | None = None
        # st.context's facts (the host sets the connection's part) and st.user's information.
        self.client = ClientFacts()
        self.user_info: dict[str, Any] = {}
        if manifest is not None:
            self.set_manifest(manifest)
        app_dir = str(self.script.path.parent)
        if app_dir not in sys.path:
            sys.path.insert(0, app_dir)

    # -- talking to the page -------------------------------------------------------------------
    def new_session_message(self) -> pb.ForwardMsg:
        self.sent_pages = None  # a page (re)attaching has no menu yet
        msg = pb.ForwardMsg()
        msg.new_session.session_id = self.id
        msg.new_session.app_name = self.script.path.stem
        msg.new_session.version = __version__
        msg.new_session.theme.CopyFrom(load_theme(self.script.path.parent))
        mode = option_value("client.toolbarMode", self.script.path.parent)
        msg.new_session.toolbar_mode = str(mode)
        return msg

    def start(self) -> bool:
        """Greet the page and ask for the first run; True when a worker must be started."""
        self._send(self.new_session_message())
        return self.request_rerun(RerunRequest(query_string=None))

    def handle_back_msg(self, msg: pb.BackMsg) -> bool:
        """Take one message from the page; True when the caller must start `run_pending`."""
        kind = msg.WhichOneof("type")
        if kind == "rerun":
            rerun = msg.rerun
            if rerun.leaving_page:
                self._leave_page_widgets(rerun.widget_states)
            return self.request_rerun(
                RerunRequest(
                    widget_states=rerun.widget_states,
                    fragment_ids=[rerun.fragment_id] if rerun.fragment_id else [],
                    query_string=rerun.query_string,
                    page=rerun.page if rerun.HasField("page") else None,
                    context=rerun.context if rerun.HasField("context") else None,
                )
            )
        if kind == "stop":
            self.request_stop()
        if kind == "dataframe_rows":
            self.answer_rows(msg.dataframe_rows)
        return False

    def answer_rows(self, request: pb.DataframeRowsRequest) -> None:
        """Send the page the rows of a lazy table it asked for (no rerun); any thread."""
        frames = self.lazy_frames
        if frames is None:
            return
        try:
            answer = frames.answer(request)
        except Exception as exc:  # the app's data, not the page, failed: say so, keep going
            _LOG.exception("could not read a lazy table's rows")
            answer = frames.refusal(request, f"The rows could not be read: {exc}")
        self._send(answer)

    def _leave_page_widgets(self, states: pb.WidgetStates) -> None:
        """The browser leaves a page: its own widgets' states are left out of the request, so
        the page change forgets them (as Streamlit's frontend sends only the entry script's)."""
        kept = [w for w in states.widgets if w.id not in self.page_widget_ids]
        if len(kept) < len(states.widgets):
            del states.widgets[:]
            states.widgets.extend(kept)

    def request_rerun(self, request: RerunRequest) -> bool:
        with self._lock:
            if self._pending is None and not self._queued and not self._running_carries_value:
                self._pending = request
            elif self._queued and self._queued[-1].can_merge(request):
                self._queued[-1] = self._queued[-1].merged_with(request)
            elif not self._queued and self._pending and self._pending.can_merge(request):
                self._pending = self._pending.merged_with(request)
            else:
                self._queued.append(request)
            self._stop_requested = False
            if self._worker_active:
                return False
            self._worker_active = True
            return True

    def request_stop(self) -> None:
        with self._lock:
            self._stop_requested = True
            self._pending = None
            self._queued.clear()

    @property
    def is_running(self) -> bool:
        return self._worker_active

    # -- the run loop --------------------------------------------------------------------------
    def run_pending(self) -> None:
        """Run requests until none is left (one call per `True` from the request methods)."""
        while True:
            with self._lock:
                request = self._pending
                self._pending = None
                if request is None and self._queued:
                    request = self._queued.pop(0)
                self._running_carries_value = request is not None and request.carries_value()
                if request is None:
                    self._worker_active = False
                    return
            try:
                self._run(request)
            except BaseException:
                with self._lock:
                    self._worker_active = False
                    self._running_carries_value = False
                raise

    def _check_interrupt(self) -> None:
        pending = self._pending
        # A fragment's rerun from the page (a click in it, its run_every) waits for the running
        # run to end instead of cutting it short, as in Streamlit: stopping a full run there
        # would leave the rest of the app unwritten.
        if pending is not None and not pending.fragment_ids:
            raise RerunException()
        if self._stop_requested:
            raise StopException()

    def _run(self, request: RerunRequest) -> None:
        run_id = f"{self.id}-{next(self._runs)}"
        fragment_ids = tuple(request.fragment_ids)
        if any(fid not in self.fragments for fid in fragment_ids):
            fragment_ids = ()  # the fragment is gone (code changed): run the whole app
        if request.query_string is not None:
            self.query_params.set_from_client(request.query_string)
        self.run_page = self.current_page if request.page is None else request.page
        self.run_switched = request.switched and request.page is not None
        if request.context is not None:
            self.client.browser = request.context
        self._page_switch = None
        ctx = RunContext(
            session=self,
            run_id=run_id,
            emit=self._send,
            check_interrupt=self._check_interrupt,
            emit_delta_out=self._send_delta,
            fragment_ids=fragment_ids,
        )
        started = pb.ForwardMsg()
        started.script_started.run_id = run_id
        started.script_started.fragment_ids.extend(fragment_ids)
        self._send(started)
        self._send_status(running=True)
        self.last_exception = None
        token = set_run_context(ctx)
        seen_fragments: dict[str, Fragment] = {}
        self._seen_fragments = seen_fragments
        try:
            with streamlit_module.installed():
                status = self._execute(ctx, request, fragment_ids)
        finally:
            reset_run_context(token)
        if status in (Status.FINISHED_SUCCESSFULLY, Status.FINISHED_WITH_ERROR) and not (
            fragment_ids
        ):
            self.fragments = seen_fragments
            self.media.run_finished()
            self.uploads.run_finished(ctx.widget_ids)
            if self.lazy_frames is not None:
                self.lazy_frames.run_finished()
        else:
            self.fragments.update(seen_fragments)
        self.last_status = status
        finished = pb.ForwardMsg()
        finished.script_finished.run_id = run_id
        finished.script_finished.status = status
        self._send(finished)
        if self._pending is None and not self._queued:
            self._send_status(running=False)

    def _execute(
        self, ctx: RunContext, request: RerunRequest, fragment_ids: tuple[str, ...]
    ) -> pb.ScriptFinished.Status:
        state = self.state
        try:
            if self.pages and self.run_page != self.current_page and not fragment_ids:
                # A page change: widgets the page did not send are forgotten before the new
                # page runs (as Streamlit does), so the new page never sees their state.
                sent = request.widget_states.widgets if request.widget_states else ()
                state.on_script_finished({w.id for w in sent}, remove_stale=True)
            changed = state.on_script_will_rerun(request.widget_states)
            ctx.submitted_forms = state.submitted_forms()
            self._run_callbacks(ctx, changed)
            if fragment_ids:
                for fid in fragment_ids:
                    run_fragment_body(ctx, self.fragments[fid])
            else:
                code = self.script.code()
                module = types.ModuleType("__main__")
                module.__file__ = str(self.script.path)
                module.__dict__[MAGIC_NAME] = streamlit_module.magic_functions()
                module.__dict__.update(self.script_globals)
                # Parallel fragments the script dispatches end before its run does.
                with full_run(ctx):
                    if self.uses_pages_directory:
                        from stbundle.runtime_py.pages import run_pages_directory

                        run_pages_directory(self.script.path)
                    else:
                        exec(code, module.__dict__)
            state.on_script_finished(ctx.widget_ids, remove_stale=True, fragment_ids=fragment_ids)
            return Status.FRAGMENT_FINISHED if fragment_ids else Status.FINISHED_SUCCESSFULLY
        except RerunException as rerun:
            state.on_script_finished(ctx.widget_ids, remove_stale=False)
            # st.rerun(): the app (or fragment) again, with the state as it is now;
            # st.switch_page(): the whole app, on the page it names.
            asked = RerunRequest(
                fragment_ids=list(rerun.fragment_ids),
                page=self._page_switch,
                switched=self._page_switch is not None,
            )
            with self._lock:
                waiting = self._pending
                if waiting is None and not self._queued and not self._stop_requested:
                    self._pending = asked
                elif waiting is not None and waiting.fragment_ids:
                    # A fragment's rerun from the page waited for this run (it does not stop
                    # one): a single run does both.
                    self._pending = waiting.merged_with(asked)
            return Status.STOPPED_FOR_RERUN
        except StopException:
            return Status.STOPPED
        except SystemExit:  # sys.exit() / exit() in the script: ends the run, as st.stop() does
            return Status.STOPPED
        except FragmentHandledException as handled:
            self.last_exception = handled.__cause__
            return Status.FINISHED_WITH_ERROR
        except Exception as exc:  # the user's error: show it, keep the session
            self.last_exception = exc
            self._show_exception(ctx, exc)
            return Status.FINISHED_WITH_ERROR

    def _run_callbacks(self, ctx: RunContext, changed: list[WidgetMetadata]) -> None:
        """Run the changed widgets' callbacks in order; st.rerun() in one ends only that one.

        If any callback asked for a rerun, this run stops before the script starts and the app
        runs again without the interaction's button clicks, as Streamlit 1.67 does. A callback's
        st.rerun(scope=key) reruns only the named fragments, unless another callback wants the
        interaction's own rerun (returned, or a plain st.rerun()) and that is the whole app.
        """
        rerun_asked = returned = False
        targeted: dict[str, None] = {}
        ctx.in_callback = True
        try:
            for meta in changed:
                if meta.callback is not None:
                    try:
                        meta.callback(*meta.args, **meta.kwargs)
                        returned = True
                    except RerunException as rerun:
                        targeted.update(dict.fromkeys(rerun.fragment_ids))
                        rerun_asked = rerun_asked or not rerun.fragment_ids
        finally:
            ctx.in_callback = False
        whole_app = rerun_asked or (returned and not ctx.fragment_ids)
        if targeted and not whole_app:
            raise RerunException(fragment_ids=list(targeted))
        if rerun_asked or targeted:
            raise RerunException()

    def _show_exception(self, ctx: RunContext, exc: BaseException) -> None:
        from stbundle.runtime_py.delta_generator import main_dg

        # The script's own syntax errors are not given to st.App's on_script_error (as 1.67).
        compile_error = isinstance(exc, SyntaxError) and exc.filename == str(self.script.path)
        if not compile_error and self.hooks.error_handled(exc):
            return
        try:
            with ctx.uninterruptible():
                main_dg.uncaught_exception(exc)
        except Exception:  # showing the error must never take the session down
            _LOG.exception("could not show the script's exception")

    def _send_status(self, *, running: bool) -> None:
        msg = pb.ForwardMsg()
        msg.session_status.script_is_running = running
        self._send(msg)

    # -- services for the API ------------------------------------------------------------------
    def request_page_switch(self, url_path: str) -> None:
        """st.switch_page: when this run stops, the next one runs this page."""
        self._page_switch = url_path

    def remember_fragment(self, fragment: Fragment) -> None:
        self._seen_fragments[fragment.id] = fragment

    def secrets(self) -> AttrDict:
        if self._secrets_override is not None:
            return self._secrets_override
        if self._secrets is None:
            from stbundle.runtime_py.options import get_option  # options reads secrets' paths

            paths = [Path(p) for p in get_option("secrets.files")]
            extra = self.hooks.secrets
            if extra is None:
                self._secrets = load_secrets(paths)
            else:  # st.App(secrets=...): over the files' top-level keys, files optional
                try:
                    files = load_secrets(paths).to_dict()
                except StreamlitSecretNotFoundError:
                    files = {}
                self._secrets = AttrDict({**files, **extra})
        return self._secrets

    def forget_secrets(self) -> None:
        """Read the secrets files again on next use (after `secrets.files` changed)."""
        self._secrets = None

    def override_secrets(self, secrets: Mapping[str, Any] | None) -> None:
        """Use these secrets instead of secrets.toml (None: back to the file)."""
        self._secrets_override = AttrDict(secrets) if secrets is not None else None

    def set_manifest(self, manifest: Mapping[str, Any]) -> None:
        """Use the compiler's analysis of the app (site keys for repeated widgets)."""
        self.site_keys = SiteKeys.from_manifest(manifest, self.script.path.parent)

    def disambiguate_widget_id(self, ctx: RunContext, widget_id: str, kind: str) -> str:
        """A second widget with the same auto-ID in one run.

        Streamlit's error, unless the compiled app's manifest knows the call site: then the
        repeat is told apart by its site key and how many times that site was drawn this run.
        """
        site = self.site_keys.site_of_caller() if self.site_keys is not None else None
        if site is None:
            raise StreamlitDuplicateElementId(kind)
        counts = ctx.repeat_counts
        occurrence = counts[(widget_id, site)] = counts.get((widget_id, site), 1) + 1
        return repeat_widget_id(widget_id, site, occurrence)
