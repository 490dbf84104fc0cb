"""The funder's KPIs (#22 item 2): counts checked against an independent count of a sample with merged, erased
and deleted people; the small-group rule property-tested; the `eulac report kpi` contract; the data export."""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from pathlib import Path

from helpers import run_json
from hypothesis import given, settings
from hypothesis import strategies as st

from eulac_desktop.core import checkin, registration
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.reports.kpi import kpi_counts, kpi_report, mask_counts, tally
from eulac_desktop.core.vocabulary import GENDERS, REGIONS, STAKEHOLDERS
from eulac_desktop.core.workspace import Workspace

COUNTRIES = ["ES", "FR", "BR", "PE", "US", "", "DE"]
GENDER_WORDS = ["Mujer", "man", "", "non-binary", "Agénero", "prefer not to say", "F"]
STAKEHOLDER_WORDS = ["Universidad", "ONG", "", "Governo", "business", "Cooperativa"]


def make_sample(path: Path, device) -> dict[str, set[str]]:
    """60 people with mixed answers; some checked in, some merged (a check-in under the merged record), some
    erased or deleted. Returns who did what."""
    rng = random.Random(22)
    people = [{"given_name": f"P{i}", "family_name": "Test", "email": f"p{i}@example.org",
               "country": rng.choice(COUNTRIES), "gender": rng.choice(GENDER_WORDS),
               "stakeholder": rng.choice(STAKEHOLDER_WORDS)} for i in range(60)]
    with create_event_file(path, name="KPI Lab", start_date="2026-12-03", languages=["en"], timezone="UTC",
                           device=device) as ws:
        ids = registration.add_participants(ws, people).inserted["participants"]
        arrived = {ids[i] for i in range(0, 60, 3)} | {ids[31]}
        for pid in arrived:
            checkin.check_in(ws, pid)
        merges = [(ids[1], ids[31]), (ids[4], ids[5]), (ids[7], ids[8])]  # 31 arrived under the record merged into 1
        for kept, merged in merges:
            registration.merge_participants(ws, kept, merged)
        erased = {ids[9], ids[10]}  # 9 had checked in
        for pid in erased:
            registration.erase_participant(ws, pid)
        deleted = {ids[12]}
        registration.delete_participants(ws, deleted)
    return {"ids": set(ids), "arrived": arrived, "merged": {m for _k, m in merges}, "erased": erased,
            "deleted": deleted, "merges": {m: k for k, m in merges}}  # type: ignore[dict-item]


def independent_count(path: Path, sample: dict) -> tuple[Counter, Counter]:
    """By hand: who is still a person, what they answered, and whether they or a record merged into them arrived."""
    counted = sample["ids"] - sample["merged"] - sample["erased"] - sample["deleted"]
    arrived = {sample["merges"].get(pid, pid) for pid in sample["arrived"]}
    with Workspace.open(path, mode="read") as ws:
        rows = {r[0]: r[1:] for r in ws.conn.execute("SELECT id, gender, region, stakeholder, country FROM participants")}
    cells: Counter = Counter()
    countries: Counter = Counter()
    for pid in counted:
        gender, region, stakeholder, country = rows[pid]
        key = (gender or "not_given", region or "other", stakeholder or "not_given")
        cells[(*key, "registered")] += 1
        countries[(country or "", "registered")] += 1
        if pid in arrived:
            cells[(*key, "attended")] += 1
            countries[(country or "", "attended")] += 1
    return cells, countries


