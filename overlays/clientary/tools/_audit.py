"""The audit log: one JSON line per tool call (time, tool, arguments without secrets, status,
duration), appended and flushed as each call ends so that a crash loses nothing already done.

A line says what was called, with what, and how it ended, not everything the caller sent: long
texts keep their first 200 characters and their length, lists and objects their first 50
entries, nesting its first 16 levels (a 50 MB argument once made a 50 MB line). Secrets are
blanked before anything is cut, so no prefix of one survives.
"""

import datetime as dt
import json
import re
import threading
from collections.abc import Mapping
from typing import IO, Any

__all__ = ["REDACTED", "AuditLog", "redacted"]

REDACTED = "[redacted]"
LONGEST_TEXT = 200
LONGEST_ERROR = 1_000
MOST_ENTRIES = 50
DEEPEST = 16

# Argument names whose values are credentials or payment references, at any depth.
_SECRET_NAME = re.compile(
    r"token|secret|passw|api[_-]?key|authori[sz]ation|stripe|card_number|cvc|cvv", re.IGNORECASE
)


def redacted(
    value: Any, secrets: tuple[str, ...] = (), longest_text: int = LONGEST_TEXT, _depth: int = 0
) -> Any:
    """A copy of `value` fit for an audit line: secret-named fields and any text holding a
    secret replaced, and the rest cut to size (see the module's docstring)."""
    if isinstance(value, str):
        if any(secret and secret in value for secret in secrets):
            return REDACTED
        return _cut(value, longest_text)
    if not isinstance(value, Mapping | list | tuple):
        return value
    if _depth >= DEEPEST:
        return f"... (nested deeper than {DEEPEST} levels)"
    entries = list(value.items()) if isinstance(value, Mapping) else list(enumerate(value))
    kept = [
        (
            _cut(str(key), longest_text),
            REDACTED
            if isinstance(value, Mapping) and _SECRET_NAME.search(str(key))
            else redacted(item, secrets, longest_text, _depth + 1),
        )
        for key, item in entries[:MOST_ENTRIES]
    ]
    left_out = len(entries) - len(kept)
    if isinstance(value, Mapping):
        cut = dict(kept)
        if left_out:
            cut["..."] = f"{left_out} more keys"
        return cut
    listed = [item for _, item in kept]
    return [*listed, f"... {left_out} more items"] if left_out else listed


def _cut(text: str, longest: int) -> str:
    if len(text) <= longest:
        return text
    return f"{text[:longest]}... ({len(text)} characters)"


class AuditLog:
    """Appends audit records to a text stream (a file opened for append, or stderr)."""

    def __init__(self, stream: IO[str], *, secrets: tuple[str, ...] = ()) -> None:
        self._stream = stream
        self._secrets = tuple(secret for secret in secrets if secret)
        self._lock = threading.Lock()

    def record(
        self,
        *,
        tool: str,
        arguments: object,
        status: str,
        duration_ms: float,
        error: str | None = None,
    ) -> None:
        entry: dict[str, Any] = {
            "time": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
            "tool": redacted(tool, self._secrets),
            "arguments": redacted(arguments, self._secrets),
            "status": status,
            "duration_ms": round(duration_ms, 1),
        }
        if error is not None:
            entry["error"] = redacted(error, self._secrets, LONGEST_ERROR)
        line = json.dumps(entry, ensure_ascii=False, default=repr)
        with self._lock:
            self._stream.write(line + "\n")
            self._stream.flush()
