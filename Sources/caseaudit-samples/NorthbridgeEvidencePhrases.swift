/// The invented evidence auditors write, by question and by what they found.
///
/// Keys under each question: `strong`, `mixed` and `weak` for grades (acceptable levels are
/// strong; the worst level is weak; levels between are mixed); an option or level code where
/// the wording depends on it; `na` for not applicable; `any` for multi-choice and free answers.
/// No phrase names a person: family members are "mother", "father", "the eldest", and
/// professionals by role.
enum NorthbridgeEvidencePhrases {
  static let byQuestion: [String: [String: [String]]] = [
    "referral.quality": [
      "strong": [
        "School's referral set out the concerns clearly, with dates of missed meals.",
        "Health visitor's referral described the home and the baby's weight loss in detail.",
        "Clear referral: what was seen, for how long, and what had already been tried.",
      ],
      "mixed": [
        "Referral listed concerns but gave little history or impact on the child.",
        "Referral relied on a single incident; the pattern of neglect was not described.",
        "Concerns clear, but the referrer's own involvement with the family was not explained.",
      ],
      "weak": [
        "Referral was a one-line email with no detail of the concerns.",
        "Referral did not say what had been seen or for how long.",
        "No written referral on file, only a phone note without detail.",
      ],
    ],
    "referral.earlyHelp": [
      "strong": [
        "Early help assessment and family plan in place for six months before the referral.",
        "Family hub support with routines and parenting was tried first and reviewed.",
      ],
      "mixed": [
        "Early help offered but declined by the parents; not followed up.",
        "Brief early help involvement with no plan on file.",
      ],
      "weak": [
        "No early help considered although concerns were long-standing.",
        "Needs evident for two years before any early help was offered.",
      ],
      "na": [
        "Threshold for statutory help met at first contact.",
        "Immediate safeguarding concern at referral.",
      ],
    ],
    "referral.history": [
      "strong": [
        "Front door checks included previous referrals and the siblings' records.",
        "MASH checks summarised five earlier contacts about home conditions.",
      ],
      "mixed": [
        "Previous contacts listed but not analysed.",
        "Checks covered this child only, not the siblings.",
      ],
      "weak": [
        "Earlier referrals about the same concerns were not looked at.",
        "No history checks recorded at the front door.",
      ],
    ],
    "referral.decision": [
      "strong": [
        "Decision to assess made within 24 hours, with the manager's reasons recorded.",
        "Threshold decision clear and timely; strategy discussion the same day.",
      ],
      "mixed": [
        "Right decision, but it took nine working days.",
        "Decision recorded without reasons.",
      ],
      "weak": [
        "Closed with advice although the same concerns had been raised twice before.",
        "Decision delayed three weeks with no contact with the family.",
      ],
    ],
    "referral.feedback": [
      "strong": [
        "School told the outcome in writing within two days.",
        "Referrer informed of the decision and the next steps.",
      ],
      "mixed": [
        "Outcome given to the referrer by phone but not recorded.",
        "Feedback sent a month later.",
      ],
      "weak": [
        "No record that the referrer was told the outcome.",
        "Health visitor re-referred because she had heard nothing back.",
      ],
      "na": ["Anonymous referral; no feedback possible.", "Self-referral by the mother."],
    ],
    "referral.missedOpportunities": [
      "none": [
        "No earlier chance to act was missed.",
        "Earlier contacts were responded to proportionately.",
      ],
      "past": [
        "Two earlier contacts about dirty clothing and hunger were closed with no action.",
        "An earlier referral was closed after a single visit.",
      ],
      "current": [
        "School's concerns this term have not yet been acted on.",
        "Latest health concerns not yet responded to.",
      ],
      "pastAndCurrent": [
        "Pattern of closed contacts over three years, and current concerns still unaddressed.",
        "Earlier referrals closed with advice; the same concerns recur now.",
      ],
    ],
    "assess.familyHistory": [
      "strong": [
        "Draws on the parents' own childhoods and earlier work with two older children.",
        "Genogram and previous CP plans analysed for what they mean now.",
        "History used well: earlier neglect episodes and what helped then are set out.",
      ],
      "mixed": [
        "History listed but not analysed for patterns.",
        "Mother's history covered; father's history not explored.",
        "Previous plan mentioned, but not what happened during it.",
      ],
      "weak": [
        "No family history: the assessment starts from this referral.",
        "Previous CP plan for an older sibling not mentioned.",
        "History copied from the last assessment without update.",
      ],
    ],
    "assess.chronology": [
      "strong": [
        "Chronology started at referral and updated monthly.",
        "Multi-agency chronology on file, with significant events analysed.",
        "Chronology up to date and used in supervision.",
      ],
      "mixed": [
        "Chronology exists but stops six months ago.",
        "Single-agency chronology only; health and school events missing.",
      ],
      "weak": [
        "No chronology on file.",
        "Case notes only; nothing shows the pattern over time.",
      ],
    ],
    "assess.impact": [
      "strong": [
        "Assessment describes a typical day: missed breakfast, late for school, tired in class.",
        "Impact on development (speech delay, weight) clearly linked to the neglect.",
        "Cumulative impact of three years of poor home conditions analysed.",
      ],
      "mixed": [
        "Impact described in general terms ('the children are affected').",
        "Physical impact noted; emotional impact not considered.",
        "Impact on the eldest covered, not on the younger children.",
      ],
      "weak": [
        "Assessment is about the parents' difficulties; the child's experience is absent.",
        "No analysis of what the neglect means for this child.",
        "Impact section left blank.",
      ],
    ],
    "assess.voice": [
      "strong": [
        "Child seen alone three times; her words are recorded and shape the plan.",
        "Direct work (three houses) recorded, with the child's wishes quoted.",
        "Non-verbal child observed at nursery and at home; observations recorded.",
      ],
      "mixed": [
        "Child seen, but views recorded once and not revisited.",
        "Child seen only with the parents present.",
        "Wishes recorded but not reflected in the plan.",
      ],
      "weak": [
        "No record of the child being seen alone.",
        "Child's views not sought during the assessment.",
        "Visits recorded as 'children seen, fine' with no detail.",
      ],
    ],
    "assess.childFocus": [
      "strong": [
        "Keeps the child's needs central even when the parents disengage.",
        "Analysis returns to what the child needs at each step.",
      ],
      "mixed": [
        "Child-focused in parts; the analysis drifts to the parents' needs.",
        "Mother's mental health at times overshadows the child.",
      ],
      "weak": [
        "About the adults; the child is barely mentioned.",
        "Parents' wishes drive the plan rather than the child's needs.",
      ],
    ],
    "assess.siblings": [
      "strong": [
        "Each sibling's needs assessed separately.",
        "Separate sections for each child, the baby included.",
      ],
      "mixed": [
        "Siblings mentioned but their needs grouped together.",
        "Older sibling's needs assessed, the toddler's not.",
      ],
      "weak": ["Siblings treated as one group.", "Younger siblings not assessed at all."],
      "na": ["Only child in the household.", "No siblings living at home."],
    ],
    "assess.fathers": [
      "strong": [
        "Father seen and assessed; his role and history included.",
        "Father and stepfather both contacted and assessed.",
      ],
      "mixed": ["Father contacted by phone only.", "Father named but not assessed."],
      "weak": [
        "Father not contacted although he has regular contact.",
        "Mother's partner living in the home not assessed.",
      ],
      "na": ["No father or male carer involved; confirmed with the mother."],
    ],
    "assess.adultNeeds": [
      "strong": [
        "Mother's depression and alcohol use assessed with adult services' input.",
        "Parental learning needs assessed and an advocate arranged.",
      ],
      "mixed": [
        "Substance use mentioned but not assessed.",
        "Adult mental health referral made; outcome not followed up.",
      ],
      "weak": [
        "Parental drug use known to police but not considered.",
        "No assessment of parental mental health despite the GP's concerns.",
      ],
      "na": ["No parental needs affecting care identified."],
    ],
    "assess.neglectTool": [
      "gcp2": [
        "Graded Care Profile 2 completed with the mother.",
        "GCP2 completed jointly with the health visitor.",
      ],
      "otherTool": [
        "Home conditions tool used at two visits.", "Local neglect screening tool completed.",
      ],
      "none": ["No structured tool used.", "Tool considered but not completed."],
    ],
    "plan.quality": [
      "strong": [
        "Each action has an owner, a date and the change expected.",
        "Plan is specific about what must improve for the child.",
      ],
      "mixed": [
        "Plan lists services rather than outcomes.", "Some actions lack owners and dates.",
      ],
      "weak": [
        "Generic actions only ('parents to engage').",
        "Plan not updated since conference eight months ago.",
      ],
    ],
    "plan.whatMustChange": [
      "strong": [
        "Parents told in writing what must change, such as the children at school every day.",
        "Plan sets out in plain words what good enough care looks like.",
      ],
      "mixed": [
        "Changes described vaguely ('improve home conditions').",
        "Clear for home conditions, not for health needs.",
      ],
      "weak": [
        "No statement of what must change.",
        "Plan describes worker tasks, not the changes needed.",
      ],
    ],
    "plan.timescales": [
      "strong": [
        "Each outcome has a timescale in the child's time (six to twelve weeks).",
        "Timescales set and reviewed at each core group.",
      ],
      "mixed": [
        "Some timescales set; others 'ongoing'.",
        "Timescales rolled forward without review.",
      ],
      "weak": ["No timescales in the plan.", "Every action marked 'ongoing'."],
    ],
    "plan.consequences": [
      "strong": [
        "Letter to the parents explains what will happen if the plan does not work.",
        "Consequences discussed at conference and recorded.",
      ],
      "mixed": [
        "Mentioned at conference but not written down for the parents.",
        "Mother understood the consequences; father not told.",
      ],
      "weak": [
        "Parents not told what would happen if nothing changed.",
        "No discussion of consequences recorded.",
      ],
    ],
    "plan.contingency": [
      "strong": [
        "Contingency plan names relatives assessed as carers.",
        "Clear contingency: pre-proceedings if attendance falls below 85%.",
      ],
      "mixed": [
        "Contingency says 'seek legal advice' with no trigger.", "Contingency plan is generic.",
      ],
      "weak": ["No contingency plan.", "Contingency section blank."],
    ],
    "change.baseline": [
      "strong": [
        "Starting point recorded: attendance 72%, weight centile, home conditions score.",
        "Clear starting point recorded for each outcome.",
      ],
      "mixed": [
        "Baseline recorded for school attendance only.",
        "Starting point described but not measured.",
      ],
      "weak": [
        "No baseline recorded.", "Nothing recorded at the start to measure change against.",
      ],
    ],
    "change.measured": [
      "strong": [
        "Progress measured against the baseline at each review; improvement shown on the tool.",
        "Core group tracks attendance and health appointments monthly.",
      ],
      "mixed": [
        "Progress described as 'some improvement' without evidence.",
        "Measured for one outcome only.",
      ],
      "weak": [
        "Reviews report the parents' attendance at meetings, not change for the child.",
        "No evidence of change being measured.",
      ],
    ],
    "change.toolRepeated": [
      "strong": [
        "GCP2 repeated after four months and compared with the first.",
        "Tool repeated at review and the scores discussed with the parents.",
      ],
      "mixed": ["Tool repeated but the results not compared.", "Repeated once, a year later."],
      "weak": ["Tool never repeated.", "Completed once, at assessment only."],
    ],
    "change.sustained": [
      "strong": [
        "Improvements held for six months after closure.",
        "Step-down plan checked that the change lasted.",
      ],
      "mixed": ["Change held for some needs only.", "Not checked after closure."],
      "weak": [
        "Closed before change was sustained; re-referred within months.",
        "No check that the change lasted.",
      ],
      "na": ["Too soon to judge whether the change has lasted."],
    ],
    "challenge.compliance": [
      "none": ["Parents engaged and kept appointments.", "No non-compliance recorded."],
      "nonCompliance": [
        "Missed five of eight home visits.", "Parents refused access twice in a month.",
      ],
      "disguisedCompliance": [
        "Home tidied before announced visits only; unannounced visits found poor conditions.",
        "Parents agree at meetings but nothing changes.",
      ],
      "both": [
        "Periods of refusal, and periods of apparent but superficial cooperation.",
        "Missed appointments, and agreements at meetings not followed through.",
      ],
    ],
    "challenge.response": [
      "strong": [
        "Unannounced visits introduced and non-engagement escalated to legal planning.",
        "Worker named the pattern of non-engagement and the plan changed.",
      ],
      "mixed": [
        "Non-compliance recorded but the plan unchanged.",
        "Escalation discussed but not acted on for two months.",
      ],
      "weak": [
        "Missed visits accepted without challenge.",
        "Parents' explanations accepted at face value.",
      ],
    ],
    "challenge.professional": [
      "effective": [
        "School escalated the lack of progress; conference reconvened early.",
        "Health visitor used the escalation policy and the plan was strengthened.",
      ],
      "notNeeded": [
        "Plan was working; no challenge needed.", "Steady progress; no escalation required.",
      ],
      "escalatedNotActioned": [
        "School raised concerns with the team manager and was told to give the parents longer.",
        "Health visitor's escalation acknowledged but not acted on.",
      ],
      "none": [
        "Professionals saw the plan was failing but did not challenge.",
        "No challenge recorded despite a year without change.",
      ],
    ],
    "drift.present": [
      "no": [
        "Steady progress from referral to plan.", "Decisions taken at each point without delay.",
      ],
      "past": [
        "Two assessments within a year each started again from scratch.",
        "Stepped down and back up twice in one year.",
      ],
      "current": [
        "Plan rolled over at three reviews without change.",
        "Fourth worker in a year; visits have lapsed.",
      ],
    ],
    "drift.causes": [
      "any": [
        "Shown in the review minutes and supervision notes.",
        "Plans rolled over and workers changed, as the chronology shows.",
      ]
    ],
    "drift.careProceedings": [
      "yes": [
        "Threshold for pre-proceedings met a year before legal planning began.",
        "Legal advice to start pre-proceedings was not followed.",
      ],
      "no": [
        "Escalation to pre-proceedings was timely.",
        "Threshold for proceedings not met; the plan was working.",
      ],
    ],
    "drift.workerChanges": [
      "0": ["Same worker throughout the year."],
      "1": ["One change of worker after a team move.", "One change, with a handover visit."],
      "many": [
        "{n} changes of worker, including agency cover.",
        "{n} workers in the year; no joint handover visits.",
      ],
      "na": ["Not allocated to a social worker during the year."],
    ],
    "drift.timely": [
      "strong": [
        "Right action at the right time; escalation when progress stalled.",
        "Decisions made promptly at each stage.",
      ],
      "mixed": [
        "Some delay between the assessment and the plan.", "Help started late, then progressed.",
      ],
      "weak": [
        "Left in neglect too long; decisions repeatedly deferred.",
        "Two years of stop-start help with no escalation.",
      ],
    ],
    "oversight.management": [
      "strong": [
        "Manager's decisions and reasons recorded at key points; drift spotted and acted on.",
        "Monthly oversight with clear actions that were followed up.",
      ],
      "mixed": [
        "Oversight recorded but endorses the plan without challenge.",
        "Manager's notes brief; actions not followed up.",
      ],
      "weak": [
        "No management oversight recorded for eight months.",
        "Oversight notes copied from month to month.",
      ],
    ],
    "oversight.supervision": [
      "strong": [
        "Supervision reflects on the child's experience and tests optimism about the parents.",
        "Reflective supervision with hypotheses and actions recorded.",
      ],
      "mixed": [
        "Mainly task lists, with brief reflection.", "Reflection recorded once; otherwise tasks.",
      ],
      "weak": ["No supervision recorded for this case.", "Supervision a list of tasks only."],
    ],
    "multi.informationSharing": [
      "strong": [
        "School, GP and health visitor shared information promptly; their records match.",
        "Information shared at the strategy discussion and every core group.",
      ],
      "mixed": [
        "Health information shared late.", "School unaware of the plan for two months.",
      ],
      "weak": [
        "Police information not shared with the school.",
        "Agencies held key information separately.",
      ],
    ],
    "multi.cpAttendance": [
      "strong": [
        "All agencies attended conferences and core groups, with written reports.",
        "Good attendance; reports sent in advance.",
      ],
      "mixed": [
        "GP sent reports but did not attend.", "School attended conferences but not core groups.",
      ],
      "weak": [
        "Health and school absent from most core groups.", "No reports from partner agencies.",
      ],
    ],
    "multi.interventions": [
      "strong": [
        "Parenting programme, home support and direct work with the child matched the needs.",
        "Help targeted at what the assessment found, and reviewed.",
      ],
      "mixed": [
        "Services offered but not linked to the assessed needs.",
        "Support for the parents; nothing direct for the child.",
      ],
      "weak": [
        "Same short-term services offered again and again.",
        "Help did not match the needs; no direct work with the child.",
      ],
    ],
    "outcome.progress": [
      "positive": [
        "School attendance up from 70% to 95%; weight back on its centile.",
        "Home conditions sustained; the child says she feels looked after.",
      ],
      "partial": [
        "Some improvement in home conditions, not yet sustained.",
        "Attendance better; health needs still unmet.",
      ],
      "none": [
        "Circumstances unchanged after eighteen months.",
        "Conditions worse; the younger child is now affected too.",
      ],
      "na": ["Too early to judge progress."],
    ],
    "outcome.neglectTypes": [
      "any": [
        "Recorded at home visits and in school reports.", "Seen in health and school records.",
      ],
      "na": ["No neglect evident in the records."],
    ],
    "outcome.safety": [
      "safe": [
        "No immediate concern; the plan is in place.",
        "Child seen last week; no current safety concern.",
      ],
      "concern": [
        "Raised with the team manager: home conditions deteriorating.",
        "Missed medical appointment passed to the manager.",
      ],
      "urgent": [
        "Raised with the service manager on the day: child not seen for six weeks.",
        "No food in the home at the last visit; escalated today.",
      ],
    ],
    "overall.judgement": [
      "outstanding": [
        "Consistently strong practice that made a clear difference for the child.",
        "Exemplary: the child's experience drove every decision.",
      ],
      "good": [
        "Good across assessment, planning and oversight; progress in the child's time.",
        "Good multi-agency work with minor gaps.",
      ],
      "requiresImprovement": [
        "Some good work, but gaps in planning and oversight limit the difference made.",
        "Not yet consistently good; progress slow.",
      ],
      "inadequate": [
        "Serious weaknesses left the child in neglect too long.",
        "Practice did not make a difference; the child's needs were not understood.",
      ],
    ],
  ]

