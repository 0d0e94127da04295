"""`_operations`: what the overlay reads from a generated operation, for every caller alike."""

import pytest
from clientary._operations import api_arguments, keyword_arguments
from clientary_client.api.invoices import update_invoice
from clientary_client.api.projects import list_projects
from clientary_client.models import InvoiceUpdateRequest, ListProjectsFilter


def test_api_names_map_to_the_generated_keywords() -> None:
    """`filter` is `filter_` in Python (it would shadow a builtin); its type loses Unset."""
    arguments = api_arguments(list_projects)
    assert arguments["filter"] == ("filter_", ListProjectsFilter)
    assert arguments["page"] == ("page", int)
    assert api_arguments(update_invoice)["body"] == ("body", InvoiceUpdateRequest)


def test_keyword_arguments_rename_and_make_enum_members() -> None:
    """Values held by API name become keyword arguments, a plain enum value its member."""
    assert keyword_arguments(list_projects, {"filter": "all", "page": 2}) == {
        "filter_": ListProjectsFilter.ALL,
        "page": 2,
    }


def test_an_unknown_enum_value_is_refused() -> None:
    with pytest.raises(ValueError, match="'nope'"):
        keyword_arguments(list_projects, {"filter": "nope"})
