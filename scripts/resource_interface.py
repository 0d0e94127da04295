"""Write the resource interface (`clientary.Clientary`'s `api.invoices.create(...)`).

From what scripts/resource_spec.py reads of the spec, with nothing named per operation:

- overlays/clientary/_resources/<resource>.py: a sync, an async and two raw-response classes
  per resource, whose methods take flat keyword arguments (the body's fields without their
  wrapper key; `items=` for the `*_items_attributes` field) and call the generated operation
  through `clientary.call()`/`paginate()`;
- overlays/clientary/_resources/__init__.py: the resource attributes of the clients;
- docs/api.md: every method with its arguments and return type.

scripts/generate writes the files (formatting the modules with ruff) and `--check` fails when
they are stale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from resource_spec import (
    ITEMS_ARGUMENT,
    Argument,
    Context,
    Method,
    Operation,
    ResourceError,
    class_name,
    group,
    read_operations,
    union,
)

__all__ = ["API_DOC", "PACKAGE", "ResourceError", "render"]

PACKAGE = PurePosixPath("overlays/clientary/_resources")
API_DOC = PurePosixPath("docs/api.md")
HEADER = "# Written by scripts/generate from spec/clientary.yaml: do not edit.\n"


# The four classes of each resource: (class name prefix, async, raw).
VARIANTS = (
    ("", False, False),
    ("Async", True, False),
    ("Raw", False, True),
    ("AsyncRaw", True, True),
)


@dataclass(frozen=True)
class Parameter:
    """One parameter of a generated method, as its signature and docs/api.md show it."""

    name: str
    annotation: str  # without the Unset or None its default brings
    kind: str  # "positional", "required", "optional" or "scope" (optional, one at most)
    default: str | None = None


def _parameters(method: Method, raw: bool) -> list[Parameter]:
    """The parameters after `self`: positional, then required keywords, then optional ones."""
    first = method.first
    positional: list[Parameter] = []
    required: list[Parameter] = []
    optional: list[Parameter] = []
    if method.name != "list":
        for argument in first.path:
            kind = "positional" if argument.name == "id" else "required"
            (positional if kind == "positional" else required).append(
                Parameter(argument.name, argument.annotation, kind)
            )
    else:
        scoped = [o for o in method.operations if o.scope]
        for operation in scoped:
            annotation = next(a.annotation for a in operation.path if a.name == operation.scope)
            if len(method.operations) == 1:
                required.append(Parameter(str(operation.scope), annotation, "required"))
            else:
                optional.append(Parameter(str(operation.scope), annotation, "scope", "None"))
    for name, annotation in _query_arguments(method).items():
        optional.append(Parameter(name, annotation, "optional", "UNSET"))
    for argument in first.body:
        if argument.required:
            required.append(Parameter(argument.name, argument.annotation, "required"))
        else:
            optional.append(Parameter(argument.name, argument.annotation, "optional", "UNSET"))
    if method.name == "list" and not raw:
        optional.append(Parameter("concurrency", "int", "optional", "1"))
    return [*positional, *required, *optional]


def _signature(method: Method, raw: bool) -> list[str]:
    """The parameters after `self`, as source text."""
    texts: list[str] = []
    for parameter in _parameters(method, raw):
        if parameter.kind != "positional" and "*" not in texts:
            texts.append("*")
        annotation = parameter.annotation
        if parameter.default == "UNSET":
            annotation = union([annotation, "Unset"])
        elif parameter.default == "None":
            annotation = union([annotation, "None"])
        default = f" = {parameter.default}" if parameter.default else ""
        texts.append(f"{parameter.name}: {annotation}{default}")
    return texts


def _query_arguments(method: Method) -> dict[str, str]:
    """The query arguments of all the operations a method merges, each with its annotation."""
    merged: dict[str, str] = {}
    for operation in method.operations:
        for argument in operation.query:
            known = merged.get(argument.name)
            merged[argument.name] = (
                argument.annotation if known is None else union([known, argument.annotation])
            )
    return merged


def _call_arguments(method: Method, operation: Operation) -> list[str]:
    """The keyword arguments the generated operation gets, as source text."""
    merged = _query_arguments(method)
    arguments = ["client=self._client"]
    for argument in operation.path:
        arguments.append(f"{argument.target}={argument.name}")
    for argument in operation.query:
        if merged[argument.name] != argument.annotation and argument.convert is None:
            raise ResourceError(
                f"{operation.operation_id}: {argument.name} differs from the other lists"
            )
        arguments.append(f"{argument.target}={_value(argument)}")
    if operation.request_model is not None:
        fields = [f"{argument.target}={_value(argument)}" for argument in operation.body]
        body = ", ".join(fields)
        if operation.wrapper is not None:
            body = f"{operation.wrapper}={operation.fields_model}({body})"
        arguments.append(f"body={operation.request_model}({body})")
    return arguments


def _value(argument: Argument) -> str:
    """What the generated operation gets for `argument`, as source text."""
    if argument.convert is None:
        return argument.name
    return argument.convert.replace("{}", argument.name)


def _returns(method: Method, is_async: bool, raw: bool) -> str:
    first = method.first
    if raw:
        return f"RawResponse[{first.returns}]"
    if method.name == "list" and first.item is not None:
        paginator = "AsyncPaginator" if is_async else "Paginator"
        return f"{paginator}[{first.item}, {first.returns}]"
    return first.returns


def _render_method(
    resource: str, method: Method, is_async: bool, raw: bool, record_items: bool
) -> list[str]:
    first = method.first
    lists = method.name == "list" and first.item is not None
    # A list returns its paginator at once: not a coroutine even on the async client.
    coroutine = is_async and (raw or not lists)
    if raw:
        runner = "araw_call" if is_async else "raw_call"
    elif lists:
        runner = "apaginate" if is_async else "paginate"
    else:
        runner = "acall" if is_async else "call"
    prefix = "await " if coroutine else ""
    # A call that answers nothing is a statement: its generated function is typed Any.
    returned = "" if first.returns == "None" and not raw else "return "
    extra = ["concurrency=concurrency"] if lists and not raw else []
    parameters = ", ".join(["self", *_signature(method, raw)])
    lines = [
        "",
        f"    {'async def' if coroutine else 'def'} {method.name}({parameters}) -> "
        f"{_returns(method, is_async, raw)}:",
        f'        """{_docstring(first.summary)}"""',
    ]
    scoped = [operation for operation in method.operations if operation.scope]
    if method.name == "list" and len(method.operations) > 1:
        scopes = ", ".join(f"{o.scope}={o.scope}" for o in scoped)
        lines.append(f'        one_scope("{resource}.list", {scopes})')
        for operation in method.operations:
            supported = {argument.name for argument in operation.query}
            missing = [name for name in _query_arguments(method) if name not in supported]
            body: list[str] = []
            if missing:
                given = ", ".join(f"{name}={name}" for name in missing)
                where = f"{operation.scope}=" if operation.scope else "no scope"
                body.append(f'reject_arguments("{resource}.list", "{where}", {given})')
            arguments = ", ".join([*_call_arguments(method, operation), *extra])
            body.append(f"return {prefix}{runner}({operation.operation_id}, {arguments})")
            if operation.scope is None:
                unscoped = body
            else:
                lines.append(f"        if {operation.scope} is not None:")
                lines += [f"            {line}" for line in body]
        if method.operations[0].scope is None:
            lines += [f"        {line}" for line in unscoped]
        else:
            names = ", ".join(f'"{operation.scope}"' for operation in scoped)
            lines.append(f'        raise missing_scope("{resource}.list", {names})')
    else:
        if record_items:
            lines += _changes_alone(method, is_async, raw)
        arguments = ", ".join([*_call_arguments(method, first), *extra])
        lines.append(f"        {returned}{prefix}{runner}({first.operation_id}, {arguments})")
    return lines


def _changes_alone(method: Method, is_async: bool, raw: bool) -> list[str]:
    """An update given only line-item changes goes through the line-item module, which reads
    the record first and refuses ids that are not on it before writing. With other fields
    too, everything travels in the one PUT (and the server refuses a foreign id)."""
    first = method.first
    if method.name != "update" or raw or first.kind is None:
        return []
    others = ", ".join(a.name for a in first.body if a.where != "items")
    runner = "await aupdate_items" if is_async else "update_items"
    return [
        f"        if isinstance({ITEMS_ARGUMENT}, LineItemChanges) and all_unset({others}):",
        f'            return {runner}(self._client, "{first.kind}", id, {ITEMS_ARGUMENT})',
    ]


def _docstring(summary: str) -> str:
    return summary.rstrip(".").replace('"', "'") + "."


def _set_items_method(kind: str, record: str, is_async: bool) -> list[str]:
    """`set_items()`: the record's lines made equal to a list, by the line-item module."""
    runner = "await aset_items" if is_async else "set_items"
    return [
        "",
        f"    {'async def' if is_async else 'def'} set_items("
        f"self, id: int, lines: Sequence[Mapping[str, object]]) -> {record}:",
        '        """Make the lines equal `lines` with the fewest changes, in at most one PUT."""',
        f'        return {runner}(self._client, "{kind}", id, lines)',
    ]


