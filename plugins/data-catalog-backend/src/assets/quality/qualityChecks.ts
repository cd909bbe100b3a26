import { QualityCheck } from '@internal/plugin-data-catalog-common';

/** A check scoring at least this passes, unless it defines its own pass. */
export const PASS_SCORE = 80;

export type ColumnQualityInput = {
  name: string;
  nullable: boolean;
  isPrimaryKey: boolean;
  described: boolean;
  stats?: { nullRatio: number; distinctRatio: number; sampledRows: number };
};

export type QualityInputs = {
  now: Date;
  freshnessHours: number;
  /** last_modified_at, else last_analyzed_at: the newest sign of a change. */
  lastChangedAt?: Date;
  tableDescribed: boolean;
  columns: ColumnQualityInput[];
  /** Schema changes of the last 30 days by severity. */
  schemaChanges: { breaking: number; warning: number };
};

export type CheckResult = Omit<QualityCheck, 'measuredAt'>;

const round1 = (n: number) => Math.round(n * 10) / 10;
const percent = (ratio: number) => `${round1(ratio * 100)}%`;

/**
 * Mean null ratio of the profiled columns that may hold NULL (a NOT NULL
 * column cannot, and would only inflate the score); score = 100 × (1 − mean).
 */
function nullRatioCheck(
  columns: ColumnQualityInput[],
): CheckResult | undefined {
  const profiled = columns.filter(c => c.nullable && c.stats?.sampledRows);
  if (profiled.length === 0) return undefined;
  const mean =
    profiled.reduce((sum, c) => sum + c.stats!.nullRatio, 0) / profiled.length;
  const score = round1(100 * (1 - mean));
  return {
    check: 'null-ratio',
    score,
    passed: score >= PASS_SCORE,
    detail: `Mean null ratio ${percent(mean)} over ${
      profiled.length
    } nullable column(s)`,
  };
}

/**
 * Rows must be identifiable. A one-column primary key scores its distinct
 * ratio in the sample (100 when no value repeats); a composite key is
 * trusted as declared; without a key, a column that is unique and never
 * NULL in at least two sampled rows counts as a candidate key (100), none 0.
 */
function uniquenessCheck(
  columns: ColumnQualityInput[],
): CheckResult | undefined {
  if (!columns.some(c => c.stats?.sampledRows)) return undefined;
  const key = columns.filter(c => c.isPrimaryKey);
  if (key.length > 1) {
    const names = key.map(c => c.name).join(', ');
    return {
      check: 'uniqueness',
      score: 100,
      passed: true,
      detail: `Composite primary key (${names})`,
    };
  }
  if (key.length === 1 && key[0].stats) {
    const ratio = key[0].stats.distinctRatio;
    return {
      check: 'uniqueness',
      score: round1(100 * ratio),
      passed: ratio === 1,
      detail:
        ratio === 1
          ? `Primary key ${key[0].name} has no duplicates in the sample`
          : `Primary key ${key[0].name} is only ${percent(
              ratio,
            )} distinct in the sample`,
    };
  }
  const candidate = columns.find(
    c =>
      c.stats &&
      c.stats.sampledRows >= 2 &&
      c.stats.distinctRatio === 1 &&
      c.stats.nullRatio === 0,
  );
  return {
    check: 'uniqueness',
    score: candidate ? 100 : 0,
    passed: !!candidate,
    detail: candidate
      ? `No primary key; ${candidate.name} is unique in the sample`
      : 'No primary key and no column unique in the sample',
  };
}

/** Within `freshnessHours` scores 100, older 100 × limit / age. */
function freshnessCheck(inputs: QualityInputs): CheckResult | undefined {
  if (!inputs.lastChangedAt) return undefined;
  const ageHours = Math.max(
    0,
    (inputs.now.getTime() - inputs.lastChangedAt.getTime()) / 3_600_000,
  );
  const limit = inputs.freshnessHours;
  const fresh = ageHours <= limit;
  return {
    check: 'freshness',
    score: fresh ? 100 : round1((100 * limit) / ageHours),
    passed: fresh,
    detail: `Last change ${round1(ageHours)} h ago (limit ${limit} h)`,
  };
}

/** Share of the table and its columns with a description (doc or comment). */
function docsCoverageCheck(inputs: QualityInputs): CheckResult {
  const described =
    (inputs.tableDescribed ? 1 : 0) +
    inputs.columns.filter(c => c.described).length;
  const total = 1 + inputs.columns.length;
  const score = round1((100 * described) / total);
  return {
    check: 'docs-coverage',
    score,
    passed: score >= PASS_SCORE,
    detail: `${described} of ${total} (table and columns) described`,
  };
}

/** 100 less 25 per breaking and 5 per warning change in 30 days. */
function schemaStabilityCheck(inputs: QualityInputs): CheckResult {
  const { breaking, warning } = inputs.schemaChanges;
  return {
    check: 'schema-stability',
    score: Math.max(0, 100 - 25 * breaking - 5 * warning),
    passed: breaking === 0,
    detail: `${breaking} breaking and ${warning} warning schema change(s) in 30 days`,
  };
}

/** The checks that can run on what is known of the table. */
export function runQualityChecks(inputs: QualityInputs): CheckResult[] {
  return [
    nullRatioCheck(inputs.columns),
    uniquenessCheck(inputs.columns),
    freshnessCheck(inputs),
    docsCoverageCheck(inputs),
    schemaStabilityCheck(inputs),
  ].filter((check): check is CheckResult => check !== undefined);
}

/** The table's score: the mean of the checks that ran. */
export function overallScore(checks: CheckResult[]): number | undefined {
  if (checks.length === 0) return undefined;
  return round1(checks.reduce((sum, c) => sum + c.score, 0) / checks.length);
}
