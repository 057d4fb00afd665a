"""The renderer test harness: a page that mounts the built renderer on a ``FakeTransport``.

The fake transport replays ForwardMsg bytes produced here with ``stbundle_pb2`` and records the
BackMsg bytes the renderer sends (as ``window.fake.sent``), which tests decode in Python. Its
media channel answers the ids a test puts in ``window.fake.media``. So the
renderer is exercised through exactly the bytes the server will send, without the server.
"""

from __future__ import annotations

import base64
from typing import Any

from stbundle.proto import stbundle_pb2 as pb

FAKE_TRANSPORT_JS = """
<script>
window.fake = {
  sent: [],
  start(onMessage, onStatus) { this.onMessage = onMessage; this.onStatus = onStatus; },
  send(msg) { this.sent.push(Array.from(stbundle.encodeBackMsg(msg))); },
  // The media channel: ids a test put in window.fake.media resolve to their URLs.
  media: {},
  mediaUrl(id) {
    const url = this.media[id];
    return url ? Promise.resolve(url) : Promise.reject(new Error("no such file in this session"));
  },
  // Uploads: recorded as [widget id, name, type, text]; `refuse` set: rejected with it.
  uploads: [],
  dropped: [],
  refuse: "",
  async upload(widgetId, file) {
    if (this.refuse) throw new Error(this.refuse);
    this.uploads.push([widgetId, file.name, file.type, await file.text()]);
    return `up${this.uploads.length}`;
  },
  dropUpload(id) { this.dropped.push(id); },
  deliver(batch) {
    for (const b64 of batch) {
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      this.onMessage(stbundle.decodeForwardMsg(bytes));
    }
  },
};
window.app = stbundle.mount(document.getElementById("stb-root"), window.fake);
</script>
"""

Status = pb.ScriptFinished.Status


def meta(path: list[int], run: str, frag: str) -> pb.ForwardMsgMetadata:
    return pb.ForwardMsgMetadata(delta_path=path, run_id=run, fragment_id=frag)


def el(path: list[int], run: str = "r1", frag: str = "", **element: Any) -> pb.ForwardMsg:
    """A delta writing an element, e.g. ``el([0, 0], text=pb.Text(body="hi"))``."""
    return pb.ForwardMsg(
        metadata=meta(path, run, frag), delta=pb.Delta(new_element=pb.Element(**element))
    )


def blk(path: list[int], run: str = "r1", frag: str = "", **block: Any) -> pb.ForwardMsg:
    """A delta adding a block, e.g. ``blk([0, 1], vertical=pb.Block.Vertical(border=True))``."""
    return pb.ForwardMsg(
        metadata=meta(path, run, frag), delta=pb.Delta(add_block=pb.Block(**block))
    )


def started(run: str, *fragments: str) -> pb.ForwardMsg:
    return pb.ForwardMsg(script_started=pb.ScriptStarted(run_id=run, fragment_ids=fragments))


def finished(
    run: str, status: pb.ScriptFinished.Status = Status.FINISHED_SUCCESSFULLY
) -> pb.ForwardMsg:
    return pb.ForwardMsg(script_finished=pb.ScriptFinished(run_id=run, status=status))


def common(wid: str, label: str, **kw: Any) -> pb.WidgetCommon:
    return pb.WidgetCommon(id=wid, label=label, **kw)


def text(path: list[int], body: str, run: str = "r1", frag: str = "") -> pb.ForwardMsg:
    return el(path, run, frag, text=pb.Text(body=body))


def state_value(state: pb.WidgetState) -> tuple[str | None, Any]:
    """(oneof field name, plain Python value) of one widget state."""
    field = state.WhichOneof("value")
    if field is None:
        return None, None
    value = getattr(state, field)
    if field.endswith("_array_value"):
        value = list(value.data)
    return field, value


def states(rerun: pb.RerunRequest) -> dict[str, tuple[str | None, Any]]:
    return {s.id: state_value(s) for s in rerun.widget_states.widgets}


class Harness:
    """Drives one page: deliver ForwardMsgs, read back the BackMsgs the renderer sent."""

    def __init__(self, page: Any) -> None:
        self.page = page

    def send(self, *msgs: pb.ForwardMsg) -> None:
        batch = [base64.b64encode(m.SerializeToString()).decode() for m in msgs]
        self.page.evaluate("b => window.fake.deliver(b)", batch)

    def take(self) -> list[pb.BackMsg]:
        """All BackMsgs sent so far (decoded), clearing the record."""
        raw = self.page.evaluate("() => window.fake.sent.splice(0)")
        return [pb.BackMsg.FromString(bytes(b)) for b in raw]

    def wait_sent(self, n: int = 1, timeout: float = 3000) -> list[pb.BackMsg]:
        self.page.wait_for_function("n => window.fake.sent.length >= n", arg=n, timeout=timeout)
        return self.take()

    def rerun(self) -> pb.RerunRequest:
        """Exactly one BackMsg is expected; it must be a rerun request."""
        msgs = self.wait_sent(1)
        assert len(msgs) == 1, msgs
        assert msgs[0].WhichOneof("type") == "rerun", msgs[0]
        return msgs[0].rerun

    def assert_nothing_sent(self, settle_ms: int = 100) -> None:
        self.page.wait_for_timeout(settle_ms)
        assert self.take() == []
