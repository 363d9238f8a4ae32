/**
 * English for the hackathon's refusal codes and hints, merged into the renderer's resources
 * under the same flat keys (see shared/activities/messages.en.ts).
 */
export const hackathonEnglish: Readonly<Record<string, string>> = {
  'hackathon.facilitatorOnly': 'Only the facilitator can change this.',
  'hackathon.titleMissing': 'Give the challenge a title.',
  'hackathon.tooLong': 'The {{field}} field holds {{limit}} characters. Shorten it.',
  'hackathon.challengeNotFound': 'This challenge is no longer listed.',
  'hackathon.weightsNot100': 'The weights add up to {{total}}%. Change them so they add up to exactly 100%.',
  'hackathon.noCriteria': 'Add at least one criterion.',
  'hackathon.criterionLabel': 'Criterion {{index}} needs a name of at most {{limit}} characters.',
  'hackathon.badScale': 'The scale must run from a lower to a higher whole number (now {{min}} to {{max}}).',
  'hackathon.badTeamSize': 'Teams can hold from {{min}} to {{max}} people.',
  'hackathon.judgeMissing': 'Type the code shown on the judge’s screen.',
  'hackathon.tooManyJudges': 'A jury holds at most {{limit}} judges.',
  'hackathon.teamNameMissing': 'Give your team a name.',
  'hackathon.teamNameTooLong': 'Team names hold {{limit}} characters.',
  'hackathon.teamFull': '{{team}} is full: teams hold at most {{limit}} people. Join another team or form a new one.',
  'hackathon.teamNotFound': 'This team no longer exists.',
  'hackathon.notInTeam': 'Join a team first.',
  'hackathon.unknownChallenge': 'That challenge is no longer listed.',
  'hackathon.summaryMissing': 'Write a short summary of your pitch first.',
  'hackathon.judgingClosed': 'Judging has closed; nothing more can be changed.',
  'hackathon.notJudge': 'Only the judges named by the facilitator can score.',
  'hackathon.noRubric': 'The facilitator has not set the rubric yet.',
  'hackathon.unknownCriterion': 'That criterion is no longer in the rubric.',
  'hackathon.scoreOutOfRange': 'Scores run from {{min}} to {{max}} in whole numbers; {{value}} is not one of them.',
  'hackathon.unknownSubmission': 'This submission is no longer there.',
  'hackathon.hint.singleGroup': 'Everyone here comes from one stakeholder group ({{group}}). Invite someone from another.',
  'hackathon.hint.singleGender': 'Everyone here gave the same gender ({{gender}}). A mixed team sees more of the problem.',
  'hackathon.hint.missingGroups': 'Groups in the room that this team lacks: {{groups}}.',
  'hackathon.hint.balanced': 'A mixed team: more than one stakeholder group is here.',
};
