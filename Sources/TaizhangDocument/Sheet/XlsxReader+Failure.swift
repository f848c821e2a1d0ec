extension XlsxReader {
    public enum Failure: Error, Equatable, Sendable {
        case notAWorkbook
        /// Unpacks to more than `maxUnpackedBytes` (declared or actually inflated).
        case tooLarge
        /// A part that cannot be inflated or read: a DOCTYPE, broken XML, a missing sheet,
        /// a shared string that is not there.
        case malformed(String)

        /// What to tell the person who uploaded the file (Chinese, then English).
        public var zh: String {
            switch self {
            case .notAWorkbook: "不是有效的 .xlsx 文件。"
            case .tooLarge: "表格解压后过大。"
            case .malformed: "表格内容无法读取，请在 Excel/WPS 中另存为 .xlsx 后再试。"
            }
        }

        public var en: String {
            switch self {
            case .notAWorkbook: "Not a valid .xlsx file."
            case .tooLarge: "The sheet is too large once inflated."
            case .malformed(let why): "The sheet cannot be read (\(why)); save it again as .xlsx."
            }
        }
    }
}
