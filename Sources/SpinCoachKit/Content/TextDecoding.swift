import Foundation

/// Decodes file bytes as UTF-8, or reports where the first invalid byte is.
enum TextDecoding {
    static func decodeUTF8(_ data: Data, file: String) throws(ContentError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        let (line, column) = position(ofFirstInvalidByteIn: bytes)
        throw ContentError([
            Diagnostic(
                file: file, line: line, column: column,
                message: "file is not valid UTF-8 (save it as UTF-8 text)")
        ])
    }

    /// Walks the valid prefix to find the line and character column of the bad byte.
    private static func position(ofFirstInvalidByteIn bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}