# Names the hand-written layer provides to the generated modules: name -> the module it is in.
_BASE_NAMES = {
    "call": ".._call",
    "acall": ".._call",
    "paginate": ".._paginate",
    "apaginate": ".._paginate",
    "Paginator": ".._paginator",
    "AsyncPaginator": ".._paginator",
    "LineItemChanges": ".._line_items",
    "set_items": ".._record_items",
    "aset_items": ".._record_items",
    "update_items": ".._record_items",
    "aupdate_items": ".._record_items",
    "all_unset": ".._resource_base",
    "Resource": ".._resource_base",
    "RawResponse": ".._resource_base",
    "raw_call": ".._resource_base",
    "araw_call": ".._resource_base",
    "enum_value": ".._resource_base",
    "line_item_models": ".._resource_base",
    "mapping_model": ".._resource_base",
    "missing_scope": ".._resource_base",
    "one_scope": ".._resource_base",
    "reject_arguments": ".._resource_base",
}


def _module(context: Context, resource: str, methods: list[Method], with_set_items: bool) -> str:
    """One resource's module: its sync, async and raw-response classes."""
    name = class_name(resource)
    body: list[str] = []
    kind = next((o.kind for m in methods for o in m.operations if o.kind), None)
    record = next((m.first.returns for m in methods if m.name == "get"), None)
    for prefix, is_async, raw in VARIANTS:
        what = f"The {resource.replace('_', ' ')} of a Clientary account"
        if raw:
            what = f"`api.with_raw_response.{resource}`: each call answers with its raw response"
        body += ["", "", f"class {prefix}{name}(Resource):"]
        body.append(f'    """{what}{" (async)" if is_async else ""}."""')
        for method in methods:
            if with_set_items and kind and record and not raw and method.name == "delete":
                body += _set_items_method(kind, record, is_async)
            body += _render_method(resource, method, is_async, raw, with_set_items)
    text = "\n".join(body)
    imports: list[str] = []
    for module in sorted(context.modules):
        if f"{module}." in text:
            imports.append(f"import {module}")
    abstract = [name for name in ("Mapping", "Sequence") if f"{name}[" in text]
    if abstract:
        imports.append(f"from collections.abc import {', '.join(abstract)}")
    typing_names = [name for name in ("Any", "Literal") if _used(name, text)]
    if typing_names:
        imports.append(f"from typing import {', '.join(typing_names)}")
    by_tag: dict[str, list[str]] = {}
    for method in methods:
        for operation in method.operations:
            by_tag.setdefault(operation.tag, []).append(operation.operation_id)
    imports.append("")
    for tag, operation_ids in sorted(by_tag.items()):
        imports.append(f"from clientary_client.api.{tag} import {', '.join(sorted(operation_ids))}")
    models = sorted(model for model in context.models if _used(model, text))
    if models:
        imports.append(f"from clientary_client.models import {', '.join(models)}")
    if "UNSET" in text:
        imports.append("from clientary_client.types import UNSET, Unset")
    imports.append("")
    local: dict[str, list[str]] = {}
    for base_name, module in _BASE_NAMES.items():
        if _used(base_name, text):
            local.setdefault(module, []).append(base_name)
    for module, names in sorted(local.items()):
        imports.append(f"from {module} import {', '.join(sorted(names))}")
    classes = sorted(f"{prefix}{name}" for prefix, _, _ in VARIANTS)
    return (
        HEADER
        + f'"""{resource.replace("_", " ").capitalize()}: `api.{resource}` of clientary.Clientary."""\n\n'
        + "\n".join(imports)
        + f"\n\n__all__ = {classes!r}\n".replace("'", '"')
        + text
        + "\n"
    )


