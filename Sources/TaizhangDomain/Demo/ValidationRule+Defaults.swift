extension ValidationRule {
    /// The default validation rules (`Resources/validation-rules-default.json`).
    public static func defaults() throws -> [ValidationRule] {
        try DemoResource.decode([ValidationRule].self, named: "validation-rules-default")
    }
}
