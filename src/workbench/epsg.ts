/**
 * Looking up EPSG systems by code or by name, over the table extracted at build time
 * (scripts/build/epsgTable.ts). Pure: the worker builds it from the lazily loaded table,
 * tests from the epsg-index package directly.
 */
export interface EpsgEntry {
  code: number;
  name: string;
  proj4: string;
}

export interface EpsgLookup {
  byCode: (code: number) => EpsgEntry | undefined;
  /** The system whose name matches, in EPSG or ESRI spelling ("WGS 84 / UTM zone 48N", "WGS_1984_UTM_Zone_48N"). */
  byName: (name: string) => EpsgEntry | undefined;
}

/** One spelling for EPSG's and ESRI's names of the same system. */
export function normaliseCrsName(name: string): string {
  return name
    .toLowerCase()
    .replace(/gauss[-_ ]?kr[uü]ger/g, 'gk')
    .replace(/wgs[-_ ]?1984/g, 'wgs84')
    .replace(/^gcs_/, '')
    .replace(/[^a-z0-9]/g, '');
}

export function makeEpsgLookup(table: Record<string, [string, string]>): EpsgLookup {
  let names: Map<string, string> | null = null;
  const entry = (code: string): EpsgEntry | undefined => {
    const row = table[code];
    return row ? { code: Number(code), name: row[0], proj4: `${row[1]} +no_defs +type=crs` } : undefined;
  };
  return {
    byCode: (code) => entry(String(code)),
    byName: (name) => {
      if (!names) {
        names = new Map();
        // Lowest code first: deprecated duplicates usually come later.
        for (const code of Object.keys(table)) {
          const key = normaliseCrsName(table[code]![0]);
          if (!names.has(key)) names.set(key, code);
        }
      }
      const code = names.get(normaliseCrsName(name));
      return code ? entry(code) : undefined;
    },
  };
}
