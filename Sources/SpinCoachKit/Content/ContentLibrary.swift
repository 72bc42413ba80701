import Foundation

/// Every script and persona available, merged from several content folders.
///
/// Folders are given highest priority first; a file in an earlier folder
/// replaces one with the same id in a later folder. A broken file is reported
/// in `diagnostics` and skipped, so the rest keeps working.
public struct ContentLibrary: Sendable {
    public private(set) var scripts: [Script] = []
    public private(set) var personas: [Persona] = []
    public private(set) var cueBooks: [ContentLanguage: CueBook] = [:]
    /// The concept lexicons the buyer understands reps' words by, read with the personas.
    public private(set) var lexicons: [ContentLanguage: ConceptLexicon] = [:]
    /// The next steps a rep may propose (`Scripts/steps/<lang>.lex`), which the buyer's acceptance names.
    public private(set) var steps: [ContentLanguage: ConceptLexicon] = [:]
    /// The development part of the classifier's gold set, which it trains on.
    public private(set) var developmentGold: [ContentLanguage: GoldSet] = [:]
    /// What the interface calls each term, by language (`Scripts/glossary/`).
    public internal(set) var glossaries: [ContentLanguage: Glossary] = [:]
    public internal(set) var diagnostics: [Diagnostic] = []
    /// Every content file that was read, for `check` to count.
    public internal(set) var filesRead = 0
    /// The folders searched, highest priority first.
    public let roots: [URL]
    /// The languages whose content was read; the others' folders and files were left alone.
    public let languages: Set<ContentLanguage>
    /// Which folder each loaded id came from, to tell an override from a clash.
    private var scriptRoots: [String: Int] = [:]
    private var personaRoots: [String: Int] = [:]

