import Foundation

/// Dutch words for what the operating system reports about a file, so that no English system text
/// (`strerror`, Foundation's `localizedDescription`) reaches a user.
public enum SystemErrorText {
    /// Why an operation on a file failed with `code` (an `errno` value), in Dutch, without the file's name.
    public static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: "het bestand of de map bestaat niet"
        case EACCES, EPERM: "geen toestemming"
        case EISDIR: "dit is een map, geen bestand"
        case ENOTDIR: "een deel van het pad is geen map"
        case ENOSPC: "de schijf is vol"
        case EDQUOT: "uw schijfruimte (quotum) is op"
        case EROFS: "de schijf is alleen te lezen, niet te beschrijven"
        case EEXIST: "er staat al een bestand met deze naam"
        case ENAMETOOLONG: "de naam is te lang"
        case ELOOP: "te veel symbolische koppelingen achter elkaar (een kring?)"
        case EIO: "lees- of schrijffout van de schijf"
        case EMFILE, ENFILE: "te veel bestanden tegelijk open"
        case EFBIG: "het bestand wordt te groot"
        case EBUSY, ETXTBSY: "het bestand is in gebruik"
        case ENXIO, ENODEV, EOPNOTSUPP: "dit is geen gewoon bestand"
        case ENOMEM: "te weinig geheugen"
        case EXDEV: "de bestemming staat op een andere schijf dan de tijdelijke kopie"
        case EINVAL: "ongeldige naam of bewerking"
        default: "onverwachte systeemfout (nummer \(code))"
        }
    }

    /// The `errno` value behind an error Foundation threw, when there is one.
    public static func code(of error: any Error) -> Int32? {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        guard error.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        case .fileReadNoPermission, .fileWriteNoPermission: return EACCES
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileWriteFileExists: return EEXIST
        case .fileReadTooLarge: return EFBIG
        case .fileReadInvalidFileName, .fileWriteInvalidFileName: return EINVAL
        default: return nil
        }
    }

    /// Why a file operation that threw `error` failed, in Dutch.
    public static func reason(_ error: any Error) -> String {
        if let code = code(of: error) { return reason(errno: code) }
        let error = error as NSError
        return "onverwachte fout (\(error.domain) \(error.code))"
    }
}