  /// Where evidence is found, by section, with `{date}` for a day in the case's history.
  static let sources: [String: [String]] = [
    "referral": ["Referral {date}: ", "Contact record {date}: "],
    "assessment": ["Assessment {date}: ", "C&F assessment {date}: "],
    "planning": ["Plan reviewed {date}: ", "Core group {date}: "],
    "change": ["Review {date}: ", "Core group {date}: "],
    "challenge": ["Case note {date}: ", "Core group {date}: "],
    "oversight": ["Supervision {date}: ", "Management note {date}: "],
    "multiAgency": ["Core group {date}: ", "Strategy meeting {date}: "],
    "outcome": ["Visit {date}: "],
  ]

  /// What `assess.gaps` says was missing, by the question found wanting.
  static let gaps: [String: [String]] = [
    "assess.familyHistory": [
      "family history not used to understand risk", "earlier referrals not analysed",
      "previous plans not considered",
    ],
    "assess.impact": [
      "the child's daily experience not described", "impact on development not analysed",
    ],
    "assess.voice": [
      "child not seen alone", "the child's wishes not recorded",
      "no direct work with the child",
    ],
  ]

  /// What difference the gaps would have made.
  static let gapDifference = [
    "The pattern of neglect would have been seen sooner.",
    "The plan would have targeted what the child needs.",
    "Escalation would likely have come earlier.",
    "The parents' capacity to change would have been tested sooner.",
  ]

