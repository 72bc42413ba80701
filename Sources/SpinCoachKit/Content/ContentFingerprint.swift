/// A short fingerprint of the content a call used, so a replay can tell whether
/// the persona or script has changed since.
public enum ContentFingerprint {
    public static func of(_ persona: Persona, _ script: Script) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let texts =
            [persona.id, persona.opening] + persona.problems.flatMap { [$0.admit, $0.need] }
            + script.questions.map { $0.id + $0.text }
        for text in texts {
            for byte in text.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return "\(persona.id)+\(script.id)@" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
