"""The coordinator's dashboard: the events a file holds, the devices and bundles it received, attendance,
results and the funder's KPIs across events (core `master.dashboard`), as read-only tables in tabs; under the
roadmap across events, a row that moves the chosen plan's status (`status_requested`, done by the page)."""

from __future__ import annotations

from datetime import UTC
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import master
from ..core.countries import country_name
from ..core.device import shown_name
from ..core.workspace import Workspace
from .literal import literal
from .stamps import local_day, local_stamp


def kind_name(kind: str) -> str:
    """A bundle's kind, as people read it."""
    return {"setup": QCoreApplication.translate("ResultsPage", "setup"),
            "result": QCoreApplication.translate("ResultsPage", "result"),
            "anonymised": QCoreApplication.translate("ResultsPage", "anonymised")}.get(kind, kind)


def _table(columns: int, stretch: int) -> QTableWidget:
    """A read-only, sortable table whose column `stretch` takes the room left (the others fit their text)."""
    table = QTableWidget(0, columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the core's order until a click
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    return table


class Moment(NamedTuple):
    """A cell showing a moment or a day as people read it (`shown`) that sorts by the moment itself (`iso`, in UTC;
    a day as its ISO text)."""

    shown: str
    iso: str


class _MomentItem(QTableWidgetItem):
    def __lt__(self, other: QTableWidgetItem) -> bool:
        return str(self.data(Qt.ItemDataRole.UserRole) or "") < str(other.data(Qt.ItemDataRole.UserRole) or "")


def _moment(iso: str, zone: str | None) -> Moment:
    """A received or sent time in the event's time zone, in the reader's format; sorted by the moment."""
    from datetime import datetime

    try:
        key = datetime.fromisoformat(iso).astimezone(UTC).isoformat() if iso else ""
    except ValueError:
        key = iso
    return Moment(local_stamp(iso, zone), key)


_KEY = Qt.ItemDataRole.UserRole + 1


def _fill(table: QTableWidget, rows: list[list[Any]], keys: list[Any] | None = None) -> None:
    """The table's rows; `keys[r]`, when given, kept in row r's first cell (`_KEY`), so it follows a sort."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = _MomentItem() if isinstance(value, Moment) else QTableWidgetItem()
            if isinstance(value, Moment):
                item.setText(value.shown)
                item.setData(Qt.ItemDataRole.UserRole, value.iso)
            elif isinstance(value, int):
                item.setData(0, value)  # sorts as a number
            else:
                item.setText(str(value))
                item.setToolTip(literal(str(value)))  # a long event name is shortened in its column
            if keys is not None and c == 0:
                item.setData(_KEY, keys[r])
            table.setItem(r, c, item)
    table.setSortingEnabled(True)


class DashboardView(QWidget):
    """Tabs of events, devices, bundles received, attendance and results; `reload(ws)` reads them again."""

    #: (plan id, status): move the plan chosen in the roadmap to this status
    status_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.events, self.devices, self.bundles = _table(8, 0), _table(5, 3), _table(6, 2)
        self.attendance, self.results = _table(4, 1), _table(6, 1)
        self.doubles, self.kpi, self.roadmap = _table(4, 1), _table(5, 2), _table(5, 1)
        self.roadmap.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.status_label, self.status_choice, self.status_button = QLabel(), QComboBox(), QPushButton()
        self.status_label.setBuddy(self.status_choice)
        self.status_button.clicked.connect(self._request_status)
        self.roadmap.itemSelectionChanged.connect(self._follow_selection)
        self.status_row = QWidget()  # under the tabs while the roadmap's is shown
        row = QHBoxLayout(self.status_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status_label, self.status_choice, self.status_button):
            row.addWidget(widget)
        row.addStretch(1)
        for table in (self.events, self.devices, self.bundles, self.attendance, self.results, self.doubles, self.kpi,
                      self.roadmap):
            self.tabs.addTab(table, "")
        self.tabs.currentChanged.connect(lambda index: self.status_row.setVisible(self.tabs.widget(index) is self.roadmap))
        self.status_row.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status_row)
        self.data: dict[str, Any] = {}
        self.retranslate()

    def reload(self, ws: Workspace) -> None:
        self.data = data = master.dashboard(ws)
        zones = {e["id"]: e["timezone"] for e in data["events"]}  # times in each event's time zone
        last_event = {}
        for b in reversed(data["bundles"]):  # newest last: a device's time is in the zone of its latest bundle's event
            last_event[b["device_id"]] = b["event_id"]
        _fill(self.events, [[e["name"], Moment(local_day(e["start_date"]), e["start_date"] or ""), e["venue"], e["participants"], e["checked_in"], e["ideas"],
                             e["ballots"], _moment(e["last_bundle"], e["timezone"])] for e in data["events"]])
        _fill(self.devices, [[shown_name(d["name"]), d["fingerprint"], d["bundles"], ", ".join(d["events"]),
                              _moment(d["last"], zones.get(last_event.get(d["id"], "")))] for d in data["devices"]])
        _fill(self.bundles, [[_moment(b["received_at"], zones.get(b["event_id"])), kind_name(b["kind"]), b["event"],
                              f"{shown_name(b['device'])} ({b['fingerprint']})", b["rows_changed"], b["file"]] for b in data["bundles"]])
        _fill(self.doubles, [[d["event"], d["name"], self._seen(d["counted"], zones.get(d["event_id"])),
                              "; ".join(self._seen(o, zones.get(d["event_id"])) for o in d["others"])]
                             for d in data["double_checkins"]])
        from ..core.i18n import _
        from ..core.reports.kpi import FEWER
        from ..core.vocabulary import gender_label, method_label, region_label, role_label, stakeholder_label

        names = {"region": self.tr("Region"), "country": self.tr("Country"), "role": self.tr("Role")}
        rows = []
        for key, values in data["attendance"].items():
            for value, cell in values.items():
                if key == "country":
                    shown = country_name(value) if value else "–"
                else:
                    shown = region_label(value) if key == "region" else role_label(value) if value else "–"
                rows.append([names[key], shown, cell["registered"], cell["checked_in"]])
        _fill(self.attendance, rows)
        fewer = self.tr("fewer than 5")
        _fill(self.kpi, [[gender_label(c["gender"]), region_label(c["region"]), stakeholder_label(c["stakeholder"]),
                          *(fewer if c[k] == FEWER else c[k] for k in ("registered", "attended"))]
                         for c in data["kpi"]["cells"]])
        from ..core.actions import PAIRING_LABELS, STATUS_LABELS

        _fill(self.roadmap, [[p["event"], p["title"], _(STATUS_LABELS[p["status"]]), _(PAIRING_LABELS[p["pairing"]]),
                              "; ".join(f"{local_day(m['date'])} {m['text']}" for m in p["milestones"]) or "–"]
                             for p in data["roadmap"]], [(p["id"], p["status"]) for p in data["roadmap"]])
        self._follow_selection()
        _fill(self.results, [[r["event"], r["poll"], method_label(r["method"]), r["ballots"], r["eligible"],
                              r["first"] or "–"] for r in data["results"]])
        self.retranslate()

    def chosen_plan(self) -> str | None:
        """The id of the plan chosen in the roadmap, if any."""
        rows = self.roadmap.selectionModel().selectedRows()
        item = self.roadmap.item(rows[0].row(), 0) if rows else None
        return item.data(_KEY)[0] if item is not None else None

    def _follow_selection(self) -> None:
        rows = self.roadmap.selectionModel().selectedRows()
        item = self.roadmap.item(rows[0].row(), 0) if rows else None
        if item is not None:
            self.status_choice.setCurrentIndex(max(0, self.status_choice.findData(item.data(_KEY)[1])))
        for widget in (self.status_choice, self.status_button):
            widget.setEnabled(bool(rows))

    def _request_status(self) -> None:
        plan = self.chosen_plan()
        if plan:
            self.status_requested.emit(plan, self.status_choice.currentData())

    def _seen(self, seen: dict[str, str], zone: str | None) -> str:
        """Where and when a check-in was made: "Laptop 2, 03/12/26 09:14"."""
        return self.tr("%1, %2").replace("%1", shown_name(seen["device"])).replace("%2", local_stamp(seen["at"], zone))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        data = self.data or {"events": [], "devices": [], "bundles": [], "double_checkins": []}
        titles = [self.tr("Events (%1)").replace("%1", str(len(data["events"]))),
                  self.tr("Devices (%1)").replace("%1", str(len(data["devices"]))),
                  self.tr("Bundles received (%1)").replace("%1", str(len(data["bundles"]))),
                  self.tr("Attendance"), self.tr("Results"),
                  self.tr("Double check-ins (%1)").replace("%1", str(len(data["double_checkins"]))),
                  self.tr("KPIs by gender and stakeholder"),
                  self.tr("Roadmap (%1)").replace("%1", str(len(data.get("roadmap", []))))]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.events.setHorizontalHeaderLabels([self.tr("Event"), self.tr("Starts"), self.tr("Venue"),
                                               self.tr("Registered"), self.tr("Checked in"), self.tr("Ideas"),
                                               self.tr("Ballots"), self.tr("Last bundle")])
        self.devices.setHorizontalHeaderLabels([self.tr("Device"), self.tr("Fingerprint"), self.tr("Bundles"),
                                                self.tr("Events"), self.tr("Last bundle")])
        self.bundles.setHorizontalHeaderLabels([self.tr("Received"), self.tr("Kind"), self.tr("Event"), self.tr("Device"),
                                                self.tr("Rows changed"), self.tr("File")])
        self.attendance.setHorizontalHeaderLabels([self.tr("By"), self.tr("Value"), self.tr("Registered"),
                                                   self.tr("Checked in")])
        self.results.setHorizontalHeaderLabels([self.tr("Event"), self.tr("Poll"), self.tr("Method"), self.tr("Ballots"),
                                                self.tr("Eligible"), self.tr("First")])
        self.doubles.setHorizontalHeaderLabels([self.tr("Event"), self.tr("Person"), self.tr("Counted"),
                                                self.tr("Also checked in (superseded)")])
        self.kpi.setHorizontalHeaderLabels([self.tr("Gender"), self.tr("Region"), self.tr("Stakeholder type"),
                                            self.tr("Registered"), self.tr("Attended")])
        self.roadmap.setHorizontalHeaderLabels([self.tr("Event"), self.tr("Action plan"), self.tr("Status"),
                                                self.tr("Pairing"), self.tr("Milestones")])
        from ..core.actions import STATUS_LABELS, STATUSES
        from ..core.i18n import _

        chosen = self.status_choice.currentIndex()
        self.status_choice.clear()
        for status in STATUSES:
            self.status_choice.addItem(_(STATUS_LABELS[status]), status)
        self.status_choice.setCurrentIndex(max(chosen, 0))
        self.status_label.setText(self.tr("S&tatus of the chosen plan"))
        self.status_choice.setAccessibleName(self.tr("Status of the chosen plan"))
        self.status_button.setText(self.tr("Set the status"))
        self.status_button.setToolTip(self.tr("A later event's news: move the chosen plan to planned, started or done"))
        self.kpi.setToolTip(self.tr("Registered and attended across the events, by gender, region and stakeholder "
                                    "type; groups of 1 to 4 people are shown as “fewer than 5”."))
        self.doubles.setToolTip(self.tr("People checked in on more than one laptop: the earliest check-in counts, the "
                                        "others are kept as superseded."))
        for table, name in ((self.events, self.tr("Events")), (self.devices, self.tr("Devices")),
                            (self.bundles, self.tr("Bundles received")), (self.attendance, self.tr("Attendance")),
                            (self.results, self.tr("Results")), (self.doubles, self.tr("Double check-ins")),
                            (self.kpi, self.tr("KPIs by gender and stakeholder")),
                            (self.roadmap, self.tr("Roadmap"))):
            table.setAccessibleName(name)
