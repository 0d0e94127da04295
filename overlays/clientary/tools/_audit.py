"""The audit log: one JSON line per tool call (time, tool, arguments without secrets, status,
duration), appended and flushed as each call ends so that a crash loses nothing already done."""

import datetime as dt
import json
import re
import threading
from collections.abc import Mapping
from typing import IO, Any

__all__ = ["REDACTED", "AuditLog", "redacted"]

REDACTED = "[redacted]"

# Argument names whose values are credentials or payment references, at any depth.
_SECRET_NAME = re.compile(
    r"token|secret|passw|api[_-]?key|authori[sz]ation|stripe|card_number|cvc|cvv", re.IGNORECASE
)


def redacted(value: Any, secrets: tuple[str, ...] = ()) -> Any:
    """A copy of `value` with secret-named fields and any text holding a secret replaced."""
    if isinstance(value, Mapping):
        return {
            str(key): REDACTED if _SECRET_NAME.search(str(key)) else redacted(item, secrets)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [redacted(item, secrets) for item in value]
    if isinstance(value, str) and any(secret and secret in value for secret in secrets):
        return REDACTED
    return value


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
            "tool": tool,
            "arguments": redacted(arguments, self._secrets),
            "status": status,
            "duration_ms": round(duration_ms, 1),
        }
        if error is not None:
            entry["error"] = redacted(error, self._secrets)
        line = json.dumps(entry, ensure_ascii=False, default=repr)
        with self._lock:
            self._stream.write(line + "\n")
            self._stream.flush()
