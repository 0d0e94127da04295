from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceMessageRequest")


@_attrs_define
class InvoiceMessageRequest:
    """An e-mail carrying an invoice, or an estimate (the same fields). The fields are sent at the top level, without a
    wrapper key. Flags accept `true`/`false` or `1`/`0`.

    """

    recipients: list[str]
    subject: str | Unset = UNSET
    message: str | Unset = UNSET
    send_copy: bool | int | Unset = UNSET
    """ Also send a copy to the user behind the token. """
    attach_pdf: bool | int | Unset = UNSET
    """ Attach the invoice as a PDF. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = self.recipients

        subject = self.subject

        message = self.message

        send_copy: bool | int | Unset
        if isinstance(self.send_copy, Unset):
            send_copy = UNSET
        else:
            send_copy = self.send_copy

        attach_pdf: bool | int | Unset
        if isinstance(self.attach_pdf, Unset):
            attach_pdf = UNSET
        else:
            attach_pdf = self.attach_pdf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message is not UNSET:
            field_dict["message"] = message
        if send_copy is not UNSET:
            field_dict["send_copy"] = send_copy
        if attach_pdf is not UNSET:
            field_dict["attach_pdf"] = attach_pdf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipients = cast(list[str], d.pop("recipients"))

        subject = d.pop("subject", UNSET)

        message = d.pop("message", UNSET)

        send_copy = d.pop("send_copy", UNSET)

        attach_pdf = d.pop("attach_pdf", UNSET)

        invoice_message_request = cls(
            recipients,
            subject,
            message,
            send_copy,
            attach_pdf,
        )

        invoice_message_request.additional_properties = d
        return invoice_message_request

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
