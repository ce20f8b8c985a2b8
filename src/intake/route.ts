/**
 * Where a file the user gives the app goes. There is one file chooser (ui/FileChooser.tsx) and
 * one drop zone (the whole page, ui/useFileDrop.ts); both take every supported file and route
 * it by its name and the place it was given in:
 * - a .pmtiles archive opens as a PMTiles layer, wherever it comes in;
 * - in the results section (its chooser, or a drop onto it), a table or JSON is a results file;
 * - elsewhere, a file named as the results files are (results-template.xlsx, results.csv,
 *   results.json, as the app writes them) is a results file too;
 * - everything else is map data for the workbench import, which says plainly what it cannot read.
 * Pure.
 */
export type IntakeTarget = 'features' | 'tiles' | 'results';
/** Where the file was given: the workbench's import, or the results section. */
export type IntakeContext = 'workbench' | 'results';

/** Every file type some part of the app reads, for the chooser's `accept`. */
export const INTAKE_ACCEPT = '.geojson,.json,.zip,.kml,.csv,.tsv,.txt,.shp,.xlsx,.xls,.pmtiles';

const TABLE = /\.(csv|tsv|txt|xlsx|json)$/i;
/** The names the results section gives its template and exports. */
const RESULTS_NAME = /^results(?:[-_ .(][^/\\]*)?\.(csv|xlsx|json)$/i;

export function routeFile(fileName: string, context: IntakeContext): IntakeTarget {
  if (/\.pmtiles$/i.test(fileName)) return 'tiles';
  if (context === 'results' && TABLE.test(fileName)) return 'results';
  if (RESULTS_NAME.test(fileName)) return 'results';
  return 'features';
}
