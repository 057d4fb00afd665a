"""An app's script run once in a real AppSession, as the server runs it, for tests that read
the messages the page would get (element protos with their layout, page config, transients)."""

from __future__ import annotations

from pathlib import Path

from stbundle.proto import stbundle_pb2 as pb
from stbundle.runtime_py.app_session import AppSession


def run_app(tmp_path: Path, script: str) -> tuple[AppSession, list[pb.ForwardMsg]]:
    """Writes `script` as tmp_path/app.py and runs it; the session and every message it sent."""
    app = tmp_path / "app.py"
    app.write_text(script)
    sent: list[pb.ForwardMsg] = []
    session = AppSession(app, sent.append)
    assert session.start()
    session.run_pending()
    return session, sent


def new_elements(sent: list[pb.ForwardMsg]) -> list[pb.ForwardMsg]:
    """The messages among `sent` that draw an element (their delta's new_element)."""
    return [
        m
        for m in sent
        if m.WhichOneof("type") == "delta" and m.delta.WhichOneof("type") == "new_element"
    ]
