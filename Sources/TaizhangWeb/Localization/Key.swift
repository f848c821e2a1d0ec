/// Every UI string's key. The texts live in the `Strings+Area.swift` lists; a test checks
/// that each key has a non-empty Chinese and English text and is defined once.
public enum Key: String, CaseIterable, Sendable {
    // Layout
    case appName, appTagline, footerText, skipToContent, switchUnit, logout, mainNavigation, navHome, navLedger
    case navSubmissions, navMatrix, navRankings, navChecker, navSummaries, navProcess, login, loginTitle, username
    case password, pagination, previousPage, nextPage, breadcrumb, error400, error403, error404, error500
    case errorGeneric, backHome
    // Account
    case passwordTitle, passwordMustChange, passwordRules, passwordCurrent, passwordNew, passwordConfirm, passwordChange
    case passwordMismatch, passwordChanged, tokensTitle, tokenShownOnce, tokenKind, tokenKindApi, tokenKindSession
    case tokenCreated, tokenExpires, tokenCurrent, tokenRevoke, tokenRevokeConfirm, tokenRevoked, tokenCreate, accountMenu
    // Common
    case actions, add, all, amount, cancel, category, check, compare, confirm, confirmDelete, date, deadline, detail
    case discard, dueDate, dueOn, export, filters, applyFilters, clearFilters, item, line, name, ok, overdue, period
    case plan, remove, required, result, save, select, show, source, status, unit, value, values, view, viewAll
    case noData, filed, notFiled, findings, version, versions, updatedAt, reason, owner, since, phone, position
    case department, jobTitle, narrative, place, evidence, evidenceUpload, evidenceHint, tenThousandYuan, amountsIn
    // Home
    case homeTitle, dueTitle, returnedTitle, awaitingTitle, progressTitle, noTargets, recentEntries, noEntries
    case notificationsTitle, noNotifications, nothingDue, openDraft, startDraft, markRead
    case rollCallTitle, allFiled, notFiledYet, remindAll, unreadReminders
    // Ledger
    case ledgerTitle, addEntry, editEntry, deleteEntry, confirmImported, exportCSV, totalEntries, entryTitle
    case indicator, endDate, endDateHint, importedFrom, indicatorValues, indicatorValuesHint, plannedEntry
    case plannedBadge
    case awaitingConfirmation, importedTitle, importedLead, noImported, excerpt, confirmSelected
    case recordedBy, noEvidence, opensInBrowser, pendingExplained, recentIndicators, otherIndicators, qualifierWord
    // Submissions
    case submissionsTitle, noSubmissions, newDraft, newDraftHint, createDraft, submittedAt, timeliness
    case reportedValues, noValues, lastYear, ruleBlocking, ruleWarning, submitBlocked, timeline, drafted
    case returnComment, returnCommentHint
    case reviewTitle, reviewComment, reviewCommentHint, returnedBanner, valuesFollowLedger, ledgerChanged, ledgerChangedHint
    case narrativeHint, saveDraft, refreshFromLedger, reportNarrative
    // Supervisor
    case matrixTitle, matrixCaption, fromPeriod, toPeriod, reportingRate, onTimeRate, allUnits, noUnits, remindTitle
    case remindNonSubmitters, remindConfirm, missingCount, unitKind, liaisonName, openRectifications
    case reportingRecord, noPlans, recentSubmissions, rankingsTitle, metric, rank
    // Checker
    case checkerTitle, checkerLead, pasteText, orUploadFile, uploadHint, runCheck, checkResult, noFindings, encoding
    case outline, quantities, importHint, importToLedger, severityError, severityWarning, severityInfo
    case importPreview, importPreviewHint, importWillCreate, importSkipped, importParts, importNote, importDocumentPeriod
    case findPlaceholder, findMissingNumber, findDoubledQualifier, findArithmetic, findNumbering, findDuplicate
    case findBoilerplate, findYear, findStyle, asWritten, measure, qualifier, subject
    // Summaries
    case summariesTitle, generateSummary, generateHint, scope, scopeUnit, scopeSubtree, generate, noSummaries
    case summaryTitle, editView, readView, summaryViews, oldVersionNotice, editSection, paragraph, editNumbersHint
    case saveSection, compareFrom, compareTo, compareTitle, backToSummary, noChanges, diffAdded, diffRemoved
    case diffModified, diffMoved, traceHint, untracedNumber
    case summaryGenerated, sectionSaved, staleVersion, nothingChanged, numberSources, noSources, hiddenSource
    case deletedSource, closeSources, invalidPeriod
    case checkEmpty, importPeriod, entriesImported, nothingToImport
    // Process
    case procGroup, procLiaison, procFunds, procInspections, procScores, procCirculars, procAcceptance
    case procNavigation, groupName, groupOffice, members, meetings, noMeetings, posLeader, posDeputy, posMember
    case meetingRegular, meetingConsultation, attendance, minutes, minutesMissing, minutesFile, addMember
    case addMeeting, meetingKind, meetingTitle, attendeesHint, currentLiaison, noLiaison, previousLiaisons, rotation
    case host, heldOn, ourUnit, notYetHeld, changeLiaison, changeLiaisonConfirm, fundRules, fundNoSubstitute
    case planLines, fundCategory, project, purpose, budget, spent, remaining, expenditures, noExpenditures, voucher
    case fileReport, reportText, reportTextHint
    case halfYearReport, downloadReport, addExpenditure, inspections, inspectionKind, inspectionTitle, reportFiled
    case rectifications, rectificationRate, noRectifications, inspNational, inspProvincial, inspSelf, rectOpen
    case rectExtensionRequested, rectExtended, rectClosed, closedOn, requestExtension, newDeadline, submitRequest
    case closeItem, closeNote, closeConfirm, scoringPeriod, scoreRule, totalScore, outlet, tier, points, baseScore
    case adoptions, adoptionPoints, vetoed, passed, notPassed, cycle, vetoExplained, basicRequirements, requirement
    case met, notMet, weightedParts, part, weight, score, weightedScore, passMark, vetoOverridesScore
    case vetoItem, addPlanLine, planChangeReview, fundSource, centralFunds, localFunds, addInspection, plannedOn
    case onePerLine, openItems, fixMarked, noScores, noCircular, outsidePlan, baseEarned, provisionalScore
    case recordLiaisonMeeting, liaisonPeriodHint, hostElsewhere, hostName
    // Audit log page.
    case auditTitle, auditRecordKind, auditAll, auditEntries, auditSubmissions, auditSummaries, auditSecurity
    case auditRecordID, auditCount, auditTime, auditUser, auditAction, auditRecord, auditChanges, navAudit
    // Administration pages.
    case navAdmin, adminTitle, adminUsers, adminUsersLead, adminUnits, adminUnitsLead, adminPlans, adminPlansLead
    case adminTargets, adminTargetsLead, adminCatalog, adminCatalogLead, adminRules, adminRulesLead, adminHolidays
    case adminHolidaysLead, adminRuleSets, adminRuleSetsLead, addUser, usernameHint, email, emailHint, initialPassword
    case initialPasswordHint, role, roles, manage, resetPassword, resetPasswordHint, addRole, removeRole, disableUser
    case disableUserConfirm, enableUser, userActive, userMustChange, userDisabled
    case divisionCode, flagDemoZone, flagDemoProject, unitName, newUnitBelow, addUnit
    // Service centre (SPEC §7)
    case navService, svcBoard, svcCases, svcRatings, svcAppraisal, svcNavigation, svcOpen, svcInTime, svcYellow, svcRed
    case svcAbnormal, svcRates, svcDefinition, svcAccepted, svcCompleted, svcOrdersDept, svcOrdersOffice, svcLogins
    case svcViews, svcDepartments, svcWindow, svcCaseNumber, svcItem, svcAcceptedOn, svcDaysLeft, svcFlags, svcOrders
    case svcLevel, svcIssuedOn, svcResponseDue, svcEscalationDue, svcNoCases, svcNoOrders, svcSteps, svcStep, svcLimit
    case svcUsed, svcOverrun, svcIssueOrder, svcRespond, svcResponse, svcCloseOrder, svcConclusion, svcEscalate
    case svcStatutory, svcPromised, svcWorkingDays, svcOutcome, svcApplicant, svcStaff, svcRatingsOfCase, svcLevelRating
    case svcChannel, svcRecordRating, svcRanking, svcCounted, svcSatisfied, svcBad, svcRate, svcMeanScore, svcLast
    case svcSummoned, svcSummonedLead, svcFixes, svcMeasures, svcCallback, svcCallbackResult, svcCallbackSatisfied
    case svcCloseFix, svcAppeal, svcAppealReason, svcDecideAppeal, svcUpheld, svcRejected, svcDecisionNote, svcNoFixes
    case svcMonth, svcQuarter, svcScores, svcTotal, svcBreakdown, svcAddFact, svcFactSource, svcCount, svcNote
    case svcStars, svcElected, svcPublish, svcPublished, svcNotPublished, svcCircular, svcQuota, svcMonthly
    case svcAverage, svcIneligible, svcNoCentre, svcAllStatuses, svcSearch, svcAsOf, svcPeriodFigures, svcDeadlineDay
    case svcCompletedOn, svcImport, svcImportHint, svcImportFile, svcImported, svcUnranked, svcSpeedUpNote, svcTotalCases
}
