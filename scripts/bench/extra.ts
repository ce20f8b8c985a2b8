/**
 * Measurements of features that arrive in later work (the importer, the industry filter):
 * each returns table rows, or a row saying it is not measurable yet.
 */
export async function extraMeasurements(_appUrl: string): Promise<string[]> {
  return [
    '| import and validation time (1k / 10k / 100k features) | not measured: the importer is not in this build |',
    '| industry filter change to map (p50 / p95) | not measured: the industry lens is not in this build |',
  ];
}
