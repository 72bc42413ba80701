import ArgumentParser
import Foundation
import SpinCoachKit

struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Label rep utterances: SPIN question type or selling behaviour.",
        discussion: """
            Labels: situation, problem, implication, need-payoff, question, rapport, feature, \
            advantage, benefit, commitment, statement. With no TEXT, reads one utterance per \
            line from standard input; with --format tsv or json it writes exactly one line per \
            input line (a blank line gives the label '-'), while text is laid out to the \
            terminal's width. A benefit needs the buyer's stated need: pass it with --need.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, tsv, json
    }

    enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, en, zh

        var language: ContentLanguage? { ContentLanguage(rawValue: rawValue) }
    }

    @OptionGroup var content: ContentOptions
    @Option(help: "Language of the input: auto, en or zh.") var lang: LanguageChoice = .auto
    @Option(help: "Output format: text, tsv or json.") var format: Format = .text
    @Option(
        name: .customLong("need"),
        help: "An explicit need the buyer stated (repeatable); a statement that meets one is a benefit.")
    var statedNeeds: [String] = []
    @Argument(help: "Utterances to classify; each argument is one utterance.") var texts: [String] = []

    func run() throws {
        let classifier = UtteranceClassifier(library: content.loadLibrary(.classifierData))
        let output = LineOutput(isDocument: format == .json)
        if !texts.isEmpty {
            for text in texts { output.write(line(for: text, number: nil, classifier: classifier)) }
            return
        }
        if isatty(STDIN_FILENO) == 1 {
            Console.note(
                "reading utterances from standard input, one per line; Ctrl-D ends "
                    + "(or give them as arguments: spincoach classify \"How many lines do you run?\")")
        }
        var number = 0
        while let text = readLine(strippingNewline: true) {
            number += 1
            output.write(
                line(for: text.hasSuffix("\r") ? String(text.dropLast()) : text, number: number, classifier: classifier)
            )
        }
    }

    func line(for text: String, number: Int?, classifier: UtteranceClassifier) -> String {
        if text.allSatisfy(\.isWhitespace) { return render(nil, text: "") }
        if text.count > UtteranceClassifier.maximumLength {
            let place = number.map { "line \($0)" } ?? "argument"
            Problems.engine.emit(
                .warning,
                "\(place) is over \(UtteranceClassifier.maximumLength) characters; "
                    + "classified on its first \(UtteranceClassifier.maximumLength)")
        }
        let result = classifier.classify(text, language: lang.language, statedNeeds: statedNeeds)
        return render(result, text: text)
    }

    func render(_ result: Classification?, text: String) -> String {
        let label = result?.label.rawValue ?? "-"
        let confidence = String(format: "%.2f", result?.confidence ?? 0)
        switch format {
        case .text:
            guard let result else { return "-" }
            // Later lines hang under the utterance, past the label and confidence.
            return TextLayout.wrap(
                "\(TerminalText.padded(label, to: 12)) \(confidence)  \(text)  (\(result.evidence))",
                width: Console.width(), hanging: 19)
        case .tsv:
            let shown = text.replacingOccurrences(of: "\t", with: " ")
            return "\(label)\t\(result == nil ? "" : confidence)\t\(shown)"
        case .json:
            var object: [String: Any] = ["label": label, "text": text]
            if let result {
                object["confidence"] = (result.confidence * 100).rounded() / 100
                object["language"] = result.language.rawValue
                object["evidence"] = result.evidence
            }
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        }
    }
}

/// Buffered standard output for line-at-a-time commands over large inputs; on a
/// terminal each line is shown at once, since someone is waiting for it. Lines are
/// made safe as `Console` makes them, except JSON Lines, which escape in their own way.
final class LineOutput {
    private var buffer = Data()
    private let isTerminal = isatty(STDOUT_FILENO) == 1
    private let isDocument: Bool

    init(isDocument: Bool) {
        self.isDocument = isDocument
    }

    func write(_ line: String) {
        buffer.append(contentsOf: (isDocument ? line : Console.safe(line)).utf8)
        buffer.append(0x0A)
        if isTerminal || buffer.count >= 64 * 1024 { flush() }
    }

    func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
