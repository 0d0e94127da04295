"""Derive the resource interface (`clientary.Clientary`'s `api.invoices.create(...)`) from the spec.

Each operation names its place in the interface with `x-resource: {resource, method, scope?}`:
`resource` is the attribute of the client (`invoices`), `method` the method's name (`list`,
`get`, `create`, `update`, `delete`, or what the operation does, such as `send_message`), and
`scope` the keyword that picks a scoped list (`client_id`); `scope_parameter` names the path
parameter that carries it when the path calls it otherwise (`/recurring/{id}/invoices`). Lists
of one resource merge into one `list()`: without a scope keyword the account-wide list is read.

Written from it, with nothing named per operation:

- overlays/clientary/_resources/<resource>.py: a sync, an async and two raw-response classes
  per resource, whose methods take flat keyword arguments (the body's fields without their
  wrapper key; `items=` for the `*_items_attributes` field) and call the generated operation
  through `clientary.call()`/`paginate()`;
- overlays/clientary/_resources/__init__.py: the resource attributes of the clients;
- docs/api.md: every method with its arguments and return type.

The annotations come from the spec in `annotation()`, whose table `PYTHON_TYPES` follows the
spec's `x-python-type` (the generated models do the same), so the arguments stay typed as the
models they fill. scripts/generate writes the files and `--check` fails when they are stale.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import tool_definitions
from openapi_python_client.strings import ClassName, PythonIdentifier

PACKAGE = PurePosixPath("overlays/clientary/_resources")
API_DOC = PurePosixPath("docs/api.md")
HEADER = "# Written by scripts/generate from spec/clientary.yaml: do not edit.\n"

# x-python-type -> the annotation of an argument of that type (and what it must import).
PYTHON_TYPES: dict[str, tuple[str, str | None]] = {
    "float": ("float", None),
    "date": ("datetime.date", "datetime"),
    "datetime": ("datetime.datetime", "datetime"),
    "Decimal": ("decimal.Decimal", "decimal"),
}
JSON_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
}
_METHODS = ("get", "post", "put", "patch", "delete")
_REF = "#/components/schemas/"
# The line items of a record travel as `<kind>_items_attributes`; the argument is `items=`.
ITEMS_SUFFIX = "_items_attributes"
ITEMS_ARGUMENT = "items"
# A resource's methods in this order; `list` comes last so that, inside the class body, the
# name `list` still means the builtin in every annotation before it.
_ORDER = {"get": 0, "create": 1, "update": 2, "set_items": 3, "delete": 4, "list": 99}


class ResourceError(Exception):
    """The spec's x-resource extensions do not describe one consistent interface."""


@dataclass
class Argument:
    name: str  # the keyword the user writes
    annotation: str
    required: bool
    where: str  # "path", "query", "body" or "items"
    target: str = ""  # the generated model's field, or the operation's parameter
    # How the value becomes the model's, "{}" standing for it: a helper of the base, or None.
    convert: str | None = None


@dataclass
class Operation:
    operation_id: str
    tag: str
    http_method: str
    summary: str
    resource: str
    method: str
    scope: str | None
    scope_parameter: str | None
    path: list[Argument] = field(default_factory=list)
    query: list[Argument] = field(default_factory=list)
    body: list[Argument] = field(default_factory=list)
    request_model: str | None = None
    wrapper: str | None = None
    fields_model: str | None = None
    returns: str = "None"
    item: str | None = None  # the record of a list's envelope
    kind: str | None = None  # the line-item kind when the body carries lines


@dataclass
class Method:
    name: str
    operations: list[Operation]

    @property
    def first(self) -> Operation:
        return self.operations[0]


class Context:
    """The spec, and the imports one resource module collects while it is written."""

    def __init__(self, spec: dict[str, Any], prefix: str, overrides: dict[str, str]) -> None:
        self.spec = spec
        self.prefix = prefix
        self.overrides = overrides
        self.models: set[str] = set()
        self.modules: set[str] = set()

    def class_name(self, schema_name: str) -> str:
        name = self.overrides.get(schema_name) or str(ClassName(schema_name, self.prefix))
        self.models.add(name)
        return name


