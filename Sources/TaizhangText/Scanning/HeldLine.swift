/// A line the analyzer keeps for the lines after it, boxed: the box is shared by the roles
/// it holds (the last content line, the previous line, the line before a short one) and
/// its constant `line` is read in place, where a stored `LineText?` was copied whole
/// (its six buffers retained and released) at every read (cli15).
final class HeldLine {
    let line: LineText?
    /// `line?.number`, kept apart: a test of the optional line itself may copy it.
    let number: Int?
    init(_ line: LineText?) { self.line = line; number = line?.number }
}
