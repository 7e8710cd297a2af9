/// One document's share of an output, made by the worker that parsed it so the document itself need not be kept:
/// `.text("{\n  \"schemaVersion\": 1, …")` for text and the JSON forms, `.rows(…)` for CSV, TSV and Markdown,
/// whose writers need every file's rows at once (a Markdown column is right-aligned only if all its cells are numbers).
public enum RenderedPart: Sendable, Equatable {
    case text(String)
    case rows([[Cell]])

    var text: String {
        if case .text(let s) = self { return s }
        return ""
    }

    var rows: [[Cell]] {
        if case .rows(let r) = self { return r }
        return []
    }
}
