/// Writes documents for one view in one format; every format of every command goes through here.
public enum Renderer {
    /// The whole output for `documents`, ending in a newline (or empty when there is nothing to print).
    /// Callers check `view.formats.contains(format)` first; an unsupported pair falls back to JSON.
    public static func render(
        _ documents: [SourcedDocument], view: View, format: OutputFormat, options: RenderOptions = RenderOptions()
    ) -> String {
        guard !documents.isEmpty else { return "" }
        let format = view.formats.contains(format) ? format : .json
        switch view {
        case .summary: return SummaryRenderer.render(documents, format: format, options: options)
        case .sections: return ListingRenderer.render(SectionListing.self, documents, format: format, options: options)
        case .metrics: return ListingRenderer.render(MetricListing.self, documents, format: format, options: options)
        case .priorities:
            return ListingRenderer.render(PriorityListing.self, documents, format: format, options: options)
        case .meetings: return ListingRenderer.render(MeetingListing.self, documents, format: format, options: options)
        case .attendance:
            return ListingRenderer.render(AttendanceListing.self, documents, format: format, options: options)
        }
    }
}
