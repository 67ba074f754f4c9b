#!/usr/bin/python3
"""Rebuild Broadsheet's bundled fonts from Debian's fonts-noto-cjk and fonts-lxgw-wenkai.

Why this script exists (see docs in README and TYPESETTING.md §8):
- Apache PDFBox 3.0.x can only embed *subsets* of TrueType (glyf) fonts; every Noto CJK face ships
  with CFF outlines, so we convert outlines to quadratic TrueType with fontTools' cu2qu (max error
  1 font unit, invisible at any print size).
- The full CJK fonts are 20+ MB each; a newspaper body needs GB 2312 (6,763 Han + 682 symbols)
  plus Latin, general punctuation, CJK symbols and full-width forms. Subsetting keeps each face ~5 MB.
- Families are renamed (Broadsheet Serif SC ...) so that no system font of the same family can ever
  stand in for ours, in JavaFX or anywhere else.

Usage: python3 assets/fonts/build_fonts.py [OUT_DIR]   (needs Debian packages fonts-noto-cjk,
fonts-lxgw-wenkai and python3-fonttools; takes about a minute per face)
"""
import os
import sys
from concurrent.futures import ProcessPoolExecutor

from fontTools.ttLib import TTFont, newTable
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

NOTO = "/usr/share/fonts/opentype/noto"
LXGW = "/usr/share/fonts/truetype/lxgw-wenkai"
SC_INDEX = 2  # face index of the Simplified Chinese face inside the Noto CJK .ttc collections

# (source file, ttc face index or None, our family, style, output file name)
FACES = [
    (f"{NOTO}/NotoSerifCJK-Regular.ttc", SC_INDEX, "Broadsheet Serif SC", "Regular", "BroadsheetSerifSC-Regular.ttf"),
    (f"{NOTO}/NotoSerifCJK-Bold.ttc", SC_INDEX, "Broadsheet Serif SC", "Bold", "BroadsheetSerifSC-Bold.ttf"),
    (f"{NOTO}/NotoSansCJK-Regular.ttc", SC_INDEX, "Broadsheet Sans SC", "Regular", "BroadsheetSansSC-Regular.ttf"),
    (f"{NOTO}/NotoSansCJK-Bold.ttc", SC_INDEX, "Broadsheet Sans SC", "Bold", "BroadsheetSansSC-Bold.ttf"),
    (f"{LXGW}/LXGWWenKai-Regular.ttf", None, "Broadsheet Kai SC", "Regular", "BroadsheetKaiSC-Regular.ttf"),
]


def gb2312_code_points():
    """Every character of GB 2312: rows 0xA1-0xF7, cells 0xA1-0xFE, decoded as EUC-CN."""
    points = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                points.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return points


def wanted_code_points():
    points = gb2312_code_points()
    ranges = [
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x00FF),  # Latin-1 supplement
        (0x0100, 0x017F),  # Latin extended-A (names in foreign copy)
        (0x2000, 0x206F),  # general punctuation: — … ‘ ’ “ ” ‰ ※ ‼ ⁇
        (0x2100, 0x214F),  # letterlike symbols: ℃ № ℉
        (0x2150, 0x218F),  # number forms: Roman numerals
        (0x2190, 0x21FF),  # arrows
        (0x2460, 0x24FF),  # enclosed alphanumerics: ① ⑴ ⒈
        (0x25A0, 0x25FF),  # geometric shapes: ■ □ ▲ ● ○ ◆ (news list bullets)
        (0x2600, 0x26FF),  # misc symbols: ★ ☆
        (0x2E3A, 0x2E3B),  # two- and three-em dashes
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0x3200, 0x32FF),  # enclosed CJK: ㈠ ㊣
        (0xFE10, 0xFE1F),  # vertical forms
        (0xFE30, 0xFE4F),  # CJK compatibility forms
        (0xFF00, 0xFFEF),  # half- and full-width forms
    ]
    for lo, hi in ranges:
        points.update(range(lo, hi + 1))
    extra = os.environ.get("BROADSHEET_EXTRA_CHARS_FILE")
    if extra and os.path.exists(extra):
        with open(extra, encoding="utf-8") as f:
            points.update(ord(c) for c in f.read() if not c.isspace())
    return points


def to_truetype_outlines(font):
    """Replace CFF outlines with quadratic glyf outlines (cu2qu, max error 1 unit)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    # post format 2 with glyph names: fontbox warns "No PostScript name data" on every load of a format 3 table
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def drop_variation_selector_cmaps(font):
    """Ideographic variation sequences (cmap format 14) are not used by either renderer, and fontbox warns on
    every load that it ignores them."""
    cmap = font["cmap"]
    cmap.tables = [t for t in cmap.tables if t.format != 14]


def rename(font, family, style):
    full = f"{family} {style}" if style != "Regular" else family
    postscript = (family + "-" + style).replace(" ", "")
    name = font["name"]
    keep = {0, 7, 8, 9, 11, 12, 13, 14}  # copyright, trademark, vendor, designer, URLs, licence
    name.names = [n for n in name.names if n.nameID in keep]
    for name_id, value in ((1, family), (2, style), (3, f"Broadsheet:{postscript}"), (4, full),
                           (5, "Version 1.000; Broadsheet subset"), (6, postscript),
                           (16, family), (17, style)):
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)


def build(args):
    source, index, family, style, out_name, out_dir = args
    font = TTFont(source, fontNumber=index) if index is not None else TTFont(source)
    options = subset.Options()
    options.layout_features = []  # neither JavaFX nor PDFBox applies OpenType features
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["vhea", "vmtx", "VORG", "GSUB", "GPOS", "GDEF", "BASE", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted_code_points())
    subsetter.subset(font)
    if "CFF " in font:
        to_truetype_outlines(font)
    drop_variation_selector_cmaps(font)
    rename(font, family, style)
    out = os.path.join(out_dir, out_name)
    font.save(out)
    return out, os.path.getsize(out)


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out_dir, exist_ok=True)
    jobs = [face + (out_dir,) for face in FACES]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for out, size in pool.map(build, jobs):
            print(f"{out}: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
