/**
 * The wire format, in one place: binary protobuf decode of ForwardMsg and encode of BackMsg.
 * Both transports (WebSocket frames, Pyodide in-page calls) go through these two functions, so
 * the renderer never depends on how bytes travel.
 */
import { BackMsg, ForwardMsg } from "./gen/stbundle";

export { BackMsg, ForwardMsg };

export function decodeForwardMsg(bytes: Uint8Array | ArrayBuffer): ForwardMsg {
  return ForwardMsg.decode(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
}

export function encodeBackMsg(msg: BackMsg): Uint8Array<ArrayBuffer> {
  // finish() allocates a fresh ArrayBuffer-backed array; the cast only narrows the buffer type.
  return BackMsg.encode(msg).finish() as Uint8Array<ArrayBuffer>;
}

/** Used by tests and the in-page runtime to read what the renderer sent. */
export function decodeBackMsg(bytes: Uint8Array | ArrayBuffer): BackMsg {
  return BackMsg.decode(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
}

export function encodeForwardMsg(msg: ForwardMsg): Uint8Array {
  return ForwardMsg.encode(msg).finish();
}
