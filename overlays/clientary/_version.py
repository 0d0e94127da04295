"""The installed version of the package, and the User-Agent built from it."""

from importlib.metadata import PackageNotFoundError, version

__all__ = ["USER_AGENT", "VERSION"]


def _installed_version() -> str:
    try:
        return version("clientary")
    except PackageNotFoundError:
        # Running from a source tree that was never installed (e.g. PYTHONPATH only).
        return "0.0.0"


VERSION = _installed_version()
USER_AGENT = f"clientary-python/{VERSION}"
