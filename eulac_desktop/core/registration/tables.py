"""Reading organisers' lists: CSV/TSV/TXT in any usual encoding and separator, XLSX/XLS/ODS sheets.

The result is a `Table`: header cells and data rows (strings), each row keeping its line number in the
file, so problems are reported where the organiser will look for them.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zlib
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from .. import errors
from ..i18n import N_

if TYPE_CHECKING:
    import zipfile
    from xml.etree.ElementTree import Element

SEPARATORS = (",", ";", "\t", "|")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
MAX_BYTES = 200 * 1024 * 1024
MAX_COLUMNS = 1000  # a list of people has a few dozen; each column is a choice in the window's import dialog
_SAMPLE_ROWS = 5


class ListMissing(errors.EulacError):
    code = "list_missing"
    message = N_("The list “{path}” does not exist.")
    hint = N_("Check the file's name and folder.")


class UnreadableList(errors.EulacError):
    code = "unreadable_list"
    message = N_("“{path}” cannot be read as a list of participants: {reason}")
    hint = N_("Save it from the spreadsheet as CSV (UTF-8) or XLSX and try again.")


@dataclass
class Table:
    """A list as read: header, rows (with their line numbers in the file), and how it was read."""

    header: list[str]
    rows: list[list[str]]
    line_numbers: list[int]
    encoding: str = ""
    separator: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    #: other plausible encodings when the guess is not certain: {encoding: sample of decoded names}
    encoding_alternatives: dict[str, list[str]] = field(default_factory=dict)

    @property
    def encoding_certain(self) -> bool:
        return not self.encoding_alternatives


def read_table(path: str | os.PathLike[str], *, sheet: str | None = None, encoding: str | None = None,
               separator: str | None = None) -> Table:
    """Read a list of participants; `sheet`, `encoding` and `separator` override what is detected. A `sheet` is
    refused for a text list, which has none."""
    path = Path(path)
    if not path.exists():
        raise ListMissing(path=str(path))
    if path.is_dir():
        raise UnreadableList(path=str(path), reason=N_("it is a folder"))
    if not path.is_file():  # a device or a pipe: reading it may never end
        raise UnreadableList(path=str(path), reason=N_("it is not an ordinary file (a device or a pipe)"))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UnreadableList(path=str(path), reason=N_("it is larger than 200 MB"))
        if path.suffix.lower() in SHEET_SUFFIXES or _looks_like_zip_or_ole(path):
            return _read_sheet(path, sheet)
        if sheet is not None:  # a sheet asked of a text list: not silently read as its only "sheet"
            raise UnreadableList(path=str(path), reason=N_("it is a text list (CSV, TSV or TXT), which has no sheets"),
                                 hint=N_("Leave out the sheet: only a spreadsheet (XLSX, XLS or ODS) has sheets to choose."))
        data = path.read_bytes()
    except OSError as exc:  # no permission, a file on a drive that went away…
        raise UnreadableList(path=str(path), reason=N_("it cannot be opened ({detail})"), detail=exc.strerror or str(exc)) from exc
    return read_text_table(data, str(path), encoding=encoding, separator=separator)


def _looks_like_zip_or_ole(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(8)
    return head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


# -- text files -------------------------------------------------------------------------------


def read_text_table(data: bytes, name: str = "", *, encoding: str | None = None,
                    separator: str | None = None) -> Table:
    """Read a delimited text file's bytes (the encoding and the separator are detected unless given).

    When the encoding is a guess that could garble names (see `choose_encoding`), the table keeps the
    likely encodings with a sample of names read each way in `encoding_alternatives`.
    """
    if not data or data.isspace():  # (all blank; without copying the file as strip would)
        raise UnreadableList(path=name, reason=N_("the file is empty"))
    choice = choose_encoding(data) if encoding is None else None
    if choice is not None:
        encoding = choice.encoding
    encoding = _codec_name(encoding or "utf-8")
    try:
        text = choice.text if choice is not None and choice.text is not None else decode(data, encoding)
    except LookupError:  # a name given with --encoding that no codec has
        raise UnreadableList(path=name, reason=N_("“{encoding}” is not a known encoding (known ones: {known})"),
                             encoding=encoding, known=", ".join(("utf-8", UTF8_MIXED, *LEGACY, "utf-16")),
                             hint=N_("Nothing was imported. Give --encoding one of these names.")) from None
    except UnicodeDecodeError:
        raise UnreadableList(path=name, reason=N_("it is not text in a known encoding")) from None
    if "\x00" in text:
        raise UnreadableList(path=name, reason=N_("it is not a text file (binary content)"))
    text = text.lstrip("\ufeff")
    separator = separator or detect_separator(text)
    header, rows, lines = _parse(text, separator, name)
    if not header:
        raise UnreadableList(path=name, reason=N_("the file is empty"))
    header, rows = _within_columns(header, rows, name)
    alternatives = {}
    if choice is not None and not choice.certain:
        alternatives = {enc: _name_sample(data, enc, separator, choice.sample_lines) for enc in choice.candidates}
    return Table(header, rows, lines, encoding=encoding, separator=separator, encoding_alternatives=alternatives)


#: a UTF-8 file with a few bytes that are not UTF-8 (a row pasted from a Windows-1252 file): read as
#: UTF-8, each stray byte read as Windows-1252
UTF8_MIXED = "utf-8+cp1252"
#: the single-byte encodings of organisers' spreadsheets; the first is Windows' (Excel's "CSV")
LEGACY = ("cp1252", "latin_1", "mac_roman", "cp850")
_COMMON = {"cp1252", "latin_1"}
_ALIASES = {"windows-1252": "cp1252", "iso-8859-1": "latin_1", "latin-1": "latin_1", "latin1": "latin_1",
            "macroman": "mac_roman", "mac-roman": "mac_roman", "utf8": "utf-8", "utf_8": "utf-8",
            "ibm850": "cp850", "iso-8859-15": "iso8859_15", "utf-8-mixed": UTF8_MIXED}
_APOSTROPHES = set("\u2019\u2018\u02bc\u00b4`'\u2010\u2011-")  # quotes, modifier letter, accents and hyphens
_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16", "cp1252": "Windows-1252",
                   "latin_1": "Latin-1 (ISO 8859-1)", "iso8859_15": "ISO 8859-15", "mac_roman": "Mac Roman",
                   "cp850": "DOS (850)"}


def encoding_label(encoding: str) -> str:
    """How an encoding is named to people ("Mac Roman"; `UTF8_MIXED` in words), translated."""
    from ..i18n import _

    if encoding == UTF8_MIXED:
        return _("UTF-8 with a few Windows-1252 bytes")
    return _ENCODING_NAMES.get(encoding, encoding)


@dataclass
class EncodingChoice:
    """How a text file's encoding was chosen: the encoding, whether it is certain, and, when it is not,
    the likely encodings (the chosen one first) and the lines whose names show the difference."""

    encoding: str
    certain: bool
    candidates: list[str] = field(default_factory=list)
    sample_lines: list[int] = field(default_factory=list)
    #: the whole text, when choosing the encoding read it (valid UTF-8): not decoded twice
    text: str | None = field(default=None, repr=False, compare=False)


def decode(data: bytes, encoding: str) -> str:
    """`data` as text in `encoding` (strict, except `UTF8_MIXED`, which reads stray bytes as Windows-1252)."""
    if encoding == UTF8_MIXED:
        return data.decode("utf-8", errors="eulac-cp1252")
    return data.decode(encoding)


def _stray_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    stray = exc.object[exc.start:exc.end]
    return stray.decode("cp1252", errors="replace"), exc.end


codecs.register_error("eulac-cp1252", _stray_as_cp1252)


def _codec_name(encoding: str) -> str:
    """A codec name Python knows, from what a person types ("Windows-1252", "MacRoman", "UTF8")."""
    name = _ALIASES.get(encoding.strip().lower(), encoding.strip())
    if name == UTF8_MIXED:
        return name
    try:
        return codecs.lookup(name).name.replace("-", "_") if name not in ("utf-8", "utf-8-sig", "utf-16") else name
    except LookupError:
        return name


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf_16_le" or "utf_16_be" for UTF-16 text without a byte-order mark (some spreadsheets' "Unicode text"):
    most of a list's characters are below U+0100, so a zero byte sits beside each, always on the same side; None
    for anything else (a binary file has zeros on both sides)."""
    sample = data[:20_000]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for encoding, zeros, others in (("utf_16_le", odd, even), ("utf_16_be", even, odd)):
        if others == 0 and zeros * 4 >= len(sample):  # at least half the characters
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return None if "\x00" in text else encoding
    return None


