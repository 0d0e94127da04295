from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stripe_payment_profile_fields import StripePaymentProfileFields


T = TypeVar("T", bound="PaymentProfileCreateRequest")


@_attrs_define
class PaymentProfileCreateRequest:
    stripe_payment_profile: StripePaymentProfileFields
    """ A card already stored at Stripe, registered by its Stripe ids. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        stripe_payment_profile = self.stripe_payment_profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stripe_payment_profile": stripe_payment_profile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        stripe_payment_profile = StripePaymentProfileFields.from_dict(
            d.pop("stripe_payment_profile")
        )

        payment_profile_create_request = cls(
            stripe_payment_profile,
        )

        payment_profile_create_request.additional_properties = d
        return payment_profile_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once here, after the class: see the header of spec/templates/model.py.jinja.
from ..models.stripe_payment_profile_fields import StripePaymentProfileFields  # noqa: E402
