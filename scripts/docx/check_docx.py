#!/usr/bin/env python3
"""Check a .docx against the GB/T 9704-2012 layout Taizhang writes.

Usage: check_docx.py FILE.docx

Checks page size, margins, the line grid, fonts and sizes of the title, body
and heading styles, exact line spacing (22 lines per page), the outline labels
and their order (一、 → （一） → 1. → （1）), the odd/even page-number footers,
table borders and the closing signature/date. Prints every mismatch and exits 1
if there is any; exits 0 with a one-line summary otherwise.
Needs python-docx (pip install python-docx).
"""
import re
import sys

try:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
except ImportError:
    sys.exit("check_docx: python-docx is missing (pip install python-docx)")

MM = 1440 / 25.4  # twips per millimetre
EXPECT_PAGE = (round(210 * MM), round(297 * MM))                     # §5.2.1 A4
EXPECT_MARGINS = {"top": round(37 * MM), "bottom": round(35 * MM),  # §5.2.1
                  "left": round(28 * MM), "right": round(26 * MM)}
LINE_PITCH = (EXPECT_PAGE[1] - EXPECT_MARGINS["top"] - EXPECT_MARGINS["bottom"]) // 22  # §5.2.2
FONTS = {  # style → (eastAsia font, size in pt); §7.3.3, §7.3.5
    "Normal": ("仿宋_GB2312", 16), "Title": ("方正小标宋简体", 22),
    "heading 1": ("黑体", 16), "heading 2": ("楷体_GB2312", 16),
    "heading 3": ("仿宋_GB2312", 16), "heading 4": ("仿宋_GB2312", 16),
}
CN = "一二三四五六七八九十百"
LABELS = {1: rf"^([{CN}]+)、", 2: rf"^（([{CN}]+)）", 3: r"^(\d+)\.", 4: r"^（(\d+)）"}
DATE = re.compile(r"^\d{4}年[1-9]\d?月[1-9]\d?日$")

problems = []


def fail(message):
    problems.append(message)


def style_chain(style):
    while style is not None:
        yield style
        style = style.base_style


def effective(style, getter):
    for s in style_chain(style):
        value = getter(s)
        if value is not None:
            return value
    return None


def east_asia(style):
    def get(s):
        rpr = s.element.rPr
        fonts = rpr.rFonts if rpr is not None else None
        return fonts.get(qn("w:eastAsia")) if fonts is not None else None
    return effective(style, get)


def cn_number(text):
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if text.startswith("十"):
        text = "一" + text
    total, current = 0, 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch == "十":
            total += current * 10
            current = 0
        elif ch == "百":
            total += current * 100
            current = 0
    return total + current


def check_page(document):
    section = document.sections[0]
    size = (section.page_width.twips, section.page_height.twips)
    if size != EXPECT_PAGE:
        fail(f"page size {size} twips, expected A4 {EXPECT_PAGE}")
    for side, expected in EXPECT_MARGINS.items():
        actual = getattr(section, f"{side}_margin").twips
        if actual != expected:
            fail(f"{side} margin {actual} twips, expected {expected}")
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None or grid.get(qn("w:linePitch")) != str(LINE_PITCH):
        fail(f"docGrid linePitch should be {LINE_PITCH}")


def check_styles(document):
    styles = {s.name: s for s in document.styles}
    for name, (font, size) in FONTS.items():
        style = styles.get(name) or styles.get(name.title())
        if style is None:
            fail(f"style {name!r} missing")
            continue
        if east_asia(style) != font:
            fail(f"style {name!r}: eastAsia font {east_asia(style)!r}, expected {font!r}")
        latin = effective(style, lambda s: s.font.name)
        if latin != "Times New Roman":
            fail(f"style {name!r}: Latin font {latin!r}, expected 'Times New Roman'")
        actual = effective(style, lambda s: s.font.size)
        if actual is None or abs(actual.pt - size) > 0.01:
            fail(f"style {name!r}: size {actual.pt if actual else None} pt, expected {size}")
        bold = effective(style, lambda s: s.font.bold)
        if bold:
            fail(f"style {name!r} is bold; GB/T 9704 headings rely on the typeface")
    normal = styles["Normal"]
    fmt = normal.paragraph_format
    if fmt.line_spacing_rule != WD_LINE_SPACING.EXACTLY or fmt.line_spacing is None \
            or fmt.line_spacing.twips != LINE_PITCH:
        fail(f"Normal line spacing should be exactly {LINE_PITCH} twips ({LINE_PITCH / 20} pt)")
    ind = normal.element.pPr.find(qn("w:ind"))
    if ind is None or ind.get(qn("w:firstLineChars")) != "200":
        fail("Normal should indent the first line by two characters (w:firstLineChars=200)")
    title = styles.get("Title")
    if title is not None and effective(title, lambda s: s.paragraph_format.alignment) != WD_ALIGN_PARAGRAPH.CENTER:
        fail("Title style should be centred")


