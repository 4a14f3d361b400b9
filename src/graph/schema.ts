/**
 * The case document, version 2 — the single source of truth for the file format
 * (`../../docs/file-format.md` describes it in prose). Types are inferred from these
 * schemas so the runtime check and the compile-time type can never drift apart.
 *
 * Objects are "loose": unknown fields are kept, so a file written by a newer minor
 * release survives a round-trip through this app (forward compatibility).
 */
import { z } from 'zod';
import { isIsoDateShape, isRealIsoDate } from './dates';

// zod compiles fast object parsers with `new Function` where it may. The page's CSP forbids
// eval, so zod's probe for it only raised a CSP violation and fell back to the same plain
// parser; saying so up front (before any schema below is built) keeps the console clean.
z.config({ jitless: true });

export const FORMAT_NAME = 'netwerkkaart';
/** 2: a snapshot also freezes the map's positions in both views (`snapshots[i].layout`). */
export const CURRENT_VERSION = 2;

/** Sane limits: a file beyond these is refused rather than slowing the device to a crawl. */
export const LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  idLength: 100,
  nameLength: 200,
  labelLength: 500,
  textLength: 20_000,
  people: 5_000,
  records: 50_000,
  snapshots: 200,
} as const;

export const GENDERS = ['male', 'female', 'nonbinary', 'unknown'] as const;
export const SECTORS = [
  'household',
  'family',
  'friends',
  'neighbourhood',
  'school-work',
  'leisure',
  'faith',
  'professional',
  'other',
] as const;
export const CLOSENESS = [1, 2, 3] as const;
export const PERSPECTIVES = ['youth', 'parents'] as const;
export const PARTNER_STATUSES = [
  'married',
  'cohabiting',
  'relationship',
  'separated',
  'divorced',
  'widowed',
] as const;
export const PARENT_TYPES = ['biological', 'adoptive', 'foster', 'step'] as const;
export const TIE_QUALITIES = ['strong', 'normal', 'weak', 'stressful', 'conflict', 'cutoff'] as const;
export const FLOWS = ['none', 'to', 'from', 'both'] as const;
export const SUPPORT_TYPES = ['social-emotional', 'practical'] as const;
/** The paper ecogram's letters: E emotioneel, G gezelschap, A advies, P praktisch. */
export const SUPPORT_CATEGORIES = ['emotional', 'company', 'advice', 'practical'] as const;
export const LIFE_DOMAINS = [
  'safety',
  'housing',
  'money',
  'relationships',
  'friends',
  'work-school',
  'leisure',
  'health',
  'usefulness',
] as const;
export const CONSENT_DECISIONS = ['may-know', 'may-not-know', 'undecided'] as const;
export const CONSENT_HOWS = ['conversation', 'meeting', 'online', 'written'] as const;
export const DECIDERS = ['youth', 'parents', 'both'] as const;
export const FREQUENCIES = ['weekly', 'biweekly', 'monthly', 'as-needed'] as const;
export const CHANNELS = ['in-person', 'phone', 'whatsapp', 'video', 'other'] as const;
export const STEP_STATUSES = ['todo', 'in-progress', 'done'] as const;
export const STEP_NUMBERS = ['1', '2', '3', '4', '5', '6'] as const;
export const VIEWS = ['genogram', 'netwerkkaart'] as const;

const id = z.string().min(1).max(LIMITS.idLength);
const name = z.string().max(LIMITS.nameLength);
const label = z.string().max(LIMITS.labelLength);
const text = z.string().max(LIMITS.textLength);
export const YEARS = { min: 1800, max: 2200 } as const;
const year = z.number().int().min(YEARS.min).max(YEARS.max);
// ISO 8601 date or date-time, strictly: `2026-02-30` and `2026-11-28junk` are refused (Date.parse
// would roll the one over into March and, in some engines, accept the other). The messages are
// codes (graph/schemaIssues.ts); the Dutch is in src/i18n/importErrors.ts.
const isoDate = z
  .string()
  .max(40)
  .refine(isIsoDateShape, { message: 'not-iso-date', abort: true })
  .refine(isRealIsoDate, 'no-such-date');

export const caseInfoSchema = z
  .object({
    id,
    title: name,
    createdAt: isoDate,
    updatedAt: isoDate,
    professional: name.optional(),
    organisation: name.optional(),
  })
  .loose();

