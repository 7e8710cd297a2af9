/// Reads the cells of one table of figures as metrics, each with its row and column headers:
/// row "Education", column "Number of contacts 2019- 20", cell "64" → 64, count, table {Education, Number of contacts 2019- 20}.
///
/// Header rows are the leading rows with no figures ("Sector | Number of contacts 2019-20 | …", a second "| Total | Total"
/// row, "Funding | £ | £"); a one-cell row between rows is a group label; money columns read "(122,647)" as negative.
/// Attendance tables are skipped: their cells are attendance records.
enum TableMetricReader {
    struct Table {
        let rows: [Block]
        /// The heading or short line just before the table ("Re-referral % comparison").
        let caption: String?
        let section: String?
    }

    static func read(_ table: Table) -> [Metric] {
        let rows = table.rows.filter { $0.kind == .tableRow }
        guard let firstRow = rows.first else { return [] }
        if isAttendance(table.caption, rows) { return [] }
        var headerCount = 0
        while headerCount < min(3, rows.count - 1), rows[headerCount].cells.count >= 2, !hasFigures(rows[headerCount], from: 1) {
            headerCount += 1
        }
        let width = rows.map(\.cells.count).max() ?? 0
        var columns = columnsUnder(Array(rows[..<headerCount]), width: width)
        // Read once per table (and header), row and column, not per cell: a wide table repeats them thousands of times.
        var caption = table.caption
        var captionBase = rateBase(caption)
        var captionPeriod = periodOf(caption)
        var group: String?
        var money = false
        var out: [Metric] = []
        var r = headerCount
        while r < rows.count {
            let row = rows[r]
            r += 1
            // "Measure | Walsall 2020 | England" after the rows of a table before it, with only a blank line or a
            // short title between: the rows under it are read by its columns.
            if r - 1 > headerCount, let next = newHeader(at: r - 1, rows) {
                columns = columnsUnder(Array(rows[(r - 1)..<next]), width: width)
                // The table's caption was the first header's ("CP Rate (per 10,000)"); a title line just above this
                // one ("CP Plan Category") is its own.
                caption = group
                captionBase = rateBase(caption)
                captionPeriod = periodOf(caption)
                group = nil
                money = false
                r = next
                continue
            }
            let cells = row.cells
            if cells.filter({ !$0.isEmpty }).count <= 1, !hasFigures(row, from: 0) {
                group = cells.first(where: { !$0.isEmpty })?.text
                // "Income £" between the rows of a budget: the money rows follow.
                if group?.contains("£") == true { money = true }
                continue
            }
            if headerCount > 0, row.text == firstRow.text { continue }  // header repeated after a page break
            let first = cells.first?.text ?? ""
            let named = hasFigures(row, from: 0, to: 1) ? rowName(first) : first
            let labelled = !first.isEmpty && named != nil
            let rowLabel = labelled ? named : nil
            if let rowLabel, isReference(rowLabel) { continue }
            let status = rowStatus(cells, columns)
            let found = cells.map { $0.isEmpty ? [] : figures(in: $0.text) }
            let parts = RowParts(figures: found, columns: columns, labelled: labelled)
            lazy var rowBase = rateBase(rowLabel)
            lazy var rowPeriod = periodOf(rowLabel)
            // "Annual change | +1,860 | +780": a change has no earlier value of its own.
            let changeRow = rowLabel.map(namesChange) ?? false
            for (c, cell) in cells.enumerated() where !cell.isEmpty && (c > 0 || !labelled) && !parts.isPart(c) {
                let col = c < columns.count ? columns[c] : Column(title: nil, unit: nil, period: nil, periodStart: nil, rateBase: nil, role: .own)
                // "Item No | Subject | Page No" in an agenda: a column of references, as a row labelled so is.
                // (The title may have taken in figure-free rows under the header: "Item No 1 2".)
                if let title = col.title, isReference(title, maxWords: 5) { continue }
                let ref = TableCellRef(row: rowLabel ?? group, column: col.title)
                let label = [rowLabel ?? group ?? caption, col.title].compactMap { $0 }.joined(separator: " – ")
                if isProse(cell.text) {
                    let place = ProseMetricReader.Place(line: { _ in row.line }, section: table.section, leadInPeriod: col.period, table: ref)
                    out += ProseMetricReader.read(cell.text, place: place).metrics
                    continue
                }
                for m in found[c] {
                    var mention = m
                    if mention.unit == .count, !mention.signed, let unit = col.unit ?? (money ? .currency : nil) {
                        mention.unit = unit
                        if unit == .currency { mention.currency = "GBP" }
                    }
                    // "CP Rate (per 10,000)" above the table, "Rate of referrals per 10,000" as the row's label.
                    if mention.unit == .count, !mention.signed, let base = col.rateBase ?? rowBase ?? captionBase {
                        mention.unit = .rate
                        mention.per = base
                    }
                    if mention.unit == .currency, mention.inParentheses, mention.value > 0 { mention.value = -mention.value }
                    // A row too wide to quote whole is quoted by its label and the cell.
                    let quoted = row.text.utf8.count <= Excerpt.limit ? row.text
                        : [rowLabel, Excerpt.around(offset: 0, in: cell.text)].compactMap { $0 }.joined(separator: " … ")
                    var draft = MetricDraft(mention: mention, line: row.line, text: quoted)
                    draft.label = label.isEmpty ? (caption ?? "table figure") : label
                    draft.period = col.period ?? rowPeriod ?? captionPeriod
                    if parts.takesParts(c) {
                        draft.status = status
                        draft.comparators = parts.comparators
                        draft.target = parts.target
                    }
                    if !changeRow { draft.previous = parts.previous(before: c, of: m, in: col) }
                    if mention.signed { draft.trend = mention.value > 0 ? .up : mention.value < 0 ? .down : .flat }
                    draft.inferTrend()
                    out.append(draft.metric(section: table.section, table: ref))
                }
            }
        }
        return out
    }

