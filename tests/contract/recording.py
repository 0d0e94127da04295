"""An ASGI middleware that remembers every request an app answered."""

from __future__ import annotations

from dataclasses import dataclass

from .asgi_defects import ASGIApp, Message, Receive, Scope, Send


@dataclass
class Exchange:
    method: str
    path: str
    status: int
    body: bytes = b""


class RecordingApp:
    """Passes everything through to `app` and appends one Exchange per HTTP answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.exchanges: list[Exchange] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        exchange = Exchange(scope["method"], scope["path"], 0)

        async def record(message: Message) -> None:
            if message["type"] == "http.response.start":
                exchange.status = message["status"]
                self.exchanges.append(exchange)
            elif message["type"] == "http.response.body":
                exchange.body += message.get("body", b"")
            await send(message)

        await self.app(scope, receive, record)

    def methods(self) -> set[str]:
        return {exchange.method for exchange in self.exchanges}
