/** The one way files come in (src/intake): where a file goes, and what the PMTiles caps refuse. */
import { defineMessages } from './define';

export const intakeMessages = defineMessages(
  {
    inFormatsOther: '.pmtiles 瓦片包也在这里打开（成为下方的 PMTiles 图层）；结果模板（results-template.xlsx 或 .csv）交给下方的“结果”部分。',
    tlErr_metadata_too_large: '它的元数据解压后超过 {{detail}} 的上限，已停止读取（正常的元数据只有几 KB，这个文件可能是恶意构造的）；应用其余部分不受影响',
    tlErr_directory_too_large: '它的文件头或目录解压后超过 {{detail}} 的上限，已停止读取（这个文件可能是恶意构造的）；应用其余部分不受影响',
    tlErr_unsupported_compression: '不支持的压缩方式（{{detail}}）；支持不压缩和 gzip',
    tlOpenHere: '用上方“导入”的“选择文件”打开 .pmtiles，或把它拖到页面上。',
  },
  {
    inFormatsOther: 'A .pmtiles tile archive opens here too (as a PMTiles layer below); a results template (results-template.xlsx or .csv) goes to the results section below.',
    tlErr_metadata_too_large: 'its metadata decompresses to more than the {{detail}} limit, so reading was stopped (real metadata is a few kB; the file may have been made to harm); the rest of the app is unaffected',
    tlErr_directory_too_large: 'its header or directory decompresses to more than the {{detail}} limit, so reading was stopped (the file may have been made to harm); the rest of the app is unaffected',
    tlErr_unsupported_compression: 'unsupported compression ({{detail}}); uncompressed and gzip are supported',
    tlOpenHere: 'Open a .pmtiles file with “choose a file” under Import above, or drop it on the page.',
  },
);
