"""Access to the generated package: operation modules, model classes, a client on a fake wire."""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from types import ModuleType
from typing import Any

import clientary_client
import httpx
from clientary_client import models

from .spec_source import Operation, model_name_for_schema

BASE_URL = "https://acme.clientary.com"

# Distinct ids per path parameter, so a request that puts one id in another's place shows.
PATH_IDS: dict[str, int] = {"id": 110, "client_id": 4, "project_id": 24, "invoice_id": 20231421}

Responder = Callable[[httpx.Request], httpx.Response]


def operation_module(tag: str, operation_id: str) -> ModuleType:
    return importlib.import_module(f"clientary_client.api.{tag}.{operation_id}")


def path_arguments(op: Operation) -> dict[str, int]:
    """Keyword arguments filling every path parameter of `op`."""
    return {name: PATH_IDS[name] for name in op.path_parameter_names}


def model_class(schema_name: str) -> type[Any]:
    """The generated model class for a component schema."""
    name = model_name_for_schema(schema_name)
    found = getattr(models, name, None)
    if not isinstance(found, type):
        raise AssertionError(
            f"clientary_client.models has no class {name} for schema {schema_name}"
        )
    return found


class RecordedRequests:
    """Every request the generated client sent through the fake transport."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    @property
    def only(self) -> httpx.Request:
        assert len(self.requests) == 1, f"expected one request, saw {len(self.requests)}"
        return self.requests[0]


def _client_recording_into(
    recorded: RecordedRequests, respond: Responder, auth: httpx.Auth | None
) -> clientary_client.Client:
    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        recorded.requests.append(request)
        return respond(request)

    # The same transport serves the sync and the async httpx client the generated one builds.
    httpx_args: dict[str, Any] = {"transport": httpx.MockTransport(handle)}
    if auth is not None:
        httpx_args["auth"] = auth
    return clientary_client.Client(base_url=BASE_URL, httpx_args=httpx_args)


@contextmanager
def client_on_fake_wire(
    respond: Responder, *, auth: httpx.Auth | None = None
) -> Iterator[tuple[clientary_client.Client, RecordedRequests]]:
    """A generated client whose requests are recorded and answered by `respond`, never sent."""
    recorded = RecordedRequests()
    with _client_recording_into(recorded, respond, auth) as client:
        yield client, recorded


@asynccontextmanager
async def async_client_on_fake_wire(
    respond: Responder, *, auth: httpx.Auth | None = None
) -> AsyncIterator[tuple[clientary_client.Client, RecordedRequests]]:
    """The same as `client_on_fake_wire`, for the generated `asyncio` functions."""
    recorded = RecordedRequests()
    async with _client_recording_into(recorded, respond, auth) as client:
        yield client, recorded
