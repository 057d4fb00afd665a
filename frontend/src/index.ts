/**
 * Public entry point, exposed as the global `stbundle` (IIFE bundle):
 *   stbundle.mount(root, transport)      render into `root`, talking through any Transport
 *   stbundle.connectWebSocket(root, url) serve mode: mount with a WebSocketTransport
 * plus the protocol codecs an in-page (Pyodide) transport needs.
 */
import { App } from "./app";
import { WebSocketTransport, defaultSocketUrl, type Transport } from "./transport";

export { App } from "./app";
export { decodeBackMsg, decodeForwardMsg, encodeBackMsg, encodeForwardMsg } from "./protocol";
export { WebSocketTransport, defaultSocketUrl } from "./transport";
export { currentPage } from "./navigation";
export { clientContext } from "./client_context";
export type { ConnectionState, Transport } from "./transport";

export const version = "0.1.0";

export function mount(root: HTMLElement, transport: Transport): App {
  return new App(root, transport);
}

export function connectWebSocket(root: HTMLElement, url: string = defaultSocketUrl()): App {
  return mount(root, new WebSocketTransport(url));
}
