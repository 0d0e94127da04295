"""`LineItemChanges`: the builder's output and every refusal."""

import math
from typing import Any

import clientary
import pytest
from clientary_client.models import LineItemAttributes


class TestOutput:
    def test_design_example(self) -> None:
        """The DESIGN.md example, exactly."""
        changes = (
            clientary.LineItemChanges()
            .add(title="Design", quantity=3, price=100)
            .edit(184, quantity=2)
            .remove(185)
        )
        assert changes.to_attributes() == [
            {"title": "Design", "quantity": 3, "price": 100},
            {"id": 184, "quantity": 2},
            {"id": 185, "_destroy": True},
        ]

    def test_optional_fields_only_when_given(self) -> None:
        """taxable and item_type appear only when set; edits keep field order."""
        changes = (
            clientary.LineItemChanges()
            .add(title="Header", quantity=0, price=0, item_type=0, taxable=False)
            .edit(9, price=2.5, title="Renamed", taxable=True)
        )
        assert changes.to_attributes() == [
            {"title": "Header", "quantity": 0, "price": 0, "taxable": False, "item_type": 0},
            {"id": 9, "title": "Renamed", "price": 2.5, "taxable": True},
        ]

    def test_to_models_gives_generated_attributes(self) -> None:
        """The same changes as LineItemAttributes, serialising to the same dicts."""
        changes = clientary.LineItemChanges().add(title="A", quantity=1, price=2).remove(5)
        models = changes.to_models()
        assert all(isinstance(model, LineItemAttributes) for model in models)
        assert [model.to_dict() for model in models] == changes.to_attributes()
        assert models[1].attr_destroy is True

    def test_to_attributes_returns_copies(self) -> None:
        """Mutating the output does not change the builder."""
        changes = clientary.LineItemChanges().edit(1, quantity=2)
        changes.to_attributes()[0]["quantity"] = 99
        assert changes.to_attributes() == [{"id": 1, "quantity": 2}]

    def test_ids_and_len(self) -> None:
        """The ids touched, and how many entries."""
        changes = clientary.LineItemChanges().add(title="A", quantity=1, price=1).edit(3, price=1)
        assert changes.ids == frozenset({3})
        assert len(changes) == 2


class TestRefusals:
    @pytest.mark.parametrize(("bad", "error"), [(0, ValueError), (-4, ValueError),
                                                (2**53, ValueError),
                                                ("184", TypeError), (1.0, TypeError),
                                                (True, TypeError), (None, TypeError)])  # fmt: skip
    def test_bad_ids(self, bad: Any, error: type[Exception]) -> None:
        """edit and remove need a positive int id, at most 2**53 - 1 (what the spec lets a
        request carry)."""
        with pytest.raises(error, match="edit: id"):
            clientary.LineItemChanges().edit(bad, quantity=1)
        with pytest.raises(error, match="remove: id"):
            clientary.LineItemChanges().remove(bad)

    @pytest.mark.parametrize(
        "second",
        [
            lambda c: c.remove(184),
            lambda c: c.edit(184, price=1),
        ],
    )
    def test_same_id_twice(self, second: Any) -> None:
        """An id may be edited or removed once per change set."""
        changes = clientary.LineItemChanges().edit(184, quantity=2)
        with pytest.raises(ValueError, match="id 184 is already"):
            second(changes)

    def test_remove_then_edit(self) -> None:
        """The other order is refused too."""
        with pytest.raises(ValueError, match="id 7"):
            clientary.LineItemChanges().remove(7).edit(7, quantity=1)

    @pytest.mark.parametrize("missing", ["title", "quantity", "price"])
    def test_add_requires_title_quantity_price(self, missing: str) -> None:
        """Each of the three is required, and named when missing."""
        fields: dict[str, Any] = {"title": "A", "quantity": 1, "price": 1}
        del fields[missing]
        with pytest.raises(TypeError, match=missing):
            clientary.LineItemChanges().add(**fields)

    def test_edit_needs_a_field(self) -> None:
        """An edit without fields would do nothing."""
        with pytest.raises(ValueError, match="at least one"):
            clientary.LineItemChanges().edit(3)

    def test_unknown_field(self) -> None:
        """Misspelt fields are named."""
        with pytest.raises(TypeError, match=r"unknown line item field.*qty"):
            clientary.LineItemChanges().edit(3, qty=2)

    @pytest.mark.parametrize("field", ["quantity", "price"])
    @pytest.mark.parametrize(
        ("value", "error"),
        [
            (math.inf, ValueError),
            (-math.inf, ValueError),
            (math.nan, ValueError),
            (1e13, ValueError),
            ("3", TypeError),
            (True, TypeError),
            (None, TypeError),
        ],
    )
    def test_bad_numbers(self, field: str, value: Any, error: type[Exception]) -> None:
        """Numbers must be finite, bounded, real numbers (not bools or strings)."""
        fields: dict[str, Any] = {"title": "A", "quantity": 1, "price": 1, field: value}
        with pytest.raises(error, match=field):
            clientary.LineItemChanges().add(**fields)
        with pytest.raises(error, match=field):
            clientary.LineItemChanges().edit(1, **{field: value})

    @pytest.mark.parametrize(
        ("fields", "name"),
        [
            ({"title": 5}, "title"),
            ({"taxable": 1}, "taxable"),
            ({"item_type": 7}, "item_type"),
            ({"item_type": "3"}, "item_type"),
        ],
    )
    def test_bad_other_fields(self, fields: dict[str, Any], name: str) -> None:
        """title must be str, taxable bool, item_type 0..3."""
        with pytest.raises((TypeError, ValueError), match=name):
            clientary.LineItemChanges().edit(1, **fields)

    def test_a_refused_step_leaves_the_builder_unchanged(self) -> None:
        """Nothing half-added after an error."""
        changes = clientary.LineItemChanges().edit(1, quantity=2)
        with pytest.raises(ValueError, match="price"):
            changes.add(title="A", quantity=1, price=math.nan)
        assert changes.to_attributes() == [{"id": 1, "quantity": 2}]


class TestOtherRecords:
    def test_same_builder_fills_estimates_and_recurring_schedules(self) -> None:
        """to_models() fits estimate_items_attributes and recurring_schedule_items_attributes."""
        from clientary_client.models import (
            NewEstimateFields,
            RecurringScheduleFields,
            TimeInterval,
        )

        changes = clientary.LineItemChanges().add(title="Retainer", quantity=1, price=500)
        estimate = NewEstimateFields(
            date="2026-01-02", currency_code="USD", estimate_items_attributes=changes.to_models()
        )
        schedule = RecurringScheduleFields(
            client_id=1,
            next_date="2026-02-01",
            time_interval=TimeInterval.MONTHLY,
            currency_code="USD",
            due_period=30,
            recurring_schedule_items_attributes=changes.to_models(),
        )
        assert estimate.to_dict()["estimate_items_attributes"] == changes.to_attributes()
        assert schedule.to_dict()["recurring_schedule_items_attributes"] == changes.to_attributes()
