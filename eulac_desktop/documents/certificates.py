"""Attendance certificates (PDF, A4 landscape), each in its person's language: the event, its dates and venue, the
sessions and hours attended, the organiser's name and signature image, and the verification code
(`core.certificates`). One file per person in a folder, and one merged PDF of them all for printing."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal

from ..core import certificates as core
from ..core import files
from ..core.i18n import plural_translator, translator
from ..core.text import fold
from .fonts import draw_text, register, runs, text_width

MERGED = "certificates.pdf"
#: a progress callback gets (done, total) and returns False to cancel
Progress = Callable[[int, int], bool]


def file_name(cert: core.Certificate) -> str:
    """The file of one person's certificate: their name in plain letters, and the start of the code (unique)."""
    name = re.sub(r"[^a-z0-9]+", "-", fold(f"{cert.family_name} {cert.given_name}")).strip("-")[:60] or "certificate"
    return f"{name}-{cert.code.replace(' ', '')[:8]}.pdf"


class _Lines:
    """Draws centred lines of text fast: each text's runs of fonts (`fonts.runs`) worked out once, a line in one
    plain run drawn straight with reportlab; anything else (other scripts, shaped Arabic) through `fonts.draw_text`."""

    def __init__(self) -> None:
        self._plain: dict[tuple[str, str], bool] = {}

    def plain(self, text: str, font: str) -> bool:
        key = (text, font)
        if key not in self._plain:
            parts = runs(text, font)
            self._plain[key] = len(parts) <= 1 and (not parts or parts[0].font == font)
        return self._plain[key]

    def width(self, text: str, font: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(text, font, size) if self.plain(text, font) else text_width(text, font, size)

    def fitted(self, text: str, font: str, size: float, width: float) -> float:
        """The largest size up to `size` at which `text` fits `width` (at least 40 % of it)."""
        wide = self.width(text, font, size)
        return size if wide <= width else max(size * 0.4, size * width / wide)

    def draw(self, canvas: Any, x: float, y: float, text: str, font: str, size: float, align: str = "centre",
             fit: float | None = None) -> None:
        size = self.fitted(text, font, size, fit) if fit else size
        if not self.plain(text, font):
            draw_text(canvas, x, y, text, font, size, align)
            return
        canvas.setFont(font, size)
        if align == "centre":
            canvas.drawCentredString(x, y, text)
        else:
            canvas.drawString(x, y, text)


def _place(event: Any, language: str) -> str:
    """The event's dates and venue as the language writes them."""
    locale = "en_GB" if language == "en" else language
    days = " – ".join(dict.fromkeys(format_date(date.fromisoformat(d), "long", locale=locale)
                                    for d in (event.start_date, event.end_date) if d))
    return " · ".join(x for x in (days, event.venue) if x)


def draw_certificate(canvas: Any, cert: core.Certificate, event: Any, organiser: str, signature: Any,
                     with_sessions: bool, lines: _Lines | None = None, place: str | None = None) -> None:
    """One certificate on one page of `canvas` (A4 landscape), in `cert.language` (`lines` and `place` may be
    shared between certificates, for speed)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape

    regular, bold = register()
    lines = lines or _Lines()
    t = translator(cert.language)
    ngettext = plural_translator(cert.language)
    width, height = landscape(A4)
    middle = width / 2
    canvas.setStrokeColor(colors.HexColor("#2f6fb0"))
    canvas.setLineWidth(3)
    canvas.rect(24, 24, width - 48, height - 48)
    canvas.setLineWidth(0.8)
    canvas.rect(32, 32, width - 64, height - 64)
    canvas.setFillColor(colors.HexColor("#1d4f86"))
    lines.draw(canvas, middle, height - 120, t("Certificate of attendance"), bold, 32, fit=width - 140)
    canvas.setFillColor(colors.black)
    lines.draw(canvas, middle, height - 172, t("This certifies that"), regular, 14)
    lines.draw(canvas, middle, height - 218, f"{cert.given_name} {cert.family_name}".strip(), bold, 30, fit=width - 160)
    lines.draw(canvas, middle, height - 256, t("attended"), regular, 14)
    lines.draw(canvas, middle, height - 292, event.name, bold, 22, fit=width - 160)
    place = _place(event, cert.language) if place is None else place
    if place:
        lines.draw(canvas, middle, height - 318, place, regular, 12, fit=width - 160)
    if with_sessions and cert.sessions:  # someone only checked in at the door: not "0 sessions attended, 0 h"
        hours = format_decimal(cert.hours, "#,##0.#", locale="en_GB" if cert.language == "en" else cert.language)
        line = ngettext("{n} session attended, {hours} h in all", "{n} sessions attended, {hours} h in all",
                        cert.sessions).format(n=cert.sessions, hours=hours)
        lines.draw(canvas, middle, height - 350, line, regular, 13)
    # the organiser signs on the right; the verification code on the left
    line_y = 120
    if signature is not None:
        canvas.drawImage(signature, width - 300, line_y + 4, width=200, height=60, preserveAspectRatio=True,
                         anchor="sw")
    canvas.setStrokeColor(colors.HexColor("#444444"))
    canvas.line(width - 310, line_y, width - 90, line_y)
    if organiser:
        lines.draw(canvas, width - 200, line_y - 16, organiser, bold, 11, fit=220)
    lines.draw(canvas, width - 200, line_y - 30, t("Organiser"), regular, 9)
    lines.draw(canvas, 90, line_y + 14, t("Verification code"), regular, 9, align="left")
    lines.draw(canvas, 90, line_y - 4, cert.code, bold, 15, align="left")
    lines.draw(canvas, 90, line_y - 20, t("The organisers can check it in the event's file."), regular, 8, align="left")


def signature_image(data: bytes | None) -> Any:
    """The signature as reportlab draws it: once made a JPEG on white (embedded as it is in every file, where a
    PNG would be decoded and compressed again for each)."""
    if not data:
        return None
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    with Image.open(io.BytesIO(data)) as img:
        rgba = img.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.split()[3])
        out = io.BytesIO()
        flat.save(out, "JPEG", quality=90)
    return ImageReader(io.BytesIO(out.getvalue()))


def _writers(ws: Any, folder: Path, certs: list[core.Certificate], progress: Progress | None
             ) -> tuple[dict[Path, Callable[[Path], object]], Callable[[Path], None]]:
    """The writers of each person's file in `folder`, and the writer of the merged PDF."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from ..core import errors
    from ..core.checkin import sessions
    from ..core.event import get_event

    event = get_event(ws)
    organiser, image = core.signer(ws)
    signature = signature_image(image)
    with_sessions = bool(sessions(ws))
    size = landscape(A4)
    lines = _Lines()
    places = {lang: _place(event, lang) for lang in {c.language for c in certs}}

    def page(canvas: Any, cert: core.Certificate) -> None:
        draw_certificate(canvas, cert, event, organiser, signature, with_sessions, lines, places[cert.language])
        canvas.showPage()

    def one(cert: core.Certificate, done: int) -> Callable[[Path], None]:
        def write(tmp: Path) -> None:
            canvas = Canvas(str(tmp), pagesize=size, pageCompression=1)
            canvas.setTitle(f"{event.name} — {translator(cert.language)('Certificate of attendance')}")
            page(canvas, cert)
            canvas.save()
            if progress and progress(done, len(certs) + 1) is False:
                raise errors.Cancelled()
        return write

    def merged(tmp: Path) -> None:
        canvas = Canvas(str(tmp), pagesize=size, pageCompression=1)
        canvas.setTitle(event.name)
        for cert in certs:
            page(canvas, cert)
        canvas.save()

    return {folder / file_name(c): one(c, n) for n, c in enumerate(certs, 1)}, merged


def _folder(out_dir: str | os.PathLike[str]) -> Path:
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise files.write_error(exc, folder) from exc
    return folder


def certificates_pdfs(ws: Any, out_dir: str | os.PathLike[str], certs: list[core.Certificate],
                      progress: Progress | None = None) -> list[Path]:
    """Write one PDF per certificate into `out_dir` (made if needed) and the merged `certificates.pdf`; all of them
    appear or none. Returns the per-person files, in the order of `certs`."""
    folder = _folder(out_dir)
    writers, merged = _writers(ws, folder, certs, progress)
    paths = list(writers)
    files.write_all({**writers, folder / MERGED: merged})
    return paths


def merged_and_folder(ws: Any, out: Path, folder: Path, certs: list[core.Certificate],
                      progress: Progress | None = None) -> list[Path]:
    """The print path's way (`ui.printing`): the merged PDF written to `out` (a file the caller renames into
    place), each person's file into `folder` (all of them or none). Returns the per-person files."""
    writers, merged = _writers(ws, _folder(folder), certs, progress)
    files.write_all(writers)
    merged(out)
    return list(writers)