  /// `overall.learning`, by whether the practice was acceptable overall.
  static let learning: [String: [String]] = [
    "strong": [
      "Celebrate: direct work with the child shaped the plan.",
      "Celebrate: the chronology was used to challenge drift.",
      "Celebrate: partners escalated and the plan changed.",
    ],
    "weak": [
      "Use chronologies to see the pattern of neglect earlier.",
      "Escalate when plans roll over without change.",
      "See children alone and record their words.",
      "Set a baseline so that change can be measured.",
      "Assess fathers and male carers as well as mothers.",
    ],
  ]

  /// How moderators settled differences.
  static let settlements = [
    "Re-read the core group minutes together and agreed the grades the record supports.",
    "Agreed the lower grade where the evidence was not on file.",
    "Checked the chronology and supervision notes before agreeing.",
    "Took the grade the written evidence supports, not the intention.",
  ]

  /// Short labels for questions in moderators' rationales.
  static let labels: [String: String] = [
    "referral.quality": "referral quality", "referral.earlyHelp": "early help",
    "referral.history": "front-door history checks", "referral.decision": "the referral decision",
    "referral.feedback": "feedback to the referrer",
    "referral.missedOpportunities": "missed opportunities",
    "assess.familyHistory": "family history", "assess.chronology": "the chronology",
    "assess.impact": "impact on the child", "assess.voice": "the child's voice",
    "assess.childFocus": "child focus", "assess.siblings": "siblings",
    "assess.fathers": "fathers", "assess.adultNeeds": "parents' own needs",
    "assess.neglectTool": "the neglect tool", "assess.gcp2Level": "the GCP2 level",
    "plan.quality": "plan quality", "plan.whatMustChange": "what must change",
    "plan.timescales": "timescales", "plan.consequences": "consequences",
    "plan.contingency": "contingency", "change.baseline": "the baseline",
    "change.measured": "measuring change", "change.toolRepeated": "repeating the tool",
    "change.sustained": "sustained change", "challenge.compliance": "compliance",
    "challenge.response": "the response to non-compliance",
    "challenge.professional": "professional challenge", "drift.present": "drift",
    "drift.causes": "causes of drift", "drift.careProceedings": "care proceedings",
    "drift.workerChanges": "worker changes", "drift.timely": "timeliness",
    "oversight.management": "management oversight", "oversight.supervision": "supervision",
    "multi.informationSharing": "information sharing",
    "multi.cpAttendance": "conference attendance", "multi.interventions": "interventions",
    "outcome.progress": "progress", "outcome.neglectTypes": "types of neglect",
    "outcome.safety": "safety now", "overall.judgement": "the overall judgement",
  ]
}