export const personSchema = z
  .object({
    id,
    name,
    gender: z.enum(GENDERS),
    birthYear: year.optional(),
    deceased: z.boolean().optional(),
    deathYear: year.optional(),
    /** The young person the case is about: centre of the netwerkkaart, double outline in the genogram. */
    focus: z.boolean().optional(),
    sector: z.enum(SECTORS),
    /** Netwerkkaart ring: 1 very close, 2 close, 3 further away. */
    closeness: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Whose perspective named this person (step 3); young person and parents may name different people. */
    namedBy: z.array(z.enum(PERSPECTIVES)).max(2).optional(),
    contact: label.optional(),
    notes: text.optional(),
  })
  .loose();

export const partnerRelationSchema = z
  .object({ id, kind: z.literal('partner'), from: id, to: id, status: z.enum(PARTNER_STATUSES) })
  .loose();
/** from = parent, to = child. */
export const parentRelationSchema = z
  .object({ id, kind: z.literal('parent'), from: id, to: id, type: z.enum(PARENT_TYPES) })
  .loose();
/** Only where the parents are not drawn; otherwise siblings are derived from shared parents. */
export const siblingRelationSchema = z.object({ id, kind: z.literal('sibling'), from: id, to: id }).loose();
/** An ecogram tie between any two people; flow "to" means support runs towards `to`. */
export const tieRelationSchema = z
  .object({
    id,
    kind: z.literal('tie'),
    from: id,
    to: id,
    quality: z.enum(TIE_QUALITIES),
    flow: z.enum(FLOWS),
  })
  .loose();

export const relationSchema = z.discriminatedUnion('kind', [
  partnerRelationSchema,
  parentRelationSchema,
  siblingRelationSchema,
  tieRelationSchema,
]);

export const needSchema = z
  .object({
    id,
    of: id,
    type: z.enum(SUPPORT_TYPES),
    category: z.enum(SUPPORT_CATEGORIES).optional(),
    text,
  })
  .loose();

export const offerSchema = z
  .object({
    id,
    by: id,
    type: z.enum(SUPPORT_TYPES),
    category: z.enum(SUPPORT_CATEGORIES).optional(),
    text,
    needIds: z.array(id).optional(),
  })
  .loose();

/** Step 4: "waar ben je trots op" and "wat heb je zelf opgelost" are strengths of a special kind. */
export const STRENGTH_KINDS = ['proud', 'solved'] as const;

export const strengthSchema = z
  .object({ id, of: id, domain: z.enum(LIFE_DOMAINS), text, kind: z.enum(STRENGTH_KINDS).optional() })
  .loose();

export const topicSchema = z.object({ id, label }).loose();

export const consentSchema = z
  .object({
    personId: id,
    topicId: id,
    decision: z.enum(CONSENT_DECISIONS),
    how: z.enum(CONSENT_HOWS).optional(),
    decidedBy: z.enum(DECIDERS).optional(),
  })
  .loose();

export const agreementSchema = z
  .object({
    id,
    with: z.array(id).min(1, 'names-nobody'),
    /** One of FREQUENCIES, or free text such as "elke eerste zondag". */
    frequency: label,
    channel: z.enum(CHANNELS),
    content: text,
    fallback: text.optional(),
  })
  .loose();

export const meetingSchema = z
  .object({
    id,
    date: isoDate,
    present: z.array(id),
    notes: text,
    lookBack: text.optional(),
  })
  .loose();

/** The fields of step 1's family view, in the order the step asks them. */
export const FAMILY_VIEW_FIELDS = ['hopes', 'worries', 'resistance', 'pros', 'cons'] as const;
export type FamilyViewField = (typeof FAMILY_VIEW_FIELDS)[number];

/** Step 1: the family's own view on involving their network. */
export const familyViewSchema = z
  .object({
    hopes: text.optional(),
    worries: text.optional(),
    resistance: text.optional(),
    pros: text.optional(),
    cons: text.optional(),
  })
  .loose();

export const stepStateSchema = z
  .object({
    status: z.enum(STEP_STATUSES),
    notes: text.optional(),
    /** Only step 1 uses it. */
    view: familyViewSchema.optional(),
  })
  .loose();

export const stepsSchema = z
  .object({
    '1': stepStateSchema.optional(),
    '2': stepStateSchema.optional(),
    '3': stepStateSchema.optional(),
    '4': stepStateSchema.optional(),
    '5': stepStateSchema.optional(),
    '6': stepStateSchema.optional(),
  })
  .loose();

/**
 * Manual positions are finite numbers; parseCase and setPositions clamp them into
 * ±COORDINATE_LIMIT (a file with `1e308` would put everyone far off-screen).
 */
