/// Writes documents for one view in one format; every format of every command goes through here.
///
/// Rendering is split in two so that `--jobs` can render each file where it was parsed: `part` makes one
/// document's share and may run on any thread, `join` puts the shares together in argument order.
/// `render` is the two in one call, so there is a single way each format is written.
public enum Renderer {
    /// The whole output for `documents`, ending in a newline (or empty when there is nothing to print).
    /// Callers check `view.formats.contains(format)` first; an unsupported pair falls back to JSON.
    public static func render(
        _ documents: [SourcedDocument], view: View, format: OutputFormat, options: RenderOptions = RenderOptions()
    ) -> String {
        let several = documents.count > 1
        let parts = documents.map { part($0, view: view, format: format, options: options, several: several) }
        return join(parts, view: view, format: format, several: several)
    }

    /// One document's share of the output, ending in a newline except inside a JSON array. `several` says
    /// whether the output is for more than one file (a JSON array, a `== name ==` header over each text page);
    /// it follows the files asked for, so a script's `jq '.[]'` still works when one of them cannot be read.
    public static func part(
        _ document: SourcedDocument, view: View, format: OutputFormat, options: RenderOptions, several: Bool
    ) -> RenderedPart {
        let format = supported(format, by: view)
        switch view {
        case .summary: return SummaryRenderer.part(document, format: format, options: options, several: several)
        case .sections: return ListingRenderer.part(SectionListing.self, document, format, options, several: several)
        case .metrics: return ListingRenderer.part(MetricListing.self, document, format, options, several: several)
        case .priorities:
            return ListingRenderer.part(PriorityListing.self, document, format, options, several: several)
        case .meetings: return ListingRenderer.part(MeetingListing.self, document, format, options, several: several)
        case .attendance:
            return ListingRenderer.part(AttendanceListing.self, document, format, options, several: several)
        }
    }

    /// The whole output from every document's part, in the order given; empty when there are no parts.
    public static func join(_ parts: [RenderedPart], view: View, format: OutputFormat, several: Bool) -> String {
        guard !parts.isEmpty else { return "" }
        switch supported(format, by: view) {
        case .text:
            // A blank line between files' pages; each page already ends in a newline.
            return several ? parts.map(\.text).joined(separator: "\n") : concatenated(parts)
        case .json:
            guard several else { return concatenated(parts) }
            return "[\n" + parts.map { "  " + $0.text }.joined(separator: ",\n") + "\n]\n"
        case .jsonl:
            return concatenated(parts)
        case .csv, .tsv, .markdown:
            return ListingRenderer.table(view.listingHeaders, parts.flatMap(\.rows), format: format)
        }
    }

    /// The parts' texts one after another; a single part is returned as it is, not copied, because one large
    /// file's JSON is most of the memory a run needs (copying it took peak memory over budget).
    private static func concatenated(_ parts: [RenderedPart]) -> String {
        parts.count == 1 ? parts[0].text : parts.map(\.text).joined()
    }

    private static func supported(_ format: OutputFormat, by view: View) -> OutputFormat {
        view.formats.contains(format) ? format : .json
    }
}

extension View {
    /// The tabular header row of a listing view: `source` and the listing's documented columns.
    var listingHeaders: [String] {
        switch self {
        case .summary: return []
        case .sections: return ListingRenderer.headers(SectionListing.self)
        case .metrics: return ListingRenderer.headers(MetricListing.self)
        case .priorities: return ListingRenderer.headers(PriorityListing.self)
        case .meetings: return ListingRenderer.headers(MeetingListing.self)
        case .attendance: return ListingRenderer.headers(AttendanceListing.self)
        }
    }
}
