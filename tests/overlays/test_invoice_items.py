"""`update_invoice_items` / `set_invoice_items` (and async twins) against a fake invoice."""

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import clientary
import httpx
import pytest
from clientary._record_items import plan_item_changes
from clientary_client import Client

ClientFactory = Callable[..., Client]


def invoice_json(invoice_id: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": invoice_id, "number": "1", "title": None, "date": "2011/07/26",
        "due_date": None, "client_id": 1, "note": None, "summary": None, "po": None,
        "status": 0, "currency_code": "USD", "subtotal": 0, "tax": 0, "tax_label": None,
        "tax2": 0, "tax2_label": None, "compound_tax": False, "total_cost": 0,
        "total_payments": 0, "balance": 0, "invoice_items": items, "recurring_schedules": [],
    }  # fmt: skip


class InvoiceServer:
    """One invoice with Rails nested-attribute semantics for its items."""

    def __init__(self, items: list[dict[str, Any]], *, empty_put_answer: bool = False) -> None:
        self.items = {item["id"]: dict(item) for item in items}
        self.next_id = 1000
        self.puts: list[list[dict[str, Any]]] = []
        self.requests: list[str] = []
        self.empty_put_answer = empty_put_answer

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url.path}")
        if request.url.path != "/api/v2/invoices/110":
            return httpx.Response(404, json={"error": "no such invoice"})
        if request.method == "PUT":
            attributes = json.loads(request.read())["invoice"]["invoice_items_attributes"]
            self.puts.append(attributes)
            for entry in attributes:
                if "id" not in entry:
                    self.items[self.next_id] = {"id": self.next_id, "taxable": False, **entry}
                    self.next_id += 1
                elif entry.get("_destroy"):
                    del self.items[entry["id"]]
                else:
                    self.items[entry["id"]].update(entry)
            if self.empty_put_answer:
                return httpx.Response(204)
        return httpx.Response(200, json=invoice_json(110, list(self.items.values())))


def item(item_id: int, title: str, quantity: float, price: float) -> dict[str, Any]:
    return {"id": item_id, "title": title, "quantity": quantity, "price": price, "taxable": False}


@pytest.fixture
def server() -> InvoiceServer:
    return InvoiceServer([item(184, "Design", 1, 100), item(185, "Hosting", 12, 5)])


class TestUpdate:
    def test_one_put_with_the_changes(
        self, make_client: ClientFactory, server: InvoiceServer
    ) -> None:
        """GET to check ids, then one PUT carrying exactly to_attributes(); returns the invoice."""
        changes = (
            clientary.LineItemChanges()
            .add(title="Copy", quantity=3, price=40)
            .edit(184, quantity=2)
            .remove(185)
        )
        invoice = clientary.update_invoice_items(make_client(server.handler), 110, changes)
        assert server.requests == ["GET /api/v2/invoices/110", "PUT /api/v2/invoices/110"]
        assert server.puts == [changes.to_attributes()]
        assert sorted((i.title, i.quantity) for i in invoice.invoice_items) == [
            ("Copy", Decimal(3)),
            ("Design", Decimal(2)),
        ]

    def test_ids_not_on_the_invoice_are_refused_before_the_put(
        self, make_client: ClientFactory, server: InvoiceServer
    ) -> None:
        """Editing or removing a foreign line names the ids and writes nothing."""
        changes = clientary.LineItemChanges().edit(999, quantity=1).remove(998).remove(185)
        with pytest.raises(ValueError, match="998, 999 are not on invoice 110"):
            clientary.update_invoice_items(make_client(server.handler), 110, changes)
        assert server.puts == []

    def test_bodiless_answer_reads_the_invoice(self, make_client: ClientFactory) -> None:
        """A 204 to the PUT is followed by a GET for the stored invoice."""
        server = InvoiceServer([item(1, "A", 1, 1)], empty_put_answer=True)
        changes = clientary.LineItemChanges().edit(1, price=9)
        invoice = clientary.update_invoice_items(make_client(server.handler), 110, changes)
        assert server.requests[-1] == "GET /api/v2/invoices/110"
        assert invoice.invoice_items[0].price == 9

    def test_missing_invoice_is_not_found(
        self, make_client: ClientFactory, server: InvoiceServer
    ) -> None:
        """The first GET's 404 surfaces as NotFoundError."""
        with pytest.raises(clientary.NotFoundError):
            clientary.update_invoice_items(
                make_client(server.handler), 111, clientary.LineItemChanges().remove(1)
            )

    @pytest.mark.parametrize(
        ("invoice_id", "changes", "error"),
        [
            (0, clientary.LineItemChanges().remove(1), ValueError),
            ("110", clientary.LineItemChanges().remove(1), TypeError),
            (110, [{"id": 1}], TypeError),
            (110, clientary.LineItemChanges(), ValueError),
        ],
    )
    def test_bad_arguments_fail_before_any_request(
        self,
        make_client: ClientFactory,
        server: InvoiceServer,
        invoice_id: Any,
        changes: Any,
        error: type[Exception],
    ) -> None:
        """Wrong id, wrong type or empty changes: nothing is sent."""
        with pytest.raises(error):
            clientary.update_invoice_items(make_client(server.handler), invoice_id, changes)
        assert server.requests == []


