from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_errors_type_0 import ErrorResponseErrorsType0


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The body of an error, as JSON. The docs do not show one; a Rails-style shape is assumed, with a message under
    `error` and, for rejected records, messages per field under `errors` or, as Rails renders a record's errors, at the
    top level (`{"name": ["can't be blank"]}`).

    """

    error: str | Unset = UNSET
    """ A sentence saying what went wrong. """
    errors: ErrorResponseErrorsType0 | list[str] | Unset = UNSET
    """ Messages per field (`{"name": ["can't be blank"]}`), or a plain list of messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        error = self.error

        errors: dict[str, Any] | list[str] | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, ErrorResponseErrorsType0):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        error = d.pop("error", UNSET)

        def _parse_errors(data: object) -> ErrorResponseErrorsType0 | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                errors_type_0 = ErrorResponseErrorsType0.from_dict(data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            errors_type_1 = cast(list[str], data)

            return errors_type_1

        errors = _parse_errors(d.pop("errors", UNSET))

        error_response = cls(
            error,
            errors,
        )

        error_response.additional_properties = d
        return error_response

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
from ..models.error_response_errors_type_0 import ErrorResponseErrorsType0  # noqa: E402