def test_kpi_counts_agree_with_an_independent_count_with_merged_and_erased_people(tmp_path: Path, device) -> None:
    path = tmp_path / "kpi.eulac"
    sample = make_sample(path, device)
    cells, countries = independent_count(path, sample)
    with Workspace.open(path, mode="read") as ws:
        exact = kpi_counts(ws)
        shown = kpi_report(ws)
        stats = checkin.stats(ws)
    assert exact["registered"] == 60 - 3 - 2 - 1 == stats["registered"]
    assert exact["attended"] == stats["checked_in"] == len({sample["merges"].get(p, p) for p in sample["arrived"]}
                                                            - sample["erased"] - sample["deleted"])
    assert {(c["gender"], c["region"], c["stakeholder"], k): c[k] for c in exact["cells"]
            for k in ("registered", "attended") if c[k]} == dict(cells)
    assert {(c["country"], k): c[k] for c in exact["countries"] for k in ("registered", "attended") if c[k]} \
        == dict(countries)
    assert any(c["gender"] == "other" for c in exact["cells"])  # "Agénero" is counted, as other
    for raw, masked in zip(exact["cells"] + exact["countries"], shown["cells"] + shown["countries"]):
        for k in ("registered", "attended"):
            assert masked[k] == ("<5" if 1 <= raw[k] <= 4 else raw[k])


def test_cli_report_kpi_keeps_its_contract(tmp_path: Path, device, capsys) -> None:
    path = tmp_path / "kpi.eulac"
    make_sample(path, device)
    report = run_json(capsys, "report", "kpi", path, "--json")
    assert set(report) == {"registered", "attended", "cells", "countries"}
    assert all(set(c) == {"gender", "region", "stakeholder", "registered", "attended"} for c in report["cells"])
    assert all(set(c) == {"country", "registered", "attended"} for c in report["countries"])
    values = [report["registered"], report["attended"]] + [c[k] for c in report["cells"] + report["countries"]
                                                            for k in ("registered", "attended")]
    assert "<5" in values and all(v == "<5" or (isinstance(v, int) and (v == 0 or v >= 5)) for v in values)
    assert report["registered"] == 54


def test_report_data_holds_the_kpi_sheets(tmp_path: Path, device, capsys) -> None:
    path = tmp_path / "kpi.eulac"
    make_sample(path, device)
    run_json(capsys, "report", "data", path, tmp_path / "out", "--json")
    with (tmp_path / "out" / "kpi_cells.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and set(rows[0]) == {"gender", "region", "stakeholder", "registered", "attended"}
    assert all(r["registered"] == "<5" or int(r["registered"]) >= 5 for r in rows)
    assert (tmp_path / "out" / "kpi_countries.csv").exists()


person = st.tuples(st.sampled_from([*GENDERS, None, "junk"]), st.sampled_from([*REGIONS, None]),
                   st.sampled_from([*STAKEHOLDERS, None]), st.sampled_from(["ES", "BR", "", "PE"]), st.booleans())


@settings(max_examples=150, deadline=None)
@given(st.lists(person, max_size=40))
def test_no_count_from_1_to_4_is_ever_shown(people: list) -> None:
    exact = tally(people)
    shown = mask_counts(exact)
    assert exact["registered"] == len(people) == sum(c["registered"] for c in exact["cells"])
    assert exact["attended"] == sum(1 for p in people if p[4]) == sum(c["attended"] for c in exact["countries"])
    pairs = [(exact["registered"], shown["registered"]), (exact["attended"], shown["attended"])]
    pairs += [(r[k], m[k]) for r, m in zip(exact["cells"] + exact["countries"], shown["cells"] + shown["countries"])
              for k in ("registered", "attended")]
    for raw, masked in pairs:
        assert masked == ("<5" if 1 <= raw <= 4 else raw)
    assert all(c["registered"] > 0 for c in exact["cells"])  # empty groups are left out


def test_the_master_dashboard_shows_the_kpis_across_events(tmp_path: Path, qtbot, qapp, monkeypatch) -> None:
    from test_master import _programme

    from eulac_desktop.core import master
    from eulac_desktop.core.bundles import import_bundle
    from eulac_desktop.ui.dashboard import DashboardView
    from eulac_desktop.ui.language import LanguageManager

    p = _programme(tmp_path)
    path = tmp_path / "master.eulac"
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(tmp_path / "coordinator"))
    master.create_master(path, "EU-LAC programme").close()
    for name in ("Lima setup", "Lima result", "Lisbon setup", "Lisbon result"):
        import_bundle(path, p[name], trust=True)
    LanguageManager(qapp).apply("en")
    view = DashboardView()
    qtbot.addWidget(view)
    with Workspace.open(path, mode="read") as ws:
        view.reload(ws)
        events = [e["id"] for e in master.events(ws)]
        exact = tally([row for e in events for row in checkin.counted_people(ws, ("gender", "region", "stakeholder",
                                                                                  "country"), e)])
    kpi = view.data["kpi"]
    assert exact["registered"] == 12 and exact["attended"] == 3
    assert (kpi["registered"], kpi["attended"]) == (12, "<5")  # two events of six people, three checked in
    tab = view.tabs.indexOf(view.kpi)
    assert view.tabs.tabText(tab) == "KPIs by gender and stakeholder"
    assert view.kpi.rowCount() == len(kpi["cells"]) > 0
    shown = {view.kpi.item(r, c).text() for r in range(view.kpi.rowCount()) for c in (0, 3, 4)}
    assert "Not given" in shown and "fewer than 5" in shown and "<5" not in shown
    assert view.tabs.tabText(view.tabs.indexOf(view.roadmap)) == "Roadmap (0)"


