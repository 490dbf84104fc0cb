"""The fast path for plain e-mail addresses gives exactly what email-validator gives."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from eulac_desktop.core.registration.people import _PLAIN_EMAIL, _email, _email_outcomes, _plain_emails

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


ADDRESS = st.builds(lambda local, labels, tld: f"{local}@{'.'.join([*labels, tld])}",
                    st.one_of(ATOM, st.text(alphabet=LATIN, min_size=1, max_size=20)),
                    st.lists(st.text(alphabet="abcXYZ019-", min_size=1, max_size=8), max_size=2), TLD)


@settings(max_examples=300, deadline=None)
@given(column=st.lists(st.one_of(ADDRESS, st.sampled_from(["ana@Example.ORG", "b@c.org", "x@[10.0.0.1]", "a\nb@c.org",
                                                             "a@b--c.org", "e@example.com", "f@x.invalid",
                                                             "a@b@c.org", "a@", "a@b.c-.org", "a@.org"])),
                       min_size=1, max_size=12))
def test_a_column_read_at_once_gives_each_address_what_it_gives_alone(column: list[str]) -> None:
    """`_plain_emails` (one regular expression over the column) answers only when every address is plain, and then
    as `_email` of each; a column's outcomes are the same either way."""
    alone = [_email(address) for address in column]
    at_once = _plain_emails(column)
    if at_once is not None:
        assert at_once == alone, column
    if None not in alone and all(_PLAIN_EMAIL.fullmatch(a) and len(a) <= 63 and a.isascii()
                                 and "--" not in a.partition("@")[2] for a in column):
        assert at_once is not None, column
    if None not in alone:
        assert [value for _kind, value, _text in _email_outcomes(column, True)] == alone, column


def test_the_usual_column_is_read_at_once(monkeypatch) -> None:
    """A column of plain addresses, some with capitals in their domain or Latin letters, never asks `_email`."""
    import importlib

    people = importlib.import_module("eulac_desktop.core.registration.people")  # (the package names a function so)
    monkeypatch.setattr(people, "_email", lambda _value: (_ for _ in ()).throw(AssertionError("asked one by one")))
    column = ["Ana.Lima@Fiocruz.BR", "jörg.groß@steinbeis.example.edu", "c@example.org"]
    assert [value for _kind, value, _text in _email_outcomes(column, True)] == [
        "Ana.Lima@fiocruz.br", "jörg.groß@steinbeis.example.edu", "c@example.org"]
