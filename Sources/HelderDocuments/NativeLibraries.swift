import CLibXML2
import CZlib

/// The versions of the C libraries this binary runs with, for `helder --version` and bug reports.
public enum NativeLibraries {
    /// libxml2's version, e.g. `2.9.14`.
    public static var libxml2Version: String {
        // xmlParserVersion is "20914": major, two-digit minor, two-digit patch.
        guard let raw = Int(String(cString: helder_xml_version())) else { return "?" }
        return "\(raw / 10000).\(raw / 100 % 100).\(raw % 100)"
    }

    /// zlib's version, e.g. `1.2.13`.
    public static var zlibVersion: String {
        String(cString: CZlib.zlibVersion())
    }
}