    // MARK: - Columns

    struct Column {
        let title: String?
        let unit: Metric.Unit?
        let period: String?
        /// Where `period` starts, to order the columns of a row.
        let periodStart: PartialDate?
        /// "Rate per 10,000" in the header: bare cells are rates.
        let rateBase: Double?
        let role: ColumnRole
    }

    /// The columns a header of one or more rows gives a table `width` cells wide.
    ///
    /// A title in an upper row spans the empty cells to its right that a lower row titles, as a merged cell prints:
    /// " | September 2019 |  | October 2019" over " | Nights | Percentage | Nights | Percentage" → "September 2019
    /// Percentage". (One pass per row: a header may be thousands of cells wide.)
    private static func columnsUnder(_ header: [Block], width: Int) -> [Column] {
        var titles = header.map { row in (0..<width).map { $0 < row.cells.count ? row.cells[$0].text : "" } }
        var titledBelow = [Bool](repeating: false, count: width)
        for h in titles.indices.reversed() {
            var spanning: String?
            for c in 1..<max(1, width) {
                if !titles[h][c].isEmpty {
                    spanning = titles[h][c]
                } else if titledBelow[c], let spanning {
                    titles[h][c] = spanning
                }
            }
            for c in 0..<width where !titles[h][c].isEmpty { titledBelow[c] = true }
        }
        return (0..<width).map { c in column(titles.map { $0[c] }.filter { !$0.isEmpty }) }
    }

