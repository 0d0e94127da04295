"""The argument checks the public functions share, each raising an error that names the argument.

They run before anything is sent, so a mistake costs no request and says what to fix. `bool` is
refused where an int is wanted: it is an int to Python, but `True` is never a meant record id or
count.
"""

from collections.abc import Mapping, Sequence

from clientary_client import AuthenticatedClient, Client

__all__ = [
    "MAX_ID",
    "AnyClient",
    "checked_client",
    "checked_count",
    "checked_id",
    "checked_mapping",
    "checked_sequence",
]

AnyClient = Client | AuthenticatedClient

# The largest id the spec lets a request carry (RecordIdInput): 2**53 - 1, which JavaScript
# tools still read exactly.
MAX_ID = 2**53 - 1


def checked_id(value: object, name: str) -> int:
    """`value` as a record id: an int from 1 to 2**53 - 1."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if not 1 <= value <= MAX_ID:
        raise ValueError(f"{name} must be from 1 to 2**53 - 1, got {value}")
    return value


def checked_count(value: object, name: str, *, minimum: int) -> int:
    """`value` as a setting counted in whole numbers (retries, concurrency), at least `minimum`."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be an int >= {minimum}, got {value!r}")
    return value


def checked_client(client: object, where: str, positional: Sequence[object] = ()) -> AnyClient:
    """`client` (the `client=` argument of `where`) as a generated client.

    A client among the positional arguments is named as such: the generated operations take it
    by keyword only, and "got NoneType" would not say why.
    """
    if isinstance(client, Client | AuthenticatedClient):
        return client
    if client is None and any(isinstance(arg, Client | AuthenticatedClient) for arg in positional):
        raise TypeError(
            f"{where}: the client was given as a positional argument; pass it as client="
        )
    raise TypeError(
        f"{where}: client= must be a clientary_client.Client (from clientary.connect()), "
        f"got {type(client).__name__}"
    )


def checked_mapping(value: object, name: str) -> Mapping[str, object]:
    """`value` as a dict-like mapping."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict, got {type(value).__name__}")
    return value


def checked_sequence(value: object, name: str, *, of: str) -> Sequence[object]:
    """`value` as a list-like sequence of `of` (a text is a sequence too, but never meant here)."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of {of}, got {type(value).__name__}")
    return value