def annotation(context: Context, schema: dict[str, Any], hint: str) -> str:
    """The Python annotation of a value of `schema`, as the generated model types that value.

    `hint` is what the generator names an inline enum after (model or operation, then field).
    """
    reference = schema.get("$ref")
    if isinstance(reference, str):
        name = reference.removeprefix(_REF)
        target = tool_definitions._resolve(context.spec, schema)
        python_type = target.get("x-python-type")
        if python_type is not None:
            if python_type not in PYTHON_TYPES:
                raise ResourceError(f"{name}: x-python-type {python_type!r} is not in PYTHON_TYPES")
            text, module = PYTHON_TYPES[python_type]
            if module:
                context.modules.add(module)
            types = target.get("type")
            return f"{text} | None" if isinstance(types, list) and "null" in types else text
        if "enum" in target or _is_object(target):
            return context.class_name(name)
        return annotation(context, {k: v for k, v in target.items() if k != "$ref"}, name)
    if "enum" in schema:
        return context.class_name(hint)
    for union in ("anyOf", "oneOf"):
        if union in schema:
            members = [annotation(context, member, hint) for member in schema[union]]
            return _union(members)
    kinds = schema.get("type")
    if kinds == "array":
        return f"list[{annotation(context, schema.get('items', {}), hint + '_item')}]"
    if isinstance(kinds, list):
        return _union([JSON_TYPES[kind] for kind in kinds])
    if isinstance(kinds, str) and kinds in JSON_TYPES:
        return JSON_TYPES[kinds]
    return "Any"


def _union(members: list[str]) -> str:
    unique = list(dict.fromkeys(part for member in members for part in member.split(" | ")))
    if "None" in unique:  # last, as ruff would have it
        unique.remove("None")
        unique.append("None")
    return " | ".join(unique)


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema or "allOf" in schema


def _object_fields(
    context: Context, schema: dict[str, Any]
) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """An object schema's fields (unresolved, as the model sees them) and its required names."""
    node = tool_definitions._resolve(context.spec, schema)
    properties: dict[str, dict[str, Any]] = dict(node.get("properties", {}))
    required: list[str] = list(node.get("required", []))
    for part in node.get("allOf", []):
        sub_properties, sub_required = _object_fields(context, part)
        properties.update(sub_properties)
        required += [name for name in sub_required if name not in required]
    return properties, required


def _identifier(context: Context, name: str) -> str:
    return str(PythonIdentifier(value=name, prefix=context.prefix))


def _keyword(context: Context, name: str) -> str:
    """The keyword a user writes: the field's own name where Python allows it (`filter`, `zip`:
    a builtin may be shadowed by an argument), else the generated model's name (`billed`)."""
    if name.isidentifier() and not keyword.iskeyword(name) and name != "self":
        return name
    return _identifier(context, name)


def _ref_name(schema: dict[str, Any], what: str) -> str:
    reference = schema.get("$ref")
    if not isinstance(reference, str) or not reference.startswith(_REF):
        raise ResourceError(f"{what} must be a $ref to a schema of components/schemas")
    return reference.removeprefix(_REF)


def read_operations(context: Context) -> list[Operation]:
    """Every operation of the spec, with its place in the interface and its arguments."""
    spec = context.spec
    operations: list[Operation] = []
    for item in spec["paths"].values():
        for http_method, definition in item.items():
            if http_method not in _METHODS:
                continue
            parameters = [
                tool_definitions._resolve(spec, parameter)
                for parameter in [*item.get("parameters", []), *definition.get("parameters", [])]
            ]
            operations.append(_operation(context, http_method, definition, parameters))
    return operations


