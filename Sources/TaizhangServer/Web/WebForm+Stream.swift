import Vapor

extension WebForm {
    /// Parses a multipart body while it arrives, keeping at most `max` bytes of it: file parts
    /// and fields accumulate as they are read, and the request is refused (413) as soon as the
    /// body passes the limit, so memory stays bounded by the route's limit whatever is sent.
    /// The result is what `WebForm.read` returns for the rest of the request.
    static func stream(_ req: Request, max: Int) async throws {
        guard req.storage[Key.self] == nil else { return }
        guard let type = req.headers.contentType, let boundary = type.parameters["boundary"], !boundary.isEmpty, boundary.count <= 200 else {
            throw AppError.badRequest("bad_form", zh: "表单内容无法读取，请重新提交。", en: "The form could not be read; please submit it again.")
        }
        let builder = Builder(boundary: boundary)
        var total = 0
        if let whole = req.body.data {
            total = whole.readableBytes
            guard total <= max else { throw tooLarge(max) }
            try builder.feed(whole)
        } else {
            for try await chunk in req.body {
                total += chunk.readableBytes
                guard total <= max else { throw tooLarge(max) }
                try builder.feed(chunk)
            }
        }
        req.storage[Key.self] = builder.form
    }

    static func tooLarge(_ max: Int) -> AppError {
        AppError(.payloadTooLarge, "body_too_large", zh: "提交的数据过大（上限\(EvidenceStore.limitText(max))）。",
                 en: "The request body is too large (limit \(EvidenceStore.limitText(max))).")
    }

    /// The parser's callbacks collecting into one form (one request, one task: not shared).
    final class Builder {
        let parser: MultipartParser
        var form = WebForm()
        var name: String?, filename: String?, data = ByteBuffer()

        init(boundary: String) {
            parser = MultipartParser(boundary: boundary)
            parser.onHeader = { [unowned self] header, value in
                guard header.lowercased() == "content-disposition" else { return }
                let params = WebForm.dispositionParameters(value)
                name = params["name"]; filename = params["filename"]
            }
            parser.onBody = { [unowned self] chunk in data.writeBuffer(&chunk) }
            parser.onPartComplete = { [unowned self] in
                form.complete(name: name, filename: filename, data: data)
                name = nil; filename = nil; data = ByteBuffer()
            }
        }

        func feed(_ chunk: ByteBuffer) throws {
            do { try parser.execute(chunk) } catch {
                throw AppError.badRequest("bad_form", zh: "表单内容无法读取，请重新提交。", en: "The form could not be read; please submit it again.")
            }
        }
    }
}