def check_outline(document):
    paragraphs = document.paragraphs
    if not paragraphs or paragraphs[0].style.name != "Title" or not paragraphs[0].text.strip():
        fail("the first paragraph should be the title in style 'Title'")
    counters, previous_level, headings = [0, 0, 0, 0], 0, 0
    for p in paragraphs:
        match = re.match(r"heading (\d)", p.style.name, re.IGNORECASE)
        if not match:
            continue
        headings += 1
        level = int(match.group(1))
        if level > previous_level + 1:
            fail(f"heading level jumps from {previous_level} to {level}: {p.text!r}")
        label = re.match(LABELS.get(level, "$^"), p.text)
        if not label:
            fail(f"level-{level} heading lacks its label: {p.text!r}")
            continue
        number = cn_number(label.group(1)) if level <= 2 else int(label.group(1))
        counters[level - 1] += 1
        counters[level:] = [0] * (4 - level)
        if number != counters[level - 1]:
            fail(f"level-{level} heading numbered {number}, expected {counters[level - 1]}: {p.text!r}")
        previous_level = level
    if headings == 0:
        fail("no headings found")
    return headings


def check_footers(document):
    if not document.settings.odd_and_even_pages_header_footer:
        fail("settings.xml should enable evenAndOddHeaders (§7.5: odd right, even left)")
    section = document.sections[0]
    for footer, side, name in [(section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "odd"),
                               (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "even")]:
        xml = footer._element.xml
        if "PAGE" not in xml or "— " not in xml or " —" not in xml:
            fail(f"{name} footer should hold '— PAGE —'")
        para = footer.paragraphs[0] if footer.paragraphs else None
        if para is None or para.alignment != side:
            fail(f"{name}-page number should sit on the {'right' if side == WD_ALIGN_PARAGRAPH.RIGHT else 'left'}")
        for run in footer._element.iter(qn("w:r")):
            sz = run.find(f"{qn('w:rPr')}/{qn('w:sz')}")
            fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
            if sz is None or sz.get(qn("w:val")) != "28" or fonts is None or fonts.get(qn("w:eastAsia")) != "宋体":
                fail(f"{name} footer runs should be 4号 (14 pt) 宋体")
                break


def check_body(document):
    for table in document.tables:
        if table._tbl.tblPr.find(qn("w:tblBorders")) is None:
            fail("a table has no borders")
    texts = [p for p in document.paragraphs if p.text.strip()]
    if len(texts) < 3:
        fail("document has almost no text")
        return
    signature, date = texts[-2], texts[-1]
    for p in (signature, date):
        if effective(p.style, lambda s: s.paragraph_format.alignment) != WD_ALIGN_PARAGRAPH.RIGHT \
                and p.alignment != WD_ALIGN_PARAGRAPH.RIGHT:
            fail(f"closing paragraph {p.text!r} should be right-aligned")
    if not DATE.match(date.text):
        fail(f"last paragraph should be the date like 2024年7月5日, got {date.text!r}")
    for p in document.paragraphs:
        for run in p.runs:
            if run.font.size is not None or run.font.name is not None:
                fail(f"run overrides the style's font or size: {run.text!r}")
                return


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    document = docx.Document(argv[1])
    check_page(document)
    check_styles(document)
    headings = check_outline(document)
    check_footers(document)
    check_body(document)
    if problems:
        for message in problems:
            print(f"check_docx: {argv[1]}: {message}", file=sys.stderr)
        return 1
    print(f"check_docx: {argv[1]}: OK ({len(document.paragraphs)} paragraphs, {headings} headings, "
          f"{len(document.tables)} tables; A4, margins 37/35/28/26 mm, {LINE_PITCH} twips × 22 lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
