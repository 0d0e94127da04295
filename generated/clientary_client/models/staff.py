from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Staff")


@_attrs_define
class Staff:
    """A user of the account. Staff cannot be created, changed or removed through the API."""

    id: int
    """ Numeric record id. Ids in the docs reach 2,053,932,801, beyond a 32-bit int. """
    name: str
    title: None | str
    email: None | str
    phone: None | str
    mobile: None | str
    ext: None | str
    avatar: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        title: None | str
        title = self.title

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        mobile: None | str
        mobile = self.mobile

        ext: None | str
        ext = self.ext

        avatar: None | str
        avatar = self.avatar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "title": title,
                "email": email,
                "phone": phone,
                "mobile": mobile,
                "ext": ext,
                "avatar": avatar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        title = d.pop("title")

        email = d.pop("email")

        phone = d.pop("phone")

        mobile = d.pop("mobile")

        ext = d.pop("ext")

        avatar = d.pop("avatar")

        staff = cls(
            id,
            name,
            title,
            email,
            phone,
            mobile,
            ext,
            avatar,
        )

        staff.additional_properties = d
        return staff

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
