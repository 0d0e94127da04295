"""Errors the operations raise, and the reading of an error answer's body."""

from typing import Any as _Any

import httpx as _httpx

from .types import dumps as _dumps
from .types import read_json as _read_json


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


def error_fields(response: _httpx.Response) -> dict[str, _Any]:
    """An error answer's body as the fields of ErrorResponse.

    A JSON object is handed on as it is; any other body (plain text, an HTML page, JSON that is
    not an object) becomes `{"error": its words}`: the text as sent, or the page's title (else
    its first heading, else its text).
    """
    body: object
    try:
        body = _read_json(response.content)
    except ValueError:
        body = response.text
    if isinstance(body, dict):
        return body
    if isinstance(body, str):
        words = page_words(body) if is_html_page(response) else " ".join(body.split())
    else:
        # By the package's rule: a number with a fraction was read as a Decimal.
        words = _dumps(body)
    return {"error": words} if words else {}


def is_html_page(response: _httpx.Response) -> bool:
    """Whether an answer is an HTML page: so labelled, or text that opens with a tag."""
    content_type = response.headers.get("content-type", "").lower()
    return content_type.startswith("text/html") or response.text.lstrip()[:1] == "<"


def page_words(page: str) -> str:
    """The words of an HTML page: its title, else its first heading, else all its text, with
    scripts and styles left out and white space collapsed."""
    import html.parser  # noqa: PLC0415

    class PageText(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: dict[str, list[str]] = {"title": [], "h1": [], "body": []}
            self.open: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.open.append(tag)

        def handle_endtag(self, tag: str) -> None:
            if tag in self.open:
                del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

        def handle_data(self, data: str) -> None:
            if "script" in self.open or "style" in self.open:
                return
            for tag in ("title", "h1"):
                if tag in self.open:
                    self.parts[tag].append(data)
            self.parts["body"].append(data)

    reader = PageText()
    reader.feed(page)
    reader.close()
    for tag in ("title", "h1", "body"):
        words = " ".join(" ".join(reader.parts[tag]).split())
        if words:
            return words
    return ""


__all__ = ["UnexpectedStatus", "error_fields", "is_html_page", "page_words"]