def _operation(
    context: Context,
    http_method: str,
    definition: dict[str, Any],
    parameters: list[dict[str, Any]],
) -> Operation:
    operation_id = definition["operationId"]
    place = definition.get("x-resource")
    if not isinstance(place, dict) or not {"resource", "method"} <= place.keys():
        raise ResourceError(f"{operation_id}: no x-resource {{resource, method}}")
    unknown = set(place) - {"resource", "method", "scope", "scope_parameter"}
    if unknown:
        raise ResourceError(f"{operation_id}: unknown x-resource keys {sorted(unknown)}")
    for key in ("resource", "method", "scope", "scope_parameter"):
        value = place.get(key)
        if value is not None and (not str(value).isidentifier() or keyword.iskeyword(value)):
            raise ResourceError(f"{operation_id}: x-resource {key} {value!r} is not a name")
    scope = place.get("scope")
    scope_parameter = place.get("scope_parameter") or scope
    path_names = [p["name"] for p in parameters if p["in"] == "path"]
    if scope is not None and scope_parameter not in path_names:
        raise ResourceError(f"{operation_id}: scope {scope_parameter!r} is not a path parameter")
    operation = Operation(
        operation_id=operation_id,
        tag=definition["tags"][0],
        http_method=http_method,
        summary=definition["summary"],
        resource=place["resource"],
        method=place["method"],
        scope=scope,
        scope_parameter=scope_parameter if scope else None,
    )
    lists = http_method == "get" and tool_definitions._answers_with_a_list(context.spec, definition)
    for parameter in parameters:
        name = parameter["name"]
        if lists and name == "page":
            continue  # the paginator walks the pages
        hint = f"{operation_id}_{name}"
        argument = Argument(
            name=scope if name == scope_parameter and scope else _keyword(context, name),
            annotation=annotation(context, parameter["schema"], hint),
            required=bool(parameter.get("required")),
            where=parameter["in"],
            target=_identifier(context, name),
        )
        _accept_enum_values(context, argument, parameter["schema"], hint)
        (operation.path if parameter["in"] == "path" else operation.query).append(argument)
    _read_body(context, operation, definition)
    _read_answer(context, operation, definition, lists)
    return operation


def _accept_enum_values(
    context: Context, argument: Argument, schema: dict[str, Any], hint: str
) -> None:
    """A string enum is also taken as its plain values (`sort="date"`), checked by mypy as a
    Literal and at run time by `enum_value`, which names the argument."""
    values = tool_definitions._resolve(context.spec, schema).get("enum")
    if not values or not all(isinstance(value, str) for value in values):
        return
    enum = argument.annotation
    if not enum.isidentifier():
        raise ResourceError(f"{hint}: a string enum annotated {enum!r}, not as its class")
    literal = ", ".join(f'"{value}"' for value in values)
    argument.annotation = f"{enum} | Literal[{literal}]"
    argument.convert = f'enum_value({enum}, {{}}, "{argument.name}")'


def _read_body(context: Context, operation: Operation, definition: dict[str, Any]) -> None:
    request = definition.get("requestBody")
    if request is None:
        return
    schema = request["content"]["application/json"]["schema"]
    request_name = _ref_name(schema, f"{operation.operation_id}: the request body")
    operation.request_model = context.class_name(request_name)
    properties, required = _object_fields(context, schema)
    model_name = request_name
    if len(properties) == 1 and required == list(properties):
        (operation.wrapper,) = properties
        model_name = _ref_name(
            properties[operation.wrapper], f"{operation.operation_id}: the wrapped fields"
        )
        operation.fields_model = context.class_name(model_name)
        properties, required = _object_fields(context, properties[operation.wrapper])
    taken = {argument.name for argument in [*operation.path, *operation.query]}
    for name, sub in properties.items():
        target = _identifier(context, name)
        if name.endswith(ITEMS_SUFFIX):
            operation.kind = name.removesuffix(ITEMS_SUFFIX)
            argument = Argument(
                ITEMS_ARGUMENT,
                "Sequence[Mapping[str, object]] | LineItemChanges",
                name in required,
                "items",
                target,
                "line_item_models({})",
            )
        else:
            hint = f"{model_name}_{name}"
            argument = Argument(
                _keyword(context, name),
                annotation(context, sub, hint),
                name in required,
                "body",
                target,
            )
            _accept_enum_values(context, argument, sub, hint)
            resolved = tool_definitions._resolve(context.spec, sub)
            if "$ref" in sub and resolved.get("type") == "object" and "properties" not in resolved:
                # A free-form object (custom fields): a plain mapping, made into its model here.
                argument.annotation = "Mapping[str, object]"
                model = context.class_name(_ref_name(sub, name))
                argument.convert = f'mapping_model({model}, {{}}, "{argument.name}")'
        if argument.name in taken:
            raise ResourceError(f"{operation.operation_id}: argument {argument.name!r} twice")
        taken.add(argument.name)
        operation.body.append(argument)


