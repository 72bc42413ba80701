import SpinCoachKit

/// Test input with positions marked inline by circled digits (①②③…), which
/// are removed; each marker's 1-based line and character column is kept.
struct MarkedText {
    var text: String
    var marks: [Int: (line: Int, column: Int)] = [:]

    private static let markers: [Character] = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    init(_ marked: String) {
        var text = ""
        var line = 1
        var column = 1
        for character in marked {
            if let index = Self.markers.firstIndex(of: character) {
                marks[index + 1] = (line, column)
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = text
    }

    /// `line:column` of marker `number`, in the form diagnostics print.
    func position(_ number: Int) -> String {
        guard let mark = marks[number] else { return "marker \(number) missing" }
        return "\(mark.line):\(mark.column)"
    }
}

extension Diagnostic {
    var position: String { "\(line):\(column)" }
}