    /// A column's title joined from its header rows' titles, the unit its header implies and the period it names.
    private static func column(_ parts: [String]) -> Column {
        let words = parts.flatMap { TextShape.words(TextShape.key($0)).map(String.init) } + parts.filter { $0.containsFolded("£") }.map { _ in "£" }
        let titleParts = parts.filter { $0 != "£" }
        let title = titleParts.isEmpty ? nil : titleParts.joined(separator: " ")
        var unit: Metric.Unit?
        if words.contains(where: { MetricVocabulary.currencyHeaderWords.contains($0) }) {
            unit = .currency
        } else if parts.contains(where: { $0.containsByte(UInt8(ascii: "%")) }) || words.contains(where: { MetricVocabulary.percentHeaderWords.contains($0) }),
            !words.contains(where: { ["no", "number", "total", "count"].contains($0) })
        {
            unit = .percent
        }
        // "No of contacts change from 2018": the cells are changes since that year, not values of it.
        if let title, let month = monthColumn(title) {
            return Column(title: title, unit: unit, period: title, periodStart: month, rateBase: nil, role: .own)
        }
        let period = title.flatMap { namesChange($0) ? nil : periodOf($0) }
        return Column(
            title: title, unit: unit, period: period, periodStart: period.flatMap(PeriodOrder.start(of:)), rateBase: rateBase(title),
            role: ColumnRole(title: title))
    }

    /// A column of a month's figures headed as a spreadsheet heads it, the month and the year's last two digits:
    /// "Oct 19", "Feb-20", "Mar/21" → that month. (In prose "Oct 19" may be a day; a column title alone is not.)
    private static func monthColumn(_ title: String) -> PartialDate? {
        let t = Tokenizer.tokens(title)
        guard t.count == 2 || (t.count == 3 && ["-", "/"].contains(t[1].text)), let month = Calendar.months[t[0].lower],
            let last = t.last, last.kind == .number, last.text.utf8.count == 2, let yy = last.int
        else { return nil }
        return PartialDate(year: 2000 + yy, month: month)
    }

    /// Where the rows under a header met partway through a table start, when row `i` opens one: a row of titles with no
    /// figures (up to three such rows) whose first cell is empty (" | February | March") or whose titles name a period
    /// or a benchmark ("Measure | Walsall 2020 | Stat neighbours | England"), followed by a row of figures. Rows of
    /// words alone in a table of actions ("Improve timeliness | Complete | On track") name neither and head nothing.
    private static func newHeader(at i: Int, _ rows: [Block]) -> Int? {
        // Titles are short ("Feb-20", "Stat Neigh*", "End Month"); a cell of sentences is a row's data.
        func titles(_ row: Block) -> Bool {
            row.cells.filter { !$0.isEmpty }.count >= 2
                && row.cells.dropFirst().allSatisfy { cell in
                    cell.isEmpty
                        || (cell.text.contains(where: \.isLetter) && TextShape.wordCount(cell.text, limit: 6) <= 5
                            && (figures(in: cell.text).isEmpty || periodOf(cell.text) != nil))
                }
        }
        let row = rows[i]
        guard titles(row), row.text != rows[0].text else { return nil }
        let named = row.cells.dropFirst().contains { cell in
            !cell.isEmpty && (periodOf(cell.text) != nil || ColumnRole(title: cell.text) != .own)
        }
        guard row.cells.first?.isEmpty == true || named else { return nil }
        var end = i + 1
        while end < rows.count, end - i < 3, titles(rows[end]) { end += 1 }
        return end < rows.count && hasFigures(rows[end], from: 1) ? end : nil
    }

    /// "No of contacts change from 2018", "Annual change", "Difference": a header or label of changes.
    private static func namesChange(_ text: String) -> Bool {
        TextShape.words(TextShape.key(text)).contains { MetricVocabulary.changeHeaderWords.contains(String($0)) }
    }

    /// "Number of contacts 2019- 20" → "2019- 20"; "March 2017" → "March 2017"; a bare year column "2018" → "2018".
    private static func periodOf(_ title: String?) -> String? {
        guard let title else { return nil }
        let t = Tokenizer.tokens(title)
        let finder = PeriodFinder(text: title, tokens: t)
        if let p = finder.periods.first { return p.label }
        if let y = t.first(where: { $0.kind == .number && $0.text.count == 4 && (1990...2100).contains($0.int ?? 0) }) { return String(y.text) }
        return nil
    }

