/**
 * The media/file channel: turns a session media id into a URL the page can load or save.
 * Serve mode answers with the session's HTTP route; a static build with a Blob URL made from
 * bytes the in-page runtime hands over. Components call `mediaUrl` and never know which.
 */
export interface MediaChannel {
  /** A URL for the file with this id (rejects when the session no longer has it). */
  mediaUrl(id: string): Promise<string>;
  /** Serve mode: the session id, which names its upload route (the `uploads` chunk PUTs there). */
  readonly sessionId?: string;
  /** A static build: hands a chosen file to the in-page session for a widget; its upload id,
   * or rejects with the message saying why it was refused (too big, wrong type). */
  upload?(widgetId: string, file: File): Promise<string>;
  /** A static build: frees an uploaded file the person removed. */
  dropUpload?(fileId: string): void;
}

/** The page's channel, for lazy chunks (they get no copy of this module's state). */
export const mediaChannel = (): MediaChannel | null => channel;

// A lazy chunk gets its own copy of this module: the page's channel is also kept on globalThis,
// where a copy made after the page set it finds it.
const shared = globalThis as { stbMediaChannel?: MediaChannel | null };
let channel: MediaChannel | null = shared.stbMediaChannel ?? null;

export function setMediaChannel(c: MediaChannel | null): void {
  channel = shared.stbMediaChannel = c;
}

export function mediaUrl(id: string): Promise<string> {
  if (!channel) return Promise.reject(new Error("this page has no media channel"));
  return channel.mediaUrl(id);
}
