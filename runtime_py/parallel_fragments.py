"""@st.fragment(parallel=True): fragment bodies that run in threads during a full run of the app.

As in Streamlit 1.67, during a full run the script's thread opens such a fragment's container at
its place and hands its body to a thread pool; the body then runs concurrently with the rest of
the script and with other parallel fragments, and the run ends (ScriptFinished) only when every
body handed over has ended. A fragment-only rerun (a click inside it) runs it inline, as any
fragment.

Each body runs with its own view of the run (`WorkerContext`): its own container stack and
fragment, sharing the session, the run's widget registry and the way to the page. Writes of all
threads go out one at a time. A body may write only inside its fragment: an element aimed at a
container made outside it (st.sidebar, st.bottom, a column made earlier, a toast) is refused with
Streamlit's error, and so are @st.dialog and st.switch_page.

Stopping stays cooperative. A body checks at each element the run's stop flag and the session's
requests; the script's thread checks at its elements and while it waits for the bodies. A newer
full rerun or Stop ends the script's thread, which raises the flag and waits for the bodies; a
flagged body can write nothing more (the flag is read under the same lock as every write), so
nothing of this run lands in the next. A body's st.rerun() or st.stop() ends the whole run, as in
Streamlit; an exception in a body is shown inside its fragment and the rest of the app goes on.

Pyodide (static builds) has no threads: there a body runs at once, on the script's thread, with
the same view, so the same commands are refused in both modes.
"""

from __future__ import annotations

import contextvars
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, TypeVar

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.context import (
    Cursor,
    OutgoingDelta,
    RunContext,
    reset_run_context,
    set_run_context,
)
from stbundle.runtime_py.errors import (
    RerunException,
    StopException,
    StreamlitInvalidLayoutContextError,
)
from stbundle.runtime_py.options import option_value

if TYPE_CHECKING:
    from stbundle.runtime_py.fragment import Fragment

_LOG = logging.getLogger(__name__)
T = TypeVar("T")

#: Whether bodies run in threads: not in Pyodide, which has none.
THREADS = sys.platform != "emscripten"
#: How often the script's thread, waiting for the bodies, looks for a newer request.
POLL_SECONDS = 0.05

OUTSIDE_WRITE_MESSAGE = (
    "Writing to a container created outside a parallel fragment, including `st.sidebar` and "
    "`st.bottom`, is not supported on a full app run or a later fragment rerun.\n\n"
    "To fix this, move the element inside the fragment body."
)


def check_not_parallel_worker(ctx: RunContext | None, api_name: str) -> None:
    """Refuse a command that is unsafe in a parallel fragment's body during a full run."""
    if isinstance(ctx, WorkerContext):
        raise StreamlitInvalidLayoutContextError(
            f"`{api_name}` cannot be called from a parallel fragment during the initial page "
            f"load, because parallel fragments run concurrently on separate threads where "
            f"`{api_name}` is not safe.\n\n"
            "To fix this, gate the call behind a widget interaction (e.g., `if st.button(...):`) "
            "so it runs during a sequential fragment rerun instead."
        )


@dataclass
class WorkerContext(RunContext):
    """A parallel fragment body's view of the run: its own container stack and fragment; the
    session, widget registry and form state of the run it belongs to."""

    @classmethod
    def of(
        cls,
        parent: RunContext,
        *,
        check_interrupt: Callable[[], None],
        emit: Callable[[pb.ForwardMsg], None],
        emit_delta_out: Callable[[OutgoingDelta], None] | None,
    ) -> WorkerContext:
        shared = {f.name: getattr(parent, f.name) for f in fields(RunContext)}
        shared.update(
            check_interrupt=check_interrupt,
            emit=emit,
            emit_delta_out=emit_delta_out,
            fragment_id="",
            fragment=None,
            fragment_scope=None,
            in_callback=False,
            dg_stack=[],
            outside_cursors={},
            recorders=[],
        )
        return cls(**shared)

    def cursor_for(self, cursor: Cursor) -> Cursor:
        """No wrappers in outside containers: a body's elements there are refused."""
        return cursor

    def emit_delta(
        self,
        path: tuple[int, ...],
        *,
        element: pb.Element | None = None,
        block: pb.Block | None = None,
        transient: bool = False,
        owner: str | None = None,
    ) -> None:
        # As in Streamlit, the check is on elements: a container opened outside is sent, and
        # the first element written into it is refused.
        fragment = self.fragment
        if element is not None and fragment is not None:
            inside = fragment.block_path
            if path[: len(inside)] != inside:
                raise StreamlitInvalidLayoutContextError(OUTSIDE_WRITE_MESSAGE)
        super().emit_delta(path, element=element, block=block, transient=transient, owner=owner)


