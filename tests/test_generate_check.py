"""scripts/generate and its --check mode, run on a scratch checkout (never the real tree).

The scratch checkout gets the repository's spec/generator.yaml but a small spec of its own,
so these tests stay fast however large spec/clientary.yaml grows. That the committed
generated/clientary_client matches spec/clientary.yaml is checked by `scripts/generate
--check` itself (the first step of scripts/test).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GENERATE = REPO / "scripts" / "generate.py"
PACKAGE = "generated/clientary_client"
DEFINITIONS = "overlays/clientary/tools/definitions.json"
CATALOGUE = "overlays/clientary/_cli/catalogue.json"
WIDGETS = "overlays/clientary/_resources/widgets.py"
API_DOC = "docs/api.md"

SPEC = """\
openapi: 3.1.0
info: {title: Scratch API, version: "1", license: {name: MIT, identifier: MIT}}
security: [{basicAuth: []}]
tags: [{name: widgets, description: Widgets}]
paths:
  /widgets/{id}:
    get:
      tags: [widgets]
      operationId: get_widget
      x-resource: {resource: widgets, method: get}
      summary: Get a widget
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: The widget
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
        "401": {description: Unauthorized}
    put:
      tags: [widgets]
      operationId: update_widget
      x-resource: {resource: widgets, method: update}
      summary: Update a widget
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/WidgetUpdateRequest"}
      responses:
        "200":
          description: The widget
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
        "204": {description: Saved}
  /widgets:
    get:
      tags: [widgets]
      operationId: list_widgets
      x-resource: {resource: widgets, method: list}
      summary: List widgets
      responses:
        "200":
          description: Widgets
          content:
            application/json:
              schema:
                type: array
                items: {$ref: "#/components/schemas/Widget"}
components:
  securitySchemes:
    basicAuth: {type: http, scheme: basic}
  schemas:
    Widget:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        name: {type: [string, "null"]}
        _destroy: {type: boolean}
        price: {$ref: "#/components/schemas/Price"}
    Price:
      type: [number, string]
      x-python-type: float
    WidgetUpdateRequest:
      type: object
      required: [widget]
      properties:
        widget: {$ref: "#/components/schemas/WidgetFields"}
    WidgetFields:
      type: object
      properties:
        name: {type: string}
        price: {$ref: "#/components/schemas/Price"}
