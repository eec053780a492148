// Loaded lazily with the map page: Leaflet stays out of the first bundle.
import 'leaflet/dist/leaflet.css';
import { type Locale, pickLocalizedText } from '@karvan/domain';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { MapPoint, Province } from '../../shared/api/types.ts';
import { directionOf } from '../../shared/i18n/locale.tsx';
import { OSM_ATTRIBUTION } from '../reference/iran-map.tsx';
import type { ProvinceBoundaries } from '../reference/reference.api.ts';
import { colorFor } from './map-scale.ts';

interface OpportunitiesMapProps {
  boundaries: ProvinceBoundaries;
  provinces: Province[];
  /** Published opportunities per province code. */
  counts: ReadonlyMap<string, number>;
  points: MapPoint[];
  locale: Locale;
  /** Accessible name of the map region. */
  label: string;
  /** The tooltip line under a province's name ("12 opportunities"). */
  describeCount: (count: number) => string;
  /** A count as the locale writes it (Persian digits for fa). */
  formatCount: (count: number) => string;
  /** The link text in a point's popup. */
  openLabel: string;
  /** The address of an opportunity's page, for the popup's link. */
  hrefOf: (id: string) => string;
  onProvince: (code: string) => void;
  onOpen: (id: string) => void;
}

/** A DOM node holding text in its own language: names are data, never HTML. */
function textNode(tag: string, text: string, locale?: Locale): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (locale) {
    node.lang = locale;
    node.dir = directionOf(locale);
  }
  return node;
}

const POINT_STYLE: L.CircleMarkerOptions = {
  radius: 6,
  color: '#ffffff',
  weight: 1.5,
  fillColor: '#e8590c',
  fillOpacity: 0.9,
};

/**
 * Iran's provinces shaded by the number of published opportunities, with the count on each,
 * and the opportunities that have coordinates as points. Drawn from the shipped GeoJSON with
 * no tile layer, so nothing is fetched from the internet. Clicking a province opens its page;
 * a point's popup links to the opportunity.
 */
export function OpportunitiesMap({
  boundaries,
  provinces,
  counts,
  points,
  locale,
  label,
  describeCount,
  formatCount,
  openLabel,
  hrefOf,
  onProvince,
  onOpen,
}: OpportunitiesMapProps) {
  const container = useRef<HTMLElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const pointLayer = useRef<L.LayerGroup | null>(null);
  // The latest callbacks, so the map is not rebuilt on every render.
  const callbacks = useRef({ onProvince, onOpen, describeCount, formatCount, hrefOf, openLabel });
  callbacks.current = { onProvince, onOpen, describeCount, formatCount, hrefOf, openLabel };

  // The provinces: rebuilt when the boundaries, counts or language change.
  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, {
      zoomSnap: 0.25,
      minZoom: 4,
      maxZoom: 12,
      attributionControl: true,
      keyboard: true,
    });
    map.attributionControl.addAttribution(OSM_ATTRIBUTION);
    mapRef.current = map;

    const names = new Map(provinces.map((province) => [province.code, province.name]));
    const max = Math.max(0, ...counts.values());
    const labels = L.layerGroup();

    const layer = L.geoJSON(boundaries as unknown as GeoJSON.GeoJsonObject, {
      style: (feature) => {
        const code = String((feature?.properties as { iso_3166_2?: string } | undefined)?.iso_3166_2 ?? '');
        return {
          color: '#0b7285',
          weight: 1,
          fillColor: colorFor(counts.get(code) ?? 0, max),
          fillOpacity: 0.75,
        };
      },
      onEachFeature: (feature, featureLayer) => {
        const code = String((feature.properties as { iso_3166_2?: string }).iso_3166_2 ?? '');
        const count = counts.get(code) ?? 0;
        const picked = pickLocalizedText(names.get(code), locale);
        const tooltip = document.createElement('span');
        tooltip.className = 'karvan-map-tooltip';
        tooltip.append(
          textNode('strong', picked?.text ?? code, picked?.locale),
          document.createElement('br'),
          textNode('span', callbacks.current.describeCount(count), locale),
        );
        featureLayer.bindTooltip(tooltip, { sticky: true, direction: 'top' });
        featureLayer.on('click', () => callbacks.current.onProvince(code));
        if (count > 0 && featureLayer instanceof L.Polygon) {
          const badge = textNode('span', callbacks.current.formatCount(count), locale);
          labels.addLayer(
            L.marker(featureLayer.getBounds().getCenter(), {
              // A zero-size icon whose content centres itself (CSS), whatever the number's width.
              icon: L.divIcon({ className: 'karvan-map-count', html: badge, iconSize: [0, 0] }),
              interactive: false,
              keyboard: false,
            }),
          );
        }
      },
    }).addTo(map);
    labels.addTo(map);
    pointLayer.current = L.layerGroup().addTo(map);

    const bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });

    return () => {
      map.remove();
      mapRef.current = null;
      pointLayer.current = null;
    };
  }, [boundaries, provinces, counts, locale]);

  // The points: redrawn when the filters change, without rebuilding the provinces.
  useEffect(() => {
    const group = pointLayer.current;
    if (!group) return;
    group.clearLayers();
    for (const point of points) {
      const picked = pickLocalizedText(point.title, locale);
      const popup = document.createElement('div');
      popup.className = 'karvan-map-popup';
      popup.append(textNode('strong', picked?.text ?? '', picked?.locale));
      const link = textNode('a', callbacks.current.openLabel, locale);
      link.setAttribute('href', callbacks.current.hrefOf(point.id));
      link.addEventListener('click', (event) => {
        // A plain click stays in the app; a middle or modified click opens a tab as usual.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        callbacks.current.onOpen(point.id);
      });
      popup.append(document.createElement('br'), link);
      L.circleMarker([point.latitude, point.longitude], POINT_STYLE).bindPopup(popup).addTo(group);
    }
  }, [points, locale, boundaries, provinces, counts]);

  // A map is a picture, not text: Leaflet's own layout is left-to-right on every page.
  return <section ref={container} className="karvan-map" dir="ltr" aria-label={label} />;
}
