// The brand the support page and the widget wear: a name and a primary colour, checked before they reach HTML and CSS.

export interface Brand {
  name: string;
  /** `#rrggbb` */
  primaryColor: string;
}

export const DEFAULT_BRAND: Brand = { name: 'NetPosa Service', primaryColor: '#0b3d91' };

const MAX_BRAND_NAME_LENGTH = 60;

export function resolveBrand(configured: Partial<Brand> = {}): Brand {
  const brand = { ...DEFAULT_BRAND, ...configured };
  const name = brand.name.trim();
  if (name === '' || name.length > MAX_BRAND_NAME_LENGTH) {
    throw new Error(`resolveBrand: the brand name must be 1–${MAX_BRAND_NAME_LENGTH} characters, got "${brand.name}"`);
  }
  // The colour is written into CSS and scripts, so nothing but a plain hex colour gets through.
  if (!/^#[0-9a-fA-F]{6}$/.test(brand.primaryColor)) {
    throw new Error(`resolveBrand: the primary colour must look like #0b3d91, got "${brand.primaryColor}"`);
  }
  return { name, primaryColor: brand.primaryColor.toLowerCase() };
}

/** Up to two letters for the assistant's avatar: "NetPosa Service" → "NS". */
export function brandInitials(name: string): string {
  const words = name.split(/\s+/).filter((word) => word !== '');
  const letters = words.length > 1 ? words.slice(0, 2).map((word) => [...word][0]) : [...name].slice(0, 2);
  return letters.join('').toUpperCase();
}
