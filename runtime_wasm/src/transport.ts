/**
 * The in-page transport: the renderer's BackMsgs go straight into the Python runtime under
 * Pyodide and its ForwardMsgs come straight back, as the same protobuf bytes serve mode sends.
 * Where the browser has JSPI a run is started with `callPromising()`, so it can give the page its
 * turn mid-run (live.ts); a BackMsg sent meanwhile is queued by the session, which stops the run
 * at its next element, as in serve mode.
 */
import type { BackMsg, ForwardMsg } from "../../frontend/src/gen/stbundle";
import type { ConnectionState, Transport } from "../../frontend/src/transport";
import type { PageHooks } from "./live";

/** What the renderer bundle (global `stbundle`) exports that this transport relies on. */
export interface Codec {
  decodeForwardMsg(bytes: Uint8Array): ForwardMsg;
  encodeBackMsg(msg: BackMsg): Uint8Array;
}

/** `run()` of the Python session: a PyProxy, callable with `callPromising()` under JSPI. */
export interface RunPending {
  (): void;
  callPromising(): Promise<void>;
}

/** Python's session (runtime_wasm/bridge.py, `Bridge`): True from begin/handle means "call run". */
export interface PythonSession {
  begin(): boolean;
  handle(bytes: Uint8Array): boolean;
  run: RunPending;
  /** A session media file's bytes (undefined: no such file) and MIME type. */
  media_bytes(id: string): Uint8Array | undefined;
  media_type(id: string): string;
  /** Keeps an uploaded file for a widget: JSON `{"file_id"}` or `{"error"}`. */
  upload(widgetId: string, name: string, type: string, data: Uint8Array): string;
  drop_upload(fileId: string): void;
}

/** Opens the Python session; ForwardMsgBatch bytes come back through `send`. */
export type OpenSession = (send: (batch: Uint8Array) => void) => PythonSession;

/**
 * The messages of a ForwardMsgBatch (each behind the field-1 tag and its length), as views into
 * it: Python hands over a run's messages in one call (bridge.py), each crossing costing a copy.
 */
export function* batchMessages(batch: Uint8Array): Generator<Uint8Array> {
  let pos = 0;
  while (pos < batch.length) {
    if (batch[pos++] !== 0x0a) throw new Error("not a ForwardMsgBatch");
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      if (pos >= batch.length) throw new Error("truncated ForwardMsgBatch");
      const byte = batch[pos++]!;
      length += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    if (pos + length > batch.length) throw new Error("truncated ForwardMsgBatch");
    yield batch.subarray(pos, pos + length);
    pos += length;
  }
}

export class InPageTransport implements Transport {
  private session: PythonSession | null = null;
  /** Media ids already turned into Blob URLs (the same content keeps its id across reruns). */
  private readonly blobs = new Map<string, string>();

  /** `live`: the page hooks when runs are started with `callPromising()` (JSPI), else null. */
  constructor(
    private readonly codec: Codec,
    private readonly openSession: OpenSession,
    private readonly onFailure: (err: unknown) => void,
    private readonly onStarted: () => void = () => {},
    private readonly live: PageHooks | null = null,
  ) {}

  start(onMessage: (msg: ForwardMsg) => void, onStatus?: (state: ConnectionState) => void): void {
    onStatus?.("connected");
    // Deferred so the renderer has finished mounting before the first run's messages arrive.
    queueMicrotask(() => {
      try {
        const session = this.openSession((batch) => {
          for (const bytes of batchMessages(batch)) onMessage(this.codec.decodeForwardMsg(bytes));
        });
        this.session = session;
        const first = session.begin() ? this.run(session) : Promise.resolve();
        first.then(this.onStarted, this.onFailure);
      } catch (err) {
        this.onFailure(err);
      }
    });
  }

  send(msg: BackMsg): void {
    const bytes = this.codec.encodeBackMsg(msg);
    const stop = msg.type?.$case === "stop";
    // A microtask, not a direct call: the renderer may send while it is still handling a message.
    queueMicrotask(() => {
      const session = this.session;
      if (!session) return;
      try {
        if (session.handle(bytes)) this.run(session).catch(this.onFailure);
        if (stop) this.live?.stop(); // after the session knows: a sleeping script wakes to stop
      } catch (err) {
        this.onFailure(err);
      }
    });
  }

  /** The media channel of a static build: a Blob URL of the bytes the runtime holds. */
  mediaUrl(id: string): Promise<string> {
    const known = this.blobs.get(id);
    if (known) return Promise.resolve(known);
    const bytes = this.session?.media_bytes(id);
    if (!bytes) return Promise.reject(new Error("the file is no longer in this session"));
    const url = URL.createObjectURL(new Blob([bytes.slice()], { type: this.session?.media_type(id) ?? "" }));
    this.blobs.set(id, url);
    return Promise.resolve(url);
  }

  /** Uploads of a static build: the file's bytes go straight into the in-page session. */
  async upload(widgetId: string, file: File): Promise<string> {
    const data = new Uint8Array(await file.arrayBuffer());
    const session = this.session;
    if (!session) throw new Error("the app has not started yet");
    const name = file.webkitRelativePath || file.name;
    const answer = JSON.parse(session.upload(widgetId, name, file.type || "application/octet-stream", data)) as {
      file_id?: string;
      error?: string;
    };
    if (!answer.file_id) throw new Error(answer.error ?? "upload refused");
    return answer.file_id;
  }

  dropUpload(fileId: string): void {
    this.session?.drop_upload(fileId);
  }

  private run(session: PythonSession): Promise<void> {
    if (this.live) return session.run.callPromising().then(() => this.freeBlobs(session));
    session.run();
    this.freeBlobs(session);
    return Promise.resolve();
  }

  /** After a run: Blob URLs of files the session has freed (no run uses them) are revoked, so a
   * long session whose images change does not keep every old image in memory. */
  private freeBlobs(session: PythonSession): void {
    for (const [id, url] of this.blobs) {
      if (!session.media_type(id)) {
        URL.revokeObjectURL(url);
        this.blobs.delete(id);
      }
    }
  }
}
