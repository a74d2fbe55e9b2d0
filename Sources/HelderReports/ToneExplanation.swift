import Helder

/// The tone score explained by what drives it, in Dutch, for every report a person reads (text summary,
/// HTML report, the summary comment in Word): how many sanctions, conditional threats, duties and signs of
/// distrust, and whether help, reasons, understanding and rights soften them.
public enum ToneExplanation {
    /// `Toon: 34 van 100 (hoger is vriendelijker); voelt als 4 van 5: dwingend: sancties op de voorgrond.`
    public static func headline(_ tone: ToneAssessment, score: Int?) -> String? {
        guard let score, let level = tone.level else { return nil }
        return "Toon: \(score) van 100 (hoger is vriendelijker); voelt als \(level) van 5: "
            + ToneModel.levelDescription(level) + "."
    }

    /// What raised and lowered the pressure, as one sentence per side.
    public static func drivers(_ tone: ToneAssessment) -> [String] {
        let drivers = tone.drivers
        var raised: [String] = []
        if drivers.consequences > 0 {
            var text = count(
                drivers.consequences, "zin met een sanctie of verlies", "zinnen met een sanctie of verlies")
            if drivers.conditionalThreats > 0 {
                text += " (\(drivers.conditionalThreats) als dreiging: ‘als u … niet, dan …’)"
            }
            raised.append(text)
        }
        if drivers.duties > 0 { raised.append(count(drivers.duties, "zin met een plicht", "zinnen met een plicht")) }
        if drivers.distrust > 0 {
            raised.append(
                count(drivers.distrust, "teken van wantrouwen of controle", "tekens van wantrouwen of controle"))
        }
        if drivers.pressure > 0 {
            raised.append(
                count(
                    drivers.pressure, "zin met haast, een waarschuwing of een verwijt",
                    "zinnen met haast, een waarschuwing of een verwijt"))
        }
        var lowered: [String] = []
        if drivers.helpOffered { lowered.append("hulp aangeboden") }
        if drivers.reasons > 0 { lowered.append(count(drivers.reasons, "reden bij de druk", "redenen bij de druk")) }
        if drivers.understanding { lowered.append("begrip voor de lezer") }
        if drivers.rightsNamed { lowered.append("rechten genoemd (bezwaar)") }
        var lines: [String] = []
        lines.append(
            raised.isEmpty
                ? "Geen sancties, plichten, wantrouwen of druk gevonden."
                : "Druk: " + raised.joined(separator: ", ") + ".")
        if !raised.isEmpty {
            lines.append(
                lowered.isEmpty
                    ? "Niets verzacht de druk: geen reden, geen hulp, geen begrip."
                    : "Verzacht door: " + lowered.joined(separator: ", ") + ".")
        }
        return lines
    }

    private static func count(_ value: Int, _ one: String, _ many: String) -> String {
        "\(value) \(value == 1 ? one : many)"
    }
}
