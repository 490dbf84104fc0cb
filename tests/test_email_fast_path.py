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


#: letters of the names of EU-LAC lists (Latin-1, Latin Extended-A and -B), their edges (× ÷ just beside), other
#: scripts, a combining accent (a decomposed "é": not NFC) and letters whose other forms differ (long s, dotless i, capital sharp s, Dž)
LATIN = "aZ09.-_+éÉßøÅñçüãõœŁżǃǅſıẞ×÷\u0301\u00b5\u0250ΩЖ中"


@settings(max_examples=3000, deadline=None)
@given(local=st.one_of(st.text(alphabet=LATIN, min_size=1, max_size=70), st.text(alphabet="aé.ßñÅǅſıÿɏ", min_size=1, max_size=70)),
       labels=st.lists(LABEL, min_size=0, max_size=3), tld=TLD)
def test_latin_letters_before_the_at_sign_give_what_email_validator_gives(local: str, labels: list[str],
                                                                           tld: str) -> None:
    address = f"{local}@{'.'.join([*labels, tld])}"
    assert _email(address) == reference(address), address


def test_an_address_with_latin_letters_takes_the_fast_path(monkeypatch) -> None:
    import email_validator

    def refuse(*_args, **_kwargs):
        raise AssertionError("email-validator was asked")

    monkeypatch.setattr(email_validator, "validate_email", refuse)
    assert _email("joão.conceição@Fiocruz.example.BR") == "joão.conceição@fiocruz.example.br"
    assert _email("jörg.groß@steinbeis.example.edu") == "jörg.groß@steinbeis.example.edu"
