import { defineMessages } from './define';

/** The workbench's Excel import and export, and the limits of what an import may weigh. */
const zh = {
  wbErr_too_large: '文件太大，浏览器无法载入（{{detail}}）；请把大数据制成 PMTiles 瓦片图层使用，或拆分后分批导入',
  wbErr_archive_too_large: '压缩包解压后超出浏览器可承受的大小（{{detail}}），已停止解压；请把大数据制成 PMTiles 瓦片图层，或拆分后分批导入',
  wbErr_xlsx_limits: '工作表超出可读取的范围（{{detail}}）；请只保留需要的行和列后另存再导入',
  wbErr_xlsx_sheet: '工作簿中没有名为“{{detail}}”的工作表',
  wbErr_xls_legacy: '旧版 .xls 格式无法读取：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入',
  wbXlsxSheet: '工作表',
  wbProblemAtRow: '工作表“{{sheet}}”第 {{row}} 行',
  wbProblemAtRowNamed: '工作表“{{sheet}}”第 {{row}} 行“{{name}}”',
  wbFormatsXlsx: '也可导入 Excel（.xlsx，含经纬度或 x/y 列；只读取单元格的值，不计算公式）',
  wbExportXlsx: 'Excel',
  wbExportFailed: '无法导出 Excel 文件（{{message}}）；请改用 CSV 或 GeoJSON 导出',
};

const en: Record<keyof typeof zh, string> = {
  wbErr_too_large: 'the file is too large for the browser to hold ({{detail}}); serve big data as a PMTiles tile layer, or split it and import the parts',
  wbErr_archive_too_large:
    'the archive inflates beyond what the browser can hold ({{detail}}), so inflating was stopped; serve big data as a PMTiles tile layer, or split it and import the parts',
  wbErr_xlsx_limits: 'the sheet is larger than the workbench reads ({{detail}}); keep only the rows and columns you need, save and import again',
  wbErr_xlsx_sheet: 'the workbook has no sheet named “{{detail}}”',
  wbErr_xls_legacy: 'the old .xls format cannot be read: in Excel or WPS, “Save as” .xlsx and import that',
  wbXlsxSheet: 'Sheet',
  wbProblemAtRow: 'Sheet “{{sheet}}”, row {{row}}',
  wbProblemAtRowNamed: 'Sheet “{{sheet}}”, row {{row}} “{{name}}”',
  wbFormatsXlsx: 'Excel too (.xlsx with longitude/latitude or x/y columns; cell values are read, formulas never run)',
  wbExportXlsx: 'Excel',
  wbExportFailed: 'the Excel file could not be written ({{message}}); export as CSV or GeoJSON instead',
};

export const workbenchExcelMessages = defineMessages(zh, en);
