/// Decides whether a one-line paragraph without `#` marks is a heading: the cues a reader uses.
///
/// "2. Early Help Strategy and Action Plan" and "GET SAFE AND GET THERE" are headings;
/// "14. This has taken shape over the year …", "Date: Tuesday 2 June 2020" and "18th August 2021" are not.
enum HeadingClassifier {
    static let maxWords = 14
    static let maxLength = 110

    static func isHeading(_ line: CleanLine, listedInContents: @autoclosure () -> Bool, repeatedLabel: Bool = false) -> Bool {
        let body = line.body
        // Longer than any heading, even a chapter's: no need to split a paragraph into words.
        guard body.utf8.count <= maxLength * 2 else { return false }
        let words = TextShape.words(body)
        // "Appendix 2. Walsall Safeguarding Children Board / Partnership - Meeting attendance …" runs long.
        let chapter = isChapterStart(words)
        // "Priority 3:", "Appendix 2.", "Part one –": the number is set off, so the rest is its title.
        let setOff = chapter && (words[1].last.map { ".:".contains($0) } == true || (words.count > 2 && ["–", "-", ":"].contains(words[2])))
        let scale = chapter ? 2 : 1
        guard !words.isEmpty, words.count <= maxWords * scale, body.utf8.count <= maxLength * scale else { return false }
        if !chapter, endsWithFigures(words) { return false }
        if listedInContents() { return true }
        // "Priority 3: To gain assurance … services." is numbered by its word, so a full stop does not disqualify it.
        if setOff, !line.listNumbering, !body.hasSuffix(":"), !body.hasSuffix(",") { return true }
        guard !line.listNumbering, !TextShape.endsClause(body), TextShape.startsUppercase(body) else { return false }
        guard !isDateLine(words), !isByline(words), !repeatedLabel else { return false }
        if let first = words.first, StructureVocabulary.honorifics.contains(first.lowercased().trimmingCharacters(in: ".").description) {
            return false
        }
        guard line.enumerator != nil || chapter || !body.containsFolded(": ") else { return false }
        if body.hasSuffix("?"), words.count <= 10, let first = words.first,
            StructureVocabulary.questionWords.contains(first.lowercased()) {
            return true
        }
        let ratio = TextShape.titleCaseRatio(words)
        let caps = TextShape.isAllCaps(body)
        let sentenceLike = words.contains { StructureVocabulary.sentenceWords.contains($0.lowercased()) }
        if sentenceLike && ratio < 0.6 && !caps { return false }
        if line.emphasised || line.enumerator != nil || caps { return true }
        return ratio >= 0.6 && !sentenceLike && words.count >= 1
    }

    /// "Contacts 9,876 10,178", "Re-referrals 22%", "Budget £1,200", "Pupils with EHCP 825 (3.6%)": a row of figures
    /// (its columns spaced by the converter) or an infographic's tile, not a title: the last word is a figure written
    /// with a separator, "%" or "£", or the last two are plain figures. ("Annual Report 2022-23", "Key Stage 2" end in
    /// one number or a period.)
    static func endsWithFigures(_ words: [Substring]) -> Bool {
        func figure(_ w: Substring) -> Bool {
            let w = w.hasPrefix("(") && w.hasSuffix(")") ? w.dropFirst().dropLast() : w
            return w.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } && w.unicodeScalars.allSatisfy { "0123456789,.%£".unicodeScalars.contains($0) }
        }
        guard let last = words.last, figure(last) else { return false }
        if last.contains(where: { ",%£".contains($0) }) { return true }
        return words.count >= 2 && figure(words[words.count - 2])
    }

    /// "Appendix 3", "Section 2.", "Part one:", "Priority 4:": a numbering word followed by its number.
    static func isChapterStart(_ words: [Substring]) -> Bool {
        guard words.count >= 2, StructureVocabulary.chapterWords[words[0].lowercased()] != nil else { return false }
        let id = words[1].trimmingCharacters(in: ".:–-)")
        guard !id.isEmpty else { return false }
        if id.allSatisfy({ $0.isNumber || $0 == "." }) && id.first?.isNumber == true { return true }
        if id.count <= 2, id.allSatisfy({ $0.isUppercase }) { return true }
        if id.allSatisfy({ "ivxIVX".contains($0) }) { return true }
        return NumberWords.values[id.lowercased()] != nil
    }

    /// "Hayley Durnall, Public Health Consultant", "Report written by Jennie Cox": who wrote it, not a title.
    static func isByline(_ words: [Substring]) -> Bool {
        let lower = words.map { $0.lowercased().trimmingCharacters(in: ",.:;()") }
        if zip(lower, lower.dropFirst()).contains(where: { ["written", "prepared", "presented", "completed", "compiled"].contains($0.0) && $0.1 == "by" }) {
            return true
        }
        let separated = words.contains { $0.hasSuffix(",") } || words.contains { $0 == "–" || $0 == "-" }
        return separated && lower.contains { StructureVocabulary.roleWords.contains(String($0)) }
    }

    /// "Tuesday, 10 May 2022, 2.00 pm", "November 2021", "18th August 2021", "Report August 2022":
    /// dates, not titles.
    static func isDateLine(_ words: [Substring]) -> Bool {
        guard let first = words.first else { return false }
        if words.count <= 4, zip(words, words.dropFirst()).contains(where: {
            Calendar.months[$0.0.lowercased().trimmingCharacters(in: ",.").description] != nil
                && $0.1.count == 4 && $0.1.allSatisfy(\.isNumber)
        }) {
            return true
        }
        let lower = first.lowercased().trimmingCharacters(in: ",.")
        if Calendar.weekdays.contains(String(lower)) { return true }
        if Calendar.months[String(lower)] != nil, words.count <= 3 { return true }
        if first.first?.isNumber == true, words.count > 1,
            Calendar.months[words[1].lowercased().trimmingCharacters(in: ",.").description] != nil {
            return true
        }
        return false
    }
}
