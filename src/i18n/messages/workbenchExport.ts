import { defineMessages } from './define';

/** The workbench's exports: format, coordinate system, Shapefile encoding and what an export changed. */
const zh = {
  wbExportCrs: '坐标系',
  wbExportCrsSource: '与导入时相同：{{crs}}',
  wbExportCrsOther: '其他 EPSG 代码…',
  wbExportEpsgCode: 'EPSG 代码',
  wbExportCrsNote: 'GeoJSON 和 KML 按其标准总是 WGS-84；Shapefile、CSV 和 Excel 按所选坐标系写出（x/y 列以坐标系命名）',
  wbExportEncoding: 'Shapefile 文字编码',
  wbExportUtf8: 'UTF-8（写 .cpg，推荐）',
  wbExportGbk: 'GBK（旧版 ArcGIS）',
  wbExportShapefile: 'Shapefile（zip）',
  wbExportShpDone: '已导出 Shapefile：{{sets}}',
  wbShpSet: '{{name}}（{{kind}} {{count}} 个）',
  wbShpKind_points: '点',
  wbShpKind_multipoints: '多点',
  wbShpKind_lines: '线',
  wbShpKind_polygons: '面',
  wbExportRenamed: '字段名超过 .dbf 的 10 字节限制，已改名：{{list}}',
  wbExportTruncated: '{{count}} 个文字值超过 254 字节，已截断',
  wbExportUnencodable: '{{count}} 个字符无法用 GBK 表示，已写作“?”；请改用 UTF-8',
  wbExportNoPrj: '{{crs}} 没有 EPSG 定义，未写 .prj 文件',
  wbExportCrsUnknown: '无法按 EPSG:{{code}} 导出：坐标系表中没有此代码，或无法换算到它',
  wbExportError: '无法导出（{{message}}）',
};

const en: Record<keyof typeof zh, string> = {
  wbExportCrs: 'Coordinate system',
  wbExportCrsSource: 'As imported: {{crs}}',
  wbExportCrsOther: 'Other EPSG code…',
  wbExportEpsgCode: 'EPSG code',
  wbExportCrsNote: 'GeoJSON and KML are always WGS-84, as their standards require; Shapefile, CSV and Excel are written in the chosen system (x/y columns named for it)',
  wbExportEncoding: 'Shapefile text encoding',
  wbExportUtf8: 'UTF-8 (with .cpg, recommended)',
  wbExportGbk: 'GBK (older ArcGIS)',
  wbExportShapefile: 'Shapefile (zip)',
  wbExportShpDone: 'Shapefile exported: {{sets}}',
  wbShpSet: '{{name}} ({{count}} {{kind}})',
  wbShpKind_points: 'points',
  wbShpKind_multipoints: 'multipoints',
  wbShpKind_lines: 'lines',
  wbShpKind_polygons: 'polygons',
  wbExportRenamed: 'field names longer than the .dbf’s 10 bytes were renamed: {{list}}',
  wbExportTruncated: '{{count}} text values longer than 254 bytes were cut',
  wbExportUnencodable: '{{count}} characters have no GBK encoding and were written as “?”; export in UTF-8 instead',
  wbExportNoPrj: '{{crs}} has no EPSG definition, so no .prj was written',
  wbExportCrsUnknown: 'cannot export in EPSG:{{code}}: the code is not in the table of systems, or cannot be converted to',
  wbExportError: 'the export failed ({{message}})',
};

export const workbenchExportMessages = defineMessages(zh, en);
