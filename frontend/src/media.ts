/**
 * The media/file channel: turns a session media id into a URL the page can load or save.
 * Serve mode answers with the session's HTTP route; a static build with a Blob URL made from
 * bytes the in-page runtime hands over. Components call `mediaUrl` and never know which.
 */
export interface MediaChannel {
  /** A URL for the file with this id (rejects when the session no longer has it). */
  mediaUrl(id: string): Promise<string>;
}

let channel: MediaChannel | null = null;

export function setMediaChannel(c: MediaChannel | null): void {
  channel = c;
}

export function mediaUrl(id: string): Promise<string> {
  if (!channel) return Promise.reject(new Error("this page has no media channel"));
  return channel.mediaUrl(id);
}
