/**
 * The shape of a generated province as the parts of the generator share it: the party units and where people go,
 * with what each part adds (administrative units, residential areas, enterprises) hung on the same objects.
 */
import type { IsoDate } from '../dates/partial-date';
import type { GeneratedRecord } from './province-generator';

/** A grassroots organization (grassroots committee or grassroots cell) and the cells under it. */
export interface GrassrootsOrganization {
  readonly id: string;
  readonly name: string;
  readonly kind: 'grassroots-committee' | 'grassroots-cell';
  readonly districtIndex: number;
  /** Its cells (empty for a grassroots cell, whose members are its own). */
  readonly cellIds: string[];
  /** The legal form when it is the party organization of a non-state enterprise. */
  readonly enterpriseForm?: string;
  /** The enterprise's name as the unit's name carries it. */
  readonly enterpriseName?: string;
}

export interface CommuneCell {
  readonly id: string;
  readonly name: string;
}

export interface Commune {
  readonly name: string;
  readonly isWard: boolean;
  readonly districtIndex: number;
  readonly committee: GeneratedRecord<'unit'>;
  readonly cells: CommuneCell[];
  /** Set with the places: the administrative commune, its residential areas, and those without a cell or member. */
  adminUnitId?: string;
  adminName?: string;
  areaIds: string[];
  uncoveredAreaIds: string[];
}

export interface District {
  readonly index: number;
  readonly name: string;
  readonly unit: GeneratedRecord<'unit'>;
  readonly communes: Commune[];
  readonly grassroots: GrassrootsOrganization[];
  adminUnitId?: string;
}

/** Where people are generated: a cell or grassroots cell, with the weight of its share of the people. */
export interface PeopleSlot {
  readonly unitId: string;
  readonly weight: number;
  readonly founded: IsoDate;
  readonly place: string;
  readonly grassroots: GrassrootsOrganization;
  readonly districtIndex: number;
  readonly commune?: Commune;
  /** Set with the places: the residential area this cell stands for, and the enterprise whose party organization it is part of. */
  areaId?: string;
  enterpriseId?: string;
}

export interface Hierarchy {
  readonly root: GeneratedRecord<'unit'>;
  readonly units: GeneratedRecord<'unit'>[];
  readonly districts: District[];
  readonly grassroots: GrassrootsOrganization[];
  readonly slots: PeopleSlot[];
}
