"""The knobs of one serve-mode app, gathered so `create_app` and the CLI agree on defaults."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from stbundle.runtime_py.script_hooks import NO_HOOKS, ScriptHooks
from stbundle.runtime_py.uploads import DEFAULT_MAX_UPLOAD_SIZE_MB

# 16 MiB: a page that keeps up never lags this far (one larger message still goes through),
# and three pages that stop reading hold under 64 MiB together (bench/bench_slow_consumer.py).
DEFAULT_MAX_OUTBOX_BYTES = 16 << 20


@dataclass(frozen=True)
class ServerSettings:
    """Limits and policies; every default is what `bundle serve` uses."""

    # Origins (scheme://host[:port]) whose pages may open the WebSocket besides the server's own
    # origin; "*" allows any. Clients that send no Origin header (not browsers) are allowed.
    allowed_origins: Sequence[str] = field(default_factory=tuple)
    # Host names (without port) the server answers; "*" for any. None: a connection arriving on
    # a loopback address must name a loopback host (DNS rebinding), others may name any host.
    allowed_hosts: Sequence[str] | None = None
    # How long a closed tab's session waits for the tab to reconnect before it is freed.
    reconnect_grace_seconds: float = 30.0
    # The largest BackMsg frame accepted; larger frames close the connection with 1009.
    max_frame_bytes: int = 1 << 20
    # Bytes of outgoing messages one connection may hold (queued or being sent) before its page
    # is judged too slow and cut off (close code 1013); its session stays for a reconnect.
    max_outbox_bytes: int = DEFAULT_MAX_OUTBOX_BYTES
    # A send the page has not taken in this long (its socket full: it stopped reading) cuts the
    # connection off the same way, however little is queued.
    send_timeout_seconds: float = 15.0
    # After the stop control (or when a session is freed), a script that has emitted nothing
    # for this long is interrupted by force; None leaves it to stop at its next element.
    force_stop_after_seconds: float | None = 2.0
    # The largest file an upload widget takes unless it sets max_upload_size (megabytes of
    # 1024 * 1024 bytes; Streamlit's server.maxUploadSize).
    max_upload_size_mb: int = DEFAULT_MAX_UPLOAD_SIZE_MB
    # Watch the app's folder and rerun connected pages when its Python files change.
    watch: bool = True
    # What an st.App gives every session (secrets in code, on_script_error); none otherwise.
    script_hooks: ScriptHooks = NO_HOOKS
