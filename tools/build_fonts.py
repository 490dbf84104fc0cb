"""Make the non-Latin fonts of `resources/fonts` from Debian's Noto packages (run by hand, not by the build).

    apt-get install fonts-noto-core fonts-noto-cjk
    pip install fonttools          # a tool for this script only, not a dependency of the app
    python tools/build_fonts.py

- Noto Sans Arabic (Regular, Bold) is copied as it is (TrueType, about 250 KB each).
- Noto Sans CJK ships as OpenType/CFF, which reportlab cannot embed. This keeps, from its Simplified
  Chinese face (one font for Chinese, Japanese and Korean names, in Chinese glyph shapes), the
  ideographs of GB 2312, JIS X 0208 and KS X 1001, the kana, the 2,350 Hangul syllables of KS X 1001,
  CJK punctuation and full-width forms (about 13,000 glyphs), and converts the outlines to TrueType:
  about 3.5 MB instead of 19 MB. A name with a character outside it is listed as not printable.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_FACE = 2  # the collection's "Noto Sans CJK SC"
CJK_OUT = "NotoSansCJKsc-Regular-subset.ttf"


def _encodable(encoding: str, codepoints: range, width: int | None = None) -> set[int]:
    found = set()
    for cp in codepoints:
        try:
            encoded = chr(cp).encode(encoding)
        except UnicodeEncodeError:
            continue
        if width is None or len(encoded) == width:
            found.add(cp)
    return found


def cjk_codepoints() -> set[int]:
    """The characters kept from Noto Sans CJK (see the module's docstring)."""
    han = range(0x4E00, 0xA000)
    kept = _encodable("gb2312", han) | _encodable("shift_jis", han) | _encodable("euc_kr", han, width=2)
    kept |= _encodable("euc_kr", range(0xAC00, 0xD7A4), width=2)  # KS X 1001 Hangul syllables
    kept |= set(range(0x3000, 0x3100)) | set(range(0x31F0, 0x3200)) | set(range(0x3130, 0x3190))  # kana, jamo
    kept |= set(range(0xFF00, 0xFFF0)) | {0x20, 0xA0}
    return kept


def build_cjk(target: Path) -> None:
    """Subset Noto Sans CJK SC and convert its CFF outlines to TrueType quadratic outlines."""
    font = TTFont(str(CJK), fontNumber=CJK_FACE)
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=cjk_codepoints())
    subsetter.subset(font)
    order, glyphs = font.getGlyphOrder(), font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints", "maxContours",
                  "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    font.sfntVersion = "\x00\x01\x00\x00"
    font["post"].formatType = 3.0  # no glyph names
    font.save(str(target))


def main() -> int:
    for weight in ("Regular", "Bold"):
        shutil.copyfile(NOTO / f"NotoSansArabic-{weight}.ttf", OUT / f"NotoSansArabic-{weight}.ttf")
    build_cjk(OUT / CJK_OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
