import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { hasProvinces, useProvinces } from './reference.api.ts';

/** A province's name in the UI language (with the fallback mark), or its ISO code while loading. */
export function ProvinceName({ country, code }: { country: string; code: string | null | undefined }) {
  const provinces = useProvinces(hasProvinces(country) ? country : null);
  if (!code) return null;
  const province = provinces.data?.items.find((item) => item.code === code);
  if (!province) return <bdi className="karvan-code">{code}</bdi>;
  return <LocalizedText value={province.name} unofficial={province.unofficial} />;
}