"""


def run_generate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # sys.executable is the project's .venv python: generate.py puts its bin dir (with
    # the pinned ruff and the generator) first on PATH.
    return subprocess.run(
        [sys.executable, str(GENERATE), "--root", str(root), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A checkout root with spec/ (repo's generator.yaml and templates) and a generated package."""
    root = tmp_path_factory.mktemp("checkout")
    (root / "spec").mkdir()
    shutil.copy2(REPO / "spec" / "generator.yaml", root / "spec" / "generator.yaml")
    shutil.copytree(REPO / "spec" / "templates", root / "spec" / "templates")
    (root / "spec" / "clientary.yaml").write_text(SPEC)
    result = run_generate(root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Regenerated generated/clientary_client" in result.stdout
    assert (root / PACKAGE / "py.typed").is_file()
    assert not list((root / PACKAGE).rglob(".ruff_cache"))
    # field_prefix from spec/generator.yaml: "_destroy" is attr_destroy in Python.
    widget = (root / PACKAGE / "models" / "widget.py").read_text()
    assert "attr_destroy" in widget
    return root


def operation_files(package: Path) -> list[Path]:
    return sorted(p for p in (package / "api").glob("*/*.py") if p.name != "__init__.py")


def test_check_passes_on_untouched_copy(scratch: Path, tmp_path: Path) -> None:
    root = tmp_path / "checkout"
    shutil.copytree(scratch, root)
    # Caches next to the sources are not differences.
    cache = root / PACKAGE / "__pycache__"
    cache.mkdir()
    (cache / "client.cpython-311.pyc").write_bytes(b"junk")

    result = run_generate(root, "--check")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK:")
    assert len(result.stdout.strip().splitlines()) == 1


def test_check_names_every_hand_edited_missing_and_extra_file(
    scratch: Path, tmp_path: Path
) -> None:
    root = tmp_path / "checkout"
    shutil.copytree(scratch, root)
    package = root / PACKAGE
    edited = operation_files(package)[0]
    edited.write_text(edited.read_text() + "\n# edited by hand\n")
    (package / "types.py").unlink()
    (package / "models" / "hand_written.py").write_text("X = 1\n")

    result = run_generate(root, "--check")

    assert result.returncode != 0
    out = result.stdout
    assert f"differs: {edited.relative_to(root).as_posix()}" in out
    assert f"missing: {PACKAGE}/types.py" in out
    assert f"extra: {PACKAGE}/models/hand_written.py" in out
    tag, operation = edited.parent.name, edited.stem
    assert f"operations changed (1): {tag}/{operation}" in out
    assert "models removed (1): hand_written" in out  # committed, but not in the spec
    assert "other files added (1): types.py" in out  # in the spec, but not committed


def test_regenerate_restores_the_package_and_reports_no_change(
    scratch: Path, tmp_path: Path
) -> None:
    root = tmp_path / "checkout"
    shutil.copytree(scratch, root)
    package = root / PACKAGE
    (package / "models" / "hand_written.py").write_text("X = 1\n")

    result = run_generate(root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "models removed (1): hand_written" in result.stdout
    assert not (package / "models" / "hand_written.py").exists()

    again = run_generate(root)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "No change to the API surface." in again.stdout


@pytest.mark.parametrize(
    ("derived_file", "what", "edit"),
    [
        (DEFINITIONS, "the tool definitions", ("Get a widget", "Fetch a widget")),
        (CATALOGUE, "the command line's catalogue", ('"get_widget"', '"fetch_widget"')),
        (WIDGETS, "the resource interface", ("Get a widget", "Fetch a widget")),
        (API_DOC, "the resource interface", ("Get a widget", "Fetch a widget")),
    ],
)
def test_check_fails_on_a_stale_derived_file_and_regenerate_restores_it(
    scratch: Path, tmp_path: Path, derived_file: str, what: str, edit: tuple[str, str]
) -> None:
    root = tmp_path / "checkout"
    shutil.copytree(scratch, root)
    path = root / derived_file
    derived = path.read_text()
    assert edit[0] in derived
    path.write_text(derived.replace(*edit))

    result = run_generate(root, "--check")
    assert result.returncode == 1
    assert f"differs: {derived_file} ({what})" in result.stdout

    assert run_generate(root).returncode == 0
    assert path.read_text() == derived


def test_check_names_a_resource_module_the_spec_no_longer_makes(
    scratch: Path, tmp_path: Path
) -> None:
    root = tmp_path / "checkout"
    shutil.copytree(scratch, root)
    extra = root / "overlays" / "clientary" / "_resources" / "gadgets.py"
    extra.write_text("X = 1\n")

    result = run_generate(root, "--check")
    assert result.returncode == 1
    assert (
        "extra: overlays/clientary/_resources/gadgets.py (the resource interface)" in result.stdout
    )

    assert run_generate(root).returncode == 0
    assert not extra.exists()


def test_resource_methods_take_flat_typed_arguments(scratch: Path) -> None:
    """The body's fields without the wrapper key, typed as the models type them."""
    widgets = (scratch / WIDGETS).read_text()
    assert widgets.startswith(
        "# Written by scripts/generate from spec/clientary.yaml: do not edit."
    )
    assert "def update(" in widgets
    assert "price: float | Unset = UNSET" in widgets
    assert "body=WidgetUpdateRequest(widget=WidgetFields(name=name, price=price))" in widgets
    doc = (scratch / API_DOC).read_text()
    assert "## `api.widgets`" in doc
    assert "### `api.widgets.get(...) -> Widget`" in doc
    assert "| `id` | `int` | positional |" in doc
    assert "| `price` | `float` | optional |" in doc


def test_a_spec_without_resource_names_is_refused(scratch: Path, tmp_path: Path) -> None:
    root = tmp_path / "checkout"
    shutil.copytree(scratch, root)
    spec = root / "spec" / "clientary.yaml"
    spec.write_text(spec.read_text().replace("x-resource: {resource: widgets, method: list}", ""))

    result = run_generate(root, "--check")
    assert result.returncode == 2
    assert "list_widgets: no x-resource" in result.stderr


def test_generator_failure_is_loud(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    shutil.copy2(REPO / "spec" / "generator.yaml", tmp_path / "spec" / "generator.yaml")
    shutil.copytree(REPO / "spec" / "templates", tmp_path / "spec" / "templates")
    (tmp_path / "spec" / "clientary.yaml").write_text("openapi: 3.1.0\ninfo: {}\n")

    result = run_generate(tmp_path, "--check")

    assert result.returncode == 2
    assert "openapi-python-client failed" in result.stderr


def test_missing_templates_are_named(tmp_path: Path) -> None:
    """Without spec/templates the models would silently come out slower: refuse instead."""
    (tmp_path / "spec").mkdir()
    shutil.copy2(REPO / "spec" / "generator.yaml", tmp_path / "spec" / "generator.yaml")
    (tmp_path / "spec" / "clientary.yaml").write_text(SPEC)

    result = run_generate(tmp_path, "--check")

    assert result.returncode == 2
    assert "missing" in result.stderr
    assert "spec/templates" in result.stderr


def test_a_field_of_a_typed_schema_gets_its_python_type_and_reader(scratch: Path) -> None:
    """x-python-type on a shared schema, through spec/templates: one type, one conversion."""
    widget = (scratch / PACKAGE / "models" / "widget.py").read_text()
    assert "price: float | Unset = UNSET" in widget
    assert "str" not in widget.split("price:")[1].splitlines()[0]
    assert 'price = d.pop("price", UNSET)' in widget
    assert "price = float(price)" in widget


def test_an_update_names_its_read_and_types_its_bodiless_answer_none(scratch: Path) -> None:
    update = (scratch / PACKAGE / "api" / "widgets" / "update_widget.py").read_text()
    assert 'READ_OPERATION = "clientary_client.api.widgets.get_widget"' in update
    assert ") -> Widget | None:" in update
    assert "Any" not in update.split("def sync(")[1].split(":")[0]
    get = (scratch / PACKAGE / "api" / "widgets" / "get_widget.py").read_text()
    assert "READ_OPERATION" not in get


def test_an_unknown_x_python_type_stops_the_generator_naming_the_schema(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    shutil.copy2(REPO / "spec" / "generator.yaml", tmp_path / "spec" / "generator.yaml")
    shutil.copytree(REPO / "spec" / "templates", tmp_path / "spec" / "templates")
    unknown = SPEC.replace("x-python-type: float", "x-python-type: fraction")
    (tmp_path / "spec" / "clientary.yaml").write_text(unknown)

    result = run_generate(tmp_path, "--check")

    assert result.returncode == 2
    assert "Price: x-python-type 'fraction' is not one of" in result.stderr
