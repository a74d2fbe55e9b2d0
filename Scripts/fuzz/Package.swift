// swift-tools-version:6.0
// A libFuzzer target for Helder's readers, analyzer and renderers. Developer tooling, not part of the
// product: built and run by Scripts/fuzz/run (it needs -sanitize=fuzzer, which a plain build lacks).
import PackageDescription

let package = Package(
    name: "HelderFuzz",
    dependencies: [.package(name: "Helder", path: "../..")],
    targets: [
        .executableTarget(
            name: "helder-fuzz",
            dependencies: [
                .product(name: "Helder", package: "Helder"),
                .product(name: "HelderDocuments", package: "Helder"),
                .product(name: "HelderReports", package: "Helder"),
            ]
        )
        // Coverage and AddressSanitizer for the whole build, and libFuzzer's driver, come from
        // Scripts/fuzz/run.
    ]
)
