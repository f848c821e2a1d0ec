import TaizhangDomain

extension SubmissionPage {
    /// One form per allowed action. Return needs a comment (the unit must know what to
    /// fix), so it gets its own textarea; the others ask for confirmation only.
    static func actions(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let action = "/submissions/\(m.row.id)/transitions"
        let blocked = m.checks.contains { $0.blocking }
        return div(.class("tz-actions-stack")) {
            Fields(state: m.form, t: t).formError
            for act in m.allowedActions where act != .return {
                // The button carries the action (name="action" value="submit"): what a person
                // clicks is what is sent, and what an end-to-end test can find.
                postForm(action, csrf: ctx.csrf, .class("tz-inline")) {
                    if act == .submit && blocked {
                        p(.class("tz-hint")) { t(.submitBlocked) }
                    } else {
                        submitButton(t.action(act), name: "action", value: act.rawValue, kind: "primary", confirm: t.confirmQuestion(act))
                    }
                }
            }
            if m.allowedActions.contains(.return) {
                postForm(action, csrf: ctx.csrf, .class("tz-form tz-return-form")) {
                    Fields(state: m.form, t: t).textarea("comment", t(.returnComment), rows: 3, required: true,
                                                         hint: t(.returnCommentHint))
                    submitButton(t.action(.return), name: "action", value: SubmissionAction.return.rawValue, kind: "danger")
                }
            }
        }
    }
}