class TestSync:
    def test_minimal_change(self, make_client: ClientFactory, server: InvoiceServer) -> None:
        """Unchanged lines untouched, changed fields only, new lines added, leftovers removed."""
        server.items[186] = item(186, "Support", 2, 50)
        desired: list[dict[str, object]] = [
            {"id": 184, "title": "Design", "quantity": 2, "price": 100},
            {"title": "Support", "quantity": 2, "price": 50},
            {"title": "Copy", "quantity": 1, "price": 30, "taxable": True},
        ]
        invoice = clientary.set_invoice_items(make_client(server.handler), 110, desired)
        assert server.puts == [
            [
                {"id": 184, "quantity": 2},
                {"title": "Copy", "quantity": 1, "price": 30, "taxable": True},
                {"id": 185, "_destroy": True},
            ]
        ]
        assert sorted(i.title or "" for i in invoice.invoice_items) == ["Copy", "Design", "Support"]

    def test_nothing_to_do_sends_no_put(
        self, make_client: ClientFactory, server: InvoiceServer
    ) -> None:
        """Desired equal to current: one GET, no PUT (12 and 12.0 are equal)."""
        desired: list[dict[str, object]] = [
            {"title": "Hosting", "quantity": 12.0, "price": 5},
            {"id": 184, "title": "Design", "quantity": 1, "price": 100},
        ]
        clientary.set_invoice_items(make_client(server.handler), 110, desired)
        assert server.requests == ["GET /api/v2/invoices/110"]

    def test_identical_lines_match_once_each(self) -> None:
        """Two wanted copies of one current line: one kept, one added."""
        current = clientary_invoice([item(1, "A", 1, 1)])
        desired: list[dict[str, object]] = [
            {"title": "A", "quantity": 1, "price": 1},
            {"title": "A", "quantity": 1, "price": 1},
        ]
        assert plan_item_changes("invoice", current, desired).to_attributes() == [
            {"title": "A", "quantity": 1, "price": 1}
        ]

    def test_a_flag_spelt_taxable_question_mark_is_read_as_the_tax_flag(self) -> None:
        """Some servers send `taxable?` on invoice lines: a line that already has the wanted
        flag is left alone, one that differs is edited."""
        lines = [item(1, "A", 1, 1), item(2, "B", 1, 1)]
        for line in lines:
            line["taxable?"] = line.pop("taxable")
        current = clientary_invoice(lines)
        desired: list[dict[str, object]] = [
            {"id": 1, "title": "A", "quantity": 1, "price": 1, "taxable": False},
            {"id": 2, "title": "B", "quantity": 1, "price": 1, "taxable": True},
        ]
        assert plan_item_changes("invoice", current, desired).to_attributes() == [
            {"id": 2, "taxable": True}
        ]

    def test_empty_desired_removes_everything(self) -> None:
        """No wanted lines: every current one goes."""
        current = clientary_invoice([item(1, "A", 1, 1), item(2, "B", 1, 1)])
        assert plan_item_changes("invoice", current, []).to_attributes() == [
            {"id": 1, "_destroy": True},
            {"id": 2, "_destroy": True},
        ]

    @pytest.mark.parametrize(
        ("desired", "error", "match"),
        [
            ([{"title": "A", "quantity": 1}], ValueError, r"desired\[0\] is missing price"),
            ([{"id": 999, "title": "A", "quantity": 1, "price": 1}], ValueError, "999"),
            ([{"title": "A", "quantity": 1, "price": 1, "qty": 2}], TypeError, "qty"),
            ([{"title": "A", "quantity": float("nan"), "price": 1}], ValueError, "quantity"),
            ([{"id": 184, "title": "A", "quantity": 1, "price": 1}] * 2, ValueError, "twice"),
            (["not a dict"], TypeError, "dict"),
            ("not a list", TypeError, "list"),
        ],
    )
    def test_bad_desired_is_refused_before_the_put(
        self,
        make_client: ClientFactory,
        server: InvoiceServer,
        desired: Any,
        error: type[Exception],
        match: str,
    ) -> None:
        """Each mistake names its place and field; nothing is written."""
        with pytest.raises(error, match=match):
            clientary.set_invoice_items(make_client(server.handler), 110, desired)
        assert server.puts == []


class TestAsync:
    @pytest.mark.anyio
    async def test_aupdate_invoice_items(
        self, make_client: ClientFactory, server: InvoiceServer
    ) -> None:
        """The async twin sends the same single PUT."""
        client = make_client(server.handler)
        changes = clientary.LineItemChanges().remove(185)
        invoice = await clientary.aupdate_invoice_items(client, 110, changes)
        await client.get_async_httpx_client().aclose()
        assert server.puts == [[{"id": 185, "_destroy": True}]]
        assert [i.id for i in invoice.invoice_items] == [184]

    @pytest.mark.anyio
    async def test_async_invoice_items(
        self, make_client: ClientFactory, server: InvoiceServer
    ) -> None:
        """The async sync: minimal PUT, and foreign ids refused."""
        client = make_client(server.handler)
        desired: list[dict[str, object]] = [
            {"id": 185, "title": "Hosting", "quantity": 6, "price": 5}
        ]
        await clientary.aset_invoice_items(client, 110, desired)
        assert server.puts == [[{"id": 185, "quantity": 6}, {"id": 184, "_destroy": True}]]
        with pytest.raises(ValueError, match="184"):
            await clientary.aupdate_invoice_items(
                client, 110, clientary.LineItemChanges().remove(184)
            )
        await client.get_async_httpx_client().aclose()


def clientary_invoice(items: list[dict[str, Any]]) -> Any:
    from clientary_client.models import Invoice

    return Invoice.from_dict(invoice_json(110, items))
