"""Run an ASGI app with its response held back until the body is complete."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.types import ASGIApp, Message, Receive, Scope

__all__ = ["Release", "hold_response"]

# Called with the `http.response.start` message and the whole body, once the app sent both.
Release = Callable[[Message, bytes], Awaitable[None]]


async def hold_response(app: ASGIApp, scope: Scope, receive: Receive, release: Release) -> None:
    """Pass `app` a `send` that keeps everything until the last body chunk, then calls
    `release`, still within the app's own `send` call, so an error the app raises after
    answering (as Starlette's error middleware does) comes after the answer went out."""
    start: Message = {}
    chunks: list[bytes] = []

    async def hold(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
            return
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            await release(start, b"".join(chunks))

    await app(scope, receive, hold)
