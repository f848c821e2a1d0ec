import TaizhangWeb

extension PageContext {
    /// A UI string from TaizhangWeb's tables in the page's language (flash messages, form errors).
    func text(_ key: TaizhangWeb.Key) -> String {
        guard let pair = Strings.pair(key) else { return key.rawValue }
        return lang == .en ? pair.en : pair.zh
    }
}
