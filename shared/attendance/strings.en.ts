/**
 * English labels for the register's ids and the import's field names, keyed as in ./schema.ts
 * and ./mapping.ts. Flat keys, merged by the renderer like competencyEnglish.
 */
export const attendanceEnglish: Readonly<Record<string, string>> = {
  'attendance.groups.government': 'Government',
  'attendance.groups.civilSociety': 'Civil society',
  'attendance.groups.intergovernmental': 'Intergovernmental organisation',
  'attendance.groups.academia': 'Academia',
  'attendance.groups.privateSector': 'Private sector',
  'attendance.groups.technicalCommunity': 'Technical community',
  'attendance.groups.media': 'Media',
  'attendance.groups.other': 'Other',
  'attendance.genders.woman': 'Woman',
  'attendance.genders.man': 'Man',
  'attendance.genders.anotherIdentity': 'Another identity',
  'attendance.genders.preferNotToSay': 'Prefers not to say',
  'attendance.modes.onsite': 'In the room',
  'attendance.modes.online': 'Online',
  'attendance.notRecorded': 'Not recorded',
  'attendance.fields.name': 'Full name',
  'attendance.fields.givenName': 'First name',
  'attendance.fields.familyName': 'Family name',
  'attendance.fields.organisation': 'Organisation',
  'attendance.fields.group': 'Stakeholder group',
  'attendance.fields.gender': 'Gender',
  'attendance.fields.country': 'Country',
  'attendance.fields.mode': 'Onsite or online',
  'attendance.fields.email': 'Email',
  'attendance.fields.consent': 'Agrees to be emailed',
};
