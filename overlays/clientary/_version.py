"""The package's version, and the User-Agent built from it.

The version is written here once; pyproject.toml reads it from this file (hatch's version
source), so the installed metadata and `clientary.__version__` cannot disagree. Asking
importlib.metadata instead took longer than importing the rest of `clientary`.
"""

__all__ = ["USER_AGENT", "VERSION"]

VERSION = "0.1.0"
USER_AGENT = f"clientary-python/{VERSION}"
