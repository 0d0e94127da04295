"""The README's Python examples: found by section, run in order, checked against their comments.

Imported by the tests, and also run as a script by the Python of another environment (so it
uses only the standard library and the installed packages):

    python readme_examples.py README.md "Usage" ["Another section" ...]

Examples that talk to `http://127.0.0.1:4010` get a mock account of their own instead (seeded
"demo", token "demo"). A block that starts with `# test_<name>.py` is a pytest file, not a
script: it is left out here and run by pytest (`pytest_files`).
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parents[2] / "README.md"
TESTING_SECTION = "Testing against the mock"
DOCUMENTED_URL = "http://127.0.0.1:4010"
PYTEST_FILE = re.compile(r"\A# (test_\w+\.py)\b")


def section_blocks(readme: Path, title: str) -> list[str]:
    """The ```python blocks of one section of the README, in reading order."""
    text = readme.read_text(encoding="utf-8")
    section = text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def pytest_files(readme: Path, title: str) -> dict[str, str]:
    """The section's pytest files: name -> source."""
    found = {}
    for block in section_blocks(readme, title):
        match = PYTEST_FILE.match(block)
        if match:
            found[match.group(1)] = block
    return found


def scripts(readme: Path, title: str) -> list[str]:
    return [block for block in section_blocks(readme, title) if not PYTEST_FILE.match(block)]


def promised_output(blocks: list[str]) -> list[str]:
    """What the examples say they print: the comment after each print(...) call."""
    return [
        match.group(1).strip()
        for block in blocks
        for match in re.finditer(r"^\s*print\(.*\)\s+#\s*(.+)$", block, flags=re.MULTILINE)
    ]


@contextlib.contextmanager
def documented_mock(blocks: list[str]) -> Iterator[str]:
    """A base URL to put in place of the documented one: a demo mock, when any block uses it."""
    if not any(DOCUMENTED_URL in block for block in blocks):
        yield DOCUMENTED_URL
        return
    from clientary_mock import create_app
    from clientary_mock.testing import serve_in_thread

    with serve_in_thread(create_app(token="demo", seed="demo")) as base_url:
        yield base_url


def run_scripts(readme: Path, title: str) -> str:
    """Run the section's scripts in one namespace; return what they printed.

    Raises AssertionError when something they promise to print is missing.
    """
    blocks = scripts(readme, title)
    assert blocks, f"the README's {title!r} section has no examples"
    namespace: dict[str, Any] = {"__name__": "readme"}
    printed = io.StringIO()
    with documented_mock(blocks) as base_url, contextlib.redirect_stdout(printed):
        for number, block in enumerate(blocks, start=1):
            source = block.replace(DOCUMENTED_URL, base_url)
            exec(compile(source, f"README {title}[{number}]", "exec"), namespace)
        _close_left_open(namespace)
    output = printed.getvalue()
    for promise in promised_output(blocks):
        assert promise in output, f"README promises {promise!r}; the examples printed:\n{output}"
    return output


def _close_left_open(namespace: dict[str, Any]) -> None:
    # The Usage examples leave `client` and `api` open for the examples after them to use.
    client: Any = namespace.get("client")
    if hasattr(client, "get_httpx_client"):
        client.get_httpx_client().close()
    api: Any = namespace.get("api")
    if hasattr(api, "close"):
        api.close()


def main(argv: list[str]) -> int:
    readme, titles = Path(argv[0]), argv[1:]
    for title in titles:
        print(run_scripts(readme, title), end="")
        print(f"ran the {title!r} examples: {len(scripts(readme, title))} blocks")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
