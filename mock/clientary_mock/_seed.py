"""Starting data: `demo` is a small but realistic agency account, `empty` holds staff only.

Everything derives from the seed name and the account's "today", so two apps built with the
same arguments hold the same records under the same ids. Sizes are chosen so every paged list
has more than one page somewhere: 25 clients (3 pages of 10), one client with 15 contacts and
32 invoices, 39 invoices in all, 24 projects, 12 leads.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ._common import next_number
from ._store import Record, Store
from ._totals import TaxRates, compute

SEEDS = ("demo", "empty")
_AVATAR = "default_avatars/avatars/missing_original.jpg"
_STAFF = (
    ("John Doe", "Account Owner"),
    ("Jane Smith", "Project Manager"),
    ("Ada Park", "Designer"),
)
_CLIENTS = (
    "ACME Corp", "Globex Corporation", "Initech", "Umbrella Corp", "Stark Industries",
    "Wayne Enterprises", "Hooli", "Soylent Corp", "Vandelay Industries", "Wonka Industries",
    "Cyberdyne Systems", "Tyrell Corporation", "Oceanic Airlines", "Massive Dynamic",
    "Prestige Worldwide", "Dunder Mifflin", "Pied Piper", "Aperture Science", "Black Mesa",
    "Bluth Company", "Monarch Solutions", "Nakatomi Trading", "Oscorp", "Sirius Cybernetics",
    "Gringotts Bank",
)  # fmt: skip
_LEADS = (
    "Altavista Labs", "Brightside Media", "Copperfield & Co", "Delta Freight", "Evergreen Farms",
    "Fjord Analytics", "Granite Builders", "Harbor Health", "Ironclad Security", "Juniper Hotels",
    "Keystone Legal", "Lumen Studios",
)  # fmt: skip
_CITIES = (("New York", "NY"), ("Austin", "TX"), ("Portland", "OR"), ("Denver", "CO"))
_CONTACT_NAMES = ("John Doe", "Mary Major", "Sam Lee", "Priya Shah", "Tom Novak")


def load(store: Store, seed: str) -> None:
    if seed not in SEEDS:
        raise ValueError(f"unknown seed {seed!r}; choose one of {', '.join(SEEDS)}")
    today = store.today()
    _seed_staff(store, today)
    if seed == "demo":
        _DemoAccount(store, today).build()


MAX_FILL = 100_000
_FILL_PER_DAY = 10


def add_invoices(store: Store, count: int) -> Record:
    """A new client with `count` sent invoices, for measuring long lists; returns the client.

    Ten invoices a day up to today, oldest first, so ids follow dates as they would in an
    account; each has one or two lines and no payment, like the demo's. Made here rather than
    through the API, where creating 30,000 invoices takes minutes.
    """
    if not 1 <= count <= MAX_FILL:
        raise ValueError(f"count must be from 1 to {MAX_FILL}, got {count}")
    today = store.today()
    demo = _DemoAccount(store, today)
    index = len(store.tables["clients"])
    number = next_number(store.rows("clients"))
    client = demo.add("clients", demo._party(index, f"Bulk Client {number}", number), 0)
    for n in range(count):
        day = today - dt.timedelta(days=(count - 1 - n) // _FILL_PER_DAY)
        fields = demo._billing(client["id"], n, "invoice_items")
        fields.update(
            date=day, due_date=day + dt.timedelta(days=30), po="", project_id=None, status=1,
            recurring_ids=[],
        )  # fmt: skip
        store.insert("invoices", fields, at=_moment(day))
    return client


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(8, 0), tzinfo=dt.UTC)


def _seed_staff(store: Store, today: dt.date) -> None:
    for position, (name, title) in enumerate(_STAFF):
        first = name.split()[0].lower()
        record = {
            "name": name, "title": title, "email": f"{first}@example.com",
            "phone": f"555-010{position}", "mobile": None, "ext": None, "avatar": _AVATAR,
        }  # fmt: skip
        store.insert("staff", record, at=_moment(today - dt.timedelta(days=900)))


class _DemoAccount:
    def __init__(self, store: Store, today: dt.date) -> None:
        self.store = store
        self.today = today

    def ago(self, days: int) -> dt.date:
        return self.today - dt.timedelta(days=days)

    def add(self, table: str, fields: Record, days_ago: int) -> Record:
        return self.store.insert(table, fields, at=_moment(self.ago(days_ago)))

    def build(self) -> None:
        clients = [self._client(i, name) for i, name in enumerate(_CLIENTS)]
        leads = [self._lead(i, name) for i, name in enumerate(_LEADS)]
        for index, client in enumerate(clients):
            for n in range(15 if index == 0 else 1):
                self._contact(client, n)
        for index, lead in enumerate(leads):
            self._contact(lead, index)
        projects = [self._project(c, n) for c in clients[:12] for n in range(2)]
        for index, project in enumerate(projects):
            for n in range(3):
                self._hours(project, n, billed=n == 0 and index % 2 == 0)
        profiles = [self._profile(clients[0], "Bob Smith"), self._profile(clients[1], "Ann Lee")]
        schedule = self._schedule(clients[0], None, status=0, action=0)
        self._schedule(clients[1], profiles[1]["id"], status=1, action=2)
        for n in range(32):
            linked = projects[n % 2] if n % 4 == 0 else None
            self._invoice(clients[0], n, linked, schedule["id"] if n < 3 else None)
        for index, client in enumerate(clients[1:8], start=1):
            self._invoice(client, index, projects[2 * index] if index < 12 else None, None)
        for index, client in enumerate(clients[:8]):
            self._estimate(client["id"], index, projects[2 * index]["id"])
        for index, lead in enumerate(leads[:2]):
            self._estimate(lead["id"], 8 + index, None)
        self._expenses(clients, projects)
        self._tasks(projects)

    def _party(self, index: int, name: str, number: str) -> Record:
        city, state = _CITIES[index % len(_CITIES)]
        slug = "".join(ch for ch in name.lower() if ch.isalnum())[:12]
        return {
            "number": number, "name": name, "address": f"{100 + index} Main St.",
            "address_2": "Suite 101" if index % 3 == 0 else None, "city": city, "state": state,
            "zip": f"{10001 + index:05d}", "country": "US", "website": f"http://www.{slug}.example",
            "description": f"{name}, a sample client", "invoice_extra_fields": None,
        }  # fmt: skip

    def _client(self, index: int, name: str) -> Record:
        return self.add("clients", self._party(index, name, str(101 + index)), 700 - 20 * index)

    def _lead(self, index: int, name: str) -> Record:
        return self.add("leads", self._party(index, name, str(501 + index)), 200 - 10 * index)

    def _contact(self, owner: Record, n: int) -> None:
        name = f"{_CONTACT_NAMES[n % len(_CONTACT_NAMES)]} {n + 1}"
        email = f"contact{n + 1}@{owner['website'].removeprefix('http://www.')}"
        fields = {
            "client_id": owner["id"], "name": name, "title": "Product Manager",
            "email": email, "phone": "123-456-7890", "mobile": "123-456-7891",
            "ext": str(1000 + n), "avatar": _AVATAR,
        }  # fmt: skip
        self.add("contacts", fields, 300 - n)

    def _project(self, client: Record, n: int) -> Record:
        index = len(self.store.tables["projects"])
        fields = {
            "number": f"PROJ{101 + index}", "name": f"{client['name']} {('Website', 'Retainer')[n]}",
            "description": "Project description", "status": 2 if index % 3 == 2 else 1,
            # Retainers (n = 1) have no budget: nothing entered, 0 or null by dialect.
            "budget_type": None if n else 0, "project_type": 0,
            "budget": None if n else Decimal(15000),
            "rate": Decimal(125), "currency_code": "USD", "end_date": self.ago(-60 + index),
            "client_id": client["id"],
        }  # fmt: skip
        return self.add("projects", fields, 400 - index)

    def _hours(self, project: Record, n: int, billed: bool) -> None:
        fields = {
            "project_id": project["id"], "user_id": 1 + n % 3, "title": "Redesign Work",
            "description": "Logged description of work", "date": self.ago(30 - n),
            "hours": Decimal(8) - n, "rate": Decimal(75), "billed": billed,
        }  # fmt: skip
        self.add("hours", fields, 30 - n)

    def _profile(self, client: Record, name: str) -> Record:
        fields = {
            "client_id": client["id"], "name": name, "address": None, "city": None,
            "state": None, "zip": None, "country": None,
            "expiration_date": dt.date(self.today.year + 2, 12, 31),
            "gateway_token": f"cus_demo{client['id']:04d}", "card_type": "Visa",
            "last_four_digits": "4242",
        }  # fmt: skip
        return self.add("payment_profiles", fields, 365)

    def _lines(self, sequence: str, n: int) -> list[Record]:
        lines = [
            {"id": self.store.next_id(sequence), "title": "Design work",
             "quantity": Decimal(1 + n % 3), "price": Decimal(123), "taxable": True,
             "item_type": 3},
        ]  # fmt: skip
        if n % 2:
            lines.append(
                {"id": self.store.next_id(sequence), "title": "Hosting",
                 "quantity": Decimal("1.5"), "price": Decimal("49.99"), "taxable": False,
                 "item_type": 3}
            )  # fmt: skip
        return lines

    def _billing(self, party_id: int, n: int, sequence: str) -> Record:
        return {
            "number": str(1001 + n), "title": "", "client_id": party_id, "note": "",
            "summary": None, "currency_code": "USD", "tax": Decimal(5), "tax_label": "Sales Tax",
            "tax2": Decimal(2) if n % 3 == 0 else Decimal(0), "tax2_label": "Secondary Tax",
            "tax3": Decimal(0), "tax3_label": "Tertiary Tax", "compound_tax": n % 3 == 0,
            "items": self._lines(sequence, n),
        }  # fmt: skip

    def _invoice(
        self, client: Record, n: int, project: Record | None, schedule_id: int | None
    ) -> None:
        index = len(self.store.tables["invoices"])
        fields = self._billing(client["id"], index, "invoice_items")
        fields.update(
            date=self.ago(400 - 10 * index), due_date=self.ago(370 - 10 * index), po="",
            project_id=project["id"] if project else None, status=1,
            recurring_ids=[schedule_id] if schedule_id else [],
        )  # fmt: skip
        invoice = self.add("invoices", fields, 400 - 10 * index)
        if n % 3 == 0:
            self._payment(invoice, index, full=n % 2 == 0)

    def _payment(self, invoice: Record, index: int, full: bool) -> None:
        total = compute(invoice["items"], TaxRates.of(invoice)).total_cost
        amount = total if full else Decimal(10)
        fields = {
            "invoice_id": invoice["id"], "amount": amount, "note": "Paid by check",
            "received_on": self.ago(380 - 10 * index), "transaction_fee_amount": None,
            "transaction_id": None,
        }  # fmt: skip
        self.add("payments", fields, 380 - 10 * index)
        if full:
            invoice["status"] = 4

    def _estimate(self, party_id: int, n: int, project_id: int | None) -> None:
        fields = self._billing(party_id, n, "estimate_items")
        fields.update(date=self.ago(90 - n), status=n % 3, project_id=project_id)
        self.add("estimates", fields, 90 - n)

    def _schedule(self, client: Record, profile_id: int | None, status: int, action: int) -> Record:
        items = [
            {"id": self.store.next_id("recurring_items"), "title": "Subscription",
             "quantity": Decimal(1), "price": Decimal("49.99"), "taxable": False,
             "item_type": 3},
        ]  # fmt: skip
        fields = {
            "number": str(1000001 + len(self.store.tables["recurring"])), "title": "Monthly Retainer",
            "note": "", "summary": None, "po": None, "client_id": client["id"], "status": status,
            "action": action, "time_interval": 5, "due_period": 10,
            "next_date": self.ago(-15), "occurrences_remaining": 10, "unlimited": False,
            "payment_profile_id": profile_id, "currency_code": "USD", "tax": Decimal("8.25"),
            "tax_label": "", "tax2": Decimal(0), "tax2_label": "", "tax3": Decimal(0),
            "tax3_label": "", "compound_tax": False, "items": items,
        }  # fmt: skip
        return self.add("recurring", fields, 120)

    def _expenses(self, clients: list[Record], projects: list[Record]) -> None:
        this_year = dt.date(self.today.year, 1, 1)
        last_year = dt.date(self.today.year - 1, 1, 1)
        days = [this_year + dt.timedelta(days=n * 7) for n in range(6)]
        days += [last_year + dt.timedelta(days=30 + n * 60) for n in range(3)]
        for n, day in enumerate(days):
            project = projects[n] if n % 2 == 0 else None
            fields = {
                "amount": Decimal(500 + 25 * n), "description": "Expense description",
                "incurred_on": min(day, self.today), "client_id": clients[n % 4]["id"]
                if project is None else project["client_id"],
                "project_id": project["id"] if project else None, "invoice_id": None,
                "invoice_item_id": None, "user_id": 1,
            }  # fmt: skip
            self.add("expenses", fields, max((self.today - fields["incurred_on"]).days, 0))

    def _tasks(self, projects: list[Record]) -> None:
        for n in range(8):
            project = projects[n] if n < 5 else None
            done = n % 3 == 0
            fields = {
                "title": ("Redesign website", "Send proposal", "Call client")[n % 3],
                "description": None, "complete": done,
                "completed_at": _moment(self.ago(5)) if done else None,
                "due_date": self.ago(-7 * n) if n % 2 else None, "assignee_id": 1 + n % 3,
                "project_id": project["id"] if project else None,
                "client_id": project["client_id"] if project else None, "user_id": 1,
            }  # fmt: skip
            self.add("tasks", fields, 20 - n)
