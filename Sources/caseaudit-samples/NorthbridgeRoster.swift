import CaseList
import Formats
import Sampling

/// The invented people and teams of Northbridge: children's social care teams and their social
/// workers, the audit roster, and who attended the neglect course when.
///
/// Every name is invented. Surnames and first names are ordinary words of English; no
/// combination is meant to be, or to resemble, a real person, team or place.
enum NorthbridgeRoster {
  /// The partnership's name, as the demo prints it.
  static let partnership = "Northbridge Safeguarding Children Partnership"

  /// The neglect course whose impact the follow-up round evaluates.
  static let course = "Neglect: seeing the child, measuring change"

  /// A children's social care team and its social workers.
  struct Team {
    /// The name as the case system writes it ("Allocated Team").
    let name: String
    /// The social workers, as the case system writes them ("Allocated Worker").
    let workers: [String]
  }

  /// Child-in-need teams (area based).
  static let northCIN = Team(
    name: "Northbridge North CIN",
    workers: ["Amira Haddad", "Ben Castellan", "Chloe Fenner", "Daniel Osei-Brook"])
  /// Child-in-need teams (area based).
  static let southCIN = Team(
    name: "Northbridge South CIN",
    workers: ["Eleanor Quist", "Farid Rahimi", "Gemma Thorley", "Hugh Pellow"])
  /// Disabled children's team (primary need N2 families).
  static let disabilities = Team(
    name: "Brackenfold Children with Disabilities",
    workers: ["Isla McReady", "Jonah Steadman", "Kiran Bhogal-Ward"])
  /// The front door: its name holds a comma, so exports quote it.
  static let frontDoor = Team(
    name: "Front Door, Assessment Team",
    workers: ["Lena Morrow", "Marcus Delane", "Sam Leigh, ASYE", "Nia Prothero"])
  /// Child-protection teams.
  static let harbourside = Team(
    name: "Harbourside CP",
    workers: ["Oliver Gaunt", "Paige Whitlow", "Rafael Sousa-King", "Renée Albright"])
  /// Child-protection teams.
  static let kestrelVale = Team(
    name: "Kestrel Vale CP", workers: ["Siobhan Carrick", "Tariq Mehmood-Hale", "Una Blackwood"])
  /// The looked-after children's team; "Zoë Marsh" carries the ë that list 8 writes in
  /// Windows-1252.
  static let larchmoor = Team(
    name: "Larchmoor LAC", workers: ["Zoë Marsh", "Victor Anand", "Wendy Ashcombe"])

  /// Every team, in a fixed order.
  static let teams = [
    northCIN, southCIN, disabilities, frontDoor, harbourside, kestrelVale, larchmoor,
  ]

  /// Every social worker, in team order.
  static var workers: [String] { teams.flatMap(\.workers) }

  /// The audit roster: twelve auditors from six agencies (three of them in children's social
  /// care teams that hold cases, so the no-own-team rule bites), two moderators and a lead.
  static let auditors: [Auditor] = [
    Auditor(
      id: "A01", name: "Priya Hallam", agency: "Children's Social Care", team: "Harbourside CP",
      role: .auditor),
    Auditor(
      id: "A02", name: "Tom Ellery", agency: "Children's Social Care",
      team: "Northbridge North CIN", role: .auditor),
    Auditor(
      id: "A03", name: "Grace Lindqvist", agency: "Children's Social Care", team: "Larchmoor LAC",
      role: .auditor),
    Auditor(
      id: "A04", name: "Helen Varga", agency: "Health", team: "Health Visiting North",
      role: .auditor),
    Auditor(
      id: "A05", name: "Martin Coyle", agency: "Health", team: "Safeguarding Children Health Team",
      role: .auditor),
    Auditor(
      id: "A06", name: "Ruth Penhallow", agency: "Education", team: "Northbridge Virtual School",
      role: .auditor),
    Auditor(
      id: "A07", name: "Dev Mistry", agency: "Education", team: "Education Safeguarding",
      role: .auditor),
    Auditor(
      id: "A08", name: "Laura Kinsey", agency: "Police", team: "Public Protection Unit",
      role: .auditor),
    Auditor(
      id: "A09", name: "Kwame Asante-Reid", agency: "Police", team: "Child Abuse Investigation",
      role: .auditor),
    Auditor(
      id: "A10", name: "Fiona Drummond", agency: "Housing", team: "Tenancy Support",
      role: .auditor),
    Auditor(
      id: "A11", name: "Owen Pryce", agency: "Early Help", team: "Family Hub East",
      role: .auditor),
    Auditor(
      id: "A12", name: "Leah Morgan", agency: "Early Help", team: "Family Hub West",
      role: .auditor),
    Auditor(
      id: "M01", name: "Janet Okwu", agency: "Children's Social Care",
      team: "Quality Assurance Unit", role: .moderator),
    Auditor(
      id: "M02", name: "Simon Ashdown", agency: "Health", team: "Designated Nurse Safeguarding",
      role: .moderator),
    Auditor(
      id: "L01", name: "Carol Whitfield", agency: "Children's Social Care",
      team: "Quality Assurance Unit", role: .lead),
  ]

  /// One attendance at the course.
  struct Attendance {
    /// The worker, written as the case list writes them.
    let worker: String
    /// The day attended.
    let date: CalendarDate
  }

  /// Who attended the neglect course, and when.
  ///
  /// A pilot session before the baseline audit (five workers), three sessions between the
  /// rounds (eight workers), one after the follow-up audit (two workers), and a family support
  /// worker who holds no cases. Thirteen of the twenty-five social workers had attended by the
  /// follow-up audit — about half.
  static let attendance: [Attendance] = {
    let sessions: [(String, [String])] = [
      (
        "2026-09-22",
        ["Oliver Gaunt", "Eleanor Quist", "Lena Morrow", "Siobhan Carrick", "Victor Anand"]
      ),
      ("2026-11-10", ["Amira Haddad", "Paige Whitlow", "Zoë Marsh"]),
      ("2026-12-08", ["Farid Rahimi", "Jonah Steadman", "Sam Leigh, ASYE", "Nadia Brennan"]),
      ("2027-01-19", ["Chloe Fenner", "Tariq Mehmood-Hale"]),
      ("2027-03-25", ["Gemma Thorley", "Una Blackwood"]),
    ]
    return sessions.flatMap { day, people in
      people.map { Attendance(worker: $0, date: NorthbridgeDates.iso(day)) }
    }
  }()

  /// The day `worker` attended the course, if they did before `day` (the split
  /// `compare --trained-workers` makes: attended before the round's audit date).
  static func attended(_ worker: String?, before day: CalendarDate) -> CalendarDate? {
    guard let worker, let date = attendance.first(where: { $0.worker == worker })?.date,
      date < day
    else { return nil }
    return date
  }
}