export const COORDINATE_LIMIT = 100_000;
/** The one clamp for manual positions: import and setPositions agree, so a round-trip keeps them. */
export const clampCoordinate = (n: number): number => Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, n));
export const pointSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
const positionsSchema = z.record(id, pointSchema);
const frameLength = z.number().finite().min(0).max(COORDINATE_LIMIT);
/**
 * The netwerkkaart's wedges (degrees per sector, clockwise from household at 12 o'clock) and
 * ring radii as they were on screen when the map was first changed. Kept so that adding one
 * person never resizes the wedges under everyone else; only "Automatisch schikken" drops it.
 */
export const netwerkkaartFrameSchema = z.object({
  sectors: z.object(Object.fromEntries(SECTORS.map((s) => [s, z.number().finite().min(0).max(360)])) as Record<Sector, z.ZodNumber>),
  rings: z.tuple([frameLength, frameLength, frameLength]),
});
export const layoutSchema = z
  .object({
    genogram: positionsSchema.optional(),
    netwerkkaart: positionsSchema.optional(),
    netwerkkaartFrame: netwerkkaartFrameSchema.optional(),
  })
  .loose();

/**
 * The part of a case that a snapshot freezes (everything but case info, layout and snapshots).
 * Absent lists default to empty: a hand-written file with only people is still a valid case.
 */
export const caseDataSchema = z
  .object({
    people: z.array(personSchema).max(LIMITS.people).default([]),
    relations: z.array(relationSchema).max(LIMITS.records).default([]),
    needs: z.array(needSchema).max(LIMITS.records).default([]),
    offers: z.array(offerSchema).max(LIMITS.records).default([]),
    strengths: z.array(strengthSchema).max(LIMITS.records).default([]),
    topics: z.array(topicSchema).max(LIMITS.records).default([]),
    consents: z.array(consentSchema).max(LIMITS.records).default([]),
    agreements: z.array(agreementSchema).max(LIMITS.records).default([]),
    meetings: z.array(meetingSchema).max(LIMITS.records).default([]),
    steps: stepsSchema.default({}),
  })
  .loose();

/**
 * A frozen moment of the case. Since version 2 it also holds where everyone stood in both views
 * when it was taken (every person, not only the hand-placed ones, and the netwerkkaart's
 * wedges and rings), so the old map is drawn as it looked even after the layout changed.
 * Absent in snapshots taken before version 2: those are laid out from their data when drawn.
 */
export const snapshotSchema = z
  .object({ id, takenAt: isoDate, label, data: caseDataSchema, layout: layoutSchema.optional() })
  .loose();

export const caseDocumentSchema = caseDataSchema
  .extend({
    format: z.literal(FORMAT_NAME),
    version: z.literal(CURRENT_VERSION),
    case: caseInfoSchema,
    layout: layoutSchema.optional(),
    snapshots: z.array(snapshotSchema).max(LIMITS.snapshots).default([]),
  })
  .loose();

export type Gender = (typeof GENDERS)[number];
export type Sector = (typeof SECTORS)[number];
export type Closeness = (typeof CLOSENESS)[number];
export type Perspective = (typeof PERSPECTIVES)[number];
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];
export type ParentType = (typeof PARENT_TYPES)[number];
export type TieQuality = (typeof TIE_QUALITIES)[number];
export type Flow = (typeof FLOWS)[number];
export type SupportType = (typeof SUPPORT_TYPES)[number];
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number];
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];
export type ConsentHow = (typeof CONSENT_HOWS)[number];
export type Decider = (typeof DECIDERS)[number];
export type Channel = (typeof CHANNELS)[number];
export type StepStatus = (typeof STEP_STATUSES)[number];
export type StepNumber = (typeof STEP_NUMBERS)[number];
export type ViewName = (typeof VIEWS)[number];

export type CaseInfo = z.infer<typeof caseInfoSchema>;
export type Person = z.infer<typeof personSchema>;
export type PartnerRelation = z.infer<typeof partnerRelationSchema>;
export type ParentRelation = z.infer<typeof parentRelationSchema>;
export type SiblingRelation = z.infer<typeof siblingRelationSchema>;
export type TieRelation = z.infer<typeof tieRelationSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RelationKind = Relation['kind'];
export type Need = z.infer<typeof needSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type Strength = z.infer<typeof strengthSchema>;
export type StrengthKind = (typeof STRENGTH_KINDS)[number];
export type FamilyView = z.infer<typeof familyViewSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Consent = z.infer<typeof consentSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type StepState = z.infer<typeof stepStateSchema>;
export type Steps = z.infer<typeof stepsSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type NetwerkkaartFrame = z.infer<typeof netwerkkaartFrameSchema>;
export type CaseData = z.infer<typeof caseDataSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
/** One family's case: the whole `.netwerkkaart.json` document. */
export type CaseDocument = z.infer<typeof caseDocumentSchema>;