def _used(name: str, text: str) -> bool:
    """Whether `text` uses `name` (not as an attribute, a keyword or the name of a method)."""
    return re.search(rf"(?<![\w.])(?<!def ){re.escape(name)}\b(?!=)", text) is not None


_HOLDER_DOCSTRINGS = {
    "": "The resources of an account, one attribute each.",
    "Async": "The resources of an account, one attribute each, with coroutine methods.",
    "Raw": "Each call of each resource, answering with its raw response.",
    "AsyncRaw": "Each call of each resource, answering with its raw response (async).",
}
_ATTRIBUTE_CLASSES = (
    ("Resources", ""),
    ("AsyncResources", "Async"),
    ("RawResources", "Raw"),
    ("AsyncRawResources", "AsyncRaw"),
)


def _package(resources: list[str]) -> str:
    """_resources/__init__.py: one attribute per resource, its module loaded on first use."""
    lines = [
        HEADER.rstrip("\n"),
        '"""The resources of a Clientary account, as attributes of clientary.Clientary.',
        "",
        "Each resource's module is imported when the attribute is first read, so a program loads",
        "only the generated models of the resources it uses.",
        '"""',
        "",
        "import functools",
        "",
        "from .._checks import AnyClient",
        "",
        "TYPE_CHECKING = False",
        "if TYPE_CHECKING:",
    ]
    for resource in resources:
        names = ", ".join(
            sorted(f"{prefix}{class_name(resource)}" for _, prefix in _ATTRIBUTE_CLASSES)
        )
        lines.append(f"    from .{resource} import {names}")
    lines += ["", f"__all__ = {sorted(name for name, _ in _ATTRIBUTE_CLASSES)!r}".replace("'", '"')]
    for holder, prefix in _ATTRIBUTE_CLASSES:
        lines += ["", "", f"class {holder}:"]
        lines.append(f'    """{_HOLDER_DOCSTRINGS[prefix]}"""')
        lines += [
            "",
            "    def __init__(self, client: AnyClient) -> None:",
            "        self._client = client",
        ]
        for resource in resources:
            resource_class = f"{prefix}{class_name(resource)}"
            lines += [
                "",
                "    @functools.cached_property",
                f'    def {resource}(self) -> "{resource_class}":',
                f"        from .{resource} import {resource_class}",
                "",
                f"        return {resource_class}(self._client)",
            ]
    return "\n".join(lines) + "\n"


