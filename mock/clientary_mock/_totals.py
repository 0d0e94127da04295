"""Totals of invoices, estimates and recurring schedules, computed from their lines.

Reading of the taxes (the docs show only the fields, not the arithmetic):
- a section header (`item_type` 0) contributes nothing;
- the first tax is charged on the lines flagged for it;
- the second tax is charged on its lines, plus the first tax on those lines when
  `compound_tax` is set (the docs describe compound tax as "tax on tax");
- the third tax is always plain, on its lines only.
Invoice and estimate lines carry one `taxable` flag that applies to all three taxes; recurring
lines carry one flag per tax (`taxable?`, `secondary_tax?`, `tertiary_tax?`).
Money is kept in Decimal and rounded half up to cents only where a total is shown.

The arithmetic has Decimal's default 28 significant digits, so a total of 10**26 or more cannot
be rounded to cents (`quantize` fails). The spec bounds each amount, not their sum: 500 lines at
the maxima make about 6.6 * 10**25, and a second such update would pass the limit. A write that
would make such a total is refused (`check_holdable`) before anything is stored, so every stored
record can still be read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

HEADER_ITEM = 0
CENT = Decimal("0.01")
AMOUNT_LIMIT = Decimal(10) ** 26
_HUNDRED = Decimal(100)


class AmountTooLarge(ValueError):
    """A total the arithmetic cannot hold (see AMOUNT_LIMIT)."""


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def decimal(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


@dataclass(frozen=True)
class TaxRates:
    tax: Decimal
    tax2: Decimal
    tax3: Decimal
    compound: bool

    @classmethod
    def of(cls, record: dict[str, Any]) -> TaxRates:
        return cls(
            decimal(record.get("tax") or 0),
            decimal(record.get("tax2") or 0),
            decimal(record.get("tax3") or 0),
            bool(record.get("compound_tax")),
        )


@dataclass(frozen=True)
class Totals:
    subtotal: Decimal
    taxes: Decimal
    total_cost: Decimal


def line_amount(item: dict[str, Any]) -> Decimal:
    if item.get("item_type") == HEADER_ITEM:
        return Decimal(0)
    return decimal(item["quantity"]) * decimal(item["price"])


def line_tax(item: dict[str, Any], rates: TaxRates) -> Decimal:
    amount = line_amount(item)
    first_flag = bool(item.get("taxable"))
    first = amount * rates.tax / _HUNDRED if first_flag else Decimal(0)
    second = Decimal(0)
    if item.get("secondary_tax", first_flag):
        base = amount + first if rates.compound else amount
        second = base * rates.tax2 / _HUNDRED
    third = Decimal(0)
    if item.get("tertiary_tax", first_flag):
        third = amount * rates.tax3 / _HUNDRED
    return first + second + third


def _sums(items: Iterable[dict[str, Any]], rates: TaxRates) -> tuple[Decimal, Decimal]:
    subtotal = Decimal(0)
    taxes = Decimal(0)
    for item in items:
        subtotal += line_amount(item)
        taxes += line_tax(item, rates)
    return subtotal, taxes


def compute(items: Iterable[dict[str, Any]], rates: TaxRates) -> Totals:
    subtotal, taxes = _sums(items, rates)
    return Totals(cents(subtotal), cents(taxes), cents(subtotal + taxes))


def check_holdable(items: Iterable[dict[str, Any]], rates: TaxRates) -> None:
    """Raise AmountTooLarge when the totals of these lines could not be worked out in cents."""
    subtotal, taxes = _sums(items, rates)
    if any(abs(total) >= AMOUNT_LIMIT for total in (subtotal, taxes, subtotal + taxes)):
        raise AmountTooLarge(f"a total of {AMOUNT_LIMIT:.0E} or more")
