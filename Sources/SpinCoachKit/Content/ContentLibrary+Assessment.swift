import Foundation

// The DISC self-assessment: `Scripts/assess/<language>.assess`, read only by the commands that use it.
extension ContentLibrary {
    /// The assessment in `language` from the first content folder that has one (a trainer's
    /// own file replaces the bundled one whole); nil when none has, an error naming every
    /// problem when it is broken.
    public func loadAssessment(language: ContentLanguage) throws(ContentError) -> Assessment? {
        for root in roots {
            let url = root.appending(path: "Scripts/assess/\(language.rawValue).assess")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            return try Self.loadAssessment(url, language: language)
        }
        return nil
    }

    /// `en.assess` is English and `zh.assess` Chinese; any other name is read as English.
    static func loadAssessment(_ url: URL) throws(ContentError) -> Assessment {
        let language = ContentLanguage(rawValue: url.deletingPathExtension().lastPathComponent) ?? .english
        return try loadAssessment(url, language: language)
    }

    private static func loadAssessment(_ url: URL, language: ContentLanguage) throws(ContentError) -> Assessment {
        let parsed = AssessmentParser.parse(try readText(url), file: url.path, language: language)
        guard let assessment = parsed.assessment else { throw ContentError(parsed.diagnostics) }
        return assessment
    }
}
