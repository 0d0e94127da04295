"""The README's Install and Testing sections keep up with the project, and their examples run.

(The Usage and tools examples are run by tests/test_readme.py; here they run again in the
environments a user would have, see test_installed.py and test_lowest_versions.py.)
"""

from __future__ import annotations

import re
import tomllib

import pytest

from . import readme_examples
from .environments import PYPROJECT, ROOT
from .readme_examples import README, TESTING_SECTION

PROJECT = tomllib.loads(PYPROJECT.read_text())["project"]


def section(title: str) -> str:
    return README.read_text(encoding="utf-8").split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_install_comes_first_and_names_every_extra() -> None:
    """Right after the introduction; every extra in its table, so a new one cannot be missed."""
    text = README.read_text(encoding="utf-8")
    assert re.findall(r"^## (.+)$", text, flags=re.MULTILINE)[0] == "Install"
    install = section("Install")
    assert "not on PyPI" in install
    for extra in PROJECT["optional-dependencies"]:
        assert re.search(rf"^\| `{extra}` \|", install, flags=re.MULTILINE), extra
    assert "pip install './clientary-python[mock]'" in install
    assert "uv add ./clientary-python --extra mock" in install


def test_every_relative_link_of_the_readme_leads_to_a_file() -> None:
    text = README.read_text(encoding="utf-8")
    targets = re.findall(r"\]\((?!https?://|#)([^)#\s]+)", text)
    assert "docs/development.md" in targets
    assert [target for target in targets if not (ROOT / target).is_file()] == []
    anchors = re.findall(r"\]\(#([^)]+)\)", text)
    headings = {
        re.sub(r"[^\w\- ]", "", title).strip().lower().replace(" ", "-")
        for title in re.findall(r"^#+ (.+)$", text, flags=re.MULTILINE)
    }
    assert anchors
    assert set(anchors) <= headings


def test_the_testing_examples_run_and_print_what_they_promise() -> None:
    output = readme_examples.run_scripts(README, TESTING_SECTION)
    assert "['John Doe', 'Jane Smith', 'Ada Park']" in output


def test_the_testing_section_has_one_pytest_file_that_uses_the_fixture() -> None:
    files = readme_examples.pytest_files(README, TESTING_SECTION)
    assert len(files) == 1
    (source,) = files.values()
    assert "(clientary_mock)" in source
    assert '@pytest.mark.clientary_mock(seed="empty")' in source


def test_the_pytest_example_passes(pytester: pytest.Pytester) -> None:
    ((name, source),) = readme_examples.pytest_files(README, TESTING_SECTION).items()
    pytester.makepyfile(**{name.removesuffix(".py"): source})
    result = pytester.runpytest("-p", "no:cacheprovider", "--strict-markers")
    result.assert_outcomes(passed=3)
