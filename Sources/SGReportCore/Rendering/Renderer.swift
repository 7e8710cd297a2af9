/// Writes documents for one view in one format; every format of every command goes through here.
public enum Renderer {
    /// The whole output for `documents`, ending in a newline (or empty when there is nothing to print).
    /// Callers check `view.formats.contains(format)` first; an unsupported pair falls back to JSON.
    public static func render(
        _ documents: [SourcedDocument], view: View, format: OutputFormat, options: RenderOptions = RenderOptions()
    ) -> String {
        // Stub until the rendering layer lands.
        ""
    }
}
