/**
 * Closed vocabularies of the model. Their labels live in the UI strings of each
 * language; the codes here are what content files and open data use.
 */
export const PHASES = ['design', 'planning', 'execution', 'evaluation'] as const;
export const PARTICIPATION_LEVELS = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export const FORMATS = ['in-person', 'online', 'hybrid'] as const;
export const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'] as const;
export const AXIS_KINDS = ['goal', 'axis', 'objective', 'line', 'service', 'measure'] as const;
export const EXPERIENCE_KINDS = ['city-project', 'territorial-project', 'facility'] as const;
export const TERRITORY_KINDS = ['city', 'district'] as const;
/** What a professional wants to achieve: the method finder's first question. Each method has one to three. */
export const PURPOSES = [
  'understand-the-territory',
  'bring-people-together',
  'generate-ideas',
  'decide-and-prioritise',
  'plan-together',
  'strengthen-groups-and-networks',
  'share-knowledge',
  'evaluate-and-learn',
  'manage-shared-spaces',
  'build-the-local-economy',
] as const;
/** Facilitation experience a team needs to run a method well, from none to experienced. */
export const FACILITATION_LEVELS = ['none', 'some', 'experienced'] as const;
export const WORKSHEET_KINDS = ['form', 'template', 'checklist', 'grid', 'invitation', 'report'] as const;
export const AUDIENCES = [
  'district-technicians',
  'community-fabric',
  'council-departments',
  'community-professionals',
  'associations',
  'residents',
] as const;

export type Phase = (typeof PHASES)[number];
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];
export type Format = (typeof FORMATS)[number];
export type DurationUnit = (typeof DURATION_UNITS)[number];
export type AxisKind = (typeof AXIS_KINDS)[number];
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];
export type Purpose = (typeof PURPOSES)[number];
export type FacilitationLevel = (typeof FACILITATION_LEVELS)[number];
export type WorksheetKind = (typeof WORKSHEET_KINDS)[number];
export type Audience = (typeof AUDIENCES)[number];
