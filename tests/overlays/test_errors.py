"""The error tree, the status mapping and what error messages contain."""

import clientary
import httpx
import pytest
from clientary._errors import error_class_for, field_errors, status_error, transport_error

REQUEST = httpx.Request("PUT", "https://acme.clientary.com/api/v2/invoices/110?x=1")


def answer(status: int, **kwargs: object) -> httpx.Response:
    return httpx.Response(status, request=REQUEST, **kwargs)  # type: ignore[arg-type]


class TestHierarchy:
    def test_tree(self) -> None:
        """The documented parent of every class."""
        assert issubclass(clientary.APITimeoutError, clientary.APIConnectionError)
        assert issubclass(clientary.APIConnectionError, clientary.ClientaryError)
        assert issubclass(clientary.APIResponseValidationError, clientary.ClientaryError)
        for cls in (
            clientary.AuthenticationError,
            clientary.PermissionDeniedError,
            clientary.NotFoundError,
            clientary.ValidationError,
            clientary.PlanLimitError,
            clientary.RateLimitError,
            clientary.ServerError,
        ):
            assert issubclass(cls, clientary.APIStatusError)
            assert cls.__doc__
        assert issubclass(clientary.APIStatusError, clientary.ClientaryError)

    @pytest.mark.parametrize(
        ("status", "cls"),
        [
            (401, clientary.AuthenticationError),
            (403, clientary.PermissionDeniedError),
            (404, clientary.NotFoundError),
            (422, clientary.ValidationError),
            (426, clientary.PlanLimitError),
            (429, clientary.RateLimitError),
            (500, clientary.ServerError),
            (503, clientary.ServerError),
            (520, clientary.ServerError),
            (400, clientary.APIStatusError),
            (302, clientary.APIStatusError),
        ],
    )
    def test_status_to_class(self, status: int, cls: type[clientary.APIStatusError]) -> None:
        """One function maps every status to its class; unknown 4xx get the base class."""
        assert error_class_for(status) is cls
        assert type(status_error(answer(status))) is cls


class TestStatusError:
    def test_carries_status_method_path_and_body(self) -> None:
        """Attributes for programs, a message for people; no host, no query string."""
        error = status_error(answer(404, json={"error": "Invoice not found"}))
        assert error.status_code == 404
        assert error.method == "PUT"
        assert error.path == "/api/v2/invoices/110"
        assert error.body == {"error": "Invoice not found"}
        assert str(error) == "404 PUT /api/v2/invoices/110: Invoice not found"

    def test_validation_error_lists_field_errors(self) -> None:
        """422 bodies' `errors` become field -> messages, also named in the message."""
        error = status_error(
            answer(422, json={"errors": {"number": ["has already been taken"], "date": "blank"}})
        )
        assert isinstance(error, clientary.ValidationError)
        assert error.errors == {"number": ["has already been taken"], "date": ["blank"]}
        assert "number: has already been taken" in str(error)

    def test_list_of_errors_goes_under_base(self) -> None:
        """Rails' full-message lists are kept too."""
        assert field_errors({"errors": ["Name can't be blank"]}) == {
            "base": ["Name can't be blank"]
        }
        assert field_errors("plain text") == {}

    def test_rate_limit_error_keeps_retry_after(self) -> None:
        """429 exposes the wait the server asked for."""
        error = status_error(answer(429, headers={"Retry-After": "12"}, text="slow down"))
        assert isinstance(error, clientary.RateLimitError)
        assert error.retry_after == 12.0
        assert str(error) == "429 PUT /api/v2/invoices/110: slow down"

    def test_non_json_body_is_kept_as_text_and_shortened(self) -> None:
        """An HTML error page is kept whole in .body but cut in the message."""
        page = "<html>" + "x" * 1000 + "</html>"
        error = status_error(answer(502, text=page))
        assert error.body == page
        assert len(str(error)) < 400
        assert str(error).endswith("...")


class TestTransportError:
    def test_timeouts_become_api_timeout_error(self) -> None:
        """Any httpx timeout is an APITimeoutError (so also an APIConnectionError)."""
        error = transport_error(httpx.ReadTimeout("timed out"), REQUEST)
        assert isinstance(error, clientary.APITimeoutError)
        assert str(error) == "PUT /api/v2/invoices/110 failed: ReadTimeout: timed out"

    def test_other_failures_become_api_connection_error(self) -> None:
        """Refused, reset, dropped: APIConnectionError naming method and path."""
        error = transport_error(httpx.ConnectError("refused"), REQUEST)
        assert type(error) is clientary.APIConnectionError
        assert error.method == "PUT"
        assert error.path == "/api/v2/invoices/110"
