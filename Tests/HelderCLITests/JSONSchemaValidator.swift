import Foundation

/// A JSON Schema (draft-07) validator for the keywords our schemas use. A keyword it does not know
/// is reported as a violation, so a schema can never be half-checked without anyone noticing.
struct JSONSchemaValidator {
    /// One place where the document breaks the schema.
    struct Violation: CustomStringConvertible {
        var path: String
        var problem: String

        var description: String { "\(path.isEmpty ? "/" : path): \(problem)" }
    }

    private let root: [String: Any]
    /// Keywords that only document a schema.
    private static let annotations: Set = ["$schema", "$id", "title", "description", "default", "definitions"]

    init(schema: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: schema) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        self.root = root
    }

    /// Every violation of the schema by `document` (parsed JSON); empty when it is valid.
    func violations(of document: Any) -> [Violation] {
        var found: [Violation] = []
        check(document, against: root, at: "", into: &found)
        return found
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, into found: inout [Violation]) {
        for (keyword, argument) in schema where !Self.annotations.contains(keyword) {
            switch keyword {
            case "$ref":
                guard let target = resolve(argument as? String) else {
                    found.append(Violation(path: path, problem: "unresolvable $ref \(argument)"))
                    continue
                }
                check(value, against: target, at: path, into: &found)
            case "type":
                let types = (argument as? [String]) ?? [argument as? String ?? ""]
                if !types.contains(where: { Self.isOfType(value, $0) }) {
                    found.append(Violation(path: path, problem: "expected \(types.joined(separator: " or "))"))
                }
            case "enum":
                let allowed = argument as? [Any] ?? []
                if !allowed.contains(where: { Self.equal($0, value) }) {
                    found.append(Violation(path: path, problem: "\(value) is not one of \(allowed)"))
                }
            case "required":
                guard let object = value as? [String: Any] else { continue }
                for name in argument as? [String] ?? [] where object[name] == nil {
                    found.append(Violation(path: path, problem: "missing required member \"\(name)\""))
                }
            case "properties":
                guard let object = value as? [String: Any], let properties = argument as? [String: Any] else {
                    continue
                }
                for (name, member) in object {
                    guard let memberSchema = properties[name] as? [String: Any] else { continue }
                    check(member, against: memberSchema, at: path + "/" + name, into: &found)
                }
            case "additionalProperties":
                guard let object = value as? [String: Any] else { continue }
                let declared = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
                for (name, member) in object where !declared.contains(name) {
                    if let allowed = argument as? Bool {
                        if !allowed { found.append(Violation(path: path, problem: "unknown member \"\(name)\"")) }
                    } else if let memberSchema = argument as? [String: Any] {
                        check(member, against: memberSchema, at: path + "/" + name, into: &found)
                    }
                }
            case "items":
                guard let array = value as? [Any], let itemSchema = argument as? [String: Any] else { continue }
                for (index, element) in array.enumerated() {
                    check(element, against: itemSchema, at: "\(path)/\(index)", into: &found)
                }
            case "minItems":
                if let array = value as? [Any], let minimum = argument as? Int, array.count < minimum {
                    found.append(Violation(path: path, problem: "fewer than \(minimum) items"))
                }
            case "uniqueItems":
                guard let array = value as? [Any], argument as? Bool == true else { continue }
                for (index, element) in array.enumerated()
                where array[..<index].contains(where: { Self.equal($0, element) }) {
                    found.append(Violation(path: "\(path)/\(index)", problem: "duplicate item"))
                }
            case "minimum", "maximum":
                guard Self.isOfType(value, "number"), let number = (value as? NSNumber)?.doubleValue,
                    let bound = (argument as? NSNumber)?.doubleValue
                else { continue }
                if keyword == "minimum" ? number < bound : number > bound {
                    found.append(Violation(path: path, problem: "\(number) is beyond the \(keyword) \(bound)"))
                }
            case "anyOf":
                let options = argument as? [[String: Any]] ?? []
                let passes = options.contains { option in
                    var scratch: [Violation] = []
                    check(value, against: option, at: path, into: &scratch)
                    return scratch.isEmpty
                }
                if !passes { found.append(Violation(path: path, problem: "matches none of anyOf")) }
            case "format":
                guard let text = value as? String else { continue }
                if !Self.hasFormat(text, argument as? String ?? "") {
                    found.append(Violation(path: path, problem: "\"\(text)\" is not a valid \(argument)"))
                }
            default:
                found.append(Violation(path: path, problem: "schema keyword \(keyword) is not supported"))
            }
        }
    }

    /// `#/definitions/name`.
    private func resolve(_ reference: String?) -> [String: Any]? {
        guard let reference, reference.hasPrefix("#/definitions/") else { return nil }
        let name = String(reference.dropFirst("#/definitions/".count))
        return (root["definitions"] as? [String: Any])?[name] as? [String: Any]
    }

    /// JSON types as Foundation's parser returns them (booleans are NSNumbers of type `c`).
    static func isOfType(_ value: Any, _ type: String) -> Bool {
        let number = value as? NSNumber
        let isBoolean = number.map { String(cString: $0.objCType) == "c" } ?? false
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean
        case "number": return number != nil && !isBoolean
        case "integer":
            guard let number, !isBoolean else { return false }
            return number.doubleValue.rounded() == number.doubleValue
        case "null": return value is NSNull
        default: return false
        }
    }

    static func equal(_ left: Any, _ right: Any) -> Bool {
        if let left = left as? String, let right = right as? String { return left == right }
        if let left = left as? NSNumber, let right = right as? NSNumber {
            return isOfType(left, "boolean") == isOfType(right, "boolean") && left == right
        }
        if left is NSNull, right is NSNull { return true }
        if let left = left as? [Any], let right = right as? [Any] {
            return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
        }
        if let left = left as? [String: Any], let right = right as? [String: Any] {
            return left.count == right.count
                && left.allSatisfy { key, value in right[key].map { equal(value, $0) } ?? false }
        }
        return false
    }

    /// RFC 3986: a `uri` has a scheme; a `uri-reference` may be relative. Neither holds spaces,
    /// control characters, non-ASCII letters or a `%` not followed by two hex digits.
    static func hasFormat(_ text: String, _ format: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte <= 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, bytes[index + 1].isHexDigit, bytes[index + 2].isHexDigit else {
                    return false
                }
            }
        }
        switch format {
        case "uri-reference": return true
        case "uri":
            guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
            let scheme = text[..<colon]
            return scheme.first!.isLetter
                && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
        default: return false
        }
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
