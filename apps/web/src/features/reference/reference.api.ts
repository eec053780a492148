import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import type {
  Commodity,
  Country,
  Currency,
  DataSource,
  HsItem,
  IsicItem,
  Items,
  Province,
} from '../../shared/api/types.ts';

// Reference data changes only with a new release: cache it for the whole visit.
const FOREVER = Number.POSITIVE_INFINITY;

export const countriesQuery = queryOptions({
  queryKey: ['reference', 'countries'] as const,
  queryFn: ({ signal }) => api.get<Items<Country>>('/reference/countries', undefined, signal),
  staleTime: FOREVER,
});

export function provincesQuery(country: string) {
  return queryOptions({
    queryKey: ['reference', 'provinces', country] as const,
    queryFn: ({ signal }) => api.get<Items<Province>>('/reference/provinces', { country }, signal),
    staleTime: FOREVER,
  });
}

// Classification keys are plain string[] so one tree component can take either query.
export function isicQuery(params: { parent?: string; q?: string }) {
  return queryOptions({
    queryKey: ['reference', 'isic', params.parent ?? '', params.q ?? ''],
    queryFn: ({ signal }) => api.get<Items<IsicItem>>('/reference/isic', params, signal),
    staleTime: FOREVER,
  });
}

export function hsQuery(params: { parent?: string; q?: string }) {
  return queryOptions({
    queryKey: ['reference', 'hs', params.parent ?? '', params.q ?? ''],
    queryFn: ({ signal }) => api.get<Items<HsItem>>('/reference/hs', params, signal),
    staleTime: FOREVER,
  });
}

export const commoditiesQuery = queryOptions({
  queryKey: ['reference', 'commodities'] as const,
  queryFn: ({ signal }) => api.get<Items<Commodity>>('/reference/commodities', undefined, signal),
  staleTime: FOREVER,
});

export const currenciesQuery = queryOptions({
  queryKey: ['reference', 'currencies'] as const,
  queryFn: ({ signal }) => api.get<Items<Currency>>('/reference/currencies', undefined, signal),
  staleTime: FOREVER,
});

export const sourcesQuery = queryOptions({
  queryKey: ['reference', 'sources'] as const,
  queryFn: ({ signal }) => api.get<Items<DataSource>>('/reference/sources', undefined, signal),
  staleTime: FOREVER,
});

/** A GeoJSON FeatureCollection of Iran's provinces, with the OSM attribution as a foreign member. */
export interface ProvinceBoundaries {
  type: 'FeatureCollection';
  attribution?: string;
  features: {
    type: 'Feature';
    properties: { iso_3166_2: string; [key: string]: unknown };
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  }[];
}

export const iranBoundariesQuery = queryOptions({
  queryKey: ['reference', 'boundaries', 'IR'] as const,
  queryFn: ({ signal }) => api.get<ProvinceBoundaries>('/reference/boundaries/IR', undefined, signal),
  staleTime: FOREVER,
});

/** Countries whose organisations must name a province (the list comes from the API). */
export const COUNTRIES_WITH_PROVINCES = ['IR', 'CN'] as const;

/** Tells whether organisations of this country carry a province. */
export function hasProvinces(country: string | null | undefined): country is 'IR' | 'CN' {
  return country === 'IR' || country === 'CN';
}

/** The provinces of Iran or China (nothing for other countries). */
export function useProvinces(country: string | null | undefined) {
  return useQuery({ ...provincesQuery(country ?? ''), enabled: hasProvinces(country) });
}