class ParallelRun:
    """The parallel fragment bodies of one full run: their pool, their count, the stop flag,
    and the first st.rerun()/st.stop() one of them raised (it ends the whole run)."""

    def __init__(self, ctx: RunContext, *, threads: bool) -> None:
        self._main = ctx
        self._threads = threads
        self._executor: ThreadPoolExecutor | None = None
        self._outstanding = 0
        # Guards _outstanding; made with the pool, so a run without parallel fragments (nearly
        # every run) pays for no more than this object.
        self._changed: threading.Condition | None = None
        # The threads running a body now (guarded by _changed).
        self._running: set[int] = set()
        # Every write of the run goes out under this lock once bodies run in threads; the stop
        # flag is set under it, so a flagged body can never write again.
        self._write_lock = threading.Lock()
        self._stopping = False
        self._failure: RerunException | StopException | None = None
        # What the run had before bodies ran in threads: the session's own interruption check
        # and the transport's outlets.
        self._session_check = ctx.check_interrupt
        self._emit = ctx.emit
        self._emit_delta_out = ctx.emit_delta_out

    # -- dispatching ---------------------------------------------------------------------------
    def submit(self, parent: RunContext, fragment: Fragment) -> None:
        """Run `fragment`'s body (its container is already open) alongside the script."""
        if not self._threads:
            self._run_body(parent, fragment)
            self._raise_failure()
            return
        if self._changed is None:  # the first one, from the script's thread: no other yet
            self._start_threads()
        assert self._changed is not None and self._executor is not None
        with self._changed:
            self._outstanding += 1
        executor = self._executor
        context = contextvars.copy_context()
        executor.submit(context.run, self._tracked, parent, fragment)

    def _start_threads(self) -> None:
        """From now on the script's thread writes under the lock and hears the bodies' st.rerun
        and st.stop at its elements (called once, by the script's thread, at its first submit)."""
        self._executor = ThreadPoolExecutor(
            max_workers=max_workers(self._main), thread_name_prefix="stbundle-fragment"
        )
        self._changed = threading.Condition()
        main = self._main
        main.emit = self._locked(self._emit)
        if self._emit_delta_out is not None:
            main.emit_delta_out = self._locked(self._emit_delta_out)
        session_check = self._session_check

        def main_check() -> None:
            self._raise_failure()
            session_check()

        main.check_interrupt = main_check

    def _tracked(self, parent: RunContext, fragment: Fragment) -> None:
        assert self._changed is not None
        with self._changed:
            self._running.add(threading.get_ident())
        try:
            if not self._stopping:  # queued before the run was stopped: never starts
                self._run_body(parent, fragment)
        finally:
            with self._changed:
                self._running.discard(threading.get_ident())
                self._outstanding -= 1
                self._changed.notify_all()

    def _run_body(self, parent: RunContext, fragment: Fragment) -> None:
        from stbundle.runtime_py.fragment import FragmentHandledException, run_fragment_body

        threaded = self._executor is not None
        worker = WorkerContext.of(
            parent,
            check_interrupt=self._worker_check,
            emit=self._guarded(self._emit) if threaded else self._emit,
            emit_delta_out=(
                self._guarded(self._emit_delta_out)
                if threaded and self._emit_delta_out is not None
                else self._emit_delta_out
            ),
        )
        token = set_run_context(worker)
        try:
            run_fragment_body(worker, fragment)
        except FragmentHandledException:
            pass  # shown inside the fragment; the rest of the app goes on
        except (RerunException, StopException) as exc:
            self._fail(exc)
        except SystemExit:
            pass  # ends this body only, as in Streamlit
        except Exception:  # pragma: no cover - run_fragment_body shows the user's errors
            _LOG.exception("a parallel fragment failed outside its body")
        finally:
            reset_run_context(token)

    # -- interruption --------------------------------------------------------------------------
    def _worker_check(self) -> None:
        if self._stopping:
            raise StopException()
        self._session_check()  # a newer full rerun or Stop: this body ends at once too

    def _fail(self, exc: RerunException | StopException) -> None:
        """A body's st.rerun()/st.stop() (or a request it heard): the first one ends the run."""
        with self._write_lock:
            if self._failure is None:
                self._failure = exc
            self._stopping = True
        if self._changed is not None:
            with self._changed:
                self._changed.notify_all()

    def _raise_failure(self) -> None:
        failure = self._failure
        if failure is not None:
            raise failure

    def _locked(self, send: Callable[[T], None]) -> Callable[[T], None]:
        def locked(item: T) -> None:
            with self._write_lock:
                send(item)

        return locked

    def _guarded(self, send: Callable[[T], None]) -> Callable[[T], None]:
        def guarded(item: T) -> None:
            with self._write_lock:
                if self._stopping:
                    raise StopException()
                send(item)

        return guarded

    # -- the end of the run --------------------------------------------------------------------
    def join(self) -> None:
        """Wait for every body, still hearing newer requests and the bodies' st.rerun/st.stop."""
        changed = self._changed
        if changed is None:  # no body ran in a thread
            self._raise_failure()
            return
        check = self._main.check_interrupt
        while True:
            with changed:
                if self._outstanding == 0:
                    break
                changed.wait(POLL_SECONDS)
            check()
        self._raise_failure()

    def drain(self) -> None:
        """Stop the bodies at their next element and wait for them (the run is ending early)."""
        with self._write_lock:
            self._stopping = True
        changed = self._changed
        if changed is None:
            return
        try:
            with changed:
                while self._outstanding:
                    # In slices, so a forced stop of the script's thread still reaches it here.
                    changed.wait(POLL_SECONDS)
        except BaseException as exc:
            # What cut this wait short (the server's forced stop of a script that ignored a
            # Stop) is raised in the bodies still running too: a body looping without writing
            # would otherwise keep its thread, and a CPU, after its run has ended.
            self._raise_in_bodies(type(exc))
            raise

    def _raise_in_bodies(self, kind: type[BaseException]) -> None:
        import ctypes  # threads exist: CPython, never Pyodide

        assert self._changed is not None
        with self._changed:
            running = list(self._running)
        for ident in running:
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(ident), ctypes.py_object(kind)
            )

    def close(self) -> None:
        executor = self._executor
        if executor is not None:
            # Idle threads end at once; a body that never reaches an element again (a forced
            # stop cut the wait short) is not waited for: the stop flag keeps it off the page.
            executor.shutdown(wait=self._outstanding == 0)


def max_workers(ctx: RunContext) -> int | None:
    """config.toml's runner.parallelMaxWorkers, checked as Streamlit 1.67 checks it."""
    value = option_value("runner.parallelMaxWorkers", ctx.session.script.path.parent)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
        raise ValueError(
            f"runner.parallelMaxWorkers must be None or a positive integer, got {value!r}"
        )
    return value


@contextmanager
def full_run(ctx: RunContext) -> Iterator[None]:
    """The script's full run: parallel fragments dispatched in it end before it does."""
    run = ParallelRun(ctx, threads=THREADS)
    ctx.parallel = run
    try:
        yield
        run.join()
    except BaseException:
        run.drain()
        raise
    finally:
        run.close()
        ctx.parallel = None
