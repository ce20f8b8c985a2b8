/**
 * Results recorded against the plan's targets (issue #15): the shape of
 * a plan package's results.json (geodata/plans/<plan>/results.json, rules in
 * geodata/plan/results.schema.json) and of the entries planners enter in the workbench.
 */
import type { Bilingual, PlanRef } from '../data/types';

/** What a result measures: a table-1 indicator, a park's output (or the bonded zone's revenue), or an industry cluster's size. */
export type MeasureKind = 'indicator' | 'park' | 'industry';

/** `indicator:<id>`, `park:<id>` or `industry:<id>`, ids as in geodata/plan/*.json. */
export type MeasureKey = `${MeasureKind}:${string}`;

export interface ResultSource {
  /** The document's title, e.g. 《2022年永川区政府工作报告》. */
  title: string;
  publisher: string;
  /** Date of publication: YYYY, YYYY-MM or YYYY-MM-DD; null when the source prints none (then `dateNote` says so). */
  date: string | null;
  /** Why the source has no date and what can be told of when it was written; required when `date` is null. */
  dateNote?: string;
  /** Page, table or section in the document; page or url is required. */
  page?: string;
  url?: string;
}

/**
 * How far a result's source can be trusted: exact (the document itself), good (party or
 * official media), medium (an official text copied on a third-party site), medium-low (a
 * self-media post or its mirror), low.
 */
export type TrustClass = 'exact' | 'good' | 'medium' | 'medium-low' | 'low';
export const TRUST_CLASSES: readonly TrustClass[] = ['exact', 'good', 'medium', 'medium-low', 'low'];

/** One entry of results.json. */
export interface ResultEntry {
  measure: MeasureKey;
  /** The year the result is for (2021 or later). */
  year: number;
  /** The value in the plan's unit. */
  value: number;
  /** The plan's unit, repeated so that a different unit is caught. */
  unit: string;
  source: ResultSource;
  /** Who entered the result (name or office). */
  enteredBy: string;
  /** False when the result uses a different definition from the plan's (e.g. clusters reorganised in 2023). */
  comparable: boolean;
  /** Why the result is not comparable; required when `comparable` is false, allowed otherwise. */
  definitionNote?: string;
  /** How far the source can be trusted; absent when the one who entered it did not say. */
  trust?: TrustClass;
}

/** The file: a plan package's results.json. */
export interface ResultsFile {
  version: 1;
  results: ResultEntry[];
}

/** Whether a result's value is better higher or lower than the target, or cannot be told from the plan's wording. */
export type Direction = 'higher' | 'lower' | 'unknown';

export interface MeasureTarget {
  year: 2022 | 2025;
  /** The target as a number; null when the plan's cell is worded (never guessed). */
  value: number | null;
  /** The cell as printed, e.g. "3000" or "[-20%]". */
  text: string;
}

/** A measure the plan sets a target for. */
export interface Measure {
  key: MeasureKey;
  kind: MeasureKind;
  id: string;
  name: Bilingual;
  /** The plan's unit; a result must use it. */
  unit: string;
  /** 预期性 / 约束性 for table 1; the plan gives no such kind for parks and clusters. */
  attribute: 'expected' | 'binding' | null;
  /** For parks: output or (bonded zone) operating revenue. */
  quantity: 'indicator' | 'output' | 'revenue' | 'cluster-size';
  /** The 2020 baseline as a number, when printed (table 1 only). */
  base2020: number | null;
  targets: MeasureTarget[];
  ref: PlanRef;
  direction: Direction;
  /** Why the direction is what it is (always given for 'unknown'). */
  directionReason: Bilingual;
}
