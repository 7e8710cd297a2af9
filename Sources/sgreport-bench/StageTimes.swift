import SGReportCore

/// Seconds spent in each stage over one or more parses, plus JSON rendering and the whole.
struct StageTimes {
    var seconds: [String: Double] = [:]

    static let columns = ReportParser.Stage.allCases.map(\.rawValue) + ["json", "end-to-end"]

    mutating func add(_ stage: String, _ duration: Duration) {
        seconds[stage, default: 0] += duration.seconds
    }

    /// One parse and JSON rendering of `inputs`, timing each stage.
    static func measure(_ inputs: [[UInt8]]) -> StageTimes {
        var times = StageTimes()
        let clock = ContinuousClock()
        let start = clock.now
        var documents: [SourcedDocument] = []
        for (index, bytes) in inputs.enumerated() {
            guard let document = try? ReportParser.parse(bytes, timing: { times.add($0.rawValue, $1) }) else { continue }
            documents.append(SourcedDocument(source: "input-\(index)", document: document))
        }
        let renderStart = clock.now
        let json = Renderer.render(documents, view: .summary, format: .json)
        times.add("json", clock.now - renderStart)
        times.add("end-to-end", clock.now - start)
        // Keep the output alive so the optimiser cannot drop the rendering.
        if json.isEmpty && !documents.isEmpty { print("no output") }
        return times
    }
}

extension Duration {
    var seconds: Double {
        let (s, attos) = components
        return Double(s) + Double(attos) / 1e18
    }
}
