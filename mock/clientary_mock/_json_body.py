"""Decoding a request body as JSON, for the API and the control routes alike.

The mock holds no document nested deeper than `MAX_DEPTH` levels (the spec's own bodies need five
or so, a free-form object a few more). Deeper ones are refused, as a problem of the body, before
anything walks them: the passes that follow decoding are recursive, and at a few hundred levels
Python's recursion limit turned such a body into a 500 with a 380 KB traceback. The decoder
itself gives up at about a thousand levels with RecursionError, caught here for the same answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

MAX_DEPTH = 64
TOO_DEEP = f"is nested deeper than {MAX_DEPTH} levels"
NOT_JSON = "is not valid JSON"


class BodyError(ValueError):
    """A body that cannot be taken in; `problem` says why, in the words of a field error."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def decode(
    raw: bytes,
    *,
    parse_float: Callable[[str], Any] | None = None,
    parse_constant: Callable[[str], Any] | None = None,
) -> Any:
    """The JSON document in `raw`; BodyError when it is not JSON or is nested too deeply."""
    try:
        value = json.loads(raw, parse_float=parse_float, parse_constant=parse_constant)
    except RecursionError:
        raise BodyError(TOO_DEEP) from None
    except (ValueError, UnicodeDecodeError):
        raise BodyError(NOT_JSON) from None
    if _deeper_than(value, MAX_DEPTH):
        raise BodyError(TOO_DEEP)
    return value


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether arrays and objects nest more than `limit` levels.

    Walked a level at a time, without recursion; json.loads makes exactly dicts and lists, so
    a type check is enough (and several times faster than isinstance over a large body).
    """
    level = [value] if type(value) in (dict, list) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        below: list[Any] = []
        for container in level:
            for child in container.values() if type(container) is dict else container:
                if type(child) is dict or type(child) is list:
                    below.append(child)
        level = below
    return False