def choose_encoding(data: bytes) -> EncodingChoice:
    """Choose the encoding of a text file, and say whether the choice could garble names.

    A byte-order mark or valid UTF-8 is certain. UTF-8 with bytes that are not UTF-8 is never certain.
    Otherwise charset-normalizer ranks the single-byte encodings of spreadsheets, and each is read:
    an encoding that reads an accented letter as a symbol, a control character or a capital inside a
    lowercase word ("JosÈ", "Mar‡a") garbles names. The choice is certain only when Windows-1252 (or
    Latin-1) alone reads every name plausibly; a rarer encoding (Mac Roman, DOS) is always asked for.
    Both the command line and the import dialog ask on this one decision.
    """
    if data.startswith(codecs.BOM_UTF8):
        return EncodingChoice("utf-8-sig", True)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingChoice("utf-16", True)
    bom_less = _utf16_without_bom(data)
    if bom_less is not None:
        return EncodingChoice(bom_less, True)
    try:
        return EncodingChoice("utf-8", True, text=data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    sample = data[:200_000]
    mixed = _has_utf8_sequences(sample)
    ranked = _ranked_by_charset_normalizer(data)
    candidates = ([UTF8_MIXED] if mixed else []) + ranked + [enc for enc in LEGACY if enc not in ranked]
    readable: dict[str, str] = {}
    for enc in candidates:
        try:
            readable.setdefault(enc, decode(sample, enc))
        except (UnicodeDecodeError, LookupError):
            continue
    if not readable:
        return EncodingChoice("latin_1", False, ["latin_1"], _sample_lines(sample))
    odd = {enc: _oddities(text) for enc, text in readable.items()}
    order = sorted(readable, key=lambda enc: (odd[enc], candidates.index(enc)))
    chosen = order[0]
    differing = [enc for enc in order if readable[enc] != readable[chosen]]
    plausible_rivals = [enc for enc in differing if odd[enc] == 0]
    certain = not mixed and chosen in _COMMON and odd[chosen] == 0 and not plausible_rivals
    shown = [chosen] + [enc for enc in differing if enc not in _COMMON or chosen not in _COMMON]
    distinct: dict[str, str] = {}
    for enc in shown:  # one entry per different reading
        if readable[enc] not in distinct.values():
            distinct[enc] = readable[enc]
    return EncodingChoice(chosen, certain, list(distinct), [] if certain else _sample_lines(sample))


def _ranked_by_charset_normalizer(data: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    isolation = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]
    ranked: list[str] = []
    for match in from_bytes(data[:2_000_000], cp_isolation=isolation):
        name = _codec_name(match.encoding)
        if name not in ranked:
            ranked.append(name)
    return ranked


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether `data` holds well-formed multi-byte UTF-8 sequences (so it is UTF-8 with some stray bytes)."""
    import re

    return re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}", data) is not None


def _oddities(text: str) -> int:
    """How many characters of `text` would be odd in people's names and organisations (see `choose_encoding`)."""
    import unicodedata

    count = 0
    for i, char in enumerate(text):
        if ord(char) < 128:
            continue
        kind = unicodedata.category(char)
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ((kind[0] in "CS" and not char.isspace())
                or (kind[0] == "P" and char not in _APOSTROPHES and before.isalpha() and after.isalpha())
                or (kind == "Lu" and before.islower() and (after.islower() or not after.isalpha()))):
            count += 1
    return count


def _sample_lines(data: bytes) -> list[int]:
    """The lines (after the header) whose names show how encodings differ: those with bytes beyond
    ASCII, the first one that is not UTF-8 always included."""
    lines = data.split(b"\n")[1:]
    wide = [i for i, line in enumerate(lines, 1) if any(b > 127 for b in line)]
    broken = [i for i in wide if not _is_utf8(lines[i - 1])]
    chosen = sorted(set(wide[:_SAMPLE_ROWS - 1] + broken[:1]))
    return chosen[:_SAMPLE_ROWS]


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def detect_separator(text: str) -> str:
    """The separator of a delimited text: the one that splits the first lines most consistently."""
    lines = [line for line in _first_lines(text, 50) if line.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(lines[:20]), delimiters="".join(SEPARATORS)).delimiter
    except csv.Error:
        pass
    best, best_score = ",", -1.0
    for sep in SEPARATORS:
        counts = [line.count(sep) for line in lines]
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) / len(counts) + (0.01 * common)
        if common > 0 and score > best_score:
            best, best_score = sep, score
    return best


