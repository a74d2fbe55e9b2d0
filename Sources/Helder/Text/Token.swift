/// One unit of text found by the `Tokenizer`, as a byte range into its block's UTF-8.
public struct Token: Sendable, Equatable {
    /// What the token is.
    public var kind: TokenKind
    /// Facts about its spelling and surroundings.
    public var flags: TokenFlags
    /// First UTF-8 byte of the token in the block text.
    public var start: Int32
    /// One past the last UTF-8 byte.
    public var end: Int32

    public init(kind: TokenKind, flags: TokenFlags = [], start: Int, end: Int) {
        self.kind = kind
        self.flags = flags
        self.start = Int32(start)
        self.end = Int32(end)
    }

    /// The token's UTF-8 byte range in its block text.
    public var range: Range<Int> { Int(start)..<Int(end) }

    /// Whether a reader reads this token as one or more words of prose.
    public var isWord: Bool { kind == .word || kind == .abbreviation }
}

/// The kinds of token the Dutch tokenizer tells apart.
public enum TokenKind: String, Sendable, Equatable, CaseIterable {
    /// A word, including hyphenated compounds (`re-integratie`) and apostrophe forms (`auto's`, `'s`).
    case word
    /// An abbreviation from `Lexicons/afkortingen.tsv`, with its dots (`bijv.`, `t.a.v.`).
    case abbreviation
    /// Initials of a name (`M.A.`).
    case initials
    /// A number (`12`, `1.234,56`, `09.00`, `2e`).
    case number
    /// An amount of money (`€ 1.234,56`, `1.250 euro`, `€ 25,-`).
    case amount
    /// A date (`1 januari 2026`, `01-03-2026`).
    case date
    /// A percentage (`10%`).
    case percentage
    /// A telephone number (`14 020`, `0800-1234`, `030 123 45 67`).
    case phone
    /// A Dutch postcode (`1234 AB`).
    case postcode
    /// A bank account number in IBAN form (`NL91 ABNA 0417 1643 00`).
    case iban
    /// A reference to a law (`artikel 17, lid 2, van de Participatiewet`, `art. 4:8 Awb`).
    case lawReference
    /// A web address (`https://…`, `www.…`, `lindewaard.nl/bijstand`).
    case url
    /// An e-mail address.
    case email
    /// A template placeholder (`{{ naam }}`, `{% if %}`, `«naam»`, `<<naam>>`, `[NAAM]`, `${naam}`, `%naam%`).
    case placeholder
    /// A punctuation mark (`.`, `,`, `…`, `“` …).
    case punctuation
    /// Any other symbol (`€` without an amount, `&`, `+` …).
    case symbol
}

/// Facts about a token that the sentence splitter and checks use.
public struct TokenFlags: OptionSet, Sendable, Equatable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first letter is a capital.
    public static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// At least two letters, all capitals (`LET OP`).
    public static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// A line break stands between this token and the previous one (or the block start).
    public static let newlineBefore = TokenFlags(rawValue: 1 << 2)
    /// White space stands between this token and the previous one.
    public static let spaceBefore = TokenFlags(rawValue: 1 << 3)
    /// An abbreviation whose dot may also end the sentence (`enz.`).
    public static let mayEndSentence = TokenFlags(rawValue: 1 << 4)
}
