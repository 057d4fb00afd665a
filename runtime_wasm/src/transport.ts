/**
 * The in-page transport: the renderer's BackMsgs go straight into the Python runtime under
 * Pyodide and its ForwardMsgs come straight back, as the same protobuf bytes serve mode sends.
 */
import type { BackMsg, ForwardMsg } from "../../frontend/src/gen/stbundle";
import type { ConnectionState, Transport } from "../../frontend/src/transport";

/** What the renderer bundle (global `stbundle`) exports that this transport relies on. */
export interface Codec {
  decodeForwardMsg(bytes: Uint8Array): ForwardMsg;
  encodeBackMsg(msg: BackMsg): Uint8Array;
}

/** Python's side: `start(send)` runs the app once and returns the BackMsg handler. */
export type StartRuntime = (send: (bytes: Uint8Array) => void) => (bytes: Uint8Array) => void;

export class InPageTransport implements Transport {
  private handle: ((bytes: Uint8Array) => void) | null = null;

  constructor(
    private readonly codec: Codec,
    private readonly startRuntime: StartRuntime,
    private readonly onFailure: (err: unknown) => void,
    private readonly onStarted: () => void = () => {},
  ) {}

  start(onMessage: (msg: ForwardMsg) => void, onStatus?: (state: ConnectionState) => void): void {
    onStatus?.("connected");
    // Deferred so the renderer has finished mounting before the first run's messages arrive.
    queueMicrotask(() => {
      try {
        this.handle = this.startRuntime((bytes) => onMessage(this.codec.decodeForwardMsg(bytes)));
        this.onStarted();
      } catch (err) {
        this.onFailure(err);
      }
    });
  }

  send(msg: BackMsg): void {
    const bytes = this.codec.encodeBackMsg(msg);
    // A microtask, not a direct call: the renderer may send while it is still handling a message.
    queueMicrotask(() => {
      if (!this.handle) return;
      try {
        this.handle(bytes);
      } catch (err) {
        this.onFailure(err);
      }
    });
  }
}
