/// A priority while its readers are still adding to it; `priority` freezes it into the contract's record.
///
/// "Priority 2: To support … neglect" at line 305, then `Still to do:` items appended to `actions`.
struct PriorityDraft: Sendable, Equatable {
    var number: String?
    var title: String
    var scope: Priority.Scope
    var status: Priority.Status?
    var actions: [String] = []
    var progress: [String] = []
    var section: String?
    var line: Int

    init(number: String? = nil, title: String, scope: Priority.Scope, status: Priority.Status? = nil,
         section: String?, line: Int) {
        self.number = number
        self.title = PriorityText.title(title)
        if let split = PriorityText.nameAndAim(self.title) {
            self.title = split.name
            actions = [split.aim]
        }
        self.scope = scope
        self.status = status
        self.section = section
        self.line = line
    }

    mutating func add(_ notes: PriorityNotes) {
        actions += notes.actions
        progress += notes.progress
        if status == nil { status = notes.status }
    }

    var priority: Priority {
        Priority(number: number, title: title, scope: scope, status: status, actions: actions, progress: progress,
                 section: section, line: line)
    }
}
