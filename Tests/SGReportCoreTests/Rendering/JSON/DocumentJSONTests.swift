import Foundation
import Testing
@testable import SGReportCore

@Suite struct DocumentJSONTests {
    typealias S = RenderingSamples

    @Test func documentKeysAreInContractOrder() {
        let json = S.full.json(source: "a.txt")
        #expect(json.keys == [
            "schemaVersion", "source", "report", "sections", "metrics", "priorities", "meetings", "attendance",
            "warnings",
        ])
        #expect(json["schemaVersion"] == 1)
        #expect(json["report"]?.keys == ["title", "organisation", "kind", "period", "published"])
        #expect(json["report"]?["period"]?.keys == ["label", "start", "end"])
        #expect(json["report"]?["kind"] == "annual-report")
        #expect(json["report"]?["published"] == "2020-09-30")
    }

    @Test func metricKeysAreInContractOrder() {
        #expect(S.rereferrals.json().keys == [
            "label", "value", "unit", "currency", "per", "denominator", "durationUnit", "period", "qualifier",
            "previous", "comparators", "target", "status", "trend", "table", "section", "line", "text",
        ])
        #expect(S.rereferrals.json()["previous"]?.keys == ["value", "period"])
        #expect(S.rereferrals.json()["comparators"] == .array([
            .object([("name", "England"), ("value", 21)]),
            .object([("name", "statistical neighbours"), ("value", 18)]),
        ]))
    }

    @Test func otherRecordKeysAreInContractOrder() {
        #expect(S.sections[0].json().keys == ["number", "title", "level", "line"])
        #expect(S.priorities[0].json().keys == ["number", "title", "scope", "status", "actions", "progress", "section", "line"])
        #expect(S.meetings[0].json().keys == [
            "body", "date", "time", "location", "status", "agenda", "present", "apologies", "decisions", "line",
        ])
        #expect(S.meetings[0].json()["agenda"] == .array([.object([("number", "5"), ("title", "GET SAFE"), ("pages", "1 - 30")])]))
        #expect(S.attendance[0].json().keys == ["body", "name", "role", "attended", "possible", "percent", "line"])
        #expect(DocumentWarning(line: nil, message: "m").json() == .object([("line", nil), ("message", "m")]))
    }

    @Test func absentValuesAreNullAndEmptyListsAreArrays() throws {
        let bare = Metric(label: "x", value: 1, unit: .count, line: 1, text: "1 x")
        let json = bare.json()
        for key in ["currency", "per", "denominator", "durationUnit", "period", "qualifier", "previous", "target",
                    "status", "trend", "table", "section"] {
            #expect(json[key] == .null, "\(key)")
        }
        #expect(json["comparators"] == .array([]))

        let empty = Document(report: .empty).json(source: "-")
        for key in ["title", "organisation", "period", "published"] { #expect(empty["report"]?[key] == .null) }
        for key in ["sections", "metrics", "priorities", "meetings", "attendance", "warnings"] {
            #expect(empty[key] == .array([]))
        }
        #expect(Priority(number: nil, title: "t", scope: .next, line: 1).json()["status"] == .null)
        let meeting = Meeting(body: nil, date: S.date(2022), status: .held, line: 1).json()
        for key in ["body", "time", "location"] { #expect(meeting[key] == .null) }
        let person = Attendance(body: nil, name: "n", role: nil, attended: nil, possible: nil, percent: nil, line: 1).json()
        for key in ["body", "role", "attended", "possible", "percent"] { #expect(person[key] == .null) }

        // Null survives writing: the key is present in the parsed text, not dropped.
        let parsed = try JSONWriter.parse(JSONWriter.write(json, pretty: true)) as? [String: Any]
        #expect(parsed?["currency"] is NSNull)
        #expect(parsed?.count == 18)
    }

    @Test func enumsAreWrittenByRawValue() {
        let m = Metric(label: "x", value: 3, unit: .fraction, denominator: 4, qualifier: .atLeast, status: .amber,
                       trend: .up, line: 1, text: "")
        #expect(m.json()["qualifier"] == "at-least")
        #expect(m.json()["status"] == "amber")
        #expect(Priority(number: nil, title: "t", scope: .current, status: .inProgress, line: 1).json()["status"] == "in-progress")
    }
}

extension JSONWriter {
    static func parse(_ text: String) throws -> Any { try JSONWriterTests.parse(text) }
}
