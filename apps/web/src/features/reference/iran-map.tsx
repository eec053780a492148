// Loaded lazily with the Iran page: Leaflet stays out of the first bundle.
import 'leaflet/dist/leaflet.css';
import { type Locale, pickLocalizedText } from '@karvan/domain';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { Province } from '../../shared/api/types.ts';
import { directionOf } from '../../shared/i18n/locale.tsx';
import type { ProvinceBoundaries } from './reference.api.ts';

/** The credit the ODbL asks for, shown in the map's corner. */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';

const BASE_STYLE: L.PathOptions = { color: '#0b7285', weight: 1, fillColor: '#99e9f2', fillOpacity: 0.55 };
const SELECTED_STYLE: L.PathOptions = {
  color: '#e67700',
  weight: 2.5,
  fillColor: '#ffd43b',
  fillOpacity: 0.8,
};

interface IranMapProps {
  boundaries: ProvinceBoundaries;
  provinces: Province[];
  locale: Locale;
  selected: string | null;
  onSelect: (code: string) => void;
  /** Accessible name of the map region. */
  label: string;
}

/**
 * Iran's provinces drawn from the shipped GeoJSON, with no tile layer: nothing is fetched
 * from the internet. Hover shows the name in the UI language; click selects the province.
 */
export function IranMap({ boundaries, provinces, locale, selected, onSelect, label }: IranMapProps) {
  const container = useRef<HTMLElement>(null);
  const layers = useRef(new Map<string, L.Path>());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, {
      zoomSnap: 0.25,
      minZoom: 4,
      maxZoom: 10,
      attributionControl: true,
      keyboard: true,
    });
    map.attributionControl.addAttribution(OSM_ATTRIBUTION);

    const names = new Map(provinces.map((province) => [province.code, province.name]));
    const byCode = layers.current;
    byCode.clear();

    const layer = L.geoJSON(boundaries as unknown as GeoJSON.GeoJsonObject, {
      style: () => BASE_STYLE,
      onEachFeature: (feature, featureLayer) => {
        const code = String((feature.properties as { iso_3166_2?: string }).iso_3166_2 ?? '');
        const name = names.get(code);
        const picked = name ? pickLocalizedText(name, locale) : null;
        // Built as a DOM node, never as an HTML string: names are data.
        const tooltip = document.createElement('span');
        tooltip.className = 'karvan-map-tooltip';
        tooltip.textContent = picked?.text ?? code;
        if (picked) {
          tooltip.lang = picked.locale;
          tooltip.dir = directionOf(picked.locale);
        }
        featureLayer.bindTooltip(tooltip, { sticky: true, direction: 'top' });
        featureLayer.on('click', () => onSelectRef.current(code));
        if (featureLayer instanceof L.Path) byCode.set(code, featureLayer);
      },
    }).addTo(map);

    const bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });

    return () => {
      map.remove();
      byCode.clear();
    };
  }, [boundaries, provinces, locale]);

  useEffect(() => {
    for (const [code, path] of layers.current) {
      if (code === selected) {
        path.setStyle(SELECTED_STYLE);
        path.bringToFront();
      } else {
        path.setStyle(BASE_STYLE);
      }
    }
  });

  // A map is a picture, not text: Leaflet's own layout is left-to-right on every page.
  return <section ref={container} className="karvan-map" dir="ltr" aria-label={label} />;
}
