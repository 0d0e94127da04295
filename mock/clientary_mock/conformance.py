"""Checks one HTTP exchange against the spec: status documented, body matching its schema.

Used by the mock's own tests (every response they see goes through it) and usable against any
server that claims to speak the spec. Besides the statuses each operation documents, a few
protocol answers are allowed on any operation, in the forms of the spec's error answers: 404 for an
unknown route, 405 for an undeclared method, 406 for an Accept that refuses JSON, 413 for a body
over the mock's size limit, 422 for a refused query, and 429 / 5xx when they carry the mock's
fault-injection header. Every body must come in a media type the spec declares for it (an error
as JSON, plain text or HTML) and fit that type's schema.
"""

from __future__ import annotations

import json
from typing import Any

from ._faults import FAULT_HEADER
from ._openapi import SpecIndex, schema_validator

_ALWAYS_ALLOWED = (406, 413, 422)
# The spec's shared error answer, whose forms (JSON, plain text, HTML) the protocol answers use.
_ERROR_RESPONSE = "NotFound"


class ConformanceChecker:
    def __init__(self, index: SpecIndex) -> None:
        self.index = index
        content = index.spec["components"]["responses"][_ERROR_RESPONSE]["content"]
        self._error_content = {
            media_type: schema_validator(index.spec, media["schema"])
            for media_type, media in content.items()
        }

    def problems(
        self,
        method: str,
        path: str,
        status: int,
        headers: dict[str, str],
        body: bytes,
    ) -> list[str]:
        """Everything wrong with this response; an empty list when it conforms."""
        where = f"{method} {path} -> {status}"
        lowered = {name.lower(): value for name, value in headers.items()}
        path = path.removesuffix(".json")
        matched = self.index.match_path(path)
        operation = matched.template.operations.get(method.upper()) if matched else None
        if operation is not None and status in operation.responses:
            content = operation.responses[status]
            if not content:
                return [] if not body else [f"{where}: body sent where the spec declares none"]
            return self._content_problems(where, lowered, body, content)
        allowed = status in _ALWAYS_ALLOWED
        allowed |= matched is None and status == 404
        allowed |= matched is not None and operation is None and status == 405
        allowed |= FAULT_HEADER.lower() in lowered and (status == 429 or status >= 500)
        if not allowed:
            return [f"{where}: status not documented for this operation"]
        if status == 405 and "allow" not in lowered:
            return [f"{where}: 405 without an Allow header"]
        return self._content_problems(where, lowered, body, self._error_content)

    @staticmethod
    def _content_problems(
        where: str, headers: dict[str, str], body: bytes, content: dict[str, Any]
    ) -> list[str]:
        """The body against the schema of its media type, which the spec must declare."""
        content_type = headers.get("content-type", "")
        media_type = content_type.partition(";")[0].strip().lower()
        validator = content.get(media_type)
        if validator is None:
            declared = ", ".join(content)
            return [f"{where}: content type {content_type!r} is not one declared ({declared})"]
        try:
            text = body.decode("utf-8")
            document = json.loads(text) if media_type == "application/json" else text
        except ValueError:
            return [f"{where}: body is not {media_type}"]
        return [
            f"{where}: {'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
            for error in validator.iter_errors(document)
        ]
