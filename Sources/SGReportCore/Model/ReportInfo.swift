/// What a report is: "Walsall Safeguarding Children Board … Annual Report 2019 – 2020", an annual report for 2019-20.
public struct ReportInfo: Sendable, Equatable {
    public let title: String?
    public let organisation: String?
    public let kind: ReportKind
    public let period: Period?
    /// When the document was published or dated; an agenda's meeting date.
    public let published: PartialDate?

    public init(title: String?, organisation: String?, kind: ReportKind, period: Period?, published: PartialDate?) {
        self.title = title
        self.organisation = organisation
        self.kind = kind
        self.period = period
        self.published = published
    }

    public static let empty = ReportInfo(title: nil, organisation: nil, kind: .unknown, period: nil, published: nil)
}

/// The genre of a document; an agenda pack that contains minutes is an `.agenda`.
public enum ReportKind: String, Sendable, Equatable, CaseIterable {
    case annualReport = "annual-report"
    case agenda
    case minutes
    case progressReport = "progress-report"
    case unknown
}