def test_a_stored_gender_or_stakeholder_nobody_expects_is_counted_as_other() -> None:
    """What the importer keeps as "other" with its raw text, a crafted bundle may carry as the code itself: it is
    counted under "other" too, not lost among those who gave none."""
    counted = tally([("<script>", "EU", "z" * 500, "ES", True), (None, "EU", "", "ES", True)])
    assert [(c["gender"], c["stakeholder"]) for c in counted["cells"]] == [("other", "other"), ("not_given", "not_given")]


def test_the_reports_table_by_country_writes_small_groups_as_fewer_than_5(tmp_path: Path, device) -> None:
    """The KPIs by country in the outcome report: a country of 6 of whom 3 checked in, and the merged row of the
    countries of fewer than 5 (2 people, 1 checked in), are never written 3, 2 and 1. (Since debts10: the 2 could be
    worked out from the 8 registered, so the two rows are shown together, 8 and "fewer than 5".)"""
    from test_attendance_pdf import pdf_text

    from eulac_desktop.documents.outcome import outcome_pdf

    path = tmp_path / "lab.eulac"
    with create_event_file(path, name="Lab", start_date="2026-12-03", languages=["en"], device=device) as ws:
        ids = registration.add_participants(ws, [{"given_name": f"P{i}", "family_name": "Test", "email": f"p{i}@x.org",
                                                  "country": "PE" if i < 6 else "BR"} for i in range(8)]
                                            ).inserted["participants"]
        for pid in (ids[0], ids[1], ids[2], ids[6]):
            checkin.check_in(ws, pid)
        outcome_pdf(ws, tmp_path / "report.pdf")
    text = pdf_text(tmp_path / "report.pdf")
    by_country = text[text.rindex("By country"):text.rindex("By role")]  # the section, not the contents
    assert not set(re.findall(r"\d+", by_country)) - {"8", "5"}  # neither 3, 2 nor 1
    rows = [re.split(r"\s{2,}", line.strip()) for line in by_country.splitlines()]
    assert ["Peru + Other countries (fewer than 5 people each)", "8", "fewer than 5"] in rows


def test_the_reports_table_by_country_keeps_its_order_by_size_after_merging(tmp_path: Path, device) -> None:
    """Countries are listed largest first: a country merged with a smaller one takes the place of their sum (Ireland's
    3 checked in could be worked out, so Ireland goes with Chile, the next fewest checked in: "Chile + Ireland", 17
    registered, goes above Peru's 14 and Brazil's 13)."""
    from test_attendance_pdf import pdf_text

    from eulac_desktop.documents.outcome import outcome_pdf

    sizes = {"PE": (14, 10), "BR": (13, 13), "CL": (12, 6), "IE": (5, 3)}
    people = [(country, i < came) for country, (n, came) in sizes.items() for i in range(n)]
    path = tmp_path / "lab.eulac"
    with create_event_file(path, name="Lab", start_date="2026-12-03", languages=["en"], device=device) as ws:
        ids = registration.add_participants(ws, [{"given_name": f"P{i}", "family_name": "Test", "email": f"p{i}@x.org",
                                                  "country": country} for i, (country, _) in enumerate(people)]
                                            ).inserted["participants"]
        for pid, (_, came) in zip(ids, people):
            if came:
                checkin.check_in(ws, pid)
        outcome_pdf(ws, tmp_path / "report.pdf")
    text = pdf_text(tmp_path / "report.pdf")
    by_country = text[text.rindex("By country"):text.rindex("By role")]
    labels = [re.split(r"\s{2,}", line.strip())[0] for line in by_country.splitlines()[2:] if line.strip()]
    assert labels == ["Chile + Ireland", "Peru", "Brazil"]


