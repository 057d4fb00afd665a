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

    def read_until_close(self, timeout: float = 10.0) -> tuple[list[bytes], int | None, str]:
        """Start reading at last: the data frames' payloads, then the close frame's code and
        reason (None, "" when the connection ends without one)."""
        self.sock.settimeout(timeout)
        payloads: list[bytes] = []
        message = b""
        try:
            while True:
                head = self._read(2)
                opcode, length = head[0] & 0x0F, head[1] & 0x7F
                if length == 126:
                    (length,) = struct.unpack("!H", self._read(2))
                elif length == 127:
                    (length,) = struct.unpack("!Q", self._read(8))
                payload = self._read(length)  # a server's frames are not masked
                if opcode == 0x8:
                    code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else None
                    return payloads, code, payload[2:].decode("utf-8", "replace")
                if opcode in (0x0, 0x1, 0x2):
                    message += payload
                    if head[0] & 0x80:  # FIN: the message is complete
                        payloads.append(message)
                        message = b""
        except ConnectionError:
            return payloads, None, ""

    def _read(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("the server closed the connection")
            data += chunk
        return data

    def close(self) -> None:
        self.sock.close()
