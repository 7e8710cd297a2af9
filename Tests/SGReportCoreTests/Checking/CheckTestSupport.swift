@testable import SGReportCore

/// The check input of a small inline document, read the way `Checker` reads bytes.
func checkInput(_ text: String) -> CheckInput {
    guard let parsed = try? ReportParser.parseWithText(Array(text.utf8)) else {
        return CheckInput(text: ParsedText(lines: []), document: Document(report: .empty))
    }
    return CheckInput(text: parsed.text, document: parsed.document)
}

/// One rule with a document that satisfies it and one that does not.
struct RuleCase: Sendable, CustomStringConvertible {
    let rule: any Rule
    let passing: String
    let failing: String

    var description: String { rule.id }

    func passed(_ text: String) -> Bool {
        RuleResult(rule: rule, severity: rule.severity, finding: rule.evaluate(checkInput(text))).passed
    }
}

/// "Anyshire Safeguarding Children Partnership Annual Report 2019-20" and numbered sections.
func annualReport(_ sections: String, title: String = "Anyshire Safeguarding Children Partnership Annual Report 2019-20") -> String {
    title + "\n\n1. About this report\n\nThis report sets out the work of the partnership.\n\n" + sections
}
