"""The mock sends no key its spec does not declare.

The spec lets records carry undeclared keys (the live API may send more than the docs show), so
the conformance check lets them through; but keys the mock adds on its own would teach users of
the mock to read what the spec never promised. Every GET the seeded store can answer is read
here, in both dialects, against the spec's schemas with every declared object closed to keys
that none of its schemas evaluates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import clientary_mock
import httpx
import pytest
from jsonschema import Draft202012Validator

TOKEN = "declared-keys-token"


def closed(node: Any) -> Any:
    """A copy of a schema in which every object with declared properties allows no others."""
    if isinstance(node, dict):
        copied = {key: closed(value) for key, value in node.items()}
        if "properties" in copied and not {"additionalProperties", "unevaluatedProperties"} & set(
            copied
        ):
            copied["unevaluatedProperties"] = False
        return copied
    if isinstance(node, list):
        return [closed(value) for value in node]
    return node


def records_of(body: Any) -> list[Any]:
    """The records of a list answer: the answer itself, or the one list its envelope holds."""
    if isinstance(body, list):
        return body
    return next((value for value in body.values() if isinstance(value, list)), [])


SPEC = clientary_mock.load_spec()
COMPONENTS = closed(SPEC["components"])
GET_PATHS = [path for path, item in SPEC["paths"].items() if "get" in item]


@pytest.mark.anyio
@pytest.mark.parametrize("dialect", clientary_mock.DIALECTS)
async def test_every_seeded_answer_holds_only_declared_keys(dialect: str) -> None:
    app = clientary_mock.create_app(token=TOKEN, today=dt.date(2026, 6, 15), dialect=dialect)
    # The first record id of each list, by the list's URL, and by its last segment for paths
    # whose list is elsewhere (/hours/{id} takes the first entry of a project's hours).
    first_ids: dict[str, int] = {}
    undeclared: list[str] = []
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver", auth=(TOKEN, TOKEN)
    ) as http:
        for template in GET_PATHS:
            url = ""
            for segment in template.strip("/").split("/"):
                if segment.startswith("{"):
                    if url not in first_ids:
                        listed = await http.get(url)
                        assert listed.status_code in (200, 404), (template, url)
                        first_ids[url] = (
                            records_of(listed.json())[0]["id"]
                            if listed.status_code == 200
                            else first_ids[url.rpartition("/")[2]]
                        )
                    url += f"/{first_ids[url]}"
                else:
                    url += f"/{segment}"
            answer = await http.get(url)
            assert answer.status_code == 200, url
            body = answer.json()
            if not template.endswith("}") and records_of(body):
                first_ids.setdefault(template.rpartition("/")[2], records_of(body)[0]["id"])
            media = SPEC["paths"][template]["get"]["responses"]["200"]["content"]
            schema = {**media["application/json"]["schema"], "components": COMPONENTS}
            undeclared += [
                f"GET {url}: {error.message}"
                for error in Draft202012Validator(schema).iter_errors(body)
            ]
    assert undeclared == []
    assert len(GET_PATHS) >= 34
