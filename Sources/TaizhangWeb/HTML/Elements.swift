/// Element helpers. Each takes attributes (nil ones are skipped, so
/// `.when(cond, .selected)` reads naturally) and a builder for the content.
func el(_ tag: String, _ attrs: [Attribute?], @NodeBuilder _ content: () -> [Node] = { [] }) -> Node {
    .element(tag, attrs.compactMap { $0 }, content())
}

func div(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("div", a, c) }
func span(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("span", a, c) }
func p(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("p", a, c) }
func h1(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("h1", a, c) }
func h2(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("h2", a, c) }
func h3(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("h3", a, c) }
func section(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("section", a, c) }
func ul(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("ul", a, c) }
func ol(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("ol", a, c) }
func li(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("li", a, c) }
func dl(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("dl", a, c) }
func dt(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("dt", a, c) }
func dd(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("dd", a, c) }
func a(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("a", a, c) }
func strong(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("strong", a, c) }
func small(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("small", a, c) }
func mark(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("mark", a, c) }
func button(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("button", a, c) }
func label(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("label", a, c) }
func fieldset(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("fieldset", a, c) }
func legend(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("legend", a, c) }
func details(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("details", a, c) }
func summary(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("summary", a, c) }
func time(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("time", a, c) }
func pre(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("pre", a, c) }
func del(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("del", a, c) }
func ins(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("ins", a, c) }
func br() -> Node { .void("br", []) }
func input(_ a: Attribute?...) -> Node { .void("input", a.compactMap { $0 }) }

// Tables.
func table(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("table", a, c) }
func caption(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("caption", a, c) }
func thead(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("thead", a, c) }
func tbody(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("tbody", a, c) }
func tr(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("tr", a, c) }
func th(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("th", a, c) }
func td(_ a: Attribute?..., @NodeBuilder content c: () -> [Node] = { [] }) -> Node { el("td", a, c) }

/// Escaped text, for places where a builder needs a `Node` rather than a `String`.
func text(_ s: String) -> Node { .text(s) }
