"""XST105: ``st.stop()``/``st.rerun()`` inside a try whose handler catches everything."""

from __future__ import annotations

from collections.abc import Iterator

from stbundle.compiler.diagnostics import Diagnostic
from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.model import AppModel


class SwallowedStop(Rule):
    code = "XST105"
    name = "swallowed-stop-or-rerun"
    summary = "`st.stop()`/`st.rerun()` inside `try` with a bare `except:` is swallowed."
    explanation = (
        "st.stop(), st.rerun() and st.switch_page() work by raising an exception derived from "
        "BaseException. A bare `except:` or `except BaseException:` catches it, so the run goes "
        "on as if nothing happened. Catch `Exception` instead, or re-raise."
    )
    example_bad = """\
        try:
            st.stop()
        except:
            pass
    """
    example_good = """\
        try:
            risky()
        except Exception:
            st.error('failed')
            st.stop()
    """

    def check(self, model: AppModel) -> Iterator[Diagnostic]:
        for info in model.tries.values():
            handlers = [pos for pos, reraises in info.broad_handlers if not reraises]
            if not handlers or not info.enders:
                continue
            for call in info.enders:
                yield self.diag(
                    model,
                    call.file,
                    call.pos,
                    f"`st.{call.name}()` raises a BaseException that the bare "
                    f"`except` at line {handlers[0].line} swallows, so the run continues. "
                    "Catch `Exception` instead, or re-raise",
                )
