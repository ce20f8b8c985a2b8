/**
 * The ESRI flavour of well-known text, for the .prj of an exported Shapefile, from the OGC
 * WKT 1 of the EPSG dataset (as epsg-index ships it): GCS_/D_ names, ESRI's projection and
 * parameter names, "Degree"/"Meter", no AUTHORITY, AXIS, TOWGS84 or EXTENSION. GDAL and
 * ArcGIS read such a .prj and identify the EPSG system from its parameters (the tests check
 * GDAL reports the code). Pure.
 */

type Node = { keyword: string; args: (string | number | Node)[] };

export function parseWkt(text: string): Node {
  let at = 0;
  const space = () => {
    while (/\s/.test(text[at] ?? '')) at++;
  };
  const node = (): Node => {
    space();
    const start = at;
    while (/[A-Za-z0-9_]/.test(text[at] ?? '')) at++;
    const keyword = text.slice(start, at);
    space();
    if (text[at] !== '[' && text[at] !== '(') throw new Error(`WKT: "[" expected at ${at}`);
    at++;
    const args: Node['args'] = [];
    for (;;) {
      space();
      const c = text[at];
      if (c === '"') {
        const end = text.indexOf('"', at + 1);
        args.push(text.slice(at + 1, end));
        at = end + 1;
      } else if (/[-+.\d]/.test(c ?? '')) {
        const m = /^[-+]?[\d.]+(?:[eE][-+]?\d+)?/.exec(text.slice(at));
        args.push(Number(m?.[0]));
        at += m?.[0].length ?? 1;
      } else if (/[A-Za-z]/.test(c ?? '')) {
        const save = at;
        while (/[A-Za-z0-9_]/.test(text[at] ?? '')) at++;
        space();
        if (text[at] === '[' || text[at] === '(') {
          at = save;
          args.push(node());
        } else args.push(text.slice(save, at).trim()); // a bare word such as EAST
      } else throw new Error(`WKT: unexpected "${c}" at ${at}`);
      space();
      if (text[at] === ',') at++;
      else if (text[at] === ']' || text[at] === ')') {
        at++;
        return { keyword, args };
      } else throw new Error(`WKT: "," or "]" expected at ${at}`);
    }
  };
  return node();
}

const DROPPED = new Set(['AUTHORITY', 'AXIS', 'TOWGS84', 'EXTENSION']);

/** OGC projection names to ESRI's. */
const PROJECTIONS: Record<string, string> = {
  Transverse_Mercator: 'Transverse_Mercator',
  Mercator_1SP: 'Mercator',
  Mercator_2SP: 'Mercator',
  Lambert_Conformal_Conic_1SP: 'Lambert_Conformal_Conic',
  Lambert_Conformal_Conic_2SP: 'Lambert_Conformal_Conic',
  Albers_Conic_Equal_Area: 'Albers',
  Oblique_Stereographic: 'Double_Stereographic',
  Cassini_Soldner: 'Cassini',
  Equirectangular: 'Equidistant_Cylindrical',
  Hotine_Oblique_Mercator: 'Hotine_Oblique_Mercator_Azimuth_Natural_Origin',
  Hotine_Oblique_Mercator_Azimuth_Center: 'Hotine_Oblique_Mercator_Azimuth_Center',
};

const UNITS: Record<string, string> = { degree: 'Degree', metre: 'Meter', 'US survey foot': 'Foot_US', foot: 'Foot', grad: 'Grad', radian: 'Radian' };

/** "CGCS2000 / 3-degree Gauss-Kruger CM 105E" -> "CGCS2000_3_Degree_GK_CM_105E"; "WGS 84" -> "WGS_1984". */
export function esriName(name: string): string {
  return name
    .replace(/\bWGS 84\b/g, 'WGS 1984')
    .replace(/(\d)-degree\b/g, '$1 Degree')
    .replace(/Gauss-Kruger/g, 'GK')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const titleCase = (name: string): string => name.split('_').map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w)).join('_');

/** ESRI's number spelling: always a decimal point (6378137.0). */
const num = (n: number): string => (Number.isInteger(n) ? `${n}.0` : String(n));

function write(node: Node): string {
  const args = node.args.map((a) => (typeof a === 'string' ? `"${a}"` : typeof a === 'number' ? num(a) : write(a)));
  return `${node.keyword}[${args.join(',')}]`;
}

function morph(node: Node): Node {
  const children = node.args.filter((a): a is Node => typeof a === 'object' && !DROPPED.has(a.keyword)).map(morph);
  const [name, ...values] = node.args.filter((a) => typeof a !== 'object') as (string | number)[];
  const named = (n: string) => ({ keyword: node.keyword, args: [n, ...values, ...children] });
  switch (node.keyword) {
    case 'PROJCS':
      return named(esriName(String(name)));
    case 'GEOGCS': {
      const n = esriName(String(name));
      return named(n.startsWith('GCS_') ? n : `GCS_${n}`);
    }
    case 'DATUM': {
      const n = esriName(String(name));
      return named(n.startsWith('D_') ? n : `D_${n}`);
    }
    case 'SPHEROID':
      return named(esriName(String(name)));
    case 'UNIT':
      return named(UNITS[String(name)] ?? esriName(String(name)));
    case 'PROJECTION':
      return named(PROJECTIONS[String(name)] ?? String(name));
    case 'PARAMETER':
      return named(titleCase(String(name)));
    default:
      return { keyword: node.keyword, args: [...node.args.filter((a) => typeof a !== 'object'), ...children] };
  }
}

/** ESRI's Mercator has a standard parallel, not a scale factor (1 on the equator). */
function fixMercator(node: Node): Node {
  const projection = node.args.find((a): a is Node => typeof a === 'object' && a.keyword === 'PROJECTION');
  if (projection?.args[0] !== 'Mercator') return node;
  const args = node.args.flatMap((a) => {
    if (typeof a !== 'object' || a.keyword !== 'PARAMETER') return [a];
    if (a.args[0] === 'Scale_Factor') return a.args[1] === 1 ? [] : [a];
    return [a];
  });
  const hasParallel = args.some((a) => typeof a === 'object' && a.keyword === 'PARAMETER' && a.args[0] === 'Standard_Parallel_1');
  if (!hasParallel) args.splice(args.indexOf(projection) + 1, 0, { keyword: 'PARAMETER', args: ['Standard_Parallel_1', 0] });
  return { ...node, args };
}

/** The ESRI .prj ArcGIS itself writes for Web Mercator (its OGC WKT is an extension GDAL alone reads). */
export const ESRI_3857 =
  'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';

/** ESRI WKT of an OGC WKT 1 text; null when it is not one (WKT 2, compound or vertical systems). */
export function toEsriWkt(ogc: string): string | null {
  let tree: Node;
  try {
    tree = parseWkt(ogc);
  } catch {
    return null;
  }
  if (tree.keyword !== 'PROJCS' && tree.keyword !== 'GEOGCS') return null;
  if (ogc.includes('+proj=merc +a=6378137 +b=6378137')) return ESRI_3857;
  const morphed = morph(tree);
  return write(morphed.keyword === 'PROJCS' ? fixMercator(morphed) : morphed);
}
