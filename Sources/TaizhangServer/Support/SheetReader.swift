import TaizhangDocument

/// TaizhangDocument's workbook reader (typed cells, every sheet: the ledger and value imports).
/// TaizhangText has an `XlsxReader` too (text rows for the service centre's case import), and
/// files that import both modules cannot name either; this file imports only one.
/// Two readers of one format is a duplicate left to fold into one (see the closing note of #17/#18).
typealias SheetReader = XlsxReader
