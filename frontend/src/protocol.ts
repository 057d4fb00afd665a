/**
 * The wire format, in one place: binary protobuf decode of ForwardMsg and encode of BackMsg.
 * Both transports (WebSocket frames, Pyodide in-page calls) go through these functions, so the
 * renderer never depends on how bytes travel. A WebSocket frame holds a ForwardMsgBatch (the
 * messages queued since the previous frame); the in-page transport passes single messages.
 */
import { BackMsg, ForwardMsg, ForwardMsgBatch } from "./gen/stbundle";

export { BackMsg, ForwardMsg };

function asBytes(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

export function decodeForwardMsg(bytes: Uint8Array | ArrayBuffer): ForwardMsg {
  return ForwardMsg.decode(asBytes(bytes));
}

export function decodeForwardMsgBatch(bytes: Uint8Array | ArrayBuffer): ForwardMsg[] {
  return ForwardMsgBatch.decode(asBytes(bytes)).msgs;
}

export function encodeBackMsg(msg: BackMsg): Uint8Array<ArrayBuffer> {
  // finish() allocates a fresh ArrayBuffer-backed array; the cast only narrows the buffer type.
  return BackMsg.encode(msg).finish() as Uint8Array<ArrayBuffer>;
}

/** Used by tests and the in-page runtime to read what the renderer sent. */
export function decodeBackMsg(bytes: Uint8Array | ArrayBuffer): BackMsg {
  return BackMsg.decode(asBytes(bytes));
}

export function encodeForwardMsg(msg: ForwardMsg): Uint8Array {
  return ForwardMsg.encode(msg).finish();
}
