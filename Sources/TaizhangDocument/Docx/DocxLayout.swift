/// Page and type settings of a .docx, in OOXML units (twips = 1/20 pt,
/// half-points for sizes). `gbt9704` follows GB/T 9704-2012 《党政机关公文格式》.
public struct DocxLayout: Sendable, Equatable {
    public var pageWidth: Int
    public var pageHeight: Int
    public var marginTop: Int
    public var marginBottom: Int
    public var marginLeft: Int
    public var marginRight: Int
    /// Distance from the page's bottom edge to the footer line.
    public var footerDistance: Int
    public var headerDistance: Int
    public var linesPerPage: Int
    public var charsPerLine: Int
    /// Sizes in half-points (w:sz).
    public var titleSize: Int
    public var bodySize: Int
    public var pageNumberSize: Int
    public var tableSize: Int
    public var fonts: DocxFonts

    /// 1 mm in twips: 1440 twips per inch / 25.4 mm per inch.
    public static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }

    /// GB/T 9704-2012:
    /// - §5.2.1 A4 paper (210 mm × 297 mm);
    /// - §5.2.1 天头 (top) 37 mm ± 1 mm, 订口 (left) 28 mm ± 1 mm, 版心 156 mm × 225 mm,
    ///   which leaves bottom 35 mm and right 26 mm;
    /// - §5.2.2 一般每面排22行，每行排28个字;
    /// - §7.3.3 title 2号 (22 pt) 小标宋; §7.3.5 body 3号 (16 pt) 仿宋;
    /// - §7.5 page numbers 4号 (14 pt) 宋体, the dash 7 mm below the type area.
    public static let gbt9704 = DocxLayout(
        pageWidth: twips(mm: 210), pageHeight: twips(mm: 297),
        marginTop: twips(mm: 37), marginBottom: twips(mm: 35),
        marginLeft: twips(mm: 28), marginRight: twips(mm: 26),
        // The number line (14 pt tall) ends 7 mm + 14 pt below the type area.
        footerDistance: twips(mm: 35 - 7) - 14 * 20,
        headerDistance: twips(mm: 15),
        linesPerPage: 22, charsPerLine: 28,
        titleSize: 44, bodySize: 32, pageNumberSize: 28, tableSize: 28,
        fonts: .gbt9704)

    /// Type-area height and width in twips.
    public var textHeight: Int { pageHeight - marginTop - marginBottom }
    public var textWidth: Int { pageWidth - marginLeft - marginRight }

    /// Exact line pitch: the type area divided by the line count, rounded
    /// down — rounding up (580) would push the 22nd line off the page.
    /// For A4 per GB/T 9704 this is 579 twips = 28.95 pt, the value Word
    /// templates for 公文 use.
    public var linePitch: Int { textHeight / linesPerPage }

    /// Character spacing (w:spacing in rPr, twips) that fits `charsPerLine`
    /// body characters into the type width. 156 mm / 28 = 315.9 twips per
    /// character against 320 for 16 pt type, so characters are condensed by
    /// 5 twips (0.25 pt). A character grid (docGrid linesAndChars with a
    /// negative charSpace) would do the same in Word, but LibreOffice then
    /// gives every full-width glyph two grid cells and halves the line.
    public var characterSpacing: Int {
        let needed = Double(bodyCharWidth) - Double(textWidth) / Double(charsPerLine)
        return -Int(needed.rounded(.up))
    }

    /// One body character in twips (for indents given in characters).
    public var bodyCharWidth: Int { bodySize * 10 }
}

/// Font names per role. Latin letters and digits use `latin` everywhere except
/// page numbers (§7.5: 半角宋体阿拉伯数字).
public struct DocxFonts: Sendable, Equatable {
    public var title: String
    public var body: String
    public var heading1: String
    public var heading2: String
    public var pageNumber: String
    public var latin: String

    public static let gbt9704 = DocxFonts(
        title: "方正小标宋简体", body: "仿宋_GB2312", heading1: "黑体", heading2: "楷体_GB2312",
        pageNumber: "宋体", latin: "Times New Roman")
}
