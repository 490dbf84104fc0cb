"""Moments and dates as people read them: in the event's time zone, in the reader's language (QLocale)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimeZone


def local_stamp(iso: str | None, zone: str | None) -> str:
    """An ISO 8601 moment with its offset (a bundle's or a receipt's time) in the time zone `zone` (an IANA name;
    UTC when unknown), written the reader's way ("27/11/26 22:20" in Spanish); "–" when there is none."""
    if not iso:
        return "–"
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    tz = QTimeZone(zone.encode()) if zone else QTimeZone.utc()
    return QLocale().toString(moment.toTimeZone(tz if tz.isValid() else QTimeZone.utc()), QLocale.FormatType.ShortFormat)


def local_day(iso: str | None) -> str:
    """An ISO day ("2026-12-07") written the reader's short way ("7/12/26" in Spanish); "–" when there is none,
    the text itself when it is not a day."""
    if not iso:
        return "–"
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else iso


def local_dates(start: str | None, end: str | None) -> str:
    """An event's dates (ISO days) written the reader's way: one day, or "first – last"; "–" when unknown."""
    days = [QDate.fromString(d, Qt.DateFormat.ISODate) for d in (start, end or start) if d]
    shown = [QLocale().toString(d, QLocale.FormatType.LongFormat) for d in days if d.isValid()]
    if not shown:
        return "–"
    return shown[0] if len(shown) == 1 or shown[0] == shown[-1] else f"{shown[0]} – {shown[-1]}"
