"""`clientary_client.models` imports a model's module only when the model is first named.

spec/templates/models_init.py.jinja makes it so: importing every model up front took longer
than importing httpx, and a program uses a handful of them.
"""

import subprocess
import sys


def run(probe: str) -> str:
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def loaded_models() -> str:
    return "sorted(m.rpartition('.')[2] for m in sys.modules if m.startswith('clientary_client.models.'))"


def test_the_package_loads_no_model_until_one_is_named() -> None:
    probe = (
        "import sys, clientary_client.models as models\n"
        f"print({loaded_models()})\n"
        "models.Staff\n"
        f"print({loaded_models()})\n"
    )
    assert run(probe).splitlines() == ["[]", "['staff']"]


def test_every_model_is_still_there_by_name() -> None:
    """`dir()`, `__all__`, `from ... import *` and a misspelt name behave as before."""
    probe = (
        "import clientary_client.models as models\n"
        "names = [n for n in dir(models) if n[0].isupper()]\n"
        "assert names == sorted(models.__all__), names\n"
        "namespace = {}\n"
        "exec('from clientary_client.models import *', namespace)\n"
        "assert all(namespace[n].__name__ == n for n in models.__all__)\n"
        "try:\n"
        "    models.Invoise\n"
        "except AttributeError as error:\n"
        "    print(error)\n"
        "print(len(models.__all__))\n"
    )
    error, count = run(probe).splitlines()
    assert error == "module 'clientary_client.models' has no attribute 'Invoise'"
    assert int(count) > 80
