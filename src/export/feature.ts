/** The export feature, loaded when its panel is first opened: the PNG export and the print sheets. */
export { ExportContent } from './ExportContent';
export { PrintSheet } from './PrintSheet';