def _first_lines(text: str, count: int) -> list[str]:
    """`text.splitlines()[:count]`, without splitting the whole of a long text."""
    head = text[:200 * count].splitlines()
    return head[:count] if len(head) > count else text.splitlines()[:count]


def _parse(text: str, separator: str, name: str) -> tuple[list[str], list[list[str]], list[int]]:
    """Header, rows and the line each row starts on; strict about quotes, so an unclosed one is reported."""
    if len(text) < MAX_CELLS:  # (it cannot hold more cells than it has characters)
        quick = _parse_lines(text, separator)
        if quick is not None:
            return quick
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    header: list[str] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    cells_read = 0
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not "".join(cells).strip():
                continue  # blank lines
            if not header:
                header = [c.strip() for c in cells]
                continue
            cells_read += len(cells)
            if cells_read > MAX_CELLS:  # 20 million short cells already take ~2 GB; the 200 MB a file may have, ~6 GB
                raise UnreadableList(path=name, reason=N_("it has more than {cells} cells: keep only the columns and "
                                                          "rows you need, or split it"), cells=MAX_CELLS)
            rows.append(cells)
            lines.append(line)
    except csv.Error as exc:
        if str(exc).startswith("field larger than field limit"):
            raise UnreadableList(path=name, reason=N_("a cell on line {line} is longer than {limit} characters"),
                                 line=start, limit=csv.field_size_limit()) from None
        raise UnreadableList(path=name, reason=N_("the quotes are not closed or misplaced from line {line}"),
                             line=start) from None  # Python's own words (English) would say no more
    return header, rows, lines


