/// Accounts and global settings' lifecycle (issue #12).
extension OpenAPIDocument {
    static let security: [Operation] = [
        .init(method: "get", path: "/api/auth/tokens", summary: "The caller's sessions and script tokens (never the token itself)", tag: "auth"),
        .init(method: "delete", path: "/api/auth/tokens/{id}", summary: "Revoke one of the caller's tokens", tag: "auth"),
        .init(method: "post", path: "/api/auth/password", summary: "Change one's password (≥ 10 characters, not common, not containing the username); ends other sessions and all script tokens", tag: "auth", body: "PasswordChange"),
        .init(method: "post", path: "/api/users/{id}/password-reset", summary: "Reset a user's password (admin, or a supervisor for users of her subtree); the user must change it at the next login", tag: "units", body: "PasswordReset"),
        .init(method: "get", path: "/api/security/login-failures", summary: "Usernames and client addresses with failed logins, delayed or locked (admin)", tag: "system"),
        .init(method: "delete", path: "/api/plans/{id}", summary: "Retire a reporting plan (admin; kept, deactivated)", tag: "reporting"),
        .init(method: "put", path: "/api/validation-rules/{id}", summary: "Change a validation rule (admin)", tag: "reporting", body: "ValidationRule"),
        .init(method: "delete", path: "/api/validation-rules/{id}", summary: "Retire a validation rule (admin; kept, deactivated)", tag: "reporting"),
    ]
}

extension OpenAPISchemas {
    nonisolated(unsafe) static let security: [String: Any] = [
        "PasswordChange": object(["current_password": string, "new_password": string], required: ["current_password", "new_password"]),
        "PasswordReset": object(["new_password": string], required: ["new_password"]),
    ]
}
