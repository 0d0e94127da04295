"""The one rule for writing values: days, timestamps, exact decimals, enums, and the errors."""

import datetime as dt
import enum
import json
from decimal import Decimal
from typing import Any

import pytest
from clientary._json_values import cell_text, dumps, float_cell, json_value, plain_json
from clientary_client.types import json_body
from hypothesis import given
from hypothesis import strategies as st


class Status(enum.IntEnum):
    SENT = 1


class Kind(enum.StrEnum):
    ALL = "all"


def test_days_are_written_with_dashes() -> None:
    assert json_value(dt.date(2011, 7, 26)) == "2011-07-26"
    assert dumps({"date": dt.date(2011, 7, 26)}) == '{"date": "2011-07-26"}'


def test_timestamps_keep_their_offset() -> None:
    pacific = dt.timezone(dt.timedelta(hours=-8))
    moment = dt.datetime(2013, 2, 6, 21, 23, 21, tzinfo=pacific)
    assert json_value(moment) == "2013-02-06T21:23:21-08:00"
    assert json_value(moment.astimezone(dt.UTC)) == "2013-02-07T05:23:21+00:00"


def test_a_timestamp_without_offset_is_refused_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"^tasks\[0\]\.created_at: .*UTC offset"):
        json_value({"tasks": [{"created_at": dt.datetime(2013, 2, 6, 21, 23)}]})


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("129.15"), "129.15"),
        (Decimal("220.00"), "220"),
        (Decimal("220"), "220"),
        (Decimal("1.50"), "1.50"),
        (Decimal("-0.5"), "-0.5"),
        (Decimal("1E+2"), "100"),
        (Decimal("0.00001"), "0.00001"),
        (Decimal("1.5E-7"), "1.5E-7"),
        (Decimal("12345678901234567890.123456789"), "12345678901234567890.123456789"),
    ],
)
def test_decimals_are_exact_json_numbers(value: Decimal, text: str) -> None:
    """An integer when whole, otherwise the decimal's own digits: never through a float."""
    assert dumps(value) == text
    assert cell_text(value) == text
    assert json.loads(text, parse_float=Decimal) == value


def test_a_sum_of_decimals_is_written_exactly() -> None:
    """0.1 + 0.2 is 0.3 in Decimal; through a float it would be 0.30000000000000004."""
    assert dumps({"subtotal": Decimal("0.1") + Decimal("0.2")}) == '{"subtotal": 0.3}'


@pytest.mark.parametrize(
    ("value", "text"),
    [(0.1, "0.1"), (220.0, "220"), (129.15, "129.15"), (1e-7, "1E-7"), (-0.0, "0")],
)
def test_floats_are_written_as_the_decimal_their_text_stands_for(value: float, text: str) -> None:
    """So a money field reads the same whether the model holds 220.0 today or Decimal later."""
    assert dumps(value) == text


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")]
)
def test_numbers_json_cannot_hold_are_refused_naming_the_field(value: object) -> None:
    with pytest.raises(ValueError, match=r"^invoice_items\[1\]\.price: "):
        dumps({"invoice_items": [{}, {"price": value}]})


def test_enums_are_written_as_their_values() -> None:
    assert dumps([Status.SENT, Kind.ALL]) == '[1, "all"]'
    assert cell_text(Status.SENT) == "1"


def test_unknown_types_are_refused_naming_the_field() -> None:
    with pytest.raises(TypeError, match=r"^client\.extra: a set has no JSON form"):
        json_value({"client": {"extra": {1}}})
    with pytest.raises(TypeError, match=r"key of type int"):
        json_value({1: "one"})


def test_cells() -> None:
    """Strings as they are, null as an empty cell, booleans and numbers as JSON writes them."""
    assert [cell_text(v) for v in (None, "a,b", True, False, 3, dt.date(2026, 1, 2))] == [
        "",
        "a,b",
        "true",
        "false",
        "3",
        "2026-01-02",
    ]
    assert cell_text({"id": 1}) == '{"id": 1}'


def test_indented_text_is_laid_out_as_json_dumps_does() -> None:
    document = {"a": [1, {"b": None, "c": []}], "d": {}, "e": "x"}
    assert dumps(document, indent=2) == json.dumps(document, indent=2)


JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.text()
    | st.decimals(allow_nan=False, allow_infinity=False, places=4)
)
JSON_DOCUMENTS = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(JSON_DOCUMENTS)
def test_what_is_written_reads_back_exactly(document: Any) -> None:
    """Read back with decimals kept, the text gives back every value, digit for digit."""
    text = dumps(document)
    assert json.loads(text, parse_float=Decimal) == document
    assert "\n" not in text  # one record, one line


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_the_short_way_for_floats_writes_what_the_rule_does(value: float) -> None:
    """Table cells take a short way for floats; it must give the rule's text, or step aside."""
    quick = float_cell(value)
    assert quick is None or quick == dumps(value)
    assert cell_text(value) == dumps(value)


@given(st.decimals(allow_nan=False, allow_infinity=False) | st.just(Decimal("Infinity")))
def test_the_short_way_for_decimals_writes_what_the_rule_does(value: Decimal) -> None:
    """Exports write a cell per amount, now Decimals: the short way gives the rule's text."""
    if value.is_finite():
        assert cell_text(value) == dumps(value)
    else:
        with pytest.raises(ValueError, match=r"^total: "):
            cell_text(value, "total")


def test_plain_json_gives_floats_that_write_the_decimals_digits() -> None:
    """Tool answers go to any JSON library: each amount is the float whose text is its own."""
    answer = plain_json({"total": Decimal("129.15"), "lines": [{"price": Decimal("220.00")}]})
    assert answer == {"total": 129.15, "lines": [{"price": 220}]}
    assert json.dumps(answer) == '{"total": 129.15, "lines": [{"price": 220}]}'
    assert type(answer["lines"][0]["price"]) is int


def test_plain_json_refuses_a_decimal_no_float_holds_naming_the_field() -> None:
    with pytest.raises(ValueError, match=r"^invoices\[0\]\.total: 0\.12345678901234567891 "):
        plain_json({"invoices": [{"total": Decimal("0.12345678901234567891")}]})


def test_request_bodies_are_compact_and_exact() -> None:
    body = json_body({"invoice": {"date": dt.date(2026, 11, 24), "tax": Decimal("8.250")}})
    assert body == b'{"invoice":{"date":"2026-11-24","tax":8.250}}'
