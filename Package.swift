// swift-tools-version:6.2
import Foundation
import PackageDescription

/// The web service (`helder serve`) is built on GNU libmicrohttpd. Where its header is missing the package has no
/// server, so checking letters and the tests work on a machine with only libxml2 and zlib; `helder serve` then
/// says how to get it. After installing `libmicrohttpd-dev`, run `swift package reset` (or touch this file) so
/// SwiftPM reads this manifest again.
let withServer = FileManager.default.fileExists(atPath: "/usr/include/microhttpd.h")

let package = Package(
    name: "Helder",
    products: [
        .library(name: "Helder", targets: ["Helder"]),
        .library(name: "HelderDocuments", targets: ["HelderDocuments"]),
        .library(name: "HelderReports", targets: ["HelderReports"]),
        .executable(name: "helder", targets: ["HelderCLI"]),
    ],
    targets: [
        // System libraries: a module map and a shim header each, nothing else.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // Build-time tool that turns Lexicons/*.tsv into a Swift source file,
        // so a copied `helder` binary carries its lexicons with it.
        .executableTarget(name: "LexiconEmbedder"),
        .plugin(
            name: "EmbedLexicons",
            capability: .buildTool(),
            dependencies: ["LexiconEmbedder"]
        ),

        .target(
            name: "Helder",
            plugins: ["EmbedLexicons"]
        ),
        .target(
            name: "HelderDocuments",
            dependencies: ["Helder", "CLibXML2", "CZlib"]
        ),
        .target(
            name: "HelderReports",
            dependencies: ["Helder"]
        ),
        // A Word letter with Helder's review in it, for `helder annotate` and the web service alike.
        .target(
            name: "HelderWord",
            dependencies: ["Helder", "HelderDocuments", "HelderReports"]
        ),
        .executableTarget(
            name: "HelderCLI",
            dependencies: ["Helder", "HelderDocuments", "HelderReports", "HelderWord"]
                + (withServer ? ["HelderServer"] : [])
        ),

        .testTarget(
            name: "HelderTests",
            dependencies: ["Helder"],
            exclude: ["Resources"]
        ),
        .testTarget(
            name: "HelderDocumentsTests",
            dependencies: ["Helder", "HelderDocuments"],
            exclude: ["Fixtures"]
        ),
        // What several test targets share (an HTML page parsed into a tree, a raw HTTP client, a small Word document
        // built in the test); no product ships it.
        .target(
            name: "HelderTestSupport",
            dependencies: ["HelderDocuments"],
            path: "Tests/HelderTestSupport"
        ),
        .testTarget(
            name: "HelderReportsTests",
            dependencies: ["Helder", "HelderDocuments", "HelderReports", "HelderTestSupport"]
        ),
        .testTarget(
            name: "HelderCLITests",
            dependencies: ["HelderCLI", "Helder", "HelderDocuments", "HelderReports", "HelderTestSupport"]
                + (withServer ? ["HelderServer"] : []),
            exclude: ["Snapshots", "Schemas", "Letters", "Fixtures"]
        ),
    ]
)

if withServer {
    package.targets += [
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),
        .target(
            name: "HelderServer",
            dependencies: ["Helder", "HelderDocuments", "HelderReports", "HelderWord", "CMicroHTTPD"]
        ),
        .testTarget(
            name: "HelderServerTests",
            dependencies: ["Helder", "HelderServer", "HelderReports", "HelderDocuments", "HelderTestSupport"]
        ),
    ]
}
