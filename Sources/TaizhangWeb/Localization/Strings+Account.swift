extension Strings {
    /// The account pages: password and script tokens.
    static let account: [(Key, String, String)] = [
        (.passwordTitle, "修改密码", "Change password"),
        (.passwordMustChange, "管理员已重置您的密码，请先设置新密码。", "Your password was reset: choose a new one to continue."),
        (.passwordRules, "新密码至少10位，不能是常见密码，也不能包含用户名。修改后，其他已登录的设备和脚本令牌将失效。",
         "At least 10 characters, not a common password, not containing your username. Other sessions and script tokens end when you change it."),
        (.passwordCurrent, "当前密码", "Current password"),
        (.passwordNew, "新密码", "New password"),
        (.passwordConfirm, "再次输入新密码", "New password again"),
        (.passwordChange, "修改密码", "Change password"),
        (.passwordMismatch, "两次输入的新密码不一致。", "The two new passwords differ."),
        (.passwordChanged, "密码已修改。", "Your password was changed."),
        (.tokensTitle, "脚本令牌", "Script tokens"),
        (.tokenShownOnce, "新令牌如下，只显示这一次，请立即妥善保存：", "Your new token, shown only this once; store it now:"),
        (.tokenKind, "类型", "Kind"),
        (.tokenKindApi, "脚本令牌", "Script token"),
        (.tokenKindSession, "登录会话", "Signed-in session"),
        (.tokenCreated, "创建日期", "Created"),
        (.tokenExpires, "到期日期", "Expires"),
        (.tokenCurrent, "当前会话", "This session"),
        (.tokenRevoke, "吊销", "Revoke"),
        (.tokenRevokeConfirm, "确定吊销该令牌？使用它的脚本将无法再访问。", "Revoke this token? Scripts using it lose access."),
        (.tokenRevoked, "令牌已吊销。", "The token was revoked."),
        (.tokenCreate, "新建脚本令牌", "New script token"),
        (.accountMenu, "账户安全", "Account security"),
    ]
}

extension Loc {
    func tokensLead(_ days: Int) -> String {
        lang == .zh ? "脚本令牌用于程序调用接口（Authorization: Bearer …），有效期\(days)天；修改密码后全部失效。"
            : "Script tokens let programs call the API (Authorization: Bearer …); they last \(days) days and all end when you change your password."
    }
}
