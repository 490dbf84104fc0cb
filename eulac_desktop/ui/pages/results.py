"""The Results page: signed bundles out (setup for the other laptops, result for the coordinator, anonymised
for anyone) and in (verified, the device checked, what would change shown, then merged), and the bundles
received so far."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import bundles, master
from ...core.bundles.authority import check_authority
from ...core.device import shown_name
from ...core.errors import EulacError, unexpected
from ...core.workspace import Changes, Workspace
from ..dashboard import DashboardView, kind_name
from ..literal import literal
from ..session import EventSession, field_edit, show_error
from ..settings import Settings
from ..stamps import local_day, local_stamp
from ..tasks import Task
from ..trust_dialogs import accept_clock_skew, accept_new_key
from ..widgets import FlowLayout
from .base import Page


def table_name(name: str) -> str:
    """A bundle's table, as people read it (the data's own name when it is one this version does not know)."""
    names = {
        "events": QCoreApplication.translate("ImportPreview", "Event"),
        "participants": QCoreApplication.translate("ImportPreview", "Participants"),
        "participant_merges": QCoreApplication.translate("ImportPreview", "Merged duplicates"),
        "erasures": QCoreApplication.translate("ImportPreview", "Personal data erased"),
        "sessions": QCoreApplication.translate("ImportPreview", "Sessions"),
        "checkins": QCoreApplication.translate("ImportPreview", "Check-ins"),
        "attendance": QCoreApplication.translate("ImportPreview", "Session attendance"),
        "polls": QCoreApplication.translate("ImportPreview", "Polls"),
        "votes": QCoreApplication.translate("ImportPreview", "Who voted"),
        "ballots": QCoreApplication.translate("ImportPreview", "Ballots"),
        "ballot_voids": QCoreApplication.translate("ImportPreview", "Voided ballots"),
        "ballot_checks": QCoreApplication.translate("ImportPreview", "Paper ballots read"),
        "challenges": QCoreApplication.translate("ImportPreview", "Challenges"),
        "clusters": QCoreApplication.translate("ImportPreview", "Clusters"),
        "ideas": QCoreApplication.translate("ImportPreview", "Ideas"),
        "topics": QCoreApplication.translate("ImportPreview", "P2P topics"),
        "p2p_plans": QCoreApplication.translate("ImportPreview", "P2P plans"),
        "p2p_feedback": QCoreApplication.translate("ImportPreview", "P2P ratings"),
        "action_plans": QCoreApplication.translate("ImportPreview", "Action plans"),
        "surveys": QCoreApplication.translate("ImportPreview", "Evaluation survey"),
        "survey_answers": QCoreApplication.translate("ImportPreview", "Evaluation answers"),
    }
    return names.get(name, name)


class ImportPreview(QDialog):
    """What a bundle would change, table by table, and the rows it makes superseded, before anything is written."""

    def __init__(self, plan: bundles.ImportPlan, parent: QWidget | None = None, *, zone: str = "UTC",
                 doubly_checked_in: list[str] | None = None):
        super().__init__(parent)
        m = plan.bundle.manifest
        self.setWindowTitle(self.tr("Import a bundle"))
        made = self.tr("%1 (%2)").replace("%1", local_stamp(m["created"], zone)).replace("%2", zone)
        self.head = head = QLabel(self.tr("A bundle (%1) of “%2”, made on %3 by %4 (%5).").replace(
            "%1", kind_name(m["kind"])).replace("%2", m["event"]["name"]).replace("%3", made).replace(
            "%4", shown_name(m["device"]["name"])).replace("%5", m["device"]["fingerprint"]))
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        table = QTableWidget(len(plan.counts), 5)
        table.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Added"), self.tr("Updated"), self.tr("Unchanged"),
                                         self.tr("Superseded")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (name, counts) in enumerate(plan.counts.items()):
            for column, value in enumerate((table_name(name), counts["added"], counts["updated"], counts["unchanged"],
                                            counts["superseded"])):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if column
                                      else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.setAccessibleName(self.tr("What the import changes"))
        note = QLabel(self.tr("Nothing to change: this bundle's data is already here.") if not plan.changes_anything()
                      else self.tr("%n row(s) will stop counting (a later check-in or ballot of the same person); "
                                   "they are kept and listed in the audit.", "", len(plan.conflicts))
                      if plan.conflicts else self.tr("Nothing is written until you import."))
        note.setWordWrap(True)
        names = doubly_checked_in or []
        self.doubles = QLabel(self.tr("%n person(s) checked in on more than one laptop (the earliest check-in counts): %1",
                                      "", len(names)).replace("%1", ", ".join(names)))
        self.doubles.setWordWrap(True)
        self.doubles.setTextFormat(Qt.TextFormat.PlainText)
        self.doubles.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.doubles.setVisible(bool(names))
        self.left_out = QLabel(self.tr("“%1” is not a coordinator of this event: %n row(s) of the event's settings "
                                       "left out.", "", len(plan.ignored)).replace("%1", shown_name(m["device"]["name"])))
        self.left_out.setWordWrap(True)
        self.left_out.setTextFormat(Qt.TextFormat.PlainText)
        self.left_out.setVisible(bool(plan.ignored))
        self.refused = QLabel(self.tr("%n ballot(s) refused, not imported: more than the people its laptop recorded as "
                                      "having voted in the poll (made-up ballots).", "", len(plan.refused_ballots)))
        self.refused.setWordWrap(True)
        self.refused.setVisible(bool(plan.refused_ballots))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(plan.changes_anything())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(table, 1)
        layout.addWidget(note)
        layout.addWidget(self.doubles)
        layout.addWidget(self.left_out)
        layout.addWidget(self.refused)
        layout.addWidget(buttons)
        self.resize(620, 480)


class ResultsPage(Page):
    """Bundles out and in."""

    reload_on_show = True  # the devices trusted and the bundles received live beside the file too

    def __init__(self, session: EventSession, parent: QWidget | None = None):
        super().__init__(parent, session)
        self.session = session
        self._task: Task | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.export_buttons = {kind: QPushButton() for kind in ("setup", "result", "anonymised")}
        for kind, button in self.export_buttons.items():
            button.clicked.connect(lambda _c=False, kind=kind: self.export(kind))
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.import_bundle())
        self.report_button, self.data_button = QPushButton(), QPushButton()
        self.report_button.clicked.connect(self.report)
        self.data_button.clicked.connect(self.data)
        row = FlowLayout()  # wraps in a narrow window rather than cutting "Exportar um pacote…" short
        for button in (*self.export_buttons.values(), self.import_button):
            row.addWidget(button)
        reports = FlowLayout()
        reports.addWidget(self.report_button)
        reports.addWidget(self.data_button)
        self.dashboard = DashboardView()
        self.dashboard.status_requested.connect(self.set_plan_status)
        self.master = session.ws.is_master
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.intro)
        self.body.addLayout(row)
        self.body.addLayout(reports)
        self.body.addWidget(self.status)
        self.body.addWidget(self.dashboard, 1)
        for button in self.export_buttons.values():  # in the page by now: shown, a button is not a window of its own
            button.setVisible(not self.master)  # a master receives bundles; the events' laptops send them
        self.retranslate()

    def refresh(self, changes: Changes | None) -> None:
        if changes is None or changes.action.startswith(("bundle.", "actions.")):
            self.reload()

    def reload(self) -> None:
        """The dashboard: events, devices and bundles received, attendance and results."""
        self.dashboard.reload(self.session.ws)

    def set_plan_status(self, plan_id: str, status: str) -> None:
        """Move an action plan (of any event, in a master) to `status`: a later event's news; undoable."""
        from ...core import actions

        ws = self.session.ws
        self.session.run(self.tr("Change an action plan's status"),
                         *field_edit(lambda values: actions.set_status(ws, plan_id, **values), {"status": status}), self)

    def choose_event(self) -> str | None:
        """In a master file, the event a report is about (asked); in an event file, its own. None: cancelled."""
        if not self.master:
            return self.session.ws.event_id
        choices = master.events(self.session.ws)
        if not choices:
            self.status.setText(self.tr("This master file holds no event yet: import the events' bundles first."))
            return None
        labels = [f"{e['name']} ({local_day(e['start_date'])})" for e in choices]
        label, ok = QInputDialog.getItem(self, self.tr("Which event?"), self.tr("Event:"), labels, 0, False)
        return choices[labels.index(label)]["id"] if ok else None

    # -- out -----------------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        settings = Settings()
        suggested = Path(settings.last_folder()) / f"{self.session.ws.path.stem}-{kind}.zip"
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the bundle"), str(suggested),
                                               self.tr("Bundles (*.zip)"))
        if not path:
            return
        settings.set_last_folder(Path(path).parent)
        ws = self.session.ws

        def work(_progress):  # type: ignore[no-untyped-def]
            with ws.for_worker() as worker:
                return bundles.export_bundle(worker, path, kind)

        self._run(self.tr("Writing the bundle…"), work, lambda manifest: self.status.setText(
            self.tr("Wrote %1 (signed by %2, %3).").replace("%1", path).replace("%2", manifest["device"]["name"])
            .replace("%3", manifest["device"]["fingerprint"])))

    def report(self) -> None:
        """The outcome report (PDF), through the print flow (save, then print)."""
        from ...documents.outcome import outcome_pdf
        from ..printing import Printout, event_name, file_name, save_and_print

        event_id = self.choose_event()
        if event_id is None:
            return
        name = (next(e["name"] for e in master.events(self.session.ws) if e["id"] == event_id) if self.master
                else event_name(self.session))
        ws = self.session.ws

        def write(path: Path, _progress) -> int:  # type: ignore[no-untyped-def]
            with ws.for_worker() as worker:
                master.require_event(worker, event_id)
                return outcome_pdf(worker, path)

        printout = Printout("report", file_name(name, self.tr("outcome report")), self.tr("Save the outcome report"),
                            self.tr("Writing the report…"), write)
        self._print_job = save_and_print(self, self.session, printout)
        if self._print_job is not None:
            self._print_job.saved.connect(lambda path: self.status.setText(self.tr("Wrote %1.").replace("%1", str(path))))

    def data(self) -> None:
        """Every table as one XLSX workbook (or CSV files) in a folder."""
        from ...core.reports import export_data

        event_id = self.choose_event()
        if event_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the data"), Settings().last_folder())
        if not folder:
            return
        ws = self.session.ws

        def work(_progress):  # type: ignore[no-untyped-def]
            with ws.for_worker() as worker:
                master.require_event(worker, event_id)
                return export_data(worker, folder, xlsx=True)

        self._run(self.tr("Writing the data…"), work, lambda files: self.status.setText(
            self.tr("Wrote %1.").replace("%1", ", ".join(str(f) for f in files))))

    # -- in ------------------------------------------------------------------------------------

    def import_bundle(self, path: str | None = None) -> None:
        """Verify the signed manifest, check the device, read and verify the rows, show what would change, then merge
        (each step can be cancelled). Trust is decided on the manifest alone, as `eulac bundle import` does: an
        untrusted signer's bundle costs no more than its manifest until someone trusts it."""
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Import a bundle"), Settings().last_folder(),
                                                   self.tr("Bundles (*.zip)"))
            if not path:
                return
        self._run(self.tr("Checking the bundle…"), lambda _p: bundles.read_manifest(path), self._judged)

    def _judged(self, unopened: bundles.Bundle) -> None:
        """The manifest is verified: refuse what this file never takes, ask about the device, then read the rows."""
        trust = self._trusted(unopened)
        if trust is None:
            return
        self._run(self.tr("Checking the bundle…"), lambda _p: bundles.read_bundle_again(unopened.path, unopened),
                  lambda bundle: self._verified(bundle, trust))

    def _trusted(self, bundle: bundles.Bundle) -> bool | None:
        """From the bundle's manifest: whether its device is trusted now (True: asked and trusted; False: trusted
        before), or None when it is refused or not trusted (the status says so)."""
        device = bundle.manifest["device"]
        try:  # a bundle this file never takes is refused first: nobody is asked to trust its device for nothing
            bundles.check_destination(self.session.ws, bundle)
            check_authority(self.session.ws, bundle)  # a laptop's setup bundle (its rows are checked once read)
        except EulacError as exc:
            self.status.setText(self.tr("Not imported."))
            show_error(self, exc)
            return None
        trust = False
        if bundle.key_changed:  # its own act, never the new-device question (ARCHITECTURE.md §4)
            if not accept_new_key(self, shown_name(device["name"]), bundle.known_fingerprint, device["fingerprint"]):
                self.status.setText(self.tr("Not imported: the device's new key was not accepted."))
                return None
            trust = True
        elif not bundle.trusted or bundles.first_setup_of_event(self.session.ws, bundle):
            trust = self.ask_trust(bundle)
            if not trust:
                self.status.setText(self.tr("Not imported: the device was not trusted."))
                return None
        return trust

    def _verified(self, bundle: bundles.Bundle, trust: bool) -> None:
        """The whole bundle is verified: its rows must be its signer's to carry, then it is compared."""
        try:
            check_authority(self.session.ws, bundle)
        except EulacError as exc:
            self.status.setText(self.tr("Not imported."))
            show_error(self, exc)
            return
        self._plan(bundle, trust)

    def _plan(self, bundle: bundles.Bundle, trust: bool, accept_skew: bool = False) -> None:
        """Compare the bundle with this event off the GUI thread; a clock far ahead is asked about, then compared again."""
        ws = self.session.ws
        device = bundle.manifest["device"]

        def work(_progress):  # type: ignore[no-untyped-def]
            with ws.for_worker() as worker:
                return bundles.plan_import(worker, bundle, accept_clock_skew=accept_skew, trust_new_event=trust)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, bundles.ClockAhead) and not accept_skew:
                if accept_clock_skew(self, exc):
                    self._plan(bundle, trust, accept_skew=True)
                else:
                    self.status.setText(self.tr("Not imported."))
                return
            show_error(self, exc if isinstance(exc, EulacError) else unexpected(exc))

        self._run(self.tr("Comparing with this event…"), work, lambda plan: self._planned(plan, trust, device), failed)

    def ask_trust(self, bundle: bundles.Bundle) -> bool:
        """Trust on first use: the device's name and fingerprint, to check with its owner; in a master file, also the
        first setup bundle of an event, which makes its device the event's coordinator there."""
        device = bundle.manifest["device"]
        if bundles.first_setup_of_event(self.session.ws, bundle):
            title, text = self.tr("A new event"), self.tr(
                "This is the first setup bundle of the event “%1” this master file receives: it makes “%2” the "
                "event's coordinator here. Check with the coordinator that its fingerprint is %3, then trust it.").replace(
                "%1", bundle.manifest["event"].get("name", "")).replace("%2", shown_name(device["name"])).replace(
                "%3", device["fingerprint"])
        else:
            title, text = self.tr("A new device"), self.tr(
                "This bundle comes from “%1”, a device not trusted yet. Check with its owner that its fingerprint is "
                "%2, then trust it.").replace("%1", shown_name(device["name"])).replace("%2", device["fingerprint"])
        box = QMessageBox(QMessageBox.Icon.Question, title, literal(text), QMessageBox.StandardButton.Cancel, self)
        accept = box.addButton(self.tr("&Trust this device"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is accept

    def bundle_zone(self, bundle: bundles.Bundle) -> str:
        """The time zone of the bundle's event: as this file holds it, else as the bundle carries it, else UTC."""
        zones = {e["id"]: e["timezone"] for e in master.events(self.session.ws)}
        zones.update({r["id"]: r.get("timezone") or "UTC" for r in bundle.rows("events") if r.get("id") not in zones})
        return str(zones.get(bundle.event_id, "UTC"))

    def _planned(self, plan: bundles.ImportPlan, trust: bool, device: dict[str, Any]) -> None:
        ws = self.session.ws
        preview = ImportPreview(plan, self, zone=self.bundle_zone(plan.bundle),
                                doubly_checked_in=bundles.doubly_checked_in(ws, plan))
        if not preview.exec():
            self.status.setText(self.tr("Not imported."))
            return
        if trust:
            bundles.trust_device(device["id"], device["name"], device["public_key"], device["fingerprint"])

        def work(worker: Workspace, _progress: object) -> Changes:
            changes = bundles.apply_import(worker, plan)
            bundles.take_named_devices(plan, ws.device.id)  # a coordinator's setup bundle: the event's devices
            return changes

        self._task = self.session.run(self.tr("Import a bundle"), work, None, self, progress=self.tr("Importing…"),
                                      then=self._imported)

    def _imported(self, changes: Changes) -> None:
        self.status.setText(self.tr("Imported: %n row(s) added or updated.", "", sum(
            len(ids) for kind in (changes.inserted, changes.updated) for ids in kind.values())))
        self.reload()

    def _run(self, label: str, work, done, failed=None) -> None:  # type: ignore[no-untyped-def]
        self._task = Task(self, label, work)
        self._task.finished.connect(done)
        self._task.failed.connect(failed or (lambda exc: show_error(
            self, exc if isinstance(exc, EulacError) else unexpected(exc))))
        self._task.start()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Results"))
        if self.master:
            self.intro.setText(self.tr(
                "This master file holds the events of a programme. Import each event's setup bundle and each laptop's "
                "result bundle: the tabs below show what arrived, from which device, and attendance and results "
                "across events. Reports and data are made for one event at a time."))
        else:
            self.intro.setText(self.tr(
                "A setup bundle carries this event (and its secrets) to the other laptops; each laptop sends back a "
                "result bundle; the coordinator imports them all. An anonymised bundle holds no personal data. Every "
                "bundle is signed by the device that made it."))
        texts = {"setup": self.tr("Export a &setup bundle…"), "result": self.tr("Export a &result bundle…"),
                 "anonymised": self.tr("Export an &anonymised bundle…")}
        for kind, button in self.export_buttons.items():
            button.setText(texts[kind])
        self.import_button.setText(self.tr("I&mport a bundle…"))
        self.report_button.setText(self.tr("Ou&tcome report (PDF)…"))
        self.data_button.setText(self.tr("All the &data (XLSX)…"))
