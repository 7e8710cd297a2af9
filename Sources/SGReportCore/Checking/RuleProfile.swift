/// A named rule set for one genre of document: `annual-report`, `agenda`, `minutes`.
public enum RuleProfile: String, Sendable, CaseIterable {
    case annualReport = "annual-report"
    case agenda, minutes

    /// The built-in rules in the order they are reported (roughly the order the guidance lists them).
    var rules: [any Rule] {
        switch self {
        case .annualReport:
            return [
                PeriodCoveredRule(), StatutoryPartnersRule(), PartnerActivityRule(), PracticeReviewsRule(),
                EffectivenessRule(), ImpactOnOutcomesRule(), TrainingEvaluatedRule(), LittleProgressRule(),
                ReviewRecommendationsRule(), ChildFamilyFeedbackRule(), IndependentScrutinyRule(), FundingRule(),
                PerformanceDataRule(), NextYearPrioritiesRule(), LSCBDistributionRule(), LSCBSpendRule(),
            ]
        case .agenda:
            return [
                AgendaMeetingDetailsRule(), AgendaItemsRule(), AgendaApologiesRule(), AgendaDeclarationsRule(),
                AgendaPreviousMinutesRule(), AgendaReportsRule(), AgendaExemptItemsRule(), AgendaWorkProgrammeRule(),
            ]
        case .minutes:
            return [
                MinutesMeetingDetailsRule(), MinutesPresentRule(), MinutesApologiesRule(), MinutesDeclarationsRule(),
                MinutesPreviousApprovedRule(), MinutesResolutionsRule(), MinutesUrgencyRule(), MinutesExclusionRule(),
                MinutesSignatureRule(),
            ]
        }
    }

    /// Every built-in rule id, for validating a rules file.
    static var allRuleIDs: Set<String> { Set(allCases.flatMap { $0.rules.map(\.id) }) }

    /// The profile `--profile auto` picks for a report of `kind`; anything not an agenda or minutes is checked
    /// as an annual report, the genre sgreport is mostly asked about.
    public static func auto(for kind: ReportKind) -> RuleProfile {
        switch kind {
        case .agenda: return .agenda
        case .minutes: return .minutes
        case .annualReport, .progressReport, .unknown: return .annualReport
        }
    }
}
