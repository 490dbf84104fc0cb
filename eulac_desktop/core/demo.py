"""The demo event: a realistic, invented Co-Innovation Lab, built through the same operations as a user's.

Later features extend `build_demo_event` (check-ins, ideas, ballots, a P2P plan) so that every page
shows something real.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

from . import paths, registration
from .event import create_event_file, discard_new_event_file
from .i18n import _
from .registration import Progress
from .registration.importing import apply_import, mapping_for, plan_import
from .registration.tables import read_text_table
from .workspace import Workspace

DEMO_PARTICIPANTS = "participants_240.csv"
DEMO_TOPICS = "topics.csv"
DEMO_IDEAS = "ideas.json"
# The organisers' list as it arrives: Spanish headers and values, `;`, a BOM, and the usual mess.
_MESSY_HEADER = ["Nombre", "Apellido(s)", "Correo electrónico", "Institución", "País", "Rol", "Idiomas", "Ofrece",
                 "Busca", "Consentimiento foto"]
_ROLE_ES = {"participant": "Participante", "speaker": "Ponente", "facilitator": "Facilitador", "organiser": "Organizador"}


def demo_people(source: Path | None = None, limit: int | None = None) -> list[dict[str, object]]:
    """The invented participants that ship in `resources/demo/`."""
    source = source or paths.resources_dir() / "demo" / DEMO_PARTICIPANTS
    with source.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [{**row, "consent_photo": 1 if row.get("consent_photo") == "yes" else 0} for row in rows[:limit]]


def demo_topics() -> list[dict[str, object]]:
    """The P2P topics that ship in `resources/demo/` ({"code", "labels"})."""
    with (paths.resources_dir() / "demo" / DEMO_TOPICS).open(encoding="utf-8", newline="") as fh:
        return [{"code": row["code"], "labels": {k: v for k, v in row.items() if k != "code"}} for row in csv.DictReader(fh)]


def messy_list(people: list[dict[str, object]]) -> bytes:
    """`people` as an organiser's spreadsheet export: every person once, plus what real lists carry.

    UTF-8 with a BOM, `;`-separated, Spanish headers and values (country names, roles, "sí"), blank
    lines, people registered twice with their e-mail in another case, invalid e-mails, rows without a name.
    """
    from .countries import country_name

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(_MESSY_HEADER)
    rows = []
    for i, p in enumerate(people):
        country = str(p.get("country") or "")
        rows.append([p["given_name"], p["family_name"], p["email"], p.get("organisation", ""),
                     country_name(country, "es") if i % 3 else country, _ROLE_ES.get(str(p.get("role")), ""),
                     p.get("languages", ""), p.get("offers", ""), p.get("seeks", ""),
                     "sí" if p.get("consent_photo") else "no"])
    for i, index in enumerate(range(7, len(rows), max(1, len(rows) // 5))):
        twice = list(rows[index])
        twice[2] = str(twice[2]).upper() if i % 2 else " " + str(twice[2]).title() + " "
        rows.append(twice)
    rows += [["Lucía", "Fernández", "lucia.fernandez@", "UNALM", "Perú", "Participante", "es", "", "", "no"],
             ["Tiago", "Moreira", "tiago moreira@ufmg.example.br", "UFMG", "Brasil", "Participante", "pt", "", "", "sí"],
             ["", "", "sin.nombre@example.org", "CONCYTEC", "Perú", "", "es", "", "", "no"]]
    for i, row in enumerate(rows):
        writer.writerow(row)
        if i in (40, 41, 150):
            out.write("\r\n")
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


def build_demo_event(path: str | os.PathLike[str], *, people: list[dict[str, object]] | None = None,
                     progress: Progress | None = None, **open_kwargs: object) -> Workspace:
    """Create the demo event at `path` (which must not exist) and return it open for writing.

    Its participants come in through the import of a messy list, as an organiser's would.
    """
    start = date.today() + timedelta(days=1)
    ws = create_event_file(
        path,
        name=_("EU-LAC Co-Innovation Lab on research infrastructures (demo)"),
        start_date=start.isoformat(),
        end_date=(start + timedelta(days=1)).isoformat(),
        venue="Universidad de Piura, Piura (Perú)",
        languages=["es", "pt", "en"],
        timezone="America/Lima",
        welcome_text=_("Welcome! Scan your badge at the desk, then join your table."),
        **open_kwargs,
    )
    try:
        registration.set_topics(ws, demo_topics())
        table = read_text_table(messy_list(people if people is not None else demo_people()), "demo.csv")
        plan = plan_import(ws, table, mapping_for(table), progress)
        apply_import(ws, plan, progress, action="demo.participants")
        _demo_day(ws, start)
        _demo_ideas(ws)
        _demo_polls(ws)
        _demo_p2p(ws, start)
    except BaseException:
        discard_new_event_file(ws)
        raise
    return ws


def _demo_day(ws: Workspace, day: date) -> None:
    """Sessions of the first day; two thirds of the people checked in at two desks, some in sessions."""
    from . import checkin
    from .registration import participant_ids

    for name, room, start, end in ((_("Opening plenary"), _("Main hall"), "09:00", "10:00"),
                                   (_("Co-Innovation Lab: open research infrastructures"), _("Room A"), "10:30", "12:30"),
                                   (_("P2P learning, round 1"), _("Room B"), "14:00", "15:30")):
        checkin.add_session(ws, name, room, f"{day.isoformat()}T{start}", f"{day.isoformat()}T{end}")
    sessions = [s["id"] for s in checkin.sessions(ws)]
    for i, pid in enumerate(sorted(participant_ids(ws))):  # in the order they registered, whatever the list's order
        if i % 3 == 0:
            continue  # not arrived yet
        checkin.check_in(ws, pid, desk=_("Desk {n}").format(n=1 + i % 2))
        if i % 2:
            checkin.check_in(ws, pid, desk=_("Main hall"), session_id=sessions[0])
        if i % 5 == 1:
            checkin.check_in(ws, pid, desk=_("Room A"), session_id=sessions[1])


def _demo_ideas(ws: Workspace) -> None:
    """Two challenges of the Co-Innovation Lab, with ideas in Spanish, Portuguese and English, partly clustered."""
    from . import checkin, ideas

    lab_name = " ".join(_("Co-Innovation Lab: open research infrastructures").split())  # stored tidied (no NBSP)
    lab = next(s["id"] for s in checkin.sessions(ws) if s["name"] == lab_name)
    texts = [(_("How might we open research infrastructures to SMEs in Piura?"),
              _("Think of access, costs, skills and trust between labs and companies."), 15,
              [_("Access and booking"), _("Funding and vouchers"), _("Skills and brokers")]),
             (_("How might we keep EU-LAC partnerships alive after the project ends?"), "", 10,
              [_("People and exchanges")])]
    with (paths.resources_dir() / "demo" / DEMO_IDEAS).open(encoding="utf-8") as fh:
        written = json.load(fh)["challenges"]
    authors = sorted(checkin.checked_in_ids(ws))
    for n, ((question, description, minutes, names), data) in enumerate(zip(texts, written)):
        challenge = ideas.add_challenge(ws, question, description, session_id=lab, time_box=minutes).inserted["challenges"][0]
        ids: list[str] = []
        for i, (language, _cluster, text) in enumerate(data["ideas"]):
            ids += ideas.add_ideas(ws, challenge, [text], author_id=authors[(7 * i + 31 * n) % len(authors)],
                                   table_label=_("Table {n}").format(n=1 + i % 4), language=language).inserted["ideas"]
        for number, name in enumerate(names, start=1):
            members = [iid for iid, idea in zip(ids, data["ideas"]) if idea[1] == number]
            ideas.add_cluster(ws, challenge, name, idea_ids=members)
        if "duplicate" in data:
            keep, duplicate = data["duplicate"]
            ideas.mark_duplicates(ws, ids[keep], [ids[duplicate]])


def _demo_polls(ws: Workspace) -> None:
    """A closed dot vote with its ballots (results to show) and an open ranking (to vote now)."""
    from . import checkin, voting

    arrived = sorted(checkin.checked_in_ids(ws))
    priorities = [_("Open research infrastructures to SMEs"), _("Shared data spaces for climate and biodiversity"),
                  _("Mobility grants for early-career researchers"), _("Joint calls for smart specialisation"),
                  _("Digital skills in rural regions")]
    changes = voting.create_poll(ws, _("Priorities for the EU-LAC roadmap"), "dots", priorities, params={"dots": 3})
    poll = voting.get_poll(ws, changes.inserted["polls"][0])
    voting.set_state(ws, poll["id"], "open")
    ids = [o["id"] for o in poll["options"]]
    firsts, seconds = [0, 0, 0, 1, 1, 2, 3, 0, 1, 4], [2, 2, 3, 0, 2, 1, 1, 4, 3, 2]
    for i, pid in enumerate(arrived[:120]):  # a reproducible, uneven spread of preferences
        first, second = ids[firsts[i % 10]], ids[seconds[(i * 3) % 10]]
        ballot = {first: 2, second: 1} if first != second else {first: 3}
        voting.cast_ballot(ws, poll["id"], ballot, participant_id=pid)
    voting.set_state(ws, poll["id"], "closed")
    ranking = voting.create_poll(ws, _("Which challenge first?"), "schulze", priorities[:4])
    voting.set_state(ws, ranking.inserted["polls"][0], "open")


def _demo_p2p(ws: Workspace, day: date) -> None:
    """A P2P session planned for the people who arrived (three rounds of 4–6), with feedback on round 1."""
    from . import p2p

    params = {"rounds": 3, "tables": None, "min": 4, "max": 6, "present_only": True,
              "start": f"{day.isoformat()}T14:00", "minutes": 30}
    data = p2p.plan_event(ws, 3, min_size=4, max_size=6, seconds=0.3, present_only=True)
    p2p.save_plan(ws, data, params)
    p2p.add_feedbacks(ws, [(1, pid, (3, 4, 5, 4, 5, 2)[(i * 7 + k) % 6])
                           for i, table in enumerate(data["rounds"][0]["tables"])
                           for k, pid in enumerate(table["participant_ids"])
                           if (i + k) % 3])  # two people in three filled in the form


def fresh_demo_path() -> Path:
    """A new file name for a demo event, in a temporary folder of its own."""
    return Path(tempfile.mkdtemp(prefix="eulac-demo-")) / "demo.eulac"