def _parse_lines(text: str, separator: str) -> tuple[list[str], list[list[str]], list[int]] | None:
    """`_parse` of a text whose every record is one line (the usual list), read at once, blank lines left out at once;
    None when a record spans lines (a quoted line break) or the text is malformed: `_parse` reads it record by record
    and says where."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    try:
        records = list(reader)
    except csv.Error:
        return None
    if reader.line_num != len(records):
        return None
    if records and all(records) and all(map(str.strip, map(itemgetter(0), records))):
        # (the usual list: each record's first cell says it is not blank)
        return [cell.strip() for cell in records[0]], records[1:], list(range(2, len(records) + 1))
    kept = list(compress(range(len(records)), map(str.strip, map("".join, records))))  # the records not blank
    if not kept:
        return [], [], []
    header = [cell.strip() for cell in records[kept[0]]]
    return header, list(map(records.__getitem__, kept[1:])), [index + 1 for index in kept[1:]]


def _name_sample(data: bytes, encoding: str, separator: str, lines: list[int]) -> list[str]:
    """The non-ASCII cells of the given lines (numbered after the header) as `encoding` reads them (control
    characters, which some encodings read bytes as, shown as "�": one of them breaks a line)."""
    raw = data[:200_000].split(b"\n")[1:]
    sample = []
    for number in lines:
        text = "".join("\ufffd" if 0x80 <= ord(c) < 0xA0 else c for c in decode(raw[number - 1], encoding).strip())
        sample.append(" · ".join(c.strip() for c in text.split(separator) if any(ord(ch) > 127 for ch in c))[:100])
    return sample


# -- spreadsheets ----------------------------------------------------------------------------


MAX_CELLS = 20_000_000


def _check_xlsx_size(path: Path, sheet: str | None) -> None:
    """Refuse an XLSX sheet whose cells span an absurd area before calamine allocates it all.

    (One value in the last cell, XFD1048576, would make it allocate hundreds of GB and abort.)
    """
    import zipfile

    try:
        book = zipfile.ZipFile(path)
        workbook = book.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = book.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError):
        return  # not an XLSX calamine can read either: it reports that itself
    sheets = re.findall(r'<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"', workbook)
    targets = dict(re.findall(r'<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"', rels))
    targets.update({rid: target for target, rid in re.findall(r'<Relationship\b[^>]*\bTarget="([^"]+)"[^>]*\bId="([^"]+)"', rels)})
    import html

    wanted = [rid for name, rid in sheets if sheet is None or html.unescape(name) == sheet][:1]
    for rid in wanted:
        target = targets.get(rid, "").lstrip("/")
        member = target if target.startswith("xl/") else f"xl/{target}"
        max_col, max_row, exact = _span(book, member, bounds=True)
        if max_col * max_row > MAX_CELLS and not exact:  # a bound too wide to tell: the cells' own positions
            max_col, max_row, exact = _span(book, member, bounds=False)
        if max_col * max_row > MAX_CELLS:
            raise UnreadableList(path=str(path), reason=N_("its cells span {cells} cells (up to column {col}, row {row}): "
                                                           "delete the far-away cells and save it again"),
                                 cells=max_col * max_row, col=max_col, row=max_row)


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_VALUE_TYPE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}value-type"


def _check_ods_size(path: Path) -> None:
    """Refuse an ODS file whose cells span an absurd area before calamine expands it (every sheet, when it opens
    the file): a row or a cell with content may say it repeats a million times, so a file of 1 KB asks for
    gigabytes. Empty repeated rows and cells at the end of a sheet, which spreadsheets write, count for nothing."""
    import zipfile
    from xml.etree.ElementTree import ParseError, iterparse

    try:
        book = zipfile.ZipFile(path)
        if book.getinfo("content.xml").file_size <= _ODS_QUICK_LOOK and not _repeats_content(book.read("content.xml")):
            return  # nothing with content repeats: the cells span what is written (the usual case, read fast)
        content = book.open("content.xml")
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, NotImplementedError, EOFError, zlib.error):
        return  # not an ODS calamine can read either: it reports that itself
    open_elements: list[Element] = []
    row = col = last_col = max_col = max_row = 0
    with book, content:
        try:
            for event, elem in iterparse(content, ("start", "end")):
                if event == "start":
                    open_elements.append(elem)
                    if elem.tag == _ODS_TABLE + "table":
                        row = max_col = max_row = 0
                    elif elem.tag == _ODS_TABLE + "table-row":
                        col = last_col = 0
                    continue
                open_elements.pop()
                if elem.tag in (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell"):
                    col += _repeats(elem, "number-columns-repeated")
                    if elem.get(_ODS_VALUE_TYPE) or len(elem):
                        last_col = col
                elif elem.tag == _ODS_TABLE + "table-row":
                    row += _repeats(elem, "number-rows-repeated")
                    if last_col:
                        max_row, max_col = row, max(max_col, last_col)
                    if max_col * max_row > MAX_CELLS:
                        raise UnreadableList(path=str(path), reason=N_(
                            "its cells span {cells} cells (up to column {col}, row {row}): delete the far-away cells "
                            "and save it again"), cells=max_col * max_row, col=max_col, row=max_row)
                else:
                    continue
                if open_elements:  # what was read of a row or a cell is no longer needed
                    open_elements[-1].remove(elem)
        except (ParseError, OSError, EOFError, zipfile.BadZipFile, RuntimeError, ValueError):
            return  # damaged: calamine reports it


_ODS_QUICK_LOOK = 256 * 1024 * 1024  # a sheet's XML read whole for the quick look below; a larger one is walked
#: an ODS row or cell that says it repeats (with the table namespace's usual prefix, as every spreadsheet writes it)
_REPEATED = re.compile(rb'<table:(table-row|table-cell|covered-table-cell)\b[^>]*?-repeated="(\d+)"[^>]*?(/?)>')


def _repeats_content(xml: bytes) -> bool:
    """Whether a row or a cell that has content says it repeats, in an ODS sheet's XML (or another prefix than
    "table:" is used, so it cannot tell): only then are its rows and cells walked one by one (`_check_ods_size`)."""
    if b"<table:table" not in xml:
        return True
    if b'-repeated="' not in xml:
        return False
    for found in _REPEATED.finditer(xml):
        if int(found[2]) < 2:
            continue
        if found[1] != b"table-row":
            if not found[3] or b"value-type" in found[0]:  # a cell with content, not an empty one closed at once
                return True
            continue
        end = xml.find(b"</table:table-row>", found.end())
        inner = xml[found.end():end if end >= 0 else len(xml)]
        if b"value-type" in inner or b"<text:" in inner:
            return True
    return False


def _repeats(elem: Element, attribute: str) -> int:
    """How many times an ODS row or cell stands for itself (`number-…-repeated`, 1 when absent or not a number)."""
    try:
        return max(1, int(elem.get(_ODS_TABLE + attribute, "1")))
    except ValueError:
        return 1


def _span(book: zipfile.ZipFile, member: str, bounds: bool) -> tuple[int, int, bool]:
    """(last column, last row, exact) of the cells of a sheet's XML, read a megabyte at a time; with `bounds`, a piece
    whose cells are all in the usual form and near the corner (`_bound`) gives bounds, not the exact ones (False)."""
    columns: set[bytes] = set()
    max_row = bound_col = bound_row = 0
    with book.open(member) as fh:
        rest = b""
        while True:
            chunk = fh.read(1 << 20)
            piece = rest + chunk
            # a piece ends before its last "<" (the rest is read with the next one): every tag in it is whole
            cut = piece.rfind(b"<") if chunk else len(piece)
            piece, rest = (piece[:cut], piece[cut:]) if cut >= 0 else (b"", b"")
            bound = _bound(piece) if bounds else None
            if bound is not None:
                bound_col, bound_row = max(bound_col, bound[0]), max(bound_row, bound[1])
            else:
                refs = _cell_refs(piece)
                columns.update(map(itemgetter(0), refs))
                max_row = max(max_row, max(map(int, set(map(itemgetter(1), refs))), default=0))
            if not chunk:
                break
    max_col = max((_column_number(letters) for letters in columns), default=0)
    return max(max_col, bound_col), max(max_row, bound_row), not (bound_col or bound_row)


#: a cell that is not in the usual form (`<c r="…`): another attribute first, a line break, no attributes
_NOT_PLAIN_CELL = re.compile(rb'<c(?:[\t\r\n>/]| (?!r="))')
#: a cell in the usual form beyond column Z or row 99,999
_BEYOND_Z_OR_99999 = re.compile(rb'<c r="(?:[A-Z]{2}|[A-Z]\d{6})')
#: a cell in the usual form beyond column ZZ or row 9,999
_BEYOND_ZZ_OR_9999 = re.compile(rb'<c r="(?:[A-Z]{3}|[A-Z]{1,2}\d{5})')


def _bound(xml: bytes) -> tuple[int, int] | None:
    """Bounds of the last column and row of a piece of a sheet's XML whose cells are all in the usual form, found
    by two searches instead of reading every cell's position (a 5,000-row list: 26 columns and 99,999 rows at
    most); None when its cells are in another form (or have a namespace prefix) or reach beyond both bounds."""
    if b":c" in xml or _NOT_PLAIN_CELL.search(xml) is not None:
        return None
    if _BEYOND_Z_OR_99999.search(xml) is None:
        return 26, 99_999
    if _BEYOND_ZZ_OR_9999.search(xml) is None:
        return 702, 9_999
    return None


#: a cell's position, in any form (`r` anywhere among its attributes, a namespace prefix)
_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"')
#: a cell's position in the form spreadsheets write (`<c r="B7" …`), found several times faster
_PLAIN_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"')
#: a cell in another form than that (or with a namespace prefix: "<x:c", whose ":c" is looked for at once)
_OTHER_CELL = re.compile(rb'<c[\t\r\n>/]')


def _cell_refs(xml: bytes) -> list[tuple[bytes, bytes]]:
    """The (column letters, row digits) of each cell in a piece of a sheet's XML."""
    found = _PLAIN_CELL_REF.findall(xml)
    if len(found) == xml.count(b"<c ") and b":c" not in xml and _OTHER_CELL.search(xml) is None:
        return found
    return _CELL_REF.findall(xml)


