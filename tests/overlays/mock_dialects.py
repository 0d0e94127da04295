"""Which of the mock's dialects the overlay tests check with strict mode."""


def strict_for(dialect: str) -> bool:
    """Whether the mock checks its own answers against the spec (strict mode) in these tests.

    For the rails dialect, whose forms the mock's own tests see less of; the documented forms
    are checked by the mock's tests and the fuzz already, and checking every page here too
    would double these tests' time.
    """
    return dialect != "docs"
