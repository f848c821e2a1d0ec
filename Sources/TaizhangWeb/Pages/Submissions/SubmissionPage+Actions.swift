import TaizhangDomain

extension SubmissionPage {
    /// The reviewers' form: one 审核意见 box and a button per decision, each saying what it
    /// does (同意并报上级 / 退回修改). The comment is optional to approve or accept and required
    /// to return — the server says so next to the box, since `required` would block approving too.
    static func actions(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let acts = m.reviewActions
        let blocked = m.checks.contains { $0.blocking }
        let decides = acts.contains { $0 != .submit }
        return postForm("/submissions/\(m.row.id)/transitions", csrf: ctx.csrf, .class("tz-form tz-review-form")) {
            // The filer's form shows the message when she may edit; else this one does.
            if !m.canEdit { Fields(state: m.form, t: t).formError }
            if decides {
                Fields(state: m.form, t: t).textarea("comment", t(.reviewComment), rows: 4,
                                                     hint: acts.contains(.return) ? t(.reviewCommentHint) : nil)
            }
            div(.class("tz-form-actions")) {
                // The button carries the action (name="action" value="approve"): what a person
                // clicks is what is sent, and what an end-to-end test can find.
                for act in acts {
                    if act == .submit && blocked {
                        p(.class("tz-hint")) { t(.submitBlocked) }
                    } else {
                        submitButton(t.decision(act), name: "action", value: act.rawValue,
                                     kind: act == .return ? "danger" : "primary", confirm: t.confirmQuestion(act))
                    }
                }
            }
        }
    }
}
