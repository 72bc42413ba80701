import SpinCoachKit

/// Every string that came from a user's file passes through here before printing.
func terminalSafe(_ text: String) -> String {
    TerminalText.sanitized(text)
}