def _read_answer(
    context: Context, operation: Operation, definition: dict[str, Any], lists: bool
) -> None:
    for status in sorted(definition.get("responses", {})):
        if not status.startswith("2"):
            continue
        response = tool_definitions._resolve(context.spec, definition["responses"][status])
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            continue
        if schema.get("type") == "array":  # a bare list, read whole
            item = _ref_name(schema.get("items", {}), operation.operation_id)
            operation.returns = f"list[{context.class_name(item)}]"
            return
        operation.returns = context.class_name(_ref_name(schema, operation.operation_id))
        if lists:
            properties, required = _object_fields(context, schema)
            arrays = [
                name
                for name in required
                if tool_definitions._resolve(context.spec, properties[name]).get("type") == "array"
            ]
            items = tool_definitions._resolve(context.spec, properties[arrays[0]])["items"]
            operation.item = context.class_name(_ref_name(items, operation.operation_id))
        return


def group(operations: list[Operation]) -> dict[str, list[Method]]:
    """resource -> its methods, each with the operations it merges (account-wide list first)."""
    resources: dict[str, dict[str, list[Operation]]] = {}
    for operation in operations:
        methods = resources.setdefault(operation.resource, {})
        methods.setdefault(operation.method, []).append(operation)
    grouped: dict[str, list[Method]] = {}
    for resource, methods in sorted(resources.items()):
        for name, merged in methods.items():
            scopes = [operation.scope for operation in merged]
            if len(merged) > 1 and (
                name != "list" or len(set(scopes)) != len(scopes) or scopes.count(None) > 1
            ):
                taken = ", ".join(operation.operation_id for operation in merged)
                raise ResourceError(f"{resource}.{name} is claimed by {taken}")
            merged.sort(key=lambda operation: operation.scope or "")
            if any(operation.scope for operation in merged) and name != "list":
                raise ResourceError(f"{resource}.{name}: only a list can have a scope")
            returns = {(operation.returns, operation.item) for operation in merged}
            if len(returns) > 1:
                raise ResourceError(f"{resource}.{name}: its lists answer differently")
        grouped[resource] = sorted(
            (Method(name, merged) for name, merged in methods.items()),
            key=lambda method: (_ORDER.get(method.name, 50), method.name),
        )
    return grouped


def class_name(resource: str) -> str:
    """`invoices` -> InvoicesResource (the suffix keeps `staff` apart from the Staff model)."""
    return "".join(part.capitalize() for part in resource.split("_")) + "Resource"


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
            annotation = _union([annotation, "Unset"])
        elif parameter.default == "None":
            annotation = _union([annotation, "None"])
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
                argument.annotation if known is None else _union([known, argument.annotation])
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
        "its scopes (`client_id=`, ...), and reads the account-wide list without one.",
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

    `with_set_items`: whether the line-item module (_record_items) is there for `set_items()`
    and for updates that change lines only.
    """
    context = Context(spec, field_prefix, class_overrides)
    grouped = group(read_operations(context))
    files: dict[PurePosixPath, str] = {}
    for resource, methods in grouped.items():
        files[PACKAGE / f"{resource}.py"] = _module(context, resource, methods, with_set_items)
    files[PACKAGE / "__init__.py"] = _package(list(grouped))
    files[API_DOC] = _api_doc(grouped, with_set_items)
    return files
