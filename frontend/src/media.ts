/**
 * The media/file channel: turns a session media id into a URL the page can load or save.
 * Serve mode answers with the session's HTTP route; a static build with a Blob URL made from
 * bytes the in-page runtime hands over. Components call `mediaUrl` and never know which.
 */
export interface MediaChannel {
  /** A URL for the file with this id (rejects when the session no longer has it). */
  mediaUrl(id: string): Promise<string>;
  /** Hands a chosen file to the session for a widget; its upload id, or rejects with the
   * message saying why the session refused it (too big, wrong type, session ended). */
  upload?(widgetId: string, file: File): Promise<string>;
  /** Frees an uploaded file the person removed (best effort). */
  dropUpload?(fileId: string): void;
}

/** The channel's upload functions, for lazy chunks (which get no copy of this module's state). */
export interface Uploads {
  upload(widgetId: string, file: File): Promise<string>;
  drop(fileId: string): void;
}

export const uploads: Uploads = {
  upload: (widgetId, file) =>
    channel?.upload ? channel.upload(widgetId, file) : Promise.reject(new Error("this page cannot upload files")),
  drop: (fileId) => channel?.dropUpload?.(fileId),
};

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
