"""Reading a list's columns and values: headers in en/es/pt/fr, full names, roles, consent, codes,
countries and regions, remembered mappings, and the text helpers they rest on (fold, email_key,
safe_display, spreadsheet_safe).

Remembered mappings live in the config folder, which `isolated_config` makes a fresh one per test.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eulac_desktop.core.countries import EU, LAC, country_name, parse_country, region_of
from eulac_desktop.core.registration.mapping import (
    FIELD_LABELS,
    guess_mapping,
    parse_codes,
    parse_consent,
    parse_role,
    remember_mapping,
    remembered_mapping,
    split_full_name,
)
from eulac_desktop.core.text import email_key, fold, safe_display, spreadsheet_safe

PROPERTY = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


# -- headers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("header, expected", [
    (["Nombre", "Apellido(s)", "Correo electrónico", "Organización", "País"],
     ["given_name", "family_name", "email", "organisation", "country"]),
    (["Nome", "Sobrenome", "E-mail", "Instituição", "País"],
     ["given_name", "family_name", "email", "organisation", "country"]),
    (["Prénom", "Nom", "Courriel", "Organisme", "Pays"],
     ["given_name", "family_name", "email", "organisation", "country"]),
    (["First name", "Last name", "Email address", "Organization", "Country"],
     ["given_name", "family_name", "email", "organisation", "country"]),
    (["NOMBRE ", " apellidos", "CORREO", "institución", "pais"],
     ["given_name", "family_name", "email", "organisation", "country"]),
    (["Nombre y apellidos", "Correo electrónico", "Rol", "Idiomas", "Ofrece", "Busca", "Consentimiento foto"],
     ["full_name", "email", "role", "languages", "offers", "seeks", "consent_photo"]),
    (["Nome completo", "Endereço de e-mail", "Função", "Línguas"], ["full_name", "email", "role", "languages"]),
    (["Nom complet", "Adresse e-mail", "Langues", "Droit à l'image"], ["full_name", "email", "languages", "consent_photo"]),
    (["Name", "E-Mail", "Affiliation"], ["full_name", "email", "organisation"]),
    (["Marca temporal", "Nombre", "Comentarios"], ["", "given_name", ""]),
], ids=["es", "pt", "fr", "en", "case-accents-spaces", "es-full", "pt-full", "fr-full", "en-full", "unknown-columns"])
def test_headers_are_recognised_in_four_languages(header: list[str], expected: list[str]):
    assert guess_mapping(header) == expected


def test_name_beside_surname_is_the_given_name():
    assert guess_mapping(["Name", "Surname", "Email"]) == ["given_name", "family_name", "email"]


def test_each_field_is_used_once():
    assert guess_mapping(["Nombre", "Nombre", "Email", "Correo"]) == ["given_name", "", "email", ""]


FULL_NAME_BESIDE_SURNAME = [["Full name", "Surname", "Email"], ["Nombre completo", "Apellidos", "Correo"],
                            ["Participante", "Apellido", "Correo"], ["Nome completo", "Sobrenome"]]


def test_a_full_name_column_beside_a_family_name_column_does_not_crash():
    """A full-name header ("Full name", "Nombre completo"…) beside a family-name column is the given name."""
    for header in FULL_NAME_BESIDE_SURNAME:
        mapping = guess_mapping(header)
        assert len(mapping) == len(header)
        assert mapping[1] == "family_name"
        assert set(mapping) <= set(FIELD_LABELS) | {""}


# -- values -------------------------------------------------------------------------------------


@pytest.mark.parametrize("full, expected", [
    ("García López, María José", ("María José", "García López")),
    ("João da Silva", ("João", "da Silva")),
    ("María José García López", ("María José", "García López")),
    ("Anna Virtanen", ("Anna", "Virtanen")),
    ("Ludwig van Beethoven", ("Ludwig", "van Beethoven")),
    ("Juan Carlos de los Santos Pérez", ("Juan Carlos", "de los Santos Pérez")),
    ("Maria da Conceição Araújo", ("Maria", "da Conceição Araújo")),
    ("  José   Pérez  ", ("José", "Pérez")),
    ("Cher", ("Cher", "")),
    ("", ("", "")),
])
def test_full_names_are_split_sensibly(full: str, expected: tuple[str, str]):
    assert split_full_name(full) == expected


@pytest.mark.parametrize("value, role", [
    ("", "participant"), ("Participante", "participant"), ("attendee", "participant"), ("Ponente", "speaker"),
    ("palestrante", "speaker"), ("Intervenante", "speaker"), ("Facilitadora", "facilitator"),
    ("animateur", "facilitator"), ("ORGANIZADOR", "organiser"), ("Organisatrice", "organiser"), ("boss", None),
])
def test_roles_in_four_languages(value: str, role: str | None):
    assert parse_role(value) == role


@pytest.mark.parametrize("value, consent", [
    ("sí", 1), ("Si", 1), ("Sim", 1), ("OUI", 1), ("yes", 1), ("x", 1), ("1", 1), ("TRUE", 1),
    ("no", 0), ("Não", 0), ("non", 0), ("", 0), ("0", 0), ("quizás", None),
])
def test_photo_consent(value: str, consent: int | None):
    assert parse_consent(value) == consent


def test_codes_split_on_usual_separators_in_order_without_repeats():
    assert parse_codes(" es; en, pt/fr | de  it;es ") == ["es", "en", "pt", "fr", "de", "it"]
    assert parse_codes("") == []


# -- countries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value, code", [
    ("BR", "BR"), ("br", "BR"), ("Brasil", "BR"), ("Brazil", "BR"), ("Brésil", "BR"), ("brasil.", "BR"),
    ("México", "MX"), ("Mexico", "MX"), ("Mexique", "MX"), ("mejico", "MX"),
    ("Perú", "PE"), ("Pérou", "PE"), ("Alemania", "DE"), ("Alemanha", "DE"), ("Allemagne", "DE"),
    ("España", "ES"), ("Espanha", "ES"), ("Espagne", "ES"), ("Spain", "ES"), ("Países Bajos", "NL"),
    ("Holanda", "NL"), ("Colômbia", "CO"), ("UK", "GB"), ("Estados Unidos", "US"),
    ("Narnia", None), ("", None), ("  ", None),
])
def test_countries_as_codes_or_names_in_four_languages(value: str, code: str | None):
    assert parse_country(value) == code


def test_regions_and_placeholders_are_not_countries():
    """CLDR groupings and placeholders (ZZ, EZ, UN, QO, EU) are refused as countries."""
    values = ["ZZ", "Unknown Region", "Región desconocida", "EZ", "Eurozone", "UN", "United Nations", "QO",
              "European Union"]
    accepted = {value: parse_country(value) for value in values if parse_country(value) is not None}
    assert accepted == {}


def test_regions():
    assert len(EU) == 27 and len(LAC) == 33
    assert (region_of("ES"), region_of("pt"), region_of("BR"), region_of("MX"), region_of("JM")) == (
        "EU", "EU", "LAC", "LAC", "LAC")
    assert (region_of("US"), region_of("GB"), region_of("CH"), region_of(None), region_of("")) == (
        "other", "other", "other", "other", "other")


def test_country_names_in_each_language():
    assert [country_name("BR", lang) for lang in ("en", "es", "pt", "fr")] == ["Brazil", "Brasil", "Brasil", "Brésil"]
    assert country_name("de", "es") == "Alemania"
    assert country_name("QQ", "en") == "QQ"


# -- remembered mappings ------------------------------------------------------------------------


def test_a_mapping_is_remembered_for_the_same_headers(isolated_config: Path):
    header = ["Contacto", "Nombre y apellidos", "Entidad"]
    mapping = ["email", "full_name", "organisation"]
    assert remembered_mapping(header) is None
    remember_mapping(header, mapping)
    assert (isolated_config / "import_mappings.json").is_file()  # in the test's own config folder
    assert remembered_mapping(header) == mapping
    assert remembered_mapping(["CONTACTO", "nombre y apellidos ", "Entidad"]) == mapping  # same headers, typed otherwise
    assert remembered_mapping(["Contacto", "Nombre y apellidos"]) is None
    assert remembered_mapping(["Contacto", "Nombre", "Entidad"]) is None


def test_remembering_the_mapping_already_remembered_leaves_the_store_alone(isolated_config: Path):
    """Each import remembers its mapping: a list imported again in the same form writes nothing."""
    store = isolated_config / "import_mappings.json"
    remember_mapping(["A", "B"], ["given_name", "email"])
    store.write_text(store.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # a mark a rewrite would remove
    remember_mapping(["a", "B "], ["given_name", "email"])
    assert store.read_text(encoding="utf-8").endswith("}\n")
    remember_mapping(["A", "B"], ["family_name", "email"])  # another mapping for them: written
    assert remembered_mapping(["A", "B"]) == ["family_name", "email"]
    assert not store.read_text(encoding="utf-8").endswith("\n")


def test_a_damaged_store_of_mappings_is_ignored_and_replaced(isolated_config: Path):
    store = isolated_config / "import_mappings.json"
    store.write_text("{not json", encoding="utf-8")
    assert remembered_mapping(["A", "B"]) is None
    remember_mapping(["A", "B"], ["given_name", "email"])
    assert remembered_mapping(["A", "B"]) == ["given_name", "email"]
    assert isinstance(json.loads(store.read_text(encoding="utf-8")), dict)


# -- text helpers -------------------------------------------------------------------------------


def test_fold_examples():
    assert fold("  José   PÉREZ ") == "jose perez"
    assert fold("Conceição Araújo") == "conceicao araujo"
    assert fold("Müller") == "muller"
    assert fold("Straße") == "strasse"
    assert fold("Ñandú") == "nandu"


def test_email_key_trims_case_folds_and_normalises():
    nfc = "josé@exámple.org"
    assert email_key(f"  {nfc.upper()} ") == email_key(unicodedata.normalize("NFD", nfc)) == nfc


@PROPERTY
@given(st.text())
def test_email_key_is_idempotent(text: str):
    assert email_key(email_key(text)) == email_key(text)


@PROPERTY
@given(st.text())
def test_fold_removes_accents(text: str):
    assert not any(unicodedata.combining(c) for c in fold(text))


@PROPERTY
@given(st.text(st.sampled_from("aeiouncAEIOUNCáéíóúñçÁÉÍÓÚÑÇàèâêôãõäëïöüÀÂÃÄÖÜ ")))
def test_fold_of_accented_latin_letters_is_their_plain_lower_case(text: str):
    plain = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode().lower()
    assert fold(text) == " ".join(plain.split())


@PROPERTY
@given(st.text())
@example("𝐌𝐚𝐫𝐢𝐚")  # "bold" letters pasted from a social-media profile
@example("㏗")
def test_fold_removes_case_and_is_idempotent(text: str):
    """fold removes case even from compatibility characters ("𝐌𝐚𝐫𝐢𝐚", "㏗") and is idempotent."""
    folded = fold(text)
    assert folded == folded.casefold()
    assert fold(folded) == folded


def test_safe_display_shows_invisible_and_bidi_controls():
    assert safe_display("Ana\u202eSouza") == "Ana<U+202E>Souza"
    assert safe_display("a\u200bb\x07c") == "a<U+200B>b<U+0007>c"
    assert safe_display("<script>alert(1)</script> José") == "<script>alert(1)</script> José"  # shown as text


@pytest.mark.parametrize("value", ["=1+1", "+34 600", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_spreadsheet_safe_neutralises_formulas(value: str):
    assert spreadsheet_safe(value) == "'" + value


def test_spreadsheet_safe_leaves_the_rest():
    assert [spreadsheet_safe(v) for v in ("José", "a=b", "", 3, None)] == ["José", "a=b", "", 3, None]
