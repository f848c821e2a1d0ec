/// word/fontTable.xml. The GB/T 9704 fonts are often missing (Linux, macOS,
/// newer Windows ship 仿宋/楷体 but not the _GB2312 variants), so every font
/// carries what a reader needs to substitute sensibly: an alternate name the
/// system may have, the PANOSE class, the GB2312 charset (86) and the family.
extension DocxWriter {
    struct FontFallback {
        let name: String
        let altName: String
        let panose: String
        let charset: String
        let family: String
        let pitch: String
    }

    var fontFallbacks: [FontFallback] {
        let f = layout.fonts
        let known: [String: FontFallback] = [
            "仿宋_GB2312": .init(name: "仿宋_GB2312", altName: "仿宋", panose: "02010609030101010101", charset: "86", family: "modern", pitch: "fixed"),
            "楷体_GB2312": .init(name: "楷体_GB2312", altName: "楷体", panose: "02010609030101010101", charset: "86", family: "modern", pitch: "fixed"),
            "黑体": .init(name: "黑体", altName: "SimHei", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed"),
            "宋体": .init(name: "宋体", altName: "SimSun", panose: "02010600030101010101", charset: "86", family: "auto", pitch: "variable"),
            "方正小标宋简体": .init(name: "方正小标宋简体", altName: "方正小标宋_GBK", panose: "02000000000000000000", charset: "86", family: "roman", pitch: "variable"),
            "Times New Roman": .init(name: "Times New Roman", altName: "Liberation Serif", panose: "02020603050405020304", charset: "00", family: "roman", pitch: "variable"),
        ]
        var seen = Set<String>()
        return [f.title, f.body, f.heading1, f.heading2, f.pageNumber, f.latin].compactMap { name in
            guard seen.insert(name).inserted else { return nil }
            return known[name] ?? .init(name: name, altName: name, panose: "02010600030101010101", charset: "86", family: "auto", pitch: "variable")
        }
    }

    /// CT_Font order: altName, panose1, charset, family, pitch.
    func fontTableXML() -> String {
        var x = XMLWriter()
        x.element("w:fonts", ["xmlns:w": OOXML.w]) { x in
            for font in fontFallbacks {
                x.element("w:font", ["w:name": font.name]) { x in
                    x.empty("w:altName", ["w:val": font.altName])
                    x.empty("w:panose1", ["w:val": font.panose])
                    x.empty("w:charset", ["w:val": font.charset])
                    x.empty("w:family", ["w:val": font.family])
                    x.empty("w:pitch", ["w:val": font.pitch])
                }
            }
        }
        return x.output
    }
}
