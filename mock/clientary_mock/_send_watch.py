"""A `send` that notes whether the answer has begun, for middlewares that may have to answer
in place of the app (which they can do only while nothing of its own answer went out)."""

from __future__ import annotations

from starlette.types import Message, Send


class SendWatch:
    def __init__(self, send: Send) -> None:
        self._send = send
        self.started = False

    async def __call__(self, message: Message) -> None:
        self.started = self.started or message["type"] == "http.response.start"
        await self._send(message)
