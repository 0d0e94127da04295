"""The README's usage examples run, in order, against the mock, so they cannot rot."""

import contextlib
import io
import re
from pathlib import Path

from clientary_client import Client
from clientary_mock import create_app
from clientary_mock.testing import serve_in_thread

README = Path(__file__).resolve().parents[1] / "README.md"
DOCUMENTED_URL = "http://127.0.0.1:4010"


def usage_blocks() -> list[str]:
    """The ```python blocks of the Usage section, in reading order."""
    text = README.read_text(encoding="utf-8")
    usage = text.split("\n## Usage\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", usage, flags=re.DOTALL)


def promised_output(blocks: list[str]) -> list[str]:
    """What the examples say they print: the comment after each print(...) call."""
    return [
        match.group(1).strip()
        for block in blocks
        for match in re.finditer(r"^\s*print\(.*\)\s+#\s*(.+)$", block, flags=re.MULTILINE)
    ]


def test_usage_section_has_examples() -> None:
    """The Usage section keeps its examples (an empty section would make the next test vacuous)."""
    blocks = usage_blocks()
    assert len(blocks) >= 5
    assert any(DOCUMENTED_URL in block for block in blocks)


def test_usage_examples_run_against_the_mock() -> None:
    """Each example runs after the one before it, and prints what its comments promise."""
    blocks = usage_blocks()
    namespace: dict[str, object] = {"__name__": "readme"}
    printed = io.StringIO()
    with (
        serve_in_thread(create_app(token="demo", seed="demo")) as base_url,
        contextlib.redirect_stdout(printed),
    ):
        for number, block in enumerate(blocks, start=1):
            code = compile(block.replace(DOCUMENTED_URL, base_url), f"README[{number}]", "exec")
            exec(code, namespace)
        connected = namespace["client"]
        assert isinstance(connected, Client)
        connected.get_httpx_client().close()
    output = printed.getvalue()
    for promise in promised_output(blocks):
        assert promise in output, f"README promises {promise!r}; the examples printed:\n{output}"
