/// Groups clean lines into blocks: headings, paragraphs (re-joining sentences the converter broke),
/// list items with their depth, table rows, contents entries and page furniture.
///
/// Lines 63–65 `"… has had a positive impact on children and families as"`, blank,
/// `"more families …"` become one paragraph, because the first does not end a sentence and the
/// second starts in lower case.
enum BlockParser {
    static func parse(_ lines: [CleanLine]) -> [Block] {
        let keys = FurnitureDetector.keys(of: lines)
        var parser = State(
            furniture: FurnitureDetector.furnitureKeys(in: lines, keys: keys),
            labels: FurnitureDetector.repeatedLabels(in: lines, keys: keys))
        for (line, key) in zip(lines, keys) { parser.take(line, key: key) }
        parser.close()
        // Furniture met inside an open paragraph was written before it; restore reading order.
        let ordered = parser.blocks.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return BlockRefiner.refine(ordered)
    }

    private struct State {
        let furniture: Set<String>
        let labels: Set<String>
        var blocks: [Block] = []
        var contents = ContentsDetector()
        var open: Builder?

        init(furniture: Set<String>, labels: Set<String>) {
            self.furniture = furniture
            self.labels = labels
        }

        /// `key` is the line's `TextShape.key` (nil for a long line or a table row).
        mutating func take(_ line: CleanLine, key: String?) {
            if line.isBlank || line.cells == [] { return }
            if FurnitureDetector.isFurniture(line, key: key, keys: furniture) {
                // Not closing the open paragraph: a sentence may go on after the page break.
                blocks.append(Block(single: line, kind: .furniture))
                return
            }
            if ContentsDetector.isContentsTitle(line, key: key) {
                close()
                contents.open()
                blocks.append(Block(single: line, kind: .contents))
                return
            }
            if contents.consume(line) || (ContentsDetector.hasPageReference(line) && line.headingMarks == nil) {
                close()
                blocks.append(Block(single: line, kind: .contents))
                return
            }
            if line.cells != nil {
                close()
                blocks.append(Block(single: line, kind: .tableRow))
                return
            }
            if let marks = line.headingMarks {
                close()
                blocks.append(Block(single: line, kind: .heading, depth: marks))
                return
            }
            if var builder = open, builder.continues(with: line) {
                // Emptied first, so the builder's text is the only reference and grows in place, not copied per line.
                open = nil
                builder.append(line)
                open = builder
                return
            }
            close()
            open = Builder(first: line, key: key)
        }

        mutating func close() {
            guard let builder = open else { return }
            open = nil
            let first = builder.first
            let contents = self.contents
            let isLabel = builder.key.map(labels.contains) ?? false
            blocks.append(builder.build(listedInContents: contents.isListed(first), repeatedLabel: isLabel))
        }
    }

    /// A paragraph or list item being read, possibly over several lines.
    private struct Builder {
        let first: CleanLine
        /// The first line's `TextShape.key`, for the repeated-label test.
        let key: String?
        var text: String
        var continuations: [LineStart] = []

        init(first: CleanLine, key: String?) {
            self.first = first
            self.key = key
            self.text = first.text
        }

        /// A converter broke a sentence: the text so far does not end one and the line goes on in lower case.
        func continues(with line: CleanLine) -> Bool {
            guard line.bullet == nil, line.headingMarks == nil, line.enumerator == nil, line.cells == nil else { return false }
            guard !TextShape.endsSentence(text) else { return false }
            return TextShape.startsLowercase(line.text) || TextShape.endsWithJoiningWord(text) || TextShape.breaksDate(text, before: line.text)
        }

        mutating func append(_ line: CleanLine) {
            text += " "
            continuations.append(LineStart(offset: text.utf8.count, line: line.number))
            text += line.text
        }

        func build(listedInContents: @autoclosure () -> Bool, repeatedLabel: Bool) -> Block {
            let body = continuations.isEmpty ? first.body : String(Enumerator.split(text).body)
            if let depth = first.bullet ?? (first.listNumbering ? 0 : nil) {
                return Block(
                    kind: .listItem, text: text, line: first.number, continuations: continuations,
                    enumerator: first.enumerator, body: body, depth: depth, cells: [], emphasised: first.emphasised,
                    linksDocument: first.linksDocument)
            }
            let heading = continuations.isEmpty && HeadingClassifier.isHeading(
                first, listedInContents: listedInContents(), repeatedLabel: repeatedLabel)
            return Block(
                kind: heading ? .heading : .paragraph, text: text, line: first.number, continuations: continuations,
                enumerator: first.enumerator, body: body, depth: 0, cells: [], emphasised: first.emphasised,
                linksDocument: first.linksDocument)
        }
    }
}

extension Block {
    /// A block made of one clean line.
    init(single line: CleanLine, kind: Kind, depth: Int = 0) {
        self.init(
            kind: kind, text: line.text, line: line.number, continuations: [], enumerator: line.enumerator,
            body: line.body, depth: depth, cells: line.cells ?? [], emphasised: line.emphasised, linksDocument: line.linksDocument)
    }
}
