/**
 * The shapes of the project's data: the plan's facts (geodata/plan/*.json) and the
 * properties of the geodata layers (geodata/*.geojson). Both the data scripts and the
 * app import these types, so a change here is checked everywhere.
 */

/** A text in both languages. `en` is the project's translation; `zh` is the plan's wording. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Where in the plan a fact is printed. */
export interface PlanRef {
  /** Section path as printed, e.g. "四（一）2" or "三（一）1"; "" when the fact is only in a table. */
  section: string;
  /** Table number (表1-表4) when the fact is printed in a table. */
  table?: 1 | 2 | 3 | 4;
  /** Box number (专栏N) when the fact is printed in a box. */
  box?: number;
}

/** Ids of the plan's industries. `equipment-manufacturing` (装备制造) is the towns' name for `smart-equipment`. */
export type IndustryId =
  | 'auto-moto'
  | 'electronics'
  | 'smart-equipment'
  | 'smart-home-materials'
  | 'consumer-goods'
  | 'biomed-health'
  | 'new-energy'
  | 'civil-aviation'
  | 'digital';

/** The name an industry is printed under where the plan does not use its own id's name. */
export type IndustryMention = IndustryId | 'equipment-manufacturing' | 'other';

export type IndustryTier = 'pillar' | 'emerging' | 'digital';

export interface IndustryProject {
  /** Project name as printed in the box, e.g. 优势企业培育提升工程. */
  name: Bilingual;
  /** The box text after the colon, verbatim. */
  text: string;
}

export interface Industry {
  id: IndustryId;
  tier: IndustryTier;
  name: Bilingual;
  /** Cluster size target as printed, e.g. "1100亿级"; null where the plan gives none. */
  clusterTarget: string | null;
  /** Cluster target in 亿元 where the plan gives a number, for charts. */
  clusterTargetYi: number | null;
  /** Other targets printed for this industry (e.g. 智能装备 "力争智能装备产业实现产值350亿元"). */
  otherTargets: { text: string; ref: PlanRef }[];
  /** Sub-sectors named as the paragraph heads of the section (e.g. 汽车, 新能源摩托车, 关键零部件, 后市场). */
  subSectors: Bilingual[];
  /** The opening paragraph of the section, verbatim. */
  summary: string;
  keyProjects: IndustryProject[];
  /** Box of key projects, e.g. 1 for 专栏1. */
  box: number | null;
  ref: PlanRef;
}

export type ParkId = 'eco-city' | 'fenghuanghu' | 'gangqiao' | 'sanjiao' | 'bonded-zone';
/** 一城, 一核, 两翼, 一区 */
export type ParkRole = 'city' | 'core' | 'wing' | 'zone';

export type AreaKind =
  | 'total-planned' // 总规划面积
  | 'first-phase' // 首开区
  | 'approved' // 规划批准面积
  | 'built-2020' // 截至2020年底建成
  | 'planned-2021-2025' // “十四五”期间规划建设面积 / 新增规划建设面积
  | 'built-up-2025' // 到2025年完成建成区 (text of 四（一）1)
  | 'sub-park'; // a sub-park's own area, e.g. 新材料产业园 5 平方公里

export interface AreaFigure {
  kind: AreaKind;
  valueKm2: number;
  /** The plan's words for this figure, verbatim, e.g. "规划批准面积34.66平方公里". */
  text: string;
  ref: PlanRef;
}

export interface Target {
  kind: 'output' | 'revenue';
  valueYi: number;
  year: 2025;
  /** Verbatim, e.g. "力争产值规模达到2000亿元". */
  text: string;
  ref: PlanRef;
}

export interface SubPark {
  id: string;
  parentId: ParkId;
  name: Bilingual;
  industries: IndustryId[];
  /** What the plan says about it, verbatim, with where. */
  mentions: { text: string; ref: PlanRef }[];
  /** Other names the plan uses for the same sub-park (e.g. 中德智能产业园). Optional. */
  aliases?: string[];
  /** The sub-park's own area where the plan prints one (kind 'sub-park'), e.g. 新材料产业园 5 平方公里. Optional. */
  area?: AreaFigure;
  /** The sub-park's industries as the plan words them, verbatim, where it does. Optional. */
  industriesText?: string;
}

export interface Park {
  id: ParkId;
  role: ParkRole;
  wing?: 'north' | 'south';
  /** Slogan part: 一城 / 一核 / 两翼 / 一区. */
  slogan: Bilingual;
  name: Bilingual;
  /** Other names the plan uses for the same place (e.g. 永川科技生态新城). */
  aliases: string[];
  /** 园区定位 column, verbatim, with translation. */
  positioning: Bilingual;
  /** 主导产业 column, verbatim. */
  leadIndustriesText: string;
  leadIndustries: IndustryId[];
  /** Lead activities in the column that are not one of the plan's industries (e.g. 科技创新孵化, 临空经济). */
  otherLeadActivities: Bilingual[];
  areas: AreaFigure[];
  target: Target;
  /** The plan's paragraph about the park in section 四, verbatim. */
  description: string;
  descriptionRef: PlanRef;
  /** Short plain-language summary (translation of the gist, both languages). */
  summary: Bilingual;
  honours: Bilingual[];
  subParkIds: string[];
  /** Which area figure the schematic shape is sized to. */
  shapeSizedBy: AreaKind;
}

export type ClusterLevel = 'municipal' | 'district'; // 市级 / 区级

export interface ClusterIndustryLine {
  /** The industry the sentence is about, as the plan names it. */
  industry: IndustryMention;
  /** Verbatim sentence from the text above table 4. */
  text: string;
  /** Detailed activities listed in that sentence. */
  activities: string[];
}

