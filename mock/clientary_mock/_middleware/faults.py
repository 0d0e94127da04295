"""Fault injection for the API paths (never for `/_mock/*`), as `_faults.FaultState` decides.

Dropping a connection:
- over a socket (uvicorn, h11), the ASGI `receive` callable is bound to uvicorn's request
  cycle, which holds the transport. The transport is aborted and the call ends without a
  response, so the client sees the connection close with no reply
  (`httpx.RemoteProtocolError`: "Server disconnected without sending a response", or
  `httpx.ReadError` "Connection reset by peer" when unread request bytes make the kernel
  answer the close with a reset);
- in process (`httpx.ASGITransport`) there is no connection to close, so `ConnectionDropped`
  is raised out of the app; `ASGITransport` re-raises it into the client call, which is what a
  client sees when a connection dies under it. For a drop after processing, the response is
  discarded before the exception is raised.
"""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._errors import error_response
from .._faults import FAULT_HEADER, ConnectionDropped, FaultState
from .._paths import is_api_path

__all__ = ["FaultMiddleware"]


async def _drop(receive: Receive) -> None:
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise ConnectionDropped("the mock dropped the connection")
    transport.abort()
    # Let uvicorn notice the disconnect, so it does not answer 500 on our behalf.
    for _ in range(100):
        if getattr(cycle, "disconnected", False):
            return
        await asyncio.sleep(0)


class FaultMiddleware:
    def __init__(self, app: ASGIApp, state: FaultState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        if self.state.config.latency_ms > 0:
            await self.state.sleep(self.state.config.latency_ms / 1000)
        decision = self.state.decide()
        if decision is None:
            await self.app(scope, receive, send)
            return
        kind, status = decision
        if kind == "drop":
            await _drop(receive)
            return
        if kind == "drop_after":

            async def discard(message: Message) -> None:
                return None

            await self.app(scope, receive, discard)
            await _drop(receive)
            return
        headers = {FAULT_HEADER: kind}
        if status == 429:
            headers["Retry-After"] = f"{self.state.config.retry_after:g}"
        message = "Rate limit exceeded" if status == 429 else "Injected server error"
        await error_response(status, message, headers=headers)(scope, receive, send)
