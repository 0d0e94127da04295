"""The listening socket the mock is served from."""

from __future__ import annotations

import socket

__all__ = ["tcp_listener"]

BACKLOG = 128


def tcp_listener(host: str, port: int) -> socket.socket:
    """A socket bound to (host, port) and listening, with its protocol set to TCP.

    Binding here rather than in uvicorn gives the real port (for `--port 0`) before the server
    starts. The protocol number matters: asyncio turns Nagle's algorithm off (TCP_NODELAY) only
    on accepted sockets whose protocol reads IPPROTO_TCP, and `socket.create_server` leaves it
    at 0. Without it every response waits about 40 ms for the client's delayed ACK.
    """
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )[0]
    listener = socket.socket(family, kind, proto)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(BACKLOG)
    except OSError:
        listener.close()
        raise
    return listener
