"""The fast path for plain e-mail addresses gives exactly what email-validator gives."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from eulac_desktop.core.registration.people import _PLAIN_EMAIL, _email

ATOM = st.text(alphabet="abcXYZ019.-_+'!#$%&*/=?^`{|}~", min_size=1, max_size=70)
LABEL = st.text(alphabet="abcXYZ019-", min_size=1, max_size=66)
TLD = st.sampled_from(["org", "ORG", "eu", "br", "test", "local", "x", "c0m", "museum", "localhost"])


def reference(address: str) -> str | None:
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


@settings(max_examples=3000, deadline=None)
@given(local=ATOM, labels=st.lists(LABEL, min_size=0, max_size=3), tld=TLD)
def test_fast_path_agrees_with_email_validator(local: str, labels: list[str], tld: str) -> None:
    address = f"{local}@{'.'.join([*labels, tld])}"
    if _PLAIN_EMAIL.fullmatch(address):
        assert _email(address) == reference(address), address


def test_unusual_addresses_go_to_email_validator() -> None:
    for address in ["josé@example.org", "a@[192.168.0.1]", '"a b"@example.org', "ana@münchen.example.de"]:
        assert _email(address) == reference(address)
    assert _email("ana..maria@example.org") is None
    assert _email("ana@example") is None
    assert _email("A.B@Example.ORG") == "A.B@example.org"
