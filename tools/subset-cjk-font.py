#!/usr/bin/env python3
"""Makes resources/fonts/ProcLabCJK-{Regular,Bold}.otf: Noto Sans CJK SC cut down to what ProcLab needs.

The app falls back to it when no CJK font is installed (see org.proclab.ui.i18n.CjkFonts). It holds
Latin, punctuation, the 3,755 common characters of GB 2312 level 1 (so an instructor's new lesson text
mostly renders too) and every CJK character in resources/ and src/main/java. CjkFontTest fails when a
shipped Chinese text uses a character the font lacks: then run this again (needs fontTools and
fonts-noto-cjk):  python3 tools/subset-cjk-font.py
"""
import pathlib, re
from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTO = pathlib.Path("/usr/share/fonts/opentype/noto")

def cjk(ch):
    c = ord(ch)
    return 0x2E80 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or 0xFF00 <= c <= 0xFFEF

def used():
    chars = set()
    for p in list((ROOT / "resources").rglob("*")) + list((ROOT / "src/main/java").rglob("*.java")):
        if p.is_file() and p.suffix in (".properties", ".json", ".java", ".css", ".md"):
            text = p.read_text(encoding="utf-8", errors="ignore")
            text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
            chars |= {ch for ch in text if cjk(ch)}
    return chars

def gb2312_level1():
    out = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out

def main():
    chars = used() | gb2312_level1()
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2200, 0x22FF),
              (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
    codes = {ord(c) for c in chars} | {c for a, b in ranges for c in range(a, b + 1)}
    for weight in ("Regular", "Bold"):
        ttc = TTCollection(str(NOTO / f"NotoSansCJK-{weight}.ttc"))
        font = next(f for f in ttc.fonts if "SC" in f["name"].getDebugName(1))
        opts = subset.Options()
        opts.name_IDs = ["*"]
        opts.name_languages = ["*"]
        opts.layout_features = ["*"]
        opts.notdef_outline = True
        opts.hinting = False
        s = subset.Subsetter(opts)
        s.populate(unicodes=codes)
        s.subset(font)
        # its own family name, so it never shadows an installed Noto Sans CJK
        for rec in font["name"].names:
            if rec.nameID in (1, 3, 4, 6, 16):
                rec.string = str(rec.toUnicode()).replace("Noto Sans CJK SC", "ProcLab CJK").replace("NotoSansCJKsc", "ProcLabCJK")
        out = ROOT / "resources/fonts" / f"ProcLabCJK-{weight}.otf"
        font.save(str(out))
        print(out, out.stat().st_size, "bytes,", len(codes), "code points")

if __name__ == "__main__":
    main()
