// Generated from the JSON files in AuditTools/ by ShippedToolsTests; do not edit by hand.
// After editing a tool, run `UPDATE_SHIPPED_TOOLS=1 swift test --filter ShippedToolsTests`
// (or paste the JSON in below); a test fails until this file matches AuditTools/.

/// The audit tools built into CaseAudit: the JSON text of each file in `AuditTools/`.
public enum ShippedTools {
  /// Every shipped tool, in file-name order.
  public static let all: [ShippedTool] = [
    ShippedTool(
      id: "agency-contribution", fileName: "agency-contribution.json",
      json: #"""
        {
          "id": "agency-contribution",
          "version": "1.0.0",
          "title": "Partner agency contribution audit (neglect)",
          "description": "A short audit of one partner agency's own records for a child in a neglect audit: what the agency knew and shared, the referrals it made and followed up, its part in conferences, core groups and reviews, whether it saw and heard the child, and whether it escalated when the plan was not working. Complete one per agency involved.",
          "themes": [
            {
              "id": "informationSharing",
              "title": "Information sharing",
              "description": "Sharing what the agency knows, promptly and with the right people."
            },
            {
              "id": "referrals",
              "title": "Referrals",
              "description": "Referrals about neglect: their quality, and whether they were followed up."
            },
            {
              "id": "meetings",
              "title": "Meetings and reports",
              "description": "Attendance at conferences, core groups and reviews, written reports, and actions carried out."
            },
            {
              "id": "voiceOfChild",
              "title": "Voice of the child",
              "description": "The child seen, heard and recorded in the agency's own records."
            },
            {
              "id": "escalation",
              "title": "Escalation",
              "description": "Using the escalation policy when worried that the plan or a decision is wrong."
            }
          ],
          "sections": [
            {
              "id": "agency",
              "title": "The agency",
              "questions": [
                {
                  "id": "agency.type",
                  "type": "choice",
                  "options": [
                    {
                      "code": "socialCare",
                      "label": "Children's social care"
                    },
                    {
                      "code": "health",
                      "label": "Health (health visiting, school nursing, GP, hospital)"
                    },
                    {
                      "code": "education",
                      "label": "Education (school, nursery, college)"
                    },
                    {
                      "code": "police",
                      "label": "Police"
                    },
                    {
                      "code": "housing",
                      "label": "Housing"
                    },
                    {
                      "code": "earlyHelp",
                      "label": "Early help"
                    },
                    {
                      "code": "adultServices",
                      "label": "Adult services (mental health, substance misuse, domestic abuse, learning disability)"
                    },
                    {
                      "code": "probation",
                      "label": "Probation"
                    },
                    {
                      "code": "voluntary",
                      "label": "Voluntary or community organisation"
                    },
                    {
                      "code": "other",
                      "label": "Other"
                    }
                  ],
                  "text": "Whose records are being audited?",
                  "guidance": {
                    "good": "Choose the agency whose own records this audit covers."
                  },
                  "evidence": "optional"
                }
              ]
            },
            {
              "id": "sharing",
              "title": "Information sharing and referrals",
              "questions": [
                {
                  "id": "share.information",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How well did the agency share what it knew about the neglect with the agencies that needed it?",
                  "guidance": {
                    "good": "Concerns were shared promptly and specifically with children's social care and partners, with consent or a recorded reason for sharing without it; the agency's records show what was shared, when and with whom.",
                    "inadequate": "Concerns were recorded but not passed on, passed on late, or described so vaguely that others could not act on them."
                  },
                  "themes": ["informationSharing"],
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "share.referral",
                  "type": "choice",
                  "options": [
                    {
                      "code": "yes",
                      "label": "Yes"
                    },
                    {
                      "code": "no",
                      "label": "No, although one was needed"
                    },
                    {
                      "code": "notNeeded",
                      "label": "No, none was needed"
                    }
                  ],
                  "text": "Did the agency refer the child to children's social care, or request early help, because of neglect?",
                  "guidance": {
                    "good": "Choose 'not needed' only if the agency's concerns did not call for a referral."
                  },
                  "themes": ["referrals"],
                  "evidence": "optional"
                },
                {
                  "id": "share.referralQuality",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How clear and evidence-based was the agency's referral?",
                  "guidance": {
                    "good": "The referral describes what the child experiences, for how long and what has been tried, in specific language based on what was seen and heard.",
                    "inadequate": "The referral is vague, relies on labels, or leaves out what the agency knew."
                  },
                  "themes": ["referrals"],
                  "evidence": "requiredBelowAcceptable",
                  "showIf": "share.referral == yes"
                },
                {
                  "id": "share.referralFollowUp",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Did the agency follow the referral up: learn the outcome, and challenge a decision it disagreed with?",
                  "guidance": {
                    "good": "Yes: the outcome is recorded; if the agency disagreed, it challenged the decision through the escalation route.",
                    "inadequate": "No: the referral was sent and nothing more is recorded, even though concerns continued."
                  },
                  "themes": ["referrals", "escalation"],
                  "evidence": "requiredBelowAcceptable",
                  "showIf": "share.referral == yes"
                }
              ]
            },
            {
              "id": "meetings",
              "title": "Conferences, core groups and reviews",
              "questions": [
                {
                  "id": "meet.conferences",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Did the agency attend child protection conferences, or send a written report when it could not?",
                  "guidance": {
                    "good": "Yes: the agency attended each conference it was invited to, or sent a report.",
                    "inadequate": "No: the agency was absent from conferences and sent no report."
                  },
                  "themes": ["meetings"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["childProtection"]
                },
                {
                  "id": "meet.coreGroups",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Did the agency attend core groups and carry out its actions from the child protection plan?",
                  "guidance": {
                    "good": "Yes: it attended, and its records show the actions it owned were completed.",
                    "inadequate": "No: it missed core groups, or its actions were not done and no-one was told."
                  },
                  "themes": ["meetings"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["childProtection"]
                },
                {
                  "id": "meet.reviews",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Did the agency attend child in need reviews or team around the family meetings and carry out its actions?",
                  "guidance": {
                    "good": "Yes: it attended, contributed its information and completed its actions.",
                    "inadequate": "No: it was absent or did not complete its actions."
                  },
                  "themes": ["meetings"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["earlyHelp", "childInNeed"]
                },
                {
                  "id": "meet.reports",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Did the agency's written reports describe the child's lived experience and the impact of neglect?",
                  "guidance": {
                    "good": "Yes: reports describe what the agency sees of the child's daily life and development, and what has or has not changed.",
                    "inadequate": "No: reports are absent, or list appointments without saying what they mean for the child."
                  },
                  "themes": ["meetings", "voiceOfChild"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["childInNeed", "childProtection"]
                }
              ]
            },
            {
              "id": "child",
              "title": "The child seen and heard",
              "questions": [
                {
                  "id": "child.seen",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Do the agency's records show the child was seen, with their presentation and circumstances recorded?",
                  "guidance": {
                    "good": "Yes: contacts with the child are recorded with what was observed (appearance, health, mood, interaction with carers).",
                    "inadequate": "No: the child is barely visible in the record; contacts are with the parents only."
                  },
                  "themes": ["voiceOfChild"],
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "child.seenAlone",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Was the child spoken to on their own, with their views, wishes and feelings recorded?",
                  "guidance": {
                    "good": "Yes: the child's own words are recorded and were passed on where they mattered.",
                    "inadequate": "No: the child was only ever seen with a parent, or their views are not recorded."
                  },
                  "themes": ["voiceOfChild"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable",
                  "showIf": "not (case.age < 5)"
                },
                {
                  "id": "child.lastContact",
                  "type": "date",
                  "text": "When did the agency last have contact with the child?",
                  "guidance": {
                    "good": "The date of the most recent contact recorded, written YYYY-MM-DD."
                  },
                  "themes": ["voiceOfChild"],
                  "allowNotApplicable": true,
                  "evidence": "optional"
                }
              ]
            },
            {
              "id": "escalation",
              "title": "Escalation and overall judgement",
              "questions": [
                {
                  "id": "escalate.used",
                  "type": "grade",
                  "scale": "challenge",
                  "text": "When the agency was worried that the plan was not working or disagreed with a decision, did it escalate, and with what result?",
                  "guidance": {
                    "good": "Effective: the agency used the escalation policy and it made a difference. Not needed: there was nothing to escalate.",
                    "inadequate": "None: the agency was worried but did not escalate; or it escalated and nothing happened and it did not pursue it."
                  },
                  "themes": ["escalation"],
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "agency.overall",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "Overall, how good was this agency's contribution for the child?",
                  "guidance": {
                    "good": "The agency knew the child, shared what it knew, played its full part in the plan and challenged when it needed to.",
                    "inadequate": "The agency held important information it did not use or share, or did not play its part in protecting the child."
                  },
                  "themes": ["informationSharing", "meetings", "voiceOfChild"],
                  "evidence": "required"
                },
                {
                  "id": "agency.learning",
                  "type": "text",
                  "text": "What should this agency learn from the case?",
                  "guidance": {
                    "good": "One or two sentences. Do not name the child, family or staff."
                  },
                  "required": false
                }
              ]
            }
          ],
          "overall": {
            "question": "agency.overall",
            "rule": "noHigherThanLowest",
            "limitingQuestions": ["share.information", "share.referralQuality"]
          }
        }

        """#),
    ShippedTool(
      id: "neglect-thematic", fileName: "neglect-thematic.json",
      json: #"""
        {
          "id": "neglect-thematic",
          "version": "1.0.0",
          "title": "Multi-agency neglect thematic case audit",
          "description": "A case-file audit of the multi-agency response to neglect, from the front door to the outcome for the child. It follows the key areas of Ofsted's 2014 thematic inspection of neglect (In the child's time): referral, assessment, planning, measuring change, challenge and escalation, drift and delay, management oversight, multi-agency working and the outcome for the child. Judgements use Ofsted's four-point scale; evidence checks use yes / partly / no. Where Ofsted published a figure for a criterion it is given, so a partnership can set its own results beside it.",
          "scales": [
            {
              "id": "gcp2Level",
              "title": "Graded Care Profile 2 level, 1 best to 5 worst",
              "direction": "lowerIsBetter",
              "levels": [
                {
                  "code": "level1",
                  "label": "Level 1 (best)",
                  "value": 1,
                  "acceptable": true
                },
                {
                  "code": "level2",
                  "label": "Level 2",
                  "value": 2,
                  "acceptable": true
                },
                {
                  "code": "level3",
                  "label": "Level 3",
                  "value": 3,
                  "acceptable": false
                },
                {
                  "code": "level4",
                  "label": "Level 4",
                  "value": 4,
                  "acceptable": false
                },
                {
                  "code": "level5",
                  "label": "Level 5 (worst)",
                  "value": 5,
                  "acceptable": false
                }
              ]
            }
          ],
          "themes": [
            {
              "id": "frontDoor",
              "title": "Referral and front door",
              "description": "How concerns about neglect reach children's social care and how they are answered."
            },
            {
              "id": "earlyHelp",
              "title": "Early help",
              "description": "Whether help was offered early, before problems became entrenched."
            },
            {
              "id": "familyHistory",
              "title": "Family history",
              "description": "Previous episodes, patterns over time, the parents' own childhoods and the chronology."
            },
            {
              "id": "voiceOfChild",
              "title": "Voice of the child",
              "description": "The child seen, heard and understood: their views, wishes, feelings and daily life."
            },
            {
              "id": "impactOnChild",
              "title": "Impact on the child",
              "description": "What neglect means for this child's health, development and everyday experience."
            },
            {
              "id": "fathers",
              "title": "Fathers and male carers",
              "description": "Whether fathers, partners and other male carers are identified, involved and assessed."
            },
            {
              "id": "assessmentTools",
              "title": "Neglect assessment tools",
              "description": "Use of structured tools such as the Graded Care Profile 2 to assess and measure neglect."
            },
            {
              "id": "planning",
              "title": "Planning",
              "description": "Plans that say what must change, by when, and what happens if it does not."
            },
            {
              "id": "measuringChange",
              "title": "Measuring change",
              "description": "Baselines, progress indicators and checks that change lasts."
            },
            {
              "id": "challenge",
              "title": "Challenge and escalation",
              "description": "Challenge to parents and between professionals, including non-compliance and disguised compliance."
            },
            {
              "id": "driftAndDelay",
              "title": "Drift and delay",
              "description": "Action at the right time for the child, without stop-start help or missed chances."
            },
            {
              "id": "managementOversight",
              "title": "Management oversight",
              "description": "Managers' grip on the case and supervision that helps workers reflect and challenge."
            },
            {
              "id": "multiAgency",
              "title": "Multi-agency working",
              "description": "Agencies sharing information, attending meetings and delivering their part of the plan."
            },
            {
              "id": "outcomes",
              "title": "Outcome for the child",
              "description": "Whether the child's life is better, and whether the child is safe now."
            }
          ],
          "sections": [
            {
              "id": "referral",
              "title": "Referral and front door",
              "description": "The most recent referral about neglect and how children's social care responded to it.",
              "questions": [
                {
                  "id": "referral.quality",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How clear, timely and evidence-based was the referral about the nature and extent of the neglect?",
                  "guidance": {
                    "good": "The referral arrived as soon as the concern met the threshold. It describes specifically what the child is experiencing (food, warmth, hygiene, supervision, health, school), how long it has gone on and what has already been tried, using observations rather than labels.",
                    "inadequate": "The referral is late, vague or incident-led ('home conditions poor'), with no evidence of what the child experiences, or it was made only after a crisis that earlier concerns had signalled."
                  },
                  "themes": ["frontDoor"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["referral", "assessment", "childInNeed", "childProtection", "lookedAfter", "closed"]
                },
                {
                  "id": "referral.earlyHelp",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Before the referral, was early help (an early help assessment and plan with the family) offered or properly considered?",
                  "guidance": {
                    "good": "Yes: an early help assessment or team around the family was in place, or the record shows why it was not appropriate (for example the risk was too high).",
                    "inadequate": "No: concerns built up for months in universal services with no early help offered and no recorded reason why not."
                  },
                  "themes": ["earlyHelp", "frontDoor"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["referral", "assessment", "childInNeed", "childProtection", "lookedAfter", "closed"],
                  "reference": {
                    "source": "Ofsted (2014) In the child's time: professional responses to neglect, para 24 (seeds F001:L727-728)",
                    "proportion": 0.33,
                    "wording": "Inspectors found early help through common and shared assessment in a third of the referrals reviewed",
                    "answers": ["yes"]
                  }
                },
                {
                  "id": "referral.history",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Was the referral considered against the family's previous history, so that the child's ongoing experience, not only the latest incident, was assessed?",
                  "guidance": {
                    "good": "Yes: the screening record lists previous contacts, referrals and plans and asks what they show together about the child's experience over time.",
                    "inadequate": "No: the referral was treated as a single incident; earlier referrals or plans for the same concerns are not mentioned."
                  },
                  "themes": ["frontDoor", "familyHistory"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["referral", "assessment", "childInNeed", "childProtection", "lookedAfter", "closed"]
                },
                {
                  "id": "referral.decision",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How proportionate and clearly recorded was the decision on the referral, including the options considered (early help, assessment, enquiry)?",
                  "guidance": {
                    "good": "The decision is timely and proportionate, its rationale is written down, the options (including early help) were weighed, and a manager endorsed it.",
                    "inadequate": "No rationale is recorded, an assessment that was needed was not started, or the case was closed or signposted without considering early help."
                  },
                  "themes": ["frontDoor", "managementOversight"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["referral", "assessment", "childInNeed", "childProtection", "lookedAfter", "closed"]
                },
                {
                  "id": "referral.feedback",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Was the referrer told the outcome of the referral, and were any disagreements resolved?",
                  "guidance": {
                    "good": "Yes: the referrer was told clearly whether the referral was accepted and what would happen; if they disagreed, the challenge is recorded and answered.",
                    "inadequate": "No: there is no record of feedback to the referrer, or a disagreement was left unresolved."
                  },
                  "themes": ["frontDoor", "multiAgency"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["referral", "assessment", "childInNeed", "childProtection", "lookedAfter", "closed"]
                },
                {
                  "id": "referral.missedOpportunities",
                  "type": "choice",
                  "options": [
                    {
                      "code": "none",
                      "label": "No missed opportunities"
                    },
                    {
                      "code": "past",
                      "label": "Yes, in the past"
                    },
                    {
                      "code": "current",
                      "label": "Yes, in the current episode"
                    },
                    {
                      "code": "pastAndCurrent",
                      "label": "Yes, both in the past and now"
                    }
                  ],
                  "text": "Were there missed opportunities to intervene earlier?",
                  "guidance": {
                    "good": "Look across the whole record, including universal services' concerns before the referral. Choose the option that describes the record."
                  },
                  "themes": ["driftAndDelay", "frontDoor"],
                  "evidence": "optional"
                }
              ]
            },
            {
              "id": "assessment",
              "title": "Assessment",
              "description": "The most recent assessment of the child and family (single or multi-agency).",
              "questions": [
                {
                  "id": "assess.familyHistory",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How well does the assessment take account of the family history and analyse it for patterns, including the parents' own experiences of being parented?",
                  "guidance": {
                    "good": "Previous episodes of neglect and abuse are drawn together and analysed for patterns; the parents' own childhoods and their effect on present parenting are considered; the assessment says what the history means for the likelihood of change.",
                    "inadequate": "The history is missing, or listed without analysis; each episode is treated as new, so patterns and inter-generational risk are not seen."
                  },
                  "themes": ["familyHistory"],
                  "evidence": "requiredBelowAcceptable",
                  "reference": {
                    "source": "Ofsted (2014) In the child's time: professional responses to neglect, para 34 (seeds F001:L926-927)",
                    "proportion": 0.45,
                    "wording": "Nearly half of the assessments did not take sufficient account of the family history; no exact count was published, so 45% stands for 'nearly half'",
                    "answers": ["requiresImprovement", "inadequate"]
                  }
                },
                {
                  "id": "assess.chronology",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Is there a cumulative chronology, started from the outset and kept up to date?",
                  "guidance": {
                    "good": "Yes: a chronology began when the work began, records the ongoing pattern of neglect as well as key events, and is used in analysis and planning.",
                    "inadequate": "No: there is no chronology, it lists only key incidents, or it was put together late (for example only when proceedings were considered)."
                  },
                  "themes": ["familyHistory", "driftAndDelay"],
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "assess.impact",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How well does the assessment convey the impact of neglect on the child as their daily lived experience?",
                  "guidance": {
                    "good": "A reader can picture a day in the child's life: food, sleep, warmth, hygiene, play, school, health and emotional warmth. The assessment analyses the effect on the child's development now and in the long term.",
                    "inadequate": "The child's experience is absent or generic; the assessment describes the parents' problems or the state of the house without saying what it means for this child."
                  },
                  "themes": ["impactOnChild"],
                  "evidence": "requiredBelowAcceptable",
                  "reference": {
                    "source": "Ofsted (2014) In the child's time: professional responses to neglect, para 37 (seeds F001:L974-975)",
                    "proportion": 0.5,
                    "wording": "The impact of neglect was clearly conveyed and considered in half of the assessments seen",
                    "answers": ["outstanding", "good"]
                  }
                },
                {
                  "id": "assess.voice",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How well are the child's views, wishes and feelings gathered, recorded and used?",
                  "guidance": {
                    "good": "The child was seen, and seen alone where old enough; their words or, for a baby or young child, careful observation of their presentation and interactions, are recorded and clearly shape the analysis and plan.",
                    "inadequate": "The child was not seen or not spoken with; their views are missing or are the parents' account of them; nothing in the plan reflects the child."
                  },
                  "themes": ["voiceOfChild"],
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "assess.childFocus",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How child-focused is the analysis: the impact of adult behaviour on the child, attachment, development, and the child's behaviour understood as a sign of distress?",
                  "guidance": {
                    "good": "The analysis keeps the child at the centre: it weighs the parents' difficulties by their effect on the child, considers attachment and the child's physical and emotional development, and reads difficult behaviour as communication.",
                    "inadequate": "The assessment is dominated by the parents' needs; the child's development and attachment are not considered, and their behaviour is described only as a problem."
                  },
                  "themes": ["impactOnChild", "voiceOfChild"],
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "assess.siblings",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Were the individual needs of each child in the family, and the impact of neglect on each, assessed?",
                  "guidance": {
                    "good": "Yes: each child is considered separately (age, needs, experience), not as a group.",
                    "inadequate": "No: siblings are assessed together in one paragraph, and the needs of some children are not mentioned."
                  },
                  "themes": ["impactOnChild"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "assess.fathers",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Were fathers, partners and other male carers identified, involved and assessed?",
                  "guidance": {
                    "good": "Yes: every adult in the child's life is identified; fathers and male carers were seen, their role, history and capacity assessed, and they are part of the plan.",
                    "inadequate": "No: the father or male partner is absent from the record, mentioned only as a risk, or never spoken to."
                  },
                  "themes": ["fathers"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "assess.adultNeeds",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Where a parent has mental ill health, substance misuse, domestic abuse or learning difficulties, were specialist assessments obtained and the effect on parenting analysed?",
                  "guidance": {
                    "good": "Yes: adult services contributed, and the assessment explains how the adult's difficulties affect their care of the child (Think Family).",
                    "inadequate": "No: the adult issues are noted but no specialist view was sought, or they are described without any link to the child's care."
                  },
                  "themes": ["multiAgency", "impactOnChild"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "assess.neglectTool",
                  "type": "choice",
                  "options": [
                    {
                      "code": "gcp2",
                      "label": "Graded Care Profile 2"
                    },
                    {
                      "code": "otherTool",
                      "label": "Another structured neglect tool"
                    },
                    {
                      "code": "none",
                      "label": "No structured tool"
                    }
                  ],
                  "text": "Was a structured neglect assessment tool used?",
                  "guidance": {
                    "good": "Record the tool used most recently. Structured tools include the Graded Care Profile 2, a local neglect toolkit or checklist, and home-conditions or clutter scales."
                  },
                  "themes": ["assessmentTools"],
                  "evidence": "optional"
                },
                {
                  "id": "assess.gcp2Level",
                  "type": "grade",
                  "scale": "gcp2Level",
                  "text": "What overall level did the most recent Graded Care Profile 2 record?",
                  "guidance": {
                    "good": "Record the level only; do not copy the profile's licensed text into the audit.",
                    "inadequate": "A level of 3 or worse means the child's needs were not being met consistently when the profile was completed."
                  },
                  "themes": ["assessmentTools", "impactOnChild"],
                  "evidence": "optional",
                  "showIf": "assess.neglectTool == gcp2"
                },
                {
                  "id": "assess.gaps",
                  "type": "text",
                  "text": "What was missing from the assessment, and what difference would it have made for the child?",
                  "guidance": {
                    "good": "Describe the gaps in the assessment in a sentence or two, without naming anyone."
                  },
                  "themes": ["familyHistory", "impactOnChild", "voiceOfChild"],
                  "showIf": "assess.familyHistory < good or assess.impact < good or assess.voice < good"
                }
              ]
            },
            {
              "id": "planning",
              "title": "Planning",
              "description": "The current child in need or child protection plan.",
              "questions": [
                {
                  "id": "plan.quality",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How good is the current plan overall?",
                  "guidance": {
                    "good": "The plan is up to date and addresses everything the assessment found, says explicitly how the neglect will be tackled, covers the parents' and the children's needs, and has clear, specific actions with owners and realistic timescales.",
                    "inadequate": "The plan is out of date, generic or a list of services; it does not say what must change for the child or who will do what by when."
                  },
                  "themes": ["planning"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["childInNeed", "childProtection"]
                },
                {
                  "id": "plan.whatMustChange",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Does the plan say specifically what must change for the child, and how progress will be recognised?",
                  "guidance": {
                    "good": "Yes: the changes required are concrete and observable (for example 'the children have clean bedding and a cooked meal each day') and say how progress will be judged.",
                    "inadequate": "No: actions are vague ('parents to engage', 'improve home conditions') and there is no way to tell whether things have changed."
                  },
                  "themes": ["planning", "measuringChange"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["childInNeed", "childProtection"]
                },
                {
                  "id": "plan.timescales",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Are the timescales realistic and within the child's developmental timescale?",
                  "guidance": {
                    "good": "Yes: each action has a date, and the overall timescale reflects the child's age and how long they can wait.",
                    "inadequate": "No: there are no dates, or the plan allows open-ended time for the parents to change."
                  },
                  "themes": ["planning", "driftAndDelay"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["childInNeed", "childProtection"]
                },
                {
                  "id": "plan.consequences",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Does the plan make explicit the consequences if change does not happen, and do the parents understand them?",
                  "guidance": {
                    "good": "Yes: the plan states what will happen if there is no or too little change, and the record shows the parents were told in a way they understood.",
                    "inadequate": "No: consequences are not mentioned, or the parents say they do not know what will happen."
                  },
                  "themes": ["planning", "challenge"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["childInNeed", "childProtection"],
                  "reference": {
                    "source": "Ofsted (2014) In the child's time: professional responses to neglect, para 53 (seeds F001:L1173-1174)",
                    "proportion": 0.33,
                    "wording": "One third of the parents interviewed said they did not know what would happen if the plan was not successful",
                    "outOf": 20
                  }
                },
                {
                  "id": "plan.contingency",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Is there a contingency plan, more concrete than 'seek legal advice', for when risk stays the same or increases?",
                  "guidance": {
                    "good": "Yes: the plan says what will be done, by whom and when, if the risk remains or grows, for example a legal planning meeting or the pre-proceedings process.",
                    "inadequate": "No: there is no contingency, or it says only 'take legal advice'."
                  },
                  "themes": ["planning", "driftAndDelay"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["childInNeed", "childProtection"]
                }
              ]
            },
            {
              "id": "change",
              "title": "Measuring change",
              "description": "How the professionals know whether life is getting better for the child.",
              "questions": [
                {
                  "id": "change.baseline",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Was a baseline of the nature and extent of the neglect established at the start of the work?",
                  "guidance": {
                    "good": "Yes: the starting point is recorded in terms that can be measured again (a tool score, specific observations, attendance and health data).",
                    "inadequate": "No: there is no clear starting point, so later progress cannot be judged."
                  },
                  "themes": ["measuringChange"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["earlyHelp", "childInNeed", "childProtection", "lookedAfter"]
                },
                {
                  "id": "change.measured",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How well was change for the child measured over time?",
                  "guidance": {
                    "good": "Progress is tracked against the baseline with indicators or repeated tool scores; reviews ask what is different for the child, not only whether the parents attended.",
                    "inadequate": "Progress is assumed from the parents' engagement or good intentions; reviews record attendance at services, not change for the child."
                  },
                  "themes": ["measuringChange"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["earlyHelp", "childInNeed", "childProtection", "lookedAfter"]
                },
                {
                  "id": "change.toolRepeated",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Was the neglect tool repeated to measure change?",
                  "guidance": {
                    "good": "Yes: the tool was used again at review points and the scores informed decisions.",
                    "inadequate": "No: the tool was completed once and never revisited."
                  },
                  "themes": ["measuringChange", "assessmentTools"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["earlyHelp", "childInNeed", "childProtection", "lookedAfter"],
                  "showIf": "assess.neglectTool in [gcp2, otherTool]"
                },
                {
                  "id": "change.sustained",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "When services stepped down or closed, was there a check that change had been sustained?",
                  "guidance": {
                    "good": "Yes: step-down was planned with the family and universal services, who know what to look for and when to come back.",
                    "inadequate": "No: services withdrew with no follow-up, and concerns re-emerged without anyone noticing."
                  },
                  "themes": ["measuringChange", "driftAndDelay"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["earlyHelp", "closed"]
                }
              ]
            },
            {
              "id": "challenge",
              "title": "Challenge and escalation",
              "description": "Challenge to parents and between professionals when the plan is not working.",
              "questions": [
                {
                  "id": "challenge.compliance",
                  "type": "choice",
                  "options": [
                    {
                      "code": "none",
                      "label": "No"
                    },
                    {
                      "code": "nonCompliance",
                      "label": "Non-compliance"
                    },
                    {
                      "code": "disguisedCompliance",
                      "label": "Disguised compliance"
                    },
                    {
                      "code": "both",
                      "label": "Both"
                    }
                  ],
                  "text": "Is there evidence of parental non-compliance or disguised compliance?",
                  "guidance": {
                    "good": "Disguised compliance is apparent co-operation (attending meetings, agreeing to everything) without real change for the child. Choose the option that fits the record."
                  },
                  "themes": ["challenge"],
                  "evidence": "optional"
                },
                {
                  "id": "challenge.response",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How well did professionals recognise and respond to the non-compliance or disguised compliance?",
                  "guidance": {
                    "good": "It was named, discussed in supervision, and tackled: parents were challenged with clear expectations, written agreements or the pre-proceedings process were used where needed, and breaches were acted on.",
                    "inadequate": "It was not recognised, or recognised but tolerated: parents were given more time repeatedly, with no change in the plan."
                  },
                  "themes": ["challenge"],
                  "evidence": "requiredBelowAcceptable",
                  "showIf": "challenge.compliance in [nonCompliance, disguisedCompliance, both]"
                },
                {
                  "id": "challenge.professional",
                  "type": "grade",
                  "scale": "challenge",
                  "text": "When the plan was not achieving change, did professionals challenge each other or escalate, and with what result?",
                  "guidance": {
                    "good": "Effective: concerns were raised using the escalation policy and made a difference. Not needed: the plan was working, so no challenge was called for.",
                    "inadequate": "None: professionals saw that the plan was failing and did not challenge; or they escalated and were told to give the parents longer, with no further action."
                  },
                  "themes": ["challenge", "multiAgency"],
                  "evidence": "requiredBelowAcceptable",
                  "reference": {
                    "source": "Ofsted (2014) In the child's time: professional responses to neglect, para 57 (seeds F001:L1266-1274)",
                    "proportion": 0.37,
                    "wording": "Of the 19 in-depth cases where challenge was needed (8 + 4 + 7, derived), professionals offered no challenge in 7; in 8 challenge was effective and in 4 escalation was met with 'give the parents longer'",
                    "outOf": 19,
                    "answers": ["none"]
                  }
                }
              ]
            },
            {
              "id": "drift",
              "title": "Drift and delay",
              "description": "Whether the right action was taken at the right time for the child.",
              "questions": [
                {
                  "id": "drift.present",
                  "type": "choice",
                  "options": [
                    {
                      "code": "no",
                      "label": "No drift or delay"
                    },
                    {
                      "code": "past",
                      "label": "Yes, earlier in the child's journey"
                    },
                    {
                      "code": "current",
                      "label": "Yes, and it continues now"
                    }
                  ],
                  "text": "Was there drift or delay at any stage of the child's journey?",
                  "guidance": {
                    "good": "Drift includes stop-start help, repeated assessments that start again, plans that roll on without change, and decisions put off."
                  },
                  "themes": ["driftAndDelay"],
                  "evidence": "optional",
                  "showIf": "case.longTerm",
                  "reference": {
                    "source": "Ofsted (2014) In the child's time: professional responses to neglect, para 72 (seeds F001:L70, L173, L1446)",
                    "proportion": 0.33,
                    "wording": "Drift and delay were found at some stage in a third of the long-term cases examined",
                    "answers": ["past", "current"]
                  }
                },
                {
                  "id": "drift.causes",
                  "type": "multiChoice",
                  "options": [
                    {
                      "code": "assessment",
                      "label": "Inadequate assessment"
                    },
                    {
                      "code": "planning",
                      "label": "Poor planning"
                    },
                    {
                      "code": "parentsNotEngaging",
                      "label": "Parents not engaging"
                    },
                    {
                      "code": "cumulativeImpact",
                      "label": "Cumulative impact of neglect not understood"
                    },
                    {
                      "code": "noChallenge",
                      "label": "Lack of professional challenge"
                    },
                    {
                      "code": "workerChanges",
                      "label": "Changes of worker ('start again')"
                    },
                    {
                      "code": "movesOrReferrals",
                      "label": "Family moves or repeated referrals not tracked"
                    },
                    {
                      "code": "stepUpStepDown",
                      "label": "Repeated stepping up and down between services"
                    }
                  ],
                  "text": "What contributed to the drift or delay?",
                  "guidance": {
                    "good": "Tick every cause the record shows."
                  },
                  "themes": ["driftAndDelay"],
                  "evidence": "optional",
                  "showIf": "drift.present in [past, current]"
                },
                {
                  "id": "drift.careProceedings",
                  "type": "choice",
                  "options": [
                    {
                      "code": "yes",
                      "label": "Yes, an opportunity was missed"
                    },
                    {
                      "code": "no",
                      "label": "No"
                    }
                  ],
                  "text": "Was there a missed opportunity to start care proceedings (or the pre-proceedings process)?",
                  "guidance": {
                    "good": "Consider whether the threshold was met earlier than action was taken, and whether legal advice was challenged where it seemed wrong."
                  },
                  "themes": ["driftAndDelay", "challenge"],
                  "evidence": "required",
                  "stages": ["childInNeed", "childProtection", "lookedAfter", "closed"],
                  "showIf": "case.longTerm",
                  "reference": {
                    "source": "Ofsted (2014) In the child's time: professional responses to neglect, para 72 (seeds F001:L1451-1452)",
                    "proportion": 0.21,
                    "wording": "In 21% (11 cases) of the sample of long-term cases there were missed opportunities for care proceedings to be initiated",
                    "answers": ["yes"]
                  }
                },
                {
                  "id": "drift.workerChanges",
                  "type": "number",
                  "min": 0,
                  "max": 50,
                  "integer": true,
                  "unit": "changes",
                  "text": "How many changes of social worker has the child had in the last 12 months?",
                  "guidance": {
                    "good": "Count each change of allocated social worker; 0 if the same worker throughout."
                  },
                  "themes": ["driftAndDelay"],
                  "allowNotApplicable": true,
                  "evidence": "optional",
                  "stages": ["assessment", "childInNeed", "childProtection", "lookedAfter", "closed"]
                },
                {
                  "id": "drift.timely",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "Overall, was the right action taken at the right time, within the child's timescale?",
                  "guidance": {
                    "good": "Decisions were made promptly at each stage; help started quickly; escalation (to a plan, pre-proceedings or proceedings) happened when progress stalled.",
                    "inadequate": "The child was left in neglect too long: decisions were deferred, help stopped and started, or chances to act were missed."
                  },
                  "themes": ["driftAndDelay"],
                  "evidence": "requiredBelowAcceptable"
                }
              ]
            },
            {
              "id": "oversight",
              "title": "Management oversight and supervision",
              "questions": [
                {
                  "id": "oversight.management",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How effective was management oversight of the case?",
                  "guidance": {
                    "good": "Managers' decisions and reasons are recorded at key points; they spotted drift, checked the quality of the assessment and plan, and set actions that were followed up.",
                    "inadequate": "There is little or no recorded oversight, or it endorses whatever was proposed without noticing drift or poor quality."
                  },
                  "themes": ["managementOversight"],
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "oversight.supervision",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Did supervision help the worker reflect on, test and challenge their thinking about the neglect?",
                  "guidance": {
                    "good": "Yes: supervision notes show reflection on the child's experience, hypotheses tested, optimism about the parents questioned, and clear actions.",
                    "inadequate": "No: supervision is absent or a list of tasks, with no reflection on the child's experience."
                  },
                  "themes": ["managementOversight", "challenge"],
                  "evidence": "requiredBelowAcceptable"
                }
              ]
            },
            {
              "id": "multiAgency",
              "title": "Interventions and multi-agency working",
              "questions": [
                {
                  "id": "multi.informationSharing",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Did agencies share information promptly, so that each (including the school and health) had the full picture?",
                  "guidance": {
                    "good": "Yes: information moved quickly between agencies, with consent or a recorded reason for sharing without it, and each agency's records reflect the shared picture.",
                    "inadequate": "No: key information stayed within one agency, or an agency working with the child did not know about the concerns."
                  },
                  "themes": ["multiAgency"],
                  "evidence": "requiredBelowAcceptable"
                },
                {
                  "id": "multi.cpAttendance",
                  "type": "grade",
                  "scale": "yesPartlyNo",
                  "text": "Did the agencies involved attend child protection conferences and core groups, and provide written reports?",
                  "guidance": {
                    "good": "Yes: every relevant agency, adult services included, attended or sent a report, and carried out its actions from the plan.",
                    "inadequate": "No: agencies were repeatedly absent and sent no reports, and this was not followed up."
                  },
                  "themes": ["multiAgency"],
                  "evidence": "requiredBelowAcceptable",
                  "stages": ["childProtection"]
                },
                {
                  "id": "multi.interventions",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "How well did the help provided match the assessed needs, and did it make a difference?",
                  "guidance": {
                    "good": "Help was targeted at what the assessment found: practical support, parenting and the parent-child relationship, direct work or therapy for the child, and longer-term support to sustain change.",
                    "inadequate": "Services were offered without reference to the assessment, were short-term only, or nothing was offered to the child directly."
                  },
                  "themes": ["multiAgency", "outcomes"],
                  "evidence": "requiredBelowAcceptable"
                }
              ]
            },
            {
              "id": "outcome",
              "title": "Outcome for the child",
              "questions": [
                {
                  "id": "outcome.progress",
                  "type": "grade",
                  "scale": "progress",
                  "text": "What progress has the child made since the work began?",
                  "guidance": {
                    "good": "Positive: clear, sustained improvement in the child's circumstances and development.",
                    "inadequate": "None: the child's circumstances are unchanged or worse. Partial: some improvement, not enough or not yet sustained."
                  },
                  "themes": ["outcomes"],
                  "allowNotApplicable": true,
                  "evidence": "requiredBelowAcceptable",
                  "reference": {
                    "source": "Ofsted (2014) In the child's time: professional responses to neglect, para 63 (seeds F001:L1359-1361)",
                    "proportion": 0.61,
                    "wording": "Of the 44 child in need and child protection cases reviewed, 27 were showing positive progress, four partial progress and 13 none",
                    "outOf": 44,
                    "answers": ["positive"]
                  }
                },
                {
                  "id": "outcome.neglectTypes",
                  "type": "multiChoice",
                  "options": [
                    {
                      "code": "physical",
                      "label": "Physical (food, clothing, shelter, hygiene)"
                    },
                    {
                      "code": "emotional",
                      "label": "Emotional (nurture, warmth, stimulation)"
                    },
                    {
                      "code": "medical",
                      "label": "Medical (health and dental care)"
                    },
                    {
                      "code": "educational",
                      "label": "Educational (school attendance, learning at home)"
                    },
                    {
                      "code": "nutritional",
                      "label": "Nutritional (growth, diet)"
                    },
                    {
                      "code": "supervision",
                      "label": "Supervision and guidance (safety, boundaries)"
                    }
                  ],
                  "text": "Which types of neglect are evident in the records?",
                  "guidance": {
                    "good": "Tick every type seen; N/A if the records show no neglect."
                  },
                  "themes": ["impactOnChild"],
                  "allowNotApplicable": true,
                  "evidence": "optional"
                },
                {
                  "id": "outcome.safety",
                  "type": "choice",
                  "options": [
                    {
                      "code": "safe",
                      "label": "No immediate concern"
                    },
                    {
                      "code": "concern",
                      "label": "Concern: raise with the team manager"
                    },
                    {
                      "code": "urgent",
                      "label": "Urgent: raise with a senior manager today"
                    }
                  ],
                  "text": "Is the child safe now, or does anything seen in this audit need to be raised today?",
                  "guidance": {
                    "good": "If there is any current concern about the child's safety, follow the audit day's escalation route immediately; do not wait for the findings."
                  },
                  "themes": ["outcomes"],
                  "evidence": "required"
                }
              ]
            },
            {
              "id": "overall",
              "title": "Overall judgement",
              "questions": [
                {
                  "id": "overall.judgement",
                  "type": "grade",
                  "scale": "ofsted4",
                  "text": "Overall, how good is the multi-agency practice for this child?",
                  "guidance": {
                    "good": "Practice is consistently good across assessment, planning, challenge and oversight, and is making a positive difference for the child in the child's time.",
                    "inadequate": "Serious weaknesses leave the child in neglect or at risk; practice is not making a difference, or the child's needs are not understood."
                  },
                  "themes": ["outcomes"],
                  "evidence": "required"
                },
                {
                  "id": "overall.learning",
                  "type": "text",
                  "text": "What is the main learning from this case: practice to celebrate, or what must improve?",
                  "guidance": {
                    "good": "One or two sentences the partnership can act on. Do not name the child, family or workers."
                  },
                  "themes": ["outcomes"],
                  "required": false
                }
              ]
            }
          ],
          "overall": {
            "question": "overall.judgement",
            "rule": "noHigherThanLowest",
            "limitingQuestions": [
              "referral.quality",
              "referral.decision",
              "assess.familyHistory",
              "assess.impact",
              "assess.voice",
              "assess.childFocus",
              "plan.quality",
              "change.measured",
              "challenge.response",
              "drift.timely",
              "oversight.management",
              "multi.interventions"
            ]
          }
        }

        """#),
  ]
}
