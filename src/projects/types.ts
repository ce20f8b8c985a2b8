/** A plan package's key projects (its 专栏 of projects and the projects its text names), as the app reads them. */
import type { Bilingual } from '../data/types';
import type { PackageRef } from '../data/packageRef';

export interface ProjectItem {
  id: string;
  name: Bilingual;
  /** What is built, as the package says: road, gas, power, water, sewage, rail, site, other, … */
  kind: string;
  /** The area (park) the project is under; absent where the plan ties it to none. */
  area?: string;
  /** The plan's sentence about the project, verbatim, where the package quotes one. */
  text?: string;
  ref: PackageRef;
  /** The list (box) the item is printed in. */
  boxId: string;
}

export interface ProjectBox {
  id: string;
  title: Bilingual;
  ref: PackageRef;
  items: ProjectItem[];
}