def _column_number(letters: bytes) -> int:
    """A column's number from its letters (A is 1, AA is 27)."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _read_sheet(path: Path, sheet: str | None) -> Table:
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        _check_xlsx_size(path, sheet)
    elif path.suffix.lower() == ".ods":
        _check_ods_size(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        if not names:
            raise UnreadableList(path=str(path), reason=N_("the workbook has no sheets"))
        chosen = sheet if sheet is not None else names[0]
        if chosen not in names:
            raise UnreadableList(path=str(path), reason=N_("it has no sheet named “{sheet}”"), sheet=chosen)
        values = book.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
    except UnreadableList:
        raise
    except Exception as exc:  # calamine reports damaged, encrypted or foreign files with various errors
        reason = N_("the spreadsheet is protected with a password or damaged")
        raise UnreadableList(path=str(path), reason=reason) from exc
    header: list[str] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    for number, cells in enumerate(values, 1):
        texts = [c if c.__class__ is str else _cell_text(c) for c in cells]
        if not "".join(texts).strip():
            continue
        if not header:
            header = [t.strip() for t in texts]
            continue
        rows.append(texts)
        lines.append(number)
    if not header:
        raise UnreadableList(path=str(path), reason=N_("the file is empty"))
    header, rows = _within_columns(header, rows, str(path))
    return Table(header, rows, lines, sheet=chosen, sheets=names)


def _within_columns(header: list[str], rows: list[list[str]], name: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows without the empty columns at their right (a spreadsheet's trailing separators or
    formatted cells); refused when more than `MAX_COLUMNS` columns are left."""
    full = width = max(len(header), max(map(len, rows), default=0))
    while width and not (width <= len(header) and header[width - 1]) and not any(
            width <= len(cells) and cells[width - 1].strip() for cells in rows):
        width -= 1
    if width > MAX_COLUMNS:
        raise UnreadableList(path=name, reason=N_("it has {columns} columns; a list has at most {limit}"),
                             columns=width, limit=MAX_COLUMNS)
    if width < full:
        header, rows = header[:width], [cells[:width] for cells in rows]
    return header, rows


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
