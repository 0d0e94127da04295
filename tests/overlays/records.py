"""Record bodies as Clientary renders them, for tests that serve answers by hand."""


def client_json(record_id: int = 7, name: str = "Acme") -> dict[str, object]:
    """A client record with every documented key, the optional ones null."""
    return {
        "id": record_id,
        "number": str(record_id),
        "name": name,
        "address": None,
        "address_2": None,
        "city": None,
        "state": None,
        "zip": None,
        "country": None,
        "website": None,
        "description": None,
        "invoice_extra_fields": None,
    }