def _api_doc(grouped: dict[str, list[Method]], with_set_items: bool) -> str:
    lines = [
        "# The resource interface",
        "",
        "Written by `scripts/generate` from `spec/clientary.yaml`; do not edit. Every method of",
        "`clientary.Clientary` (`api = clientary.Clientary(...)`), with its arguments and what it",
        "returns. `clientary.AsyncClientary` has the same methods as coroutines (a list returns an",
        "`AsyncPaginator` at once), and `api.with_raw_response.<resource>.<method>(...)` returns a",
        "`RawResponse` of the same call (a list: its first page). `id` is positional, every other",
        "argument a keyword; an optional one left out is not sent. A list takes at most one of",
        "its scopes (`client_id=`, ...), and reads the account-wide list without one. A",
        "`Paginator` iterates the records of every page; `.pages()` gives the page models, and",
        "`.window(offset, limit)` a few records from a position, reading only their pages.",
    ]
    for resource, methods in grouped.items():
        lines += ["", f"## `api.{resource}`"]
        kind = next((o.kind for m in methods for o in m.operations if o.kind), None)
        record = next((m.first.returns for m in methods if m.name == "get"), None)
        for method in methods:
            if with_set_items and kind and record and method.name == "delete":
                lines += [
                    "",
                    f"### `api.{resource}.set_items(id, lines) -> {record}`",
                    "",
                    "Make the lines equal `lines` (a list of dicts: `title`, `quantity`, `price`,",
                    "and an `id` to keep that line) with the fewest changes, in at most one PUT.",
                ]
            operations = ", ".join(f"`{o.operation_id}`" for o in method.operations)
            lines += [
                "",
                f"### `api.{resource}.{method.name}(...) -> {_returns(method, False, False)}`",
                "",
                f"{_docstring(method.first.summary)} ({operations})",
            ]
            parameters = _parameters(method, raw=False)
            if parameters:
                lines += ["", "| argument | type | |", "|---|---|---|"]
                for parameter in parameters:
                    annotation = parameter.annotation.replace("|", "\\|")
                    lines.append(f"| `{parameter.name}` | `{annotation}` | {parameter.kind} |")
    return "\n".join(lines) + "\n"


def render(
    spec: dict[str, Any], field_prefix: str, class_overrides: dict[str, str], with_set_items: bool
) -> dict[PurePosixPath, str]:
    """Every file of the resource interface: path -> its text (modules not yet formatted).

    `with_set_items`: whether records with lines get `set_items()` and line-only updates through
    clientary._record_items (always, for the package; the generator's tests on small specs
    render without it).
    """
    context = Context(spec, field_prefix, class_overrides)
    grouped = group(read_operations(context))
    files: dict[PurePosixPath, str] = {}
    for resource, methods in grouped.items():
        files[PACKAGE / f"{resource}.py"] = _module(context, resource, methods, with_set_items)
    files[PACKAGE / "__init__.py"] = _package(list(grouped))
    files[API_DOC] = _api_doc(grouped, with_set_items)
    return files
