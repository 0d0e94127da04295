"""`connect()`: validation, headers, auth, timeouts, and that the token never shows."""

import base64
import logging
import traceback
from collections.abc import Callable

import clientary
import httpx
import pytest
from clientary._auth import TokenAuth
from clientary._version import USER_AGENT
from clientary_client import Client
from clientary_client.api.clients import get_client

from .records import client_json

ClientFactory = Callable[..., Client]

CLIENT_JSON = client_json()
SECRET = "tokSECRET9f2c"


class TestValidation:
    def test_needs_exactly_one_of_subdomain_and_base_url(self, token: str) -> None:
        """Neither or both is a TypeError naming the two."""
        with pytest.raises(TypeError, match="subdomain= or base_url="):
            clientary.connect(token=token)
        with pytest.raises(TypeError, match="subdomain= or base_url="):
            clientary.connect(token=token, subdomain="acme", base_url="https://x.example")

    def test_subdomain_makes_the_account_url(self, token: str) -> None:
        """acme -> https://acme.clientary.com."""
        client = clientary.connect(token=token, subdomain="Acme-2")
        assert client.get_httpx_client().base_url == "https://acme-2.clientary.com"

    @pytest.mark.parametrize("bad", ["", "-acme", "acme-", "ac me", "acme.evil.com", "a" * 64, "ü"])
    def test_rejects_bad_subdomains(self, token: str, bad: str) -> None:
        """Only one DNS label is accepted."""
        with pytest.raises(ValueError, match="subdomain"):
            clientary.connect(token=token, subdomain=bad)

    @pytest.mark.parametrize(
        "url",
        [
            "http://127.0.0.1:4010",
            "http://127.8.9.10",
            "http://localhost:8000/",
            "http://[::1]:4010",
            "https://mock.example.com",
        ],
    )
    def test_accepts_https_or_loopback_http(self, token: str, url: str) -> None:
        """Plain http only to this machine."""
        client = clientary.connect(token=token, base_url=url)
        assert str(client.get_httpx_client().base_url).rstrip("/") == url.rstrip("/")

    @pytest.mark.parametrize(
        ("url", "field"),
        [
            ("http://acme.clientary.com", "https"),
            ("http://10.0.0.1:4010", "https"),
            ("ftp://127.0.0.1", "http"),
            ("https://acme.clientary.com?x=1", "query"),
            ("not a url", "base_url"),
        ],
    )
    def test_rejects_bad_base_urls(self, token: str, url: str, field: str) -> None:
        """Remote plain http, other schemes and queries are refused."""
        with pytest.raises(ValueError, match=field):
            clientary.connect(token=token, base_url=url)

    def test_rejects_credentials_in_base_url_without_echoing_them(self, token: str) -> None:
        """A URL with user:password is refused and the message does not repeat it."""
        with pytest.raises(ValueError, match="credentials") as caught:
            clientary.connect(token=token, base_url=f"https://{token}:{token}@acme.clientary.com")
        assert token not in str(caught.value)

    @pytest.mark.parametrize(
        "url",
        [
            f"https://acme.clientary.com/?token={SECRET}",
            f"https://acme.clientary.com/#{SECRET}",
            f"http://acme.clientary.com/{SECRET}",
            f"http://10.0.0.1/api?key={SECRET}",
            f"ftp://127.0.0.1/{SECRET}",
            f"{SECRET}@acme.clientary.com",
            f"https://acme.clientary.com:99999/{SECRET}",
            f"https://[{SECRET}]/",
            f"http://{SECRET}.clientary.com/",
        ],
    )
    def test_refused_base_urls_never_repeat_what_could_be_a_secret(
        self, token: str, url: str
    ) -> None:
        """Query, path, fragment and host may hold a pasted token: no message or traceback
        shows them (what was wrong is said in words)."""
        with pytest.raises(ValueError, match="base_url") as caught:
            clientary.connect(token=token, base_url=url)
        shown = "".join(traceback.format_exception(caught.value))
        assert SECRET not in shown
        assert SECRET not in repr(caught.value)

    @pytest.mark.parametrize("bad", [f"{SECRET}!", f"acme.{SECRET}", f"{SECRET}/x", SECRET * 6])
    def test_refused_subdomains_are_not_repeated(self, token: str, bad: str) -> None:
        """A token pasted as the subdomain stays out of the message."""
        with pytest.raises(ValueError, match="subdomain") as caught:
            clientary.connect(token=token, subdomain=bad)
        assert SECRET not in "".join(traceback.format_exception(caught.value))

    @pytest.mark.parametrize("bad", ["", "with space", "a:b", "tab\t"])
    def test_rejects_bad_tokens_without_echoing_them(self, bad: str) -> None:
        """The token is checked, and the message never shows it."""
        with pytest.raises(ValueError, match="token") as caught:
            clientary.connect(token=bad, subdomain="acme")
        if bad:
            assert bad not in str(caught.value)

    def test_rejects_non_string_token(self) -> None:
        """A token must be a str."""
        with pytest.raises(TypeError, match="token"):
            clientary.connect(token=123, subdomain="acme")  # type: ignore[arg-type]

    @pytest.mark.parametrize(("name", "value"), [("max_retries", -1), ("timeout", 0)])
    def test_rejects_bad_numbers(self, token: str, name: str, value: int) -> None:
        """max_retries and timeout are checked up front."""
        with pytest.raises(ValueError, match=name):
            clientary.connect(token=token, subdomain="acme", **{name: value})  # type: ignore[arg-type]

    def test_refuses_an_async_only_transport_for_sync_calls(self, token: str) -> None:
        """ASGITransport in transport= is refused up front, pointing to the two ways that work."""

        async def app(scope: object, receive: object, send: object) -> None:
            raise AssertionError("never called")

        with pytest.raises(TypeError) as refused:
            clientary.connect(
                token=token,
                base_url="http://127.0.0.1:4010",
                transport=httpx.ASGITransport(app=app),  # type: ignore[arg-type]
            )
        message = str(refused.value)
        assert message.startswith("transport= takes a sync httpx transport")
        assert "ASGITransport is async only" in message
        assert "async_transport=" in message
        assert "clientary_mock.testing.serve_in_thread" in message

    def test_refuses_a_sync_only_transport_for_async_calls(self, token: str) -> None:
        with pytest.raises(TypeError, match=r"async_transport= .* HTTPTransport is sync only"):
            clientary.connect(
                token=token,
                subdomain="acme",
                async_transport=httpx.HTTPTransport(),  # type: ignore[arg-type]
            )

    def test_a_transport_of_both_kinds_serves_both(self, token: str) -> None:
        """MockTransport has both methods, so it may go in either argument."""
        transport = httpx.MockTransport(lambda request: httpx.Response(204))
        with clientary.connect(
            token=token, subdomain="acme", transport=transport, async_transport=transport
        ) as client:
            assert client.get_httpx_client().get("/api/v2/staff").status_code == 204


