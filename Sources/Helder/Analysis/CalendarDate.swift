/// A calendar date, as letters write them (`23 januari 2026`), with the arithmetic deadlines need.
///
/// Plain integer arithmetic on the proleptic Gregorian calendar (days since 1 January 1970), so it is
/// fast and the same on every machine, whatever its locale or time zone.
public struct CalendarDate: Sendable, Equatable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601 (`2026-01-23`), for machine-readable output.
    public var iso: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// As a Dutch letter writes it (`23 januari 2026`), with the month names of `months`.
    public func written(with months: MonthNames) -> String {
        "\(day) \(months.name(of: month) ?? String(month)) \(year)"
    }

    /// Whether the day exists (no 31 February).
    public var isValid: Bool { (1...12).contains(month) && (1...Self.days(inMonth: month, of: year)).contains(day) }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1 January 1970 (the days-from-civil algorithm of Howard Hinnant).
    var dayNumber: Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (the inverse of `dayNumber`).
    init(dayNumber: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Day of the week, 1 = Sunday … 7 = Saturday (1 January 1970 was a Thursday).
    var weekday: Int { ((dayNumber % 7) + 7 + 4) % 7 + 1 }

    /// The date `count` units later; working days skip Saturdays and Sundays; a month later keeps the
    /// day where it can (31 January plus a month is 28 or 29 February).
    public func adding(_ count: Int, _ unit: StructureLexicon.TimeUnit) -> CalendarDate? {
        guard isValid else { return nil }
        switch unit {
        case .dag: return CalendarDate(dayNumber: dayNumber + count)
        case .week: return CalendarDate(dayNumber: dayNumber + 7 * count)
        case .maand:
            let months = year * 12 + (month - 1) + count
            let newYear = months / 12
            let newMonth = months % 12 + 1
            return CalendarDate(
                year: newYear, month: newMonth, day: min(day, Self.days(inMonth: newMonth, of: newYear)))
        case .werkdag:
            var current = self
            var left = count
            while left > 0 {
                current = CalendarDate(dayNumber: current.dayNumber + 1)
                if current.weekday != 1, current.weekday != 7 { left -= 1 }
            }
            return current
        }
    }

    /// Whether the day is a Saturday, Sunday or a public holiday of the Algemene termijnenwet (art. 3):
    /// New Year's Day, Easter Monday, King's Day (27 April, or the 26th when the 27th is a Sunday),
    /// 5 May, Ascension Day, Whit Monday, Christmas Day and Boxing Day.
    public var isNonWorkingDay: Bool {
        guard weekday != 1, weekday != 7 else { return true }
        let fixed = [(1, 1), (5, 5), (12, 25), (12, 26)]
        if fixed.contains(where: { $0 == (month, day) }) { return true }
        let kingsDay = CalendarDate(year: year, month: 4, day: 27).weekday == 1 ? 26 : 27
        if (month, day) == (4, kingsDay) { return true }
        let easter = Self.easter(year).dayNumber
        return [1, 39, 50].contains { easter + $0 == dayNumber }
    }

    /// This day, or the next one that is not a Saturday, Sunday or public holiday.
    public func nextWorkingDay() -> CalendarDate {
        var day = self
        while day.isNonWorkingDay { day = CalendarDate(dayNumber: day.dayNumber + 1) }
        return day
    }

    /// Easter Sunday (Gregorian calendar, the anonymous algorithm of Meeus/Jones/Butcher).
    static func easter(_ year: Int) -> CalendarDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Parses a date as letters write it: `12 december 2025`, `12 dec. 2025`, `12-12-2025`,
    /// `12/12/2025`, `12.12.2025`; nil for anything else or a day that does not exist.
    public static func parse(_ text: String, months: MonthNames) -> CalendarDate? {
        let parts = text.split { $0 == " " || $0 == "\u{A0}" || $0 == "\n" || $0 == "\t" }.map(String.init)
        var date: CalendarDate?
        if parts.count == 3, let day = Int(parts[0]), let month = months.number(of: parts[1]), let year = Int(parts[2])
        {
            date = CalendarDate(year: year, month: month, day: day)
        } else if parts.count == 1 {
            let numbers = parts[0].split { $0 == "-" || $0 == "/" || $0 == "." }.compactMap { Int($0) }
            if numbers.count == 3, parts[0].split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).count == 3 {
                date = CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0])
            }
        }
        guard let date, date.isValid, (1000...9999).contains(date.year) else { return nil }
        return date
    }
}
