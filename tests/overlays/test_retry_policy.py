"""The retry policy as pure functions: no I/O, no clock, no randomness of their own."""

import datetime

import httpx
import pytest
from clientary._retry_policy import (
    BACKOFF_CAP,
    RETRY_AFTER_CAP,
    backoff_delay,
    parse_retry_after,
    retry_delay,
    should_retry_exception,
    should_retry_status,
)

NOW = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
REQUEST = httpx.Request("GET", "https://acme.clientary.com/api/v2/clients")


class TestShouldRetryStatus:
    @pytest.mark.parametrize("status", [429, 502, 503, 504])
    @pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS", "get"])
    def test_transient_statuses_are_retried_for_idempotent_methods(
        self, method: str, status: int
    ) -> None:
        """429 and 502/503/504 are retried when repeating the request is harmless."""
        assert should_retry_status(method, status)

    @pytest.mark.parametrize("status", [429, 502, 503, 504, 500])
    def test_post_is_never_retried_on_a_status(self, status: int) -> None:
        """A POST that got an answer reached the server: repeating it could create twice."""
        assert not should_retry_status("POST", status)

    @pytest.mark.parametrize("status", [200, 201, 204, 400, 401, 404, 422, 426, 500, 501, 520])
    def test_other_statuses_are_final(self, status: int) -> None:
        """500 and non-transient codes are answers, not blips."""
        assert not should_retry_status("GET", status)


class TestShouldRetryException:
    @pytest.mark.parametrize(
        "exc",
        [
            httpx.ConnectError("refused", request=REQUEST),
            httpx.ConnectTimeout("slow", request=REQUEST),
            httpx.PoolTimeout("pool", request=REQUEST),
        ],
    )
    @pytest.mark.parametrize("method", ["POST", "GET"])
    def test_never_sent_failures_are_retried_for_every_method(
        self, method: str, exc: Exception
    ) -> None:
        """No connection was made, so even a POST is safe to send again."""
        assert should_retry_exception(method, exc)

    @pytest.mark.parametrize(
        "exc",
        [
            httpx.ReadTimeout("slow", request=REQUEST),
            httpx.ReadError("reset", request=REQUEST),
            httpx.RemoteProtocolError("dropped", request=REQUEST),
            httpx.WriteError("broken pipe", request=REQUEST),
        ],
    )
    def test_post_is_not_retried_after_it_may_have_arrived(self, exc: Exception) -> None:
        """Once bytes left, the server may have acted on the POST."""
        assert not should_retry_exception("POST", exc)

    @pytest.mark.parametrize(
        "exc",
        [
            httpx.ReadTimeout("slow", request=REQUEST),
            httpx.ReadError("reset", request=REQUEST),
            httpx.RemoteProtocolError("dropped", request=REQUEST),
        ],
    )
    def test_idempotent_methods_are_retried_after_any_network_failure(self, exc: Exception) -> None:
        """A GET or PUT repeated gives the same result, whatever happened to the first one."""
        assert should_retry_exception("GET", exc)
        assert should_retry_exception("PUT", exc)

    @pytest.mark.parametrize(
        "exc",
        [
            httpx.UnsupportedProtocol("ftp", request=REQUEST),
            httpx.LocalProtocolError("bad header", request=REQUEST),
            ValueError("not a transport failure"),
        ],
    )
    def test_local_mistakes_are_not_retried(self, exc: Exception) -> None:
        """A broken request stays broken on the next try."""
        assert not should_retry_exception("GET", exc)


class TestBackoff:
    def test_doubles_from_half_a_second_at_the_midpoint(self) -> None:
        """Without jitter (unit_random 0.5) the waits are 0.5, 1, 2, 4, 8 seconds."""
        assert [backoff_delay(n, 0.5) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 8.0]

    def test_is_capped(self) -> None:
        """The wait never grows past the cap, however many retries."""
        assert backoff_delay(30, 0.5) == BACKOFF_CAP

    def test_jitter_spreads_a_quarter_either_way(self) -> None:
        """unit_random 0 gives 75 %, just under 1 gives nearly 125 % of the base."""
        assert backoff_delay(2, 0.0) == pytest.approx(0.75)
        assert backoff_delay(2, 0.999999) == pytest.approx(1.25, rel=1e-5)

    def test_rejects_retry_number_zero(self) -> None:
        """Retry numbers start at 1."""
        with pytest.raises(ValueError, match="retry_number"):
            backoff_delay(0, 0.5)


class TestRetryAfter:
    @pytest.mark.parametrize(("header", "seconds"), [("3", 3.0), (" 1.5 ", 1.5), ("0", 0.0)])
    def test_seconds(self, header: str, seconds: float) -> None:
        """Delay-seconds form."""
        assert parse_retry_after(header, now=NOW) == seconds

    def test_http_date(self) -> None:
        """HTTP-date form counts from now."""
        assert parse_retry_after("Fri, 02 Jan 2026 03:04:15 GMT", now=NOW) == 10.0

    def test_past_date_means_now(self) -> None:
        """A date already past asks for no wait, never a negative one."""
        assert parse_retry_after("Thu, 01 Jan 2026 00:00:00 GMT", now=NOW) == 0.0

    @pytest.mark.parametrize("header", [None, "", "soon", "nan", "inf"])
    def test_unusable_values_are_ignored(self, header: str | None) -> None:
        """Garbage falls back to the backoff instead of failing."""
        assert parse_retry_after(header, now=NOW) is None

    def test_retry_after_wins_over_backoff_and_is_capped(self) -> None:
        """The server's wish is followed, up to the cap; without one the backoff applies."""
        assert retry_delay(1, "7", 0.5, now=NOW) == 7.0
        assert retry_delay(1, "3600", 0.5, now=NOW) == RETRY_AFTER_CAP
        assert retry_delay(3, None, 0.5, now=NOW) == 2.0
        assert retry_delay(3, "junk", 0.5, now=NOW) == 2.0