    /// "per 10,000", "(per 1,000 live births)": the base of a rate a header or label names.
    private static func rateBase(_ text: String?) -> Double? {
        guard let text, text.containsFolded("per") else { return nil }
        let t = Tokenizer.tokens(text)
        return NumberReader.rateBase(t, in: 0..<t.count)?.value
    }

    // MARK: - Cells

    /// The metric figures of a cell: "22 (34%)" → 22 and 34%; "31 7 22 2" → four counts; "-3 -11 +7 +1" → four changes.
    static func figures(in text: String) -> [NumberMention] {
        let t = Tokenizer.tokens(text)
        let periods = PeriodFinder(text: text, tokens: t)
        let mentions = NumberReader.read(t, in: 0..<t.count, mode: .cell)
        return NonMetricFilter.metrics(mentions, t, in: 0..<t.count, excluded: periods.spans).filter { !$0.isWord }
    }

    private static func hasFigures(_ row: Block, from: Int, to: Int? = nil) -> Bool {
        let end = min(to ?? row.cells.count, row.cells.count)
        guard from < end else { return false }
        return row.cells[from..<end].contains { !$0.isEmpty && !figures(in: $0.text).isEmpty }
    }

    /// The row's name in a first cell that holds a number: a team or court numbered at its
    /// end ("CP & Court 1", "Assessment 2"), an age group ("16 +"), or a long title with the page number a converter
    /// joined to it ("Statutory Visits to children will be completed within timescales 79" → without the 79). (Not
    /// "Total 727": a number of three digits or more, or a share, is a figure.)
    private static func rowName(_ text: String) -> String? {
        let t = Tokenizer.tokens(text)
        guard let last = t.last else { return nil }
        if t.count == 2, t[0].kind == .number, last.text == "+" { return text }
        guard t.count >= 2, last.kind == .number, last.text.utf8.count <= 2, t[t.count - 2].kind == .word,
            t.dropLast().contains(where: { $0.kind == .word && $0.text.utf8.count > 1 })
        else { return nil }
        return t.filter { $0.kind == .word }.count <= 4 ? text : t.dropLast().rendered
    }

    /// A cell of sentences rather than figures: read as prose.
    private static func isProse(_ text: String) -> Bool {
        Tokenizer.tokens(text).filter { $0.kind == .word }.count > 6
    }

    private static func isReference(_ label: String, maxWords: Int = 3) -> Bool {
        let words = TextShape.words(TextShape.key(label))
        guard let first = words.first else { return false }
        return words.count <= maxWords && MetricVocabulary.referenceRowWords.contains(String(first))
    }

    /// A RAG column: a cell that is only "Red", "Amber", "Green" or "Blue" (or R/A/G under a RAG/status header).
    private static func rowStatus(_ cells: [TableCell], _ columns: [Column]) -> RAGStatus? {
        for (c, cell) in cells.enumerated() {
            let key = TextShape.key(cell.text)
            guard let status = MetricVocabulary.statusWords[key] else { continue }
            if key.count > 1 { return status }
            let title = c < columns.count ? TextShape.key(columns[c].title ?? "") : ""
            if title.containsBytes("rag") || title.containsBytes("status") || title.containsBytes("rating") { return status }
        }
        return nil
    }

    private static func isAttendance(_ caption: String?, _ rows: [Block]) -> Bool {
        // People at courses or events are counts like any other (the attendance reader leaves such tables too).
        if rows.prefix(2).contains(where: AttendanceTableReader.headsEventRows) { return false }
        let heads = [caption ?? ""] + rows.prefix(2).map(\.text)
        return MetricVocabulary.attendanceWords.contains { word in heads.contains { $0.containsFolded(word) } }
    }
}
