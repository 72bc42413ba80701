extension CallMachine {
    /// A practice call as `spincoach practice` sets it up from `library`: the classifier trained
    /// on the buyer's language only (the call classifies nothing else), with that language's
    /// lexicon, steps and terms.
    public init(
        practising persona: Persona, script: Script, in library: ContentLibrary, coachMode: CoachMode, seed: UInt64
    ) {
        let language = persona.language
        self.init(
            persona: persona, script: script, classifier: UtteranceClassifier(library: library, languages: [language]),
            coachMode: coachMode, seed: seed, lexicon: library.lexicons[language], steps: library.steps[language],
            terms: library.terms(for: language))
    }
}
