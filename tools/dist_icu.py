"""`make dist`: ICU's data in the built folder, cut to what Qt asks of it for the app's languages (31 MB → 6 MB).

Qt calls ICU for three things (the ICU functions libQt6Core imports): collation (QCollator: sorting names), time
zones (QTimeZone's canonical ids and display names) and the converters of QStringConverter, which nothing in the app
uses (files are read through Python's codecs). The data library (libicudata.so.NN: one common data file behind the
symbol icudtNN_dat) holds every locale of CLDR for all of ICU. This keeps every item that is no locale's (collation
rules, the zone database, ICU's own tables) and the bundles of root and the app's languages (en, en_GB, es_419, pt_PT…),
and leaves out the other locales' bundles in every tree, the transliterators and the break iterators' dictionaries
(Qt uses neither) and the multi-byte (East Asian) code pages; the single-byte ones stay. The new library is assembled
by the C compiler (`gcc -shared`, the data as it is, by `.incbin`).

Usage: tools/dist_icu.py dist/eulac-desktop
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: The app's languages (i18n/): their locales (en, en_GB, es_419, pt_PT…) stay, with root.
SHIPPED = ("en", "es", "pt", "fr")
#: A converter's table larger than this is a multi-byte code page's (the single-byte ones are 1–30 KB).
MULTI_BYTE = 64 * 1024
_LOCALE = re.compile(r"(?:[a-z]{2,3}|root)(?:_[A-Za-z0-9]+)*")


def wanted(item: str, size: int) -> bool:
    """Whether an item of ICU's data (`icudt73l/coll/es.res`, of `size` bytes) stays."""
    name = item.rsplit("/", 1)[-1]
    if name.endswith(".dict") or "/translit/" in item or (name.endswith(".cnv") and size > MULTI_BYTE):
        return False
    base = name.removesuffix(".res")
    if base == name or not _LOCALE.fullmatch(base):
        return True  # not a locale's bundle
    return base == "root" or base.split("_")[0] in SHIPPED


def read_common(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the items (name, bytes) of ICU's common data file ("CmnD", little-endian)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise SystemExit("not ICU's common data in little-endian order")
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    ends = [data_at for _, data_at in entries[1:]] + [len(data) - header_size]
    items = []
    for (name_at, data_at), end in zip(entries, ends):
        name = data[header_size + name_at:data.index(b"\0", header_size + name_at)].decode("ascii")
        items.append((name, data[header_size + data_at:header_size + end]))
    return data[:header_size], items


def write_common(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """ICU's common data file with `items` (sorted by name, as ICU's binary search wants), each 16-byte aligned."""
    items = sorted(items)
    count = len(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * count
    start = toc_size + len(names)
    start += -(len(header) + start) % 16
    offsets, body, name_at, data_at = [], bytearray(), toc_size, start
    for name, data in items:
        offsets.append((name_at, data_at))
        name_at += len(name) + 1
        pad = -(len(header) + data_at + len(data)) % 16
        body += data + b"\0" * pad
        data_at += len(data) + pad
    toc = struct.pack("<I", count) + b"".join(struct.pack("<II", *pair) for pair in offsets)
    gap = b"\0" * (start - toc_size - len(names))
    return header + toc + names + gap + bytes(body)


def symbol(library: Path) -> tuple[str, int, int]:
    """The data's symbol in `library` (icudtNN_dat), its offset in the file and its size."""
    listing = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True,
                             check=True).stdout
    found = [line.split() for line in listing.splitlines() if re.search(r" icudt\d+_dat$", line)]
    if len(found) != 1:
        raise SystemExit(f"no ICU data symbol in {library}")
    address, size, _kind, name = found[0]
    return name, _file_offset(library.read_bytes(), int(address, 16)), int(size, 16)


def _file_offset(elf: bytes, address: int) -> int:
    """Where the loaded `address` of a 64-bit ELF file is in the file (its PT_LOAD segment)."""
    phoff, = struct.unpack_from("<Q", elf, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", elf, 0x36)
    for i in range(phnum):
        kind, _flags, offset, vaddr, _paddr, filesz, _memsz, _align = struct.unpack_from("<IIQQQQQQ", elf,
                                                                                          phoff + i * phentsize)
        if kind == 1 and vaddr <= address < vaddr + filesz:
            return address - vaddr + offset
    raise SystemExit("the ICU data symbol is in no loaded segment")


def shrink(library: Path) -> tuple[int, int]:
    """Replace `library` by one with the wanted items only; returns the old and new sizes."""
    name, offset, size = symbol(library)
    header, items = read_common(library.read_bytes()[offset:offset + size])
    kept = [(item, data) for item, data in items if wanted(item, len(data))]
    soname = library.name
    with tempfile.TemporaryDirectory() as folder:
        dat, source, built = Path(folder) / "data.dat", Path(folder) / "data.S", Path(folder) / soname
        dat.write_bytes(write_common(header, kept))
        source.write_text(f'''.section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n'''
                          f'''.incbin "{dat}"\n.size {name}, . - {name}\n.section .note.GNU-stack,"",@progbits\n''')
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(built), str(source)],
                       check=True)
        old = library.stat().st_size
        library.write_bytes(built.read_bytes())
    return old, library.stat().st_size


def main(folder: str) -> None:
    """Shrink the ICU data library of the built folder."""
    for library in (path for path in Path(folder).rglob("libicudata.so.*") if not path.is_symlink()):
        old, new = shrink(library)
        print(f"{library}: ICU's data for {', '.join(SHIPPED)}: {old / 2**20:.0f} MB → {new / 2**20:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist/eulac-desktop")
