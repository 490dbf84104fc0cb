"""Which column holds which field, recognised from header names in en/es/pt/fr; values read sensibly.

A mapping is a list with one entry per column: a field name, or "" to ignore the column. The mapping
chosen for a list is remembered (in the user's config folder) for lists with the same headers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .. import paths
from ..i18n import N_
from ..text import fold
from ..vocabulary import GENDERS, STAKEHOLDERS

#: Fields a column can be mapped to, with their labels (translated where shown).
FIELD_LABELS: dict[str, str] = {
    "given_name": N_("Given name"),
    "family_name": N_("Family name"),
    "full_name": N_("Full name (split into given and family name)"),
    "email": N_("E-mail"),
    "organisation": N_("Organisation"),
    "country": N_("Country"),
    "role": N_("Role"),
    "languages": N_("Languages"),
    "offers": N_("Offers (topics)"),
    "seeks": N_("Seeks (topics)"),
    "consent_photo": N_("Photo consent"),
    "gender": N_("Gender"),
    "stakeholder": N_("Stakeholder type"),
}
IGNORE = ""

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "given_name": ("given name", "given names", "first name", "first names", "firstname", "forename", "nombre",
                   "nombres", "nombre s", "primer nombre", "nome", "primeiro nome", "nome proprio", "prenom",
                   "prenoms", "given_name", "first_name"),
    "family_name": ("family name", "last name", "last names", "lastname", "surname", "surnames", "apellido",
                    "apellidos", "apellido s", "sobrenome", "sobrenomes", "apelido", "apelidos", "nom de famille",
                    "nom", "family_name", "last_name"),
    "full_name": ("name", "full name", "nombre completo", "nombre y apellido", "nombre y apellidos",
                  "nome completo", "nom complet", "nom et prenom", "prenom et nom", "participant", "participante",
                  "full_name"),
    "email": ("email", "e mail", "mail", "email address", "e mail address", "correo", "correo electronico",
              "direccion de correo", "direccion de correo electronico", "correo e", "correio", "correio eletronico",
              "correio electronico", "endereco de email", "endereco de e mail", "courriel", "adresse email",
              "adresse e mail", "adresse electronique", "adresse courriel", "mel"),
    "organisation": ("organisation", "organization", "organisation name", "organization name", "institution",
                     "affiliation", "company", "organizacion", "institucion", "entidad", "empresa", "afiliacion",
                     "organizacao", "instituicao", "entidade", "organisme", "etablissement", "structure"),
    "country": ("country", "country code", "pais", "país", "pays", "country of residence", "pais de residencia"),
    "role": ("role", "rol", "funcion", "papel", "funcao", "tipo de participante", "type"),
    "languages": ("languages", "language", "idiomas", "idioma", "lenguas", "linguas", "lingua", "langues", "langue",
                  "languages spoken", "idiomas que habla", "idiomas falados", "langues parlees"),
    "offers": ("offers", "offer", "can offer", "ofrece", "ofrezco", "oferta", "ofertas", "oferece", "ofereco",
               "offre", "offres", "propose"),
    "seeks": ("seeks", "seek", "looking for", "busca", "busco", "demanda", "demandas", "procura", "procuro",
              "recherche", "cherche", "besoins"),
    "consent_photo": ("consent photo", "photo consent", "consent_photo", "photo permission", "photo release",
                      "photos allowed", "photo ok", "photo authorisation", "photo authorization", "photography consent",
                      "image consent", "consent to photos", "consent to be photographed",
                      "consentimiento foto", "consentimiento fotos", "consentimiento de imagen", "consentimiento fotografia",
                      "autorizacion de imagen", "autorizacion foto", "autorizacion de fotos", "autorizacion fotografia",
                      "autoriza foto", "autoriza fotos", "autoriza fotografia", "autoriza fotografias", "autoriza imagen",
                      "autoriza uso de imagen", "uso de imagen", "derecho de imagen", "acepta fotos",
                      "consentimento foto", "consentimento de imagem", "consentimento fotografia", "autorizacao de imagem",
                      "autorizacao foto", "autorizacao de foto", "autorizacao fotografia", "autoriza imagem",
                      "autoriza uso de imagem", "autorizacao de uso de imagem", "uso de imagem", "direito de imagem",
                      "consentement photo", "droit a l image", "autorisation photo", "photo autorisee", "photos autorisees",
                      "autorise photo", "autorise les photos", "autorisation de photo", "autorisation photos",
                      "autorisation d image", "consentement image", "consentement photos", "accord photo"),
    "gender": ("gender", "sex", "gender identity", "genero", "sexo", "identidad de genero", "identidade de genero",
               "genre", "sexe", "identite de genre"),
    "stakeholder": ("stakeholder", "stakeholder type", "stakeholder group", "type of stakeholder", "sector",
                    "organisation type", "organization type", "type of organisation", "type of organization", "helix",
                    "tipo de actor", "tipo de organizacion", "tipo de entidad", "tipo de institucion", "sector de actividad",
                    "tipo de ator", "tipo de organizacao", "tipo de entidade", "tipo de instituicao", "setor",
                    "type d acteur", "type d organisation", "type de structure", "secteur", "type de partie prenante",
                    "partie prenante", "actor", "ator", "acteur"),
}
# A header naming a photo (or image) and a consent in any of the four languages is read as photo consent
# ("Autoriza foto?", "Photo autorisée (oui/non)"): a word of each list.
_PHOTO_WORDS = {"photo", "photos", "foto", "fotos", "fotografia", "fotografias", "photographie", "photographies",
                "image", "imagen", "imagem", "picture", "pictures"}
_CONSENT_STEMS = ("consent", "autoriz", "autoris", "authori", "permis", "permit", "accord", "acept", "aceit",
                  "accept", "droit", "derecho", "direito", "release", "allowed", "ok")
_HEADER_INDEX = {fold(s): field for field, names in _SYNONYMS.items() for s in names}
_ROLES = {
    "participant": ("participant", "participante", "participants", "attendee", "asistente", "participant e"),
    "speaker": ("speaker", "ponente", "orador", "oradora", "palestrante", "intervenant", "intervenante",
                "conferencista", "panelist", "panelista"),
    "facilitator": ("facilitator", "facilitador", "facilitadora", "animateur", "animatrice", "moderador",
                    "moderadora", "moderator"),
    "organiser": ("organiser", "organizer", "organizador", "organizadora", "organisateur", "organisatrice", "staff"),
}
_ROLE_INDEX = {fold(v): role for role, values in _ROLES.items() for v in values}
_GENDERS = {
    "woman": ("woman", "women", "female", "f", "w", "mujer", "femenino", "femenina", "mulher", "feminino", "feminina",
              "femme", "feminin", "feminine"),
    "man": ("man", "men", "male", "m", "h", "hombre", "masculino", "masculina", "homem", "homme", "masculin"),
    "non_binary": ("non binary", "nonbinary", "nb", "enby", "no binario", "no binaria", "nao binario", "nao binaria",
                   "non binaire"),
    "self_described": ("self described", "self describe", "prefer to self describe", "self identify", "autodescrito",
                       "autodescrita", "autodescripcion", "me describo", "autodescricao", "autodefini", "autodefinie",
                       "auto defini", "autodecrit"),
    "prefer_not_to_say": ("prefer not to say", "prefer not to answer", "rather not say", "prefiero no decir",
                          "prefiero no decirlo", "prefiero no responder", "prefiero no contestar", "prefiro nao dizer",
                          "prefiro nao responder", "prefiro nao informar", "je prefere ne pas repondre",
                          "prefere ne pas repondre", "prefere ne pas dire", "ne souhaite pas repondre",
                          "ne se prononce pas", "nspp"),
    "other": ("other", "otro", "otra", "outro", "outra", "autre"),
}
_STAKEHOLDERS = {
    "research": ("research", "academia", "research academia", "academic", "university", "research centre",
                 "research center", "investigacion", "academia investigacion", "universidad", "centro de investigacion",
                 "pesquisa", "universidade", "academia pesquisa", "recherche", "universite", "recherche academie",
                 "academique", "academico", "academica"),
    "business": ("business", "industry", "business industry", "private sector", "company", "enterprise", "sme",
                 "empresa", "empresas", "industria", "negocios", "sector privado", "empresa industria", "setor privado",
                 "entreprise", "entreprises", "industrie", "secteur prive", "pme"),
    "government": ("government", "public administration", "government public administration", "public sector",
                   "public authority", "gobierno", "administracion publica", "sector publico", "gobierno administracion publica",
                   "governo", "administracao publica", "setor publico", "governo administracao publica", "gouvernement",
                   "administration publique", "secteur public", "gouvernement administration publique"),
    "civil_society": ("civil society", "ngo", "civil society ngo", "nonprofit", "non profit", "association",
                      "sociedad civil", "ong", "sociedad civil ong", "sociedade civil", "sociedade civil ong",
                      "societe civile", "societe civile ong", "associacao", "asociacion", "fundacion", "fundacao"),
    "other": ("other", "otro", "otra", "outro", "outra", "autre"),
}
_GENDER_INDEX = {_n: code for code, values in _GENDERS.items() for _n in values}
_STAKEHOLDER_INDEX = {_n: code for code, values in _STAKEHOLDERS.items() for _n in values}
_YES = {"yes", "y", "si", "sí", "s", "sim", "oui", "o", "true", "verdadero", "verdadeiro", "vrai", "1", "x", "ok",
        "autorizo", "acepto", "aceito", "j'accepte", "d'accord", "d’accord", "autorise", "autorisee"}
_NO = {"no", "n", "nao", "não", "non", "false", "falso", "faux", "0", "", "-", "no autorizo", "nao autorizo",
       "no acepto", "nao aceito"}
_PARTICLES = {"de", "da", "das", "do", "dos", "del", "la", "las", "los", "van", "von", "der", "den", "di", "du", "le", "y", "e"}


def _normalize_header(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def guess_mapping(header: list[str]) -> list[str]:
    """A field for each column, recognised from its header ("" when none); each field used once."""
    mapping: list[str] = []
    used: set[str] = set()
    for cell in header:
        field = _HEADER_INDEX.get(_normalize_header(cell)) or _consent_header(_normalize_header(cell))
        if field in used:
            field = IGNORE
        used.add(field)
        mapping.append(field)
    if "full_name" in mapping and ("given_name" in mapping or "family_name" in mapping):
        # "Name" beside "Surname" holds given names; beside both given and family names it is not needed
        index = mapping.index("full_name")
        mapping[index] = "given_name" if "given_name" not in mapping else IGNORE
    return mapping


def _consent_header(header: str) -> str:
    """"consent_photo" for a header about consent to photos (see `_PHOTO_WORDS`), else "" (ignore)."""
    words = header.split()
    if set(words) & _PHOTO_WORDS and any(w.startswith(_CONSENT_STEMS) for w in words):
        return "consent_photo"
    return IGNORE


def parse_role(value: str) -> str | None:
    """A role from its name in en/es/pt/fr (empty means participant); None when unknown."""
    return _ROLE_INDEX.get(fold(value)) if value.strip() else "participant"


def _parse_choice(value: str, index: dict[str, str], codes: tuple[str, ...]) -> tuple[str | None, str | None]:
    words = " ".join(re.sub(r"[^\w]+", " ", fold(value)).split())
    if not words:
        return None, None
    if value.strip() in codes:
        return value.strip(), None
    code = index.get(words)
    return (code, None) if code else ("other", " ".join(value.split()))


def parse_gender(value: str) -> tuple[str | None, str | None]:
    """A gender code and the raw text to keep beside it, from a code or a word in en/es/pt/fr ("Mujer", "F",
    "non-binaire"): (None, None) when empty; a value nobody expects is ("other", the text as written)."""
    return _parse_choice(value, _GENDER_INDEX, GENDERS)


def parse_stakeholder(value: str) -> tuple[str | None, str | None]:
    """A stakeholder type and the raw text to keep beside it, from a code or words in en/es/pt/fr ("ONG",
    "Sector privado", "Université"): (None, None) when empty; an unexpected value is ("other", the text)."""
    return _parse_choice(value, _STAKEHOLDER_INDEX, STAKEHOLDERS)


def parse_consent(value: str) -> int | None:
    """1 for yes, 0 for no or empty, None when unclear."""
    folded = fold(value)
    return 1 if folded in _YES else 0 if folded in _NO else None


def parse_codes(value: str) -> list[str]:
    """Codes separated by ; , / or spaces ("es; en", "ES/PT") in order, without repeats."""
    return list(dict.fromkeys(c for c in re.split(r"[;,/|\s]+", value.strip()) if c))


def split_full_name(value: str) -> tuple[str, str]:
    """(given, family) from a full name.

    "Family, Given" is read as written. Otherwise: two words are given + family; with more words, the
    given name is the first word of three, the first words before the last two of four or more (as in
    Spanish and Portuguese double surnames); particles (de, da, dos, del, van…) stay with
    the family name. The preview shows the result so the user can correct it.
    """
    value = " ".join(value.split())
    if "," in value:
        family, given = (part.strip() for part in value.split(",", 1))
        return given, family
    words = value.split(" ")
    if len(words) <= 1:
        return value, ""
    if len(words) == 2:
        return words[0], words[1]
    cut = 1 if len(words) == 3 else len(words) - 2
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


# -- remembered mappings ------------------------------------------------------------------------


def _store() -> Path:
    return paths.config_dir() / "import_mappings.json"


def _signature(header: list[str]) -> str:
    import hashlib  # (here: registration is imported at the window's start, which reads no list)

    return hashlib.sha256(json.dumps([_normalize_header(h) for h in header]).encode()).hexdigest()[:24]


def remembered_mapping(header: list[str]) -> list[str] | None:
    """The mapping chosen last time for a list with these headers, if any."""
    try:
        saved = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    mapping = saved.get(_signature(header))
    return mapping if isinstance(mapping, list) and len(mapping) == len(header) else None


def remember_mapping(header: list[str], mapping: list[str]) -> None:
    """Remember the mapping for lists with these headers (the file is left alone when it already holds it)."""
    store = _store()
    try:
        saved = json.loads(store.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = {}
    if saved.get(_signature(header)) == mapping:
        return
    saved[_signature(header)] = mapping
    store.parent.mkdir(parents=True, exist_ok=True)
    tmp = store.with_suffix(".tmp")
    tmp.write_text(json.dumps(saved, indent=1), encoding="utf-8")
    tmp.replace(store)
