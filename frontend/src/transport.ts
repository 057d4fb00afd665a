/**
 * The seam between the renderer and wherever the runtime lives. Serve mode uses the WebSocket
 * transport below; a static build supplies an in-page transport that calls into Pyodide. The
 * renderer only ever sees decoded ForwardMsgs and hands over BackMsgs.
 */
import type { BackMsg, ForwardMsg } from "./gen/stbundle";
import type { MediaChannel } from "./media";
import { decodeForwardMsgBatch, encodeBackMsg } from "./protocol";

export type ConnectionState = "connecting" | "connected" | "disconnected";

export interface Transport extends Partial<MediaChannel> {
  /** Begin delivering messages. `onStatus` reports connection changes (optional for in-page). */
  start(onMessage: (msg: ForwardMsg) => void, onStatus?: (state: ConnectionState) => void): void;
  send(msg: BackMsg): void;
  close?(): void;
}

/** `ws` next to the page, with the ws/wss scheme: relative so it works under any sub-path. */
export function defaultSocketUrl(base: string = location.href): string {
  const url = new URL("ws", base);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.search = "";
  url.hash = "";
  return url.toString();
}

const MAX_QUEUE = 64;

/**
 * Binary protobuf frames over a WebSocket. Reconnects with exponential backoff and passes the
 * session id learnt from NewSession as `?session=` so the server can reattach the session.
 */
export class WebSocketTransport implements Transport {
  private ws: WebSocket | null = null;
  /** Learnt from NewSession; it also names the session's media and upload routes. */
  sessionId = "";
  private attempt = 0;
  private closed = false;
  private queue: Uint8Array<ArrayBuffer>[] = [];
  private onMessage: (msg: ForwardMsg) => void = () => {};
  private onStatus: (state: ConnectionState) => void = () => {};

  constructor(private readonly url: string = defaultSocketUrl()) {}

  start(onMessage: (msg: ForwardMsg) => void, onStatus?: (state: ConnectionState) => void): void {
    this.onMessage = onMessage;
    if (onStatus) this.onStatus = onStatus;
    this.connect();
  }

  send(msg: BackMsg): void {
    const bytes = encodeBackMsg(msg);
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(bytes);
    else if (this.queue.push(bytes) > MAX_QUEUE) this.queue.shift();
  }

  /** Media files: the session's HTTP route, next to the page like the socket. */
  mediaUrl(id: string): Promise<string> {
    if (!this.sessionId) return Promise.reject(new Error("no session yet"));
    const url = new URL(`media/${encodeURIComponent(this.sessionId)}/${encodeURIComponent(id)}`, document.baseURI);
    return Promise.resolve(url.toString());
  }

  close(): void {
    this.closed = true;
    this.ws?.close();
  }

  private connect(): void {
    const url = new URL(this.url);
    if (this.sessionId) url.searchParams.set("session", this.sessionId);
    this.onStatus(this.attempt === 0 ? "connecting" : "disconnected");
    const ws = new WebSocket(url.toString());
    ws.binaryType = "arraybuffer";
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.onStatus("connected");
      for (const bytes of this.queue.splice(0)) ws.send(bytes);
    };
    ws.onmessage = (ev: MessageEvent) => {
      if (!(ev.data instanceof ArrayBuffer)) return;
      for (const msg of decodeForwardMsgBatch(ev.data)) {
        if (msg.type?.$case === "newSession") this.sessionId = msg.type.value.sessionId;
        this.onMessage(msg);
      }
    };
    ws.onclose = () => {
      if (this.ws !== ws || this.closed) return;
      this.ws = null;
      this.attempt++;
      this.onStatus("disconnected");
      const delay = Math.min(5000, 150 * 2 ** Math.min(this.attempt, 6)) * (0.8 + Math.random() * 0.4);
      setTimeout(() => this.connect(), delay);
    };
  }
}
