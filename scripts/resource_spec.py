"""What the spec says of the resource interface: each operation's place, arguments and answer.

Each operation names its place with `x-resource: {resource, method, scope?}`: `resource` is the
attribute of the client (`invoices`), `method` the method's name (`list`, `get`, `create`,
`update`, `delete`, or what the operation does, such as `send_message`), and `scope` the keyword
that picks a scoped list (`client_id`); `scope_parameter` names the path parameter that carries
it when the path calls it otherwise (`/recurring/{id}/invoices`). Lists of one resource merge
into one `list()`: without a scope keyword the account-wide list is read. Inconsistent names
(two operations on one method, a scope that is no path parameter, ...) are a ResourceError.

A method's arguments are the operation's path and query parameters and its body's fields
without the wrapper key, typed by `annotation()`: a schema with `x-python-type` gets the type of
the `PYTHON_TYPES` table, as its model field does (spec/templates/python_types.jinja), so that
the arguments stay typed as the models they fill. scripts/resource_interface.py writes the code.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

import tool_definitions
from openapi_python_client.strings import ClassName, PythonIdentifier

# x-python-type -> the annotation of an argument of that type (and what it must import).
# An argument fills a request model, so it takes what that model's field takes: the typed value
# or its plain form (a day as text, a float or int for an amount, a code's number).
PYTHON_TYPES: dict[str, tuple[str, str | None]] = {
    "float": ("float", None),
    "date": ("datetime.date | str", "datetime"),
    "datetime": ("datetime.datetime | str", "datetime"),
    "Decimal": ("decimal.Decimal | float", "decimal"),
    "IntEnum": ("{enum} | int", None),  # {enum}: the code schema's class
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
    # How the value becomes the model's, "{}" standing for it: a function of the base, or None.
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
            if "{enum}" in text:
                text = text.format(enum=context.class_name(name))
            if module:
                context.modules.add(module)
            types = target.get("type")
            return f"{text} | None" if isinstance(types, list) and "null" in types else text
        if "enum" in target or _is_object(target):
            return context.class_name(name)
        return annotation(context, {k: v for k, v in target.items() if k != "$ref"}, name)
    if "enum" in schema:
        return context.class_name(hint)
    for keyword_ in ("anyOf", "oneOf"):
        if keyword_ in schema:
            members = [annotation(context, member, hint) for member in schema[keyword_]]
            return union(members)
    kinds = schema.get("type")
    if kinds == "array":
        return f"list[{annotation(context, schema.get('items', {}), hint + '_item')}]"
    if isinstance(kinds, list):
        return union([JSON_TYPES[kind] for kind in kinds])
    if isinstance(kinds, str) and kinds in JSON_TYPES:
        return JSON_TYPES[kinds]
    return "Any"


def union(members: list[str]) -> str:
    """One annotation for any of `members` (themselves unions), each part once, None last."""
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