def test_the_reports_tables_by_region_and_role_write_small_groups_as_fewer_than_5(tmp_path: Path, device) -> None:
    """The outcome report's attendance by region and by role follow the KPIs' rule too: Europe (6 people, 3 checked
    in), Latin America (2, 1) and the speakers (2, 1) are never written 3, 2 and 1, nor drawn as bars. (Since
    debts10: Latin America's 2 and the speakers' 2 could be worked out from the 8 registered, so each table shows
    its two rows together, and the headline's 4 checked in is "fewer than 5".)"""
    from test_attendance_pdf import pdf_text

    from eulac_desktop.documents.outcome import outcome_pdf

    path = tmp_path / "lab.eulac"
    with create_event_file(path, name="Lab", start_date="2026-12-03", languages=["en"], device=device) as ws:
        ids = registration.add_participants(ws, [
            {"given_name": f"P{i}", "family_name": "Test", "email": f"p{i}@x.org", "country": "ES" if i < 6 else "PE",
             "role": "speaker" if i >= 6 else "participant"} for i in range(8)]).inserted["participants"]
        for pid in (ids[0], ids[1], ids[2], ids[6]):
            checkin.check_in(ws, pid)
        outcome_pdf(ws, tmp_path / "report.pdf")
    text = pdf_text(tmp_path / "report.pdf")
    cells = [re.split(r"\s{2,}", line.strip()) for line in text[text.rindex("By region"):text.rindex("Methods")].splitlines()]
    rows = {row[0]: row[1:] for row in cells if len(row) == 3}
    assert rows["Europe (EU) + Latin America and the Caribbean"] == ["8", "fewer than 5"]
    assert rows["Participant + Speaker"] == ["8", "fewer than 5"]
    assert "8 people registered; fewer than 5 checked in." in text
    by_region = text[text.rindex("By region"):text.rindex("By country")]
    assert set(re.findall(r"\d+", by_region)) == {"8", "5"}  # no chart of the small groups' bars either


def test_a_region_chart_shows_a_small_group_as_a_bar_at_0() -> None:
    """Beside a region of 5 or more checked in, one of 1 to 4 is a bar at 0 marked "(<5)": the chart's scale does
    not tell its count."""
    from eulac_desktop.documents import outcome

    assert outcome.people_bars(["Europe (EU)", "Other regions", "Latin America"], [7, 2, 0]) == (
        ["Europe (EU)", "Other regions (<5)", "Latin America"], [7.0, 0.0, 0.0])


SMALL = "fewer than 5"


def _worked_out(shown: list[str], total: str) -> list[int]:
    """Which of `shown` (counts as printed: digits or "fewer than 5", meaning 1 to 4) take one value only among all
    the ways they can add up to `total` (printed the same way): the cells a reader can work out by subtraction.
    Counted by trying every value, independently of `kpi.recoverable`."""
    from itertools import product

    def values(text: str) -> range:
        return range(1, 5) if text == SMALL else range(int(text), int(text) + 1)

    seen: list[set[int]] = [set() for _ in shown]
    for combo in product(*map(values, shown)):
        if sum(combo) in values(total):
            for found, value in zip(seen, combo):
                found.add(value)
    return [i for i, text in enumerate(shown) if text == SMALL and len(seen[i]) == 1]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 12)).map(lambda p: (max(p), min(p))), min_size=1,
                max_size=6))
