// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "SpinCoach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "spincoach", targets: ["spincoach"]),
        .library(name: "SpinCoachKit", targets: ["SpinCoachKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/JohnSundell/Plot", exact: "0.14.0"),
    ],
    targets: [
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        .target(
            name: "SpinCoachKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        .executableTarget(
            name: "spincoach",
            dependencies: [
                "SpinCoachKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "spincoach-bench",
            dependencies: ["SpinCoachKit"],
            path: "Benchmarks/spincoach-bench"
        ),
        .testTarget(
            name: "SpinCoachKitTests",
            dependencies: [
                "SpinCoachKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "spincoachTests",
            dependencies: ["SpinCoachKit", "spincoach"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
