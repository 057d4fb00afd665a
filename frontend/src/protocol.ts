/**
 * The wire format, in one place: binary protobuf decode of ForwardMsg and encode of BackMsg.
 * Both transports (WebSocket frames, Pyodide in-page calls) go through these functions, so the
 * renderer never depends on how bytes travel. A WebSocket frame holds a ForwardMsgBatch (the
 * messages queued since the previous frame); the in-page transport passes single messages.
 */
import type { BackMsg, ForwardMsg } from "./gen/stbundle";
import { decodeMessage, encodeMessage } from "./wire_codec";

export type { BackMsg, ForwardMsg };

function asBytes(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

export function decodeForwardMsg(bytes: Uint8Array | ArrayBuffer): ForwardMsg {
  return decodeMessage("ForwardMsg", asBytes(bytes));
}

export function decodeForwardMsgBatch(bytes: Uint8Array | ArrayBuffer): ForwardMsg[] {
  return decodeMessage("ForwardMsgBatch", asBytes(bytes)).msgs;
}

export function encodeBackMsg(msg: BackMsg): Uint8Array<ArrayBuffer> {
  return encodeMessage("BackMsg", msg);
}

/** Used by tests and the in-page runtime to read what the renderer sent. */
export function decodeBackMsg(bytes: Uint8Array | ArrayBuffer): BackMsg {
  return decodeMessage("BackMsg", asBytes(bytes));
}

export function encodeForwardMsg(msg: ForwardMsg): Uint8Array {
  return encodeMessage("ForwardMsg", msg);
}
