"""A WebSocket client that never reads what the server sends: the slow-consumer attack.

It speaks just enough RFC 6455 over a raw socket (the handshake, masked binary frames) to ask
for work, with a tiny receive buffer so the server's sends back up quickly. Used by the
server's tests and by bench/bench_slow_consumer.py (also against `streamlit run`).
"""

from __future__ import annotations

import base64
import os
import socket
import struct


class NonReadingClient:
    """Connects to ws://host:port/path and then only writes; `send` returns False once the
    server has dropped the connection."""

    def __init__(
        self,
        host: str,
        port: int,
        path: str,
        *,
        origin: str | None = None,
        host_header: str | None = None,
        timeout: float = 5.0,
    ) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.sock.settimeout(timeout)
        self.sock.connect((host, port))
        key = base64.b64encode(os.urandom(16)).decode()
        lines = [
            f"GET {path} HTTP/1.1",
            f"Host: {host_header or f'{host}:{port}'}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Key: {key}",
            "Sec-WebSocket-Version: 13",
        ]
        if origin:
            lines.append(f"Origin: {origin}")
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(1)  # byte by byte: read the handshake and nothing after it
            if not chunk:
                raise ConnectionError("the server closed the connection during the handshake")
            response += chunk
        status = response.split(b"\r\n", 1)[0]
        if b" 101 " not in status:
            raise ConnectionError(f"handshake refused: {status.decode(errors='replace')}")

    def send(self, payload: bytes) -> bool:
        """One masked binary frame; False when the server has closed or reset the connection."""
        mask = os.urandom(4)
        length = len(payload)
        if length < 126:
            header = struct.pack("!BB", 0x82, 0x80 | length)
        elif length < 1 << 16:
            header = struct.pack("!BBH", 0x82, 0x80 | 126, length)
        else:
            header = struct.pack("!BBQ", 0x82, 0x80 | 127, length)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        try:
            self.sock.sendall(header + mask + masked)
        except OSError:
            return False
        return True

    def close(self) -> None:
        self.sock.close()