def test_merging_leaves_no_small_group_that_subtraction_finds_and_keeps_what_is_safe(counts) -> None:
    """`merged_small_groups`: after it, no count of 1 to 4 in any column can be worked out from the column's total
    (both shown by the small-group rule); the totals are kept; a table where nothing could be worked out is kept."""
    from eulac_desktop.core.reports.kpi import merged_small_groups

    rows = [([f"row {i}"], list(pair)) for i, pair in enumerate(counts) if pair[0]]
    if not rows:
        return
    merged = merged_small_groups(rows)

    def shown(table: list) -> list[tuple[list[str], str]]:  # each column as printed, and its total
        return [([SMALL if 0 < c[col] < 5 else str(c[col]) for _labels, c in table],
                 SMALL if 0 < sum(c[col] for _l, c in table) < 5 else str(sum(c[col] for _l, c in table)))
                for col in (0, 1)]

    assert [sum(c[col] for _l, c in merged) for col in (0, 1)] == [sum(c[col] for _l, c in rows) for col in (0, 1)]
    assert not any(_worked_out(column, total) for column, total in shown(merged)), (rows, merged)
    if not any(_worked_out(column, total) for column, total in shown(rows)):
        assert merged == rows
    assert sorted(label for labels, _c in merged for label in labels) == sorted(label for labels, _c in rows
                                                                                for label in labels)


def test_no_group_the_outcome_report_writes_fewer_than_5_can_be_worked_out_from_its_totals(tmp_path: Path,
                                                                                            device) -> None:
    """The report's headline totals were exact while its tables wrote "fewer than 5": 3 people from other regions
    were 22 registered less Europe's 12 and Latin America's 7. Now, in every table whose rows add up to the headline
    (by region, country, role, gender, stakeholder type, and gender × region × stakeholder type), no "fewer than 5"
    can be worked out by subtracting the other rows from the totals the report prints."""
    from test_attendance_pdf import pdf_text

    from eulac_desktop.documents.outcome import outcome_pdf

    path = tmp_path / "lab.eulac"
    spec = [("ES", 12, "participant", "woman", "research"), ("PE", 5, "participant", "man", "business"),
            ("PE", 2, "facilitator", "man", "business"), ("US", 2, "speaker", "non_binary", "civil_society"),
            ("US", 1, "speaker", "prefer_not_to_say", "civil_society")]
    people = [{"given_name": f"P{len(spec) * n + i}", "family_name": "Test", "email": f"p{i}-{n}@x.org",
               "country": country, "role": role, "gender": gender, "stakeholder": stakeholder}
              for i, (country, count, role, gender, stakeholder) in enumerate(spec) for n in range(count)]
    with create_event_file(path, name="Lab", start_date="2026-12-03", languages=["en"], device=device) as ws:
        ids = registration.add_participants(ws, people).inserted["participants"]
        for pid in ids[::2]:
            checkin.check_in(ws, pid)
        outcome_pdf(ws, tmp_path / "report.pdf")
    text = pdf_text(tmp_path / "report.pdf")
    headline = re.search(r"(\d+|fewer than 5) people registered; (\d+|fewer than 5) checked in\.", text)
    assert headline is not None and headline.groups() == ("22", "11")
    body = text[text.rindex("By region"):text.rindex("Methods")]
    cell = r"(\d+|fewer than 5)"
    tables: list[list[tuple[str, str, str]]] = []
    for line in body.splitlines():
        if re.search(r"\s{2,}Registered\s{2,}", line):  # a table's header: its rows follow
            tables.append([])
        elif ((row := re.fullmatch(rf"\s*(\S.*?)\s{{2,}}{cell}\s{{2,}}{cell}\s*", line)) and tables
              and not re.fullmatch(r"[\d\s]+", row.group(1))):  # (not a chart's axis)
            tables[-1].append(row.groups())
    assert len(tables) == 6 and all(tables)
    assert sum(row.count(SMALL) for table in tables for row in table) >= 4  # small groups are written, where safe
    for table in tables:
        for column, total in ((1, headline.group(1)), (2, headline.group(2))):
            assert not _worked_out([row[column] for row in table], total), table
