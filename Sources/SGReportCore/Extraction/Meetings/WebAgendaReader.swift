/// Reads the items of business of a council web page of one meeting (modern.gov's "Agenda and minutes" page):
/// under an "Items" heading, each item's number or code on a line of its own with its title under it, and once
/// the meeting is held, its minute after "Minutes:" with any decision in it.
///
///     Items
///     No. Item
///     CYP/17/24
///     Minutes
///     Minutes:
///     AGREED that the minutes of the meeting held on 17 July 2024 be confirmed as a correct record.
enum WebAgendaReader {
    /// How far after the meeting's date the page's items may run, in blocks.
    static let reach = 600

    /// Adds the page's items to `draft`'s agenda and, when `minuted` (the meeting is held), the decisions and
    /// present/apologies lines of its minutes.
    static func read(_ text: ParsedText, from start: Int, into draft: inout MeetingDraft, minuted: Bool) {
        let blocks = text.blocks
        let end = min(blocks.count, start + reach)
        guard var i = (start..<min(end, start + 40)).first(where: { isItemsHeading(blocks[$0]) }) else { return }
        i += 1
        while i < end {
            let block = blocks[i]
            // Another page's title ends this page's items (pages joined into one file).
            if MinutesReader.opensRecord(at: i, in: blocks) || PageTitleReader.title(block) != nil { break }
            if let number = itemNumber(block), let title = title(after: i, in: blocks) {
                draft.agenda.append(MinutesReader.item(number: number, heading: title.text))
                i = title.index + 1
                continue
            }
            if block.kind == .furniture || block.kind == .contents { i += 1; continue }
            // "4." over "Apologies for absence", joined into one numbered block, or "4. Apologies for absence".
            if let number = block.enumerator, [.heading, .listItem, .paragraph].contains(block.kind), !block.body.isEmpty,
                TextShape.wordCount(block.body, limit: 25) <= 24, !TextShape.endsSentence(block.body),
                !isParagraph(number, of: draft.agenda), !namesPerson(block.body)
            {
                draft.agenda.append(MinutesReader.item(number: number, heading: block.body))
                i += 1
                continue
            }
            if minuted {
                if let (decision, next) = MinutesReader.decision(at: i, in: blocks) {
                    draft.decisions.append(decision)
                    i = next
                    continue
                } else if let roll = MinutesReader.roll(block) {
                    draft.add(roll.names, to: roll.list)
                }
            }
            i += 1
        }
    }

    /// "1.1 There were no changes to the Membership" under item 1: a paragraph of the item's minutes.
    private static func isParagraph(_ number: String, of agenda: [AgendaItem]) -> Bool {
        guard let dot = number.firstIndex(of: ".") else { return false }
        let item = number[..<dot]
        return agenda.contains { $0.number == String(item) }
    }

    /// "1. Cllr Brian Allinson", "2. Officer9": a webcast page's list of speakers, a title and a name or a role alone.
    private static func namesPerson(_ body: String) -> Bool {
        let words = TextShape.words(body)
        guard let first = words.first, words.count <= 5 else { return false }
        let lead = String(first.lowercased().trimmingCharacters(in: ".0123456789"))
        return MeetingVocabulary.personTitles.contains(lead) || words.count == 1 && MeetingVocabulary.speakerRoles.contains(lead)
    }

    /// "Items", "No. Item", "Agenda items": the heading of the page's list of business.
    private static func isItemsHeading(_ block: Block) -> Bool {
        let key = TextShape.key(block.text)
        // "A G E N D A": a heading spaced out letter by letter.
        let words = TextShape.words(key)
        let joined = words.count > 2 && words.allSatisfy { $0.utf8.count == 1 } ? words.joined() : key
        return MeetingVocabulary.itemsHeadings.contains(joined)
    }

    /// "4.", "12a", "CYP/15/24", "Item 4": a line holding an item's number or code and nothing else.
    private static func itemNumber(_ block: Block) -> String? {
        // A number alone on its line reads as a page number (furniture) until the title under it says otherwise.
        guard [.paragraph, .heading, .listItem, .furniture].contains(block.kind) else { return nil }
        var s = Substring(block.text.trimmingCharacters(in: " ."))
        if s.lowercased().hasPrefix("item ") { s = s.dropFirst(5) }
        guard (1...14).contains(s.utf8.count), s.first?.isNumber == true || s.contains("/") || isMinuteCode(s) else { return nil }
        let digits = s.filter(\.isNumber).count
        guard digits > 0, s.allSatisfy({ $0.isNumber || $0.isLetter || $0 == "/" || $0 == "." }),
            s.filter(\.isLetter).count <= (s.contains("/") ? 6 : 1) || isMinuteCode(s)
        else { return nil }
        return String(s)
    }

    /// "COU156", "CYP12": a committee's minute code, two to four capitals and the minute's number.
    private static func isMinuteCode(_ s: Substring) -> Bool {
        let letters = s.prefix { $0.isUppercase && $0.isASCII }
        let digits = s.dropFirst(letters.count)
        return (2...4).contains(letters.count) && (1...4).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The title line under an item's number: short, not itself a number, not the "Minutes:" label.
    private static func title(after i: Int, in blocks: [Block]) -> (text: String, index: Int)? {
        let k = blocks.skippingFurniture(from: i + 1)
        guard k < blocks.count, [.paragraph, .heading, .listItem].contains(blocks[k].kind), itemNumber(blocks[k]) == nil else { return nil }
        let text = blocks[k].text
        guard TextShape.wordCount(text, limit: 25) <= 24, TextShape.key(text) != "minutes" || !text.hasSuffix(":") else { return nil }
        return (text, k)
    }
}
