/// Finds attendance records in attendance tables: who attended how many of a body's meetings.
enum AttendanceExtractor {
    static func extract(from text: ParsedText, report: ReportInfo) -> [Attendance] {
        []
    }
}
