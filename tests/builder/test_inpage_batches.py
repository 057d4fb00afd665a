"""The in-page transport reads the bridge's ForwardMsgBatch frames (runtime_wasm/src/transport.ts
`batchMessages`): the messages Python's protobuf put in a batch come out byte for byte, lengths
of one and of several varint bytes, and a cut frame is an error, never a loop or a short read."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from stbundle.proto import stbundle_pb2 as pb

REPO = Path(__file__).resolve().parents[2]

SPLIT = """
const { build } = require(process.argv[1] + "/frontend/node_modules/esbuild");
(async () => {
  const out = await build({ entryPoints: [process.argv[1] + "/runtime_wasm/src/transport.ts"],
    bundle: true, write: false, format: "cjs", platform: "node" });
  const mod = {}; new Function("module", "exports", out.outputFiles[0].text)(mod, mod.exports = {});
  const split = (hex) => {
    try {
      const parts = [...mod.exports.batchMessages(Buffer.from(hex, "hex"))];
      return parts.map((m) => Buffer.from(m).toString("hex"));
    }
    catch (e) { return "error: " + e.message; }
  };
  process.stdout.write(JSON.stringify(JSON.parse(process.argv[2]).map(split)));
})().catch((e) => { console.error(e); process.exit(1); });
"""


def test_batch_frames_split_into_the_messages_python_wrote() -> None:
    batch = pb.ForwardMsgBatch()
    batch.msgs.add().script_started.run_id = "page-1"
    batch.msgs.add().delta.new_element.markdown.body = "x" * 300  # a two-byte length
    batch.msgs.add()  # an empty message: length 0
    frame = batch.SerializeToString()
    frames = [frame.hex(), frame[:-1].hex(), "0a80", "12"]
    result = subprocess.run(
        ["node", "-e", SPLIT, str(REPO), json.dumps(frames)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    whole, cut, cut_length, not_a_batch = json.loads(result.stdout)
    assert whole == [m.SerializeToString().hex() for m in batch.msgs]
    assert cut == cut_length == "error: truncated ForwardMsgBatch"
    assert not_a_batch == "error: not a ForwardMsgBatch"
