/// The README written beside the Northbridge samples, with the run's calibration summary and
/// consistency check, so the committed description always matches the committed files.
enum NorthbridgeReadme {
  /// The README's text for a run with `seed`.
  static func text(seed: UInt64, summary: NorthbridgeSummary, check: String) -> String {
    """
    # Northbridge: a synthetic safeguarding partnership

    **Everything here is invented.** Northbridge, its teams, its social workers, its auditors,
    its children and families, their identifiers, dates and every word of evidence were made up
    by a program. No name refers to a real person, team or place, and no real case data was used
    or consulted. Use these files to try CaseAudit, to test it, and to show what it does.

    `caseaudit demo` replays these files through the real commands' code paths (import → round
    create → sample draw with the recorded specification → auditors import → round allocate with
    the recorded seed → audit record each response → moderate) and writes its reports.

    ## What is here

    - Two snapshots of the same partnership, one per round, each the three Annex A lists as the
      case-management system exported them that day: `…-2026-10-01.csv` for the baseline
      (audited 15 October 2026) and `…-2027-03-01.csv` for the follow-up (audited 20 March
      2027). A row that started after its export day is not in it, a closure after it is blank,
      and ages are that day's. Codes are the published Annex A lists' (liia-tools
      `Annex_A_schema.yml`) in their three spellings: lettered (`b) Child Protection plan`,
      `a) Neglect`, `a) WBRI`, `a) Yes`), bare label (`Child Protection plan`, `Neglect`, `White
      British`, `Yes`) and census code (`NEG`, `N1`, `WBRI`, `Y`, `M`).
    - `list6-children-in-need-….csv` — list 6, one row per child whose CIN episode had started:
      family id, gender, ethnicity, date of birth, age, disability, CIN start, primary need
      (`N1 - Abuse or neglect`, `N1` or `Abuse or neglect`), date last seen, closure and reason
      for closure (`RC7 - …`, `RC8`), case status (`a) Looked after child` … `e) Closed
      episode`, the header written `Case status`, an older wording), allocated team and worker.
      UTF-8 **with a byte order mark and CRLF** line ends, as Excel writes "CSV UTF-8".
    - `list7-child-protection-….csv` — list 7: plan start and end, initial and latest category
      of abuse (`a) Neglect`, `NEG` or `Neglect`; `e) Multiple/not recommended`; some latest
      categories blank), last statutory visit, seen alone, emergency protection (Y/N), previous
      plans. UTF-8, LF.
    - `list8-looked-after-….csv` — list 8: UASC (Y/N), date started and ceased to be looked
      after (the header `Date Ceased to be Looked After ` with a trailing space), category of
      need, legal status (`C2: FCO`, `C2`, `Full care order`), placement type. Saved as
      **Windows-1252**, so the worker "Zoë Marsh" is the byte `0xEB`; CRLF.
    - `auditors.csv` — the audit roster (`id,name,agency,team,role`): twelve auditors from six
      agencies (three of them in children's social care teams that hold cases, so the rule
      that nobody audits their own team's cases bites), two moderators and a lead.
    - `training.csv` — who attended the course, and when (`worker,course,date`, dd/mm/yyyy):
      a pilot before the baseline, three sessions between the rounds, one after the follow-up,
      and one attendee who holds no cases. The course:
      "\(NorthbridgeRoster.course)".
    - `demo.json` — the manifest the demo replays: the partnership, the rosters, and for each
      round its snapshot (as-of date and files), name, tool and version, purpose, training, audit date, the
      `SampleSpec` exactly as the draw used it, the allocation (raters, double fraction, seed)
      and its responses file.
    - `baseline-responses.json`, `follow-up-responses.json` — every allocated auditor's
      submitted answers (`{"caseId", "auditor", "answers"}`, where `answers` is the `answers`
      member of an answers file) and every moderation (`{"caseId", "moderator", "rationale",
      "answers"}`).
    - `README.md` — this file, and `.gitattributes`, which keeps git from changing line ends;
      both written by the generator.

    Blemishes real exports have, all of which import with no error: the byte order mark and CRLF
    of list 6, list 8 in Windows-1252, header wordings of older Annex A versions, the team "Front Door, Assessment Team" and the worker "Sam Leigh,
    ASYE" quoted because of their commas, about one date in fifty written `dd/mm/yy`, need codes
    and categories in mixed forms, children without a family id, and a latest category of abuse
    left blank on about a quarter of plans. And a few **data-quality warnings**, each on a child
    no sample can draw (closed): a closure date before its start date, a last-seen date after the
    export day, and one list 7 row repeated; `caseaudit cases quality` lists them.

    ## How it was made

    The generator is `Sources/caseaudit-bench/Northbridge*.swift`, run as
    `caseaudit-samples`. It is deterministic from its seed; these files come from
    seed \(seed).

    1. **Population.** Families of one to four children share a family id, a path (closed, still
       being assessed, child in need, child protection, looked after), a team and a worker. Many
       episodes have been open a year or more, so the drift questions apply; some children have an
       ended plan or a ceased period of care.
    2. **Import.** Each round's lists are written, then imported with
       `CaseListImporter.importAnnexA` as at their export day; the generator stops on a single
       error or on any warning it did not plant.
    3. **Rounds.** A baseline (October 2026) and a follow-up (March 2027): 40 children each
       whose neglect is possible or confirmed, stratified by stage (at least 3 per stage, 2
       reserves per stage), the follow-up excluding the baseline's sample. Auditors are
       allocated by `AuditorAllocator` with one rater per case and 20% of cases given a second,
       blind auditor from another agency.
    4. **Answers.** Each case has a latent practice quality (a worker effect plus noise). Each
       question's answer is that quality plus question noise and, in the follow-up, a shift,
       cut at the quantiles of its baseline shares (`NorthbridgeCalibration.swift`). The
       baseline is calibrated to Ofsted's 2014 picture (*In the child's time*): family history
       lacking in nearly half of assessments, impact on the child conveyed in about half, drift
       in about a third of long-term cases, progress positive / partial / none about 61% / 9% /
       30%, challenge often absent. In the follow-up the course's criteria (family history,
       chronology, impact on the child, the child's voice) improve — most for cases whose worker
       attended the course before the audit, growing over the three months after attending —
       while drift and delay, management oversight and multi-agency work stay the same or slip a
       little. Answers are then fitted to the tool: only questions that apply to the case and the
       answers so far, evidence wherever a rule asks for it (and on every grade), the overall
       judgement no better than the lowest limiting question (`AuditTool.overallCap`).
    5. **Double audit and moderation.** The second auditor reads the same record and differs on
       about a quarter of the grades, mostly by one level. A moderator settles each difference
       (the worse grade three times in five) and records a rationale.
    6. **Check.** The generator reads its own files back and replays them as the demo does (see
       *Consistency check* below), then writes this README.

    ## Regenerating

    ```sh
    swift run caseaudit-samples --out Samples/northbridge        # these files
    swift run caseaudit-samples --out /tmp/northbridge --seed 7  # another partnership
    ```

    The same seed gives byte-identical files. Another seed gives another population, samples
    and answers with the same shapes (the sample and allocation seeds in `demo.json` stay fixed).

    The committed files use the default seed, \(NorthbridgeSamples.defaultSeed), chosen from
    seeds 1–60 as one whose rounds sit close to every target at once: a baseline near Ofsted's figures, the
    course's criteria clearly up, drift and oversight not, and trained workers' cases up more
    than the others. That choice is part of the calibration, and this README says so. With
    other seeds the same model gives figures that wander by ten points or more between
    forty-case samples, and the split by trained workers (a handful of baseline cases) can even
    reverse — which is why CaseAudit reports every figure with its interval.

    ## Limits

    - The two snapshots are exports of one generated history, so a child's episodes agree
      between them; a real partnership's second export would also carry corrections made
      between the two days.
    - Evidence is assembled from a bank of about three hundred invented phrases, so wordings
      repeat across cases; dates in evidence are drawn from the case's history before the audit.
    - The second auditor's differences are random, not reasoned; moderation settles on the
      worse grade three times in five.

    ## Calibration summary (seed \(seed))

    \(summary.text)
    ## Consistency check

    \(check)

    """
  }
}
