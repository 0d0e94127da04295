"""Schemathesis hooks for fuzzing spec/clientary.yaml (loaded through SCHEMATHESIS_HOOKS).

The spec lets every error come as an HTML page (`text/html`, schema ErrorPage: a string), as a
Rails server answers a missing record. Schemathesis reads JSON, YAML, XML and plain text by
itself and skips the schema check of any other media type; reading an HTML page as its text
keeps that check on for those answers too.
"""

from __future__ import annotations

import schemathesis
from schemathesis.core.transport import Response


@schemathesis.deserializer("text/html")
def html_page_as_text(ctx: schemathesis.DeserializationContext, response: Response) -> str:
    return response.content.decode(response.encoding or "utf-8")