export interface Cluster {
  id: string;
  /** 12-digit official code of the township this cluster belongs to. */
  townshipCode: string;
  name: Bilingual;
  /** 中小企业集聚区 level. */
  agglomerationLevel: ClusterLevel;
  /** 小企业创业基地 level. */
  incubatorLevel: ClusterLevel;
  /** 定位 column, verbatim. */
  positioningText: string;
  /** 主导产业方向 column, verbatim. */
  directionsText: string;
  directions: IndustryMention[];
  /** 备注 column, verbatim ("" when empty). */
  remark: string;
  details: ClusterIndustryLine[];
  detailsRef: PlanRef;
  ref: PlanRef;
}

/** 朱沱、来苏、宝峰、吉安、金龙 are described together and are not among the 15 clusters. */
export interface OtherTownsNote {
  townshipCodes: string[];
  names: Bilingual[];
  text: string;
  details: ClusterIndustryLine[];
  ref: PlanRef;
}

export interface Indicator {
  id: string;
  /** 1-based row number in table 1. */
  row: number;
  category: Bilingual;
  name: Bilingual;
  /** Unit as printed inside the name's brackets, e.g. 亿元, %, tce/万元. */
  unit: string;
  attribute: 'expected' | 'binding'; // 预期性 / 约束性
  /** Cells exactly as printed (e.g. "[-18.9%]", "85%", "—", "1.55个百分点"). */
  value2020: string;
  target2022: string;
  growth2022: string;
  target2025: string;
  growth2025: string;
  ref: PlanRef;
}

export interface Inconsistency {
  id: string;
  title: Bilingual;
  /** What the plan says, each statement verbatim with where. */
  statements: { text: string; ref: PlanRef }[];
  /** Why it matters and how the map shows it. */
  explanation: Bilingual;
  /** Ids of parks, clusters or industries it concerns. */
  affects: string[];
}

// ---- Geodata properties -------------------------------------------------------------

export type Accuracy =
  | 'surveyed'
  | 'official-outline'
  | 'web-map-outline'
  | 'gazetteer-point'
  | 'published-point'
  | 'approximate-point'
  | 'reference-point'
  | 'schematic';

export interface Provenance {
  /** package@version and path, or the plan's section/table. */
  source: string;
  licence: string;
  accuracy: Accuracy;
}

export interface DistrictProps extends Provenance {
  id: string; // '500118'
  name: string;
  nameEn: string;
}

export interface NeighbourProps extends Provenance {
  id: string;
  name: string;
  nameEn: string;
}

export interface TownshipProps extends Provenance {
  id: string; // the 12-digit code
  code: string;
  name: string;
  nameEn: string;
  type: 'subdistrict' | 'town'; // 街道 / 镇
  geonameId: number;
  /** The matched GeoNames row's own name (e.g. "Zhuhai" for 茶山竹海街道, "Qingfeng" for 青峰镇 written 青锋). */
  geonameName?: string;
}

/**
 * A township's area (镇街 polygon), in geodata/township-areas.geojson (display) and
 * township-areas-detail.geojson (full detail). `id` is the seat's id in townships.geojson.
 */
export interface TownshipAreaProps extends Provenance {
  id: string; // the 12-digit code, as the seat
  /** NBS 9-digit code. */
  code: string;
  name: string;
  nameEn: string;
  type: 'subdistrict' | 'town'; // 街道 / 镇, as the seat
  /** The plan 表4 cluster this town hosts, if any, with its levels. */
  clusterId?: string;
  agglomerationLevel?: ClusterLevel;
  incubatorLevel?: ClusterLevel;
  /** Derived: geodesic area of the detail polygon (turf), km², 2 decimals. */
  areaKm2: number;
}

/** A park's share in one town: derived from the schematic shape and the town polygons. */
export interface TownShare {
  townId: string;
  /** 0..1, 3 decimals in the stored data. */
  share: number;
}

export interface ParkShapeProps extends Provenance {
  id: ParkId;
  name: string;
  nameEn: string;
  role: ParkRole;
  wing?: 'north' | 'south';
  /** The plan figure the shape's area matches. */
  sizedBy: AreaKind;
  sizedToKm2: number;
  /** The facts that placed the shape (plain sentences). */
  placedBy: string[];
  /** The same facts in Chinese, sentence for sentence (absent on planner-supplied outlines). */
  placedByZh?: string[];
  /** The towns the shape lies in (derived from the shape), largest share first. */
  towns?: TownShare[];
  /** The towns the placement sources name (ids), checked: >= 90% of the shape lies in them. */
  namedTowns?: string[];
}

export interface SubParkShapeProps extends Provenance {
  id: string;
  parentId: ParkId;
  name: string;
  nameEn: string;
  sizedToKm2?: number;
  placedBy: string[];
  placedByZh?: string[];
}

export interface ClusterPointProps extends Provenance {
  id: string;
  townshipCode: string;
  name: string;
  nameEn: string;
  agglomerationLevel: ClusterLevel;
  incubatorLevel: ClusterLevel;
  /** How the point was placed (plain sentences): it marks the township seat, not the cluster's own site. */
  placedBy?: string[];
  placedByZh?: string[];
}

/** `city`: a city-centre reference point (off-map distance pointers). */
export type HubKind = 'rail-station' | 'airport' | 'general-aviation' | 'port' | 'wharf' | 'city';

export interface HubProps extends Provenance {
  id: string;
  name: string;
  nameEn: string;
  kind: HubKind;
  /** True for references outside the district (drawn off-map or as a pointer). */
  offMap: boolean;
  /** Uncertainty radius in metres, honest about how well the position is known. */
  uncertaintyM: number;
  placedBy: string[];
  placedByZh?: string[];
}
