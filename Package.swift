// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sgreport",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SGReportCore", targets: ["SGReportCore"]),
        .executable(name: "sgreport", targets: ["sgreport"]),
    ],
    targets: [
        // The parser and document model: pure, no file access, no printing.
        .target(name: "SGReportCore"),
        // The command line's testable parts: command table, argument parser, help, input reading, runner.
        .target(name: "SGReportCLI", dependencies: ["SGReportCore"]),
        // The thin command line: reads inputs, calls the library, renders, maps errors to exit codes.
        .executableTarget(name: "sgreport", dependencies: ["SGReportCLI", "SGReportCore"]),
        // Throughput of each stage over the fixture corpus: swift run -c release sgreport-bench
        .executableTarget(name: "sgreport-bench", dependencies: ["SGReportCore"]),
        .testTarget(
            name: "SGReportCoreTests",
            dependencies: ["SGReportCore"]
        ),
        .testTarget(
            name: "SGReportCLITests",
            dependencies: ["SGReportCLI", "SGReportCore", "sgreport"]
        ),
    ]
)