class TestRequests:
    def test_sends_basic_auth_accept_and_user_agent(
        self, make_client: ClientFactory, token: str
    ) -> None:
        """Token as user and password; JSON accepted; the package's User-Agent."""
        seen: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, json=CLIENT_JSON)

        record = clientary.call(get_client, client=make_client(handler), id=7)
        assert record.name == "Acme"
        headers = seen[0].headers
        expected = base64.b64encode(f"{token}:{token}".encode()).decode()
        assert headers["Authorization"] == f"Basic {expected}"
        assert headers["Accept"] == "application/json"
        assert headers["User-Agent"] == USER_AGENT
        assert USER_AGENT.startswith("clientary-python/")

    @pytest.mark.anyio
    async def test_async_client_is_configured_the_same(
        self, make_client: ClientFactory, token: str
    ) -> None:
        """The async httpx client gets the same auth and headers."""
        seen: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, json=CLIENT_JSON)

        client = make_client(handler)
        await clientary.acall(get_client, client=client, id=7)
        await client.get_async_httpx_client().aclose()
        assert seen[0].headers["Authorization"].startswith("Basic ")
        assert seen[0].headers["User-Agent"] == USER_AGENT

    def test_default_timeouts(self, token: str) -> None:
        """30 s overall, 10 s to connect; a number sets all four."""
        client = clientary.connect(token=token, subdomain="acme")
        assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)
        assert client.get_async_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)
        quick = clientary.connect(token=token, subdomain="acme", timeout=2)
        assert quick.get_httpx_client().timeout == httpx.Timeout(2.0)

    def test_returns_the_generated_client(self, token: str) -> None:
        """connect() gives a clientary_client.Client."""
        assert isinstance(clientary.connect(token=token, subdomain="acme"), Client)


class TestSecrecy:
    def test_token_absent_from_every_repr(self, token: str) -> None:
        """repr/str of the client, its httpx clients and the auth object hide the token."""
        client = clientary.connect(token=token, subdomain="acme")
        http = client.get_httpx_client()
        texts = [
            repr(client),
            str(client),
            repr(http),
            repr(client.get_async_httpx_client()),
            repr(http.auth),
            repr(http.headers),
            repr(TokenAuth(token)),
        ]
        encoded = base64.b64encode(f"{token}:{token}".encode()).decode()
        for text in texts:
            assert token not in text
            assert encoded not in text
        assert repr(TokenAuth(token)) == "TokenAuth(token='***')"

    def test_token_absent_from_errors_and_logs(
        self, make_client: ClientFactory, token: str, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Failing calls, their messages and the DEBUG log never carry the token."""
        caplog.set_level(logging.DEBUG)

        def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/1"):
                raise httpx.ConnectError("refused")
            return httpx.Response(401, json={"error": "bad credentials"})

        client = make_client(handler)
        for record_id in (1, 2):
            with pytest.raises(clientary.ClientaryError) as caught:
                clientary.call(get_client, client=client, id=record_id)
            assert token not in str(caught.value)
            assert token not in repr(caught.value)
            assert token not in repr(caught.value.__cause__)
        assert caplog.records
        encoded = base64.b64encode(f"{token}:{token}".encode()).decode()
        for line in caplog.text.splitlines():
            assert token not in line
            assert encoded not in line