    /// What to read besides the scripts, which everything needs. A command reads
    /// only what it uses: listing scripts need not parse personas or gold sets.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let personas = Parts(rawValue: 1)
        /// Cue lists and the development gold set, for the classifier.
        public static let classifierData = Parts(rawValue: 2)
        public static let all: Parts = [.personas, .classifierData]
    }

    /// `languages` limits reading to those languages' content: a practice call needs only
    /// its buyer's. Ids are shared across languages, so a persona or script of a language
    /// left out cannot replace one of the same id here as it would in the whole library.
    public init(
        roots: [URL], parts: Parts = .all, languages: Set<ContentLanguage> = Set(ContentLanguage.allCases)
    ) {
        self.roots = roots
        self.languages = languages
        for (rootIndex, root) in roots.enumerated() {
            for language in readLanguages {
                for url in Self.files(in: root.appending(path: "Scripts/\(language.rawValue)"), extensions: ["spin"]) {
                    add(
                        Self.loadScript(url, language: language), kind: "script", to: \.scripts,
                        roots: \.scriptRoots, root: rootIndex)
                }
            }
        }
        if parts.contains(.classifierData) { loadClassifierData() }
        if parts.contains(.personas) { loadLexicons() }
        let knownScripts = Dictionary(scripts.map { ($0.id, $0.language) }) { first, _ in first }
        for (rootIndex, root) in roots.enumerated() where parts.contains(.personas) {
            for language in readLanguages {
                let folder = root.appending(path: "Personas/\(language.rawValue)")
                for url in Self.files(in: folder, extensions: ["yaml", "yml"]) {
                    add(
                        Self.loadPersona(url, language: language, knownScripts: knownScripts), kind: "persona",
                        to: \.personas, roots: \.personaRoots, root: rootIndex)
                }
            }
        }
        scripts.sort { ($0.language.rawValue, $0.id) < ($1.language.rawValue, $1.id) }
        personas.sort { ($0.language.rawValue, $0.id) < ($1.language.rawValue, $1.id) }
        loadGlossaries()
    }

    /// The languages read, in the fixed order that decides which of two same-id files in one folder is kept.
    private var readLanguages: [ContentLanguage] { ContentLanguage.allCases.filter(languages.contains) }

    /// Cue files from every folder add up (a trainer extends the bundled lists);
    /// the gold set comes from the first folder that has one.
    private mutating func loadClassifierData() {
        for language in readLanguages {
            var book = CueBook(language: language)
            readEveryFolder("cues/\(language.rawValue).cues") { Self.loadCues($0, into: &book) }
            cueBooks[language] = book
            do {
                if let gold = try loadGold(language: language, part: "dev") { developmentGold[language] = gold }
            } catch {
                diagnostics += error.diagnostics
            }
        }
    }

    /// Like cue files, lexicons from every folder add up; so do step lists.
    private mutating func loadLexicons() {
        for language in readLanguages {
            lexicons[language] = loadLexicon(folder: "lexicon", language: language)
            steps[language] = loadLexicon(folder: "steps", language: language)
        }
    }

    private mutating func loadLexicon(folder: String, language: ContentLanguage) -> ConceptLexicon {
        var lexicon = ConceptLexicon(language: language)
        readEveryFolder("\(folder)/\(language.rawValue).lex") { Self.loadLexicon($0, into: &lexicon) }
        return lexicon
    }

    /// `Scripts/<file>` in every folder that has one, lowest priority first, so each adds
    /// to what the ones before it gave; each is counted, and its problems kept.
    private mutating func readEveryFolder(_ file: String, _ read: (URL) -> [Diagnostic]) {
        for root in roots.reversed() {
            let url = root.appending(path: "Scripts/\(file)")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            filesRead += 1
            diagnostics += read(url)
        }
    }

    /// Adds a cue file's cues to `book`; returns its problems.
    static func loadCues(_ url: URL, into book: inout CueBook) -> [Diagnostic] {
        do {
            return book.add(parsing: try readText(url), file: url.path)
        } catch {
            return error.diagnostics
        }
    }

    /// Loads `Scripts/gold/<language>.<part>.tsv` from the first folder that has it;
    /// nil when none has, an error naming every bad line when it is broken.
    public func loadGold(language: ContentLanguage, part: String) throws(ContentError) -> GoldSet? {
        for root in roots {
            let url = root.appending(path: "Scripts/gold/\(language.rawValue).\(part).tsv")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            return try GoldSet(parsing: Self.readText(url), file: url.path, language: language)
        }
        return nil
    }

    /// What `check` reads: scripts, personas, cue lists, gold sets, lexicons, annotated calls,
    /// assessments and glossaries.
    public static let contentExtensions: Set<String> = [
        "spin", "yaml", "yml", "cues", "tsv", "lex", "call", "assess", "glossary",
    ]

    public func script(id: String) -> Script? {
        scripts.first { $0.id == id }
    }

    public func persona(id: String) -> Persona? {
        personas.first { $0.id == id }
    }

    /// Keeps what a file gave unless a folder read earlier (so of higher priority)
    /// already gave its id; two files with one id in one folder are reported.
    private mutating func add<Entry: ContentEntry>(
        _ result: Loaded<Entry>, kind: String, to entries: WritableKeyPath<Self, [Entry]>,
        roots: WritableKeyPath<Self, [String: Int]>, root: Int
    ) {
        filesRead += 1
        diagnostics += result.diagnostics
        guard let entry = result.value else { return }
        if let existing = self[keyPath: entries].first(where: { $0.id == entry.id }) {
            reportClash(
                kind: kind, id: entry.id, at: entry.origin, existing: existing.origin,
                sameRoot: self[keyPath: roots][entry.id] == root)
            return
        }
        self[keyPath: roots][entry.id] = root
        self[keyPath: entries].append(entry)
    }

    /// Overrides across folders are intended; two files with one id in one folder are a mistake.
    private mutating func reportClash(
        kind: String, id: String, at origin: SourcePosition, existing: SourcePosition, sameRoot: Bool
    ) {
        guard sameRoot else { return }
        diagnostics.append(Self.duplicate(kind: kind, id: id, at: origin, existing: existing))
    }

    struct Loaded<Value> {
        var value: Value?
        var diagnostics: [Diagnostic]
    }

    static func loadScript(_ url: URL, language: ContentLanguage?) -> Loaded<Script> {
        let path = url.path
        do {
            let text = try readText(url)
            let result = ScriptParser(file: path, expectedLanguage: language).parse(text)
            return Loaded(value: result.script, diagnostics: result.diagnostics)
        } catch {
            return Loaded(value: nil, diagnostics: error.diagnostics)
        }
    }

    static func loadPersona(_ url: URL, language: ContentLanguage?, knownScripts: [String: ContentLanguage]?) -> Loaded<
        Persona
    > {
        do {
            let text = try readText(url)
            let decoder = PersonaDecoder(file: url.path, expectedLanguage: language, knownScripts: knownScripts)
            let result = decoder.decode(text)
            return Loaded(value: result.persona, diagnostics: result.diagnostics)
        } catch {
            return Loaded(value: nil, diagnostics: error.diagnostics)
        }
    }

    static func readText(_ url: URL) throws(ContentError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ContentError([
                Diagnostic(
                    file: url.path, line: 1, column: 1, message: "cannot read file: \(error.localizedDescription)")
            ])
        }
        return try TextDecoding.decodeUTF8(data, file: url.path)
    }

    /// `…/Scripts/zh/x.spin` is Chinese; a file outside an `en` or `zh` folder has no expectation.
    static func folderLanguage(of url: URL) -> ContentLanguage? {
        ContentLanguage(rawValue: url.deletingLastPathComponent().lastPathComponent)
    }

    static func files(in directory: URL, extensions: Set<String>) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted()
            .filter { !$0.hasPrefix(".") && extensions.contains(($0 as NSString).pathExtension) }
            .map { directory.appending(path: $0) }
    }
}

/// A script or a persona: known by its id, and traced to the file it came from.
protocol ContentEntry {
    var id: String { get }
    var origin: SourcePosition { get }
}

extension Script: ContentEntry {}
extension Persona: ContentEntry {}
