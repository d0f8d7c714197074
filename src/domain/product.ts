// Products as the sales-contract registry knows them, and the repair centres (CONTRACT §4).
import type { Language } from './vocabulary';

/** One row of PRODUCT_REGISTRY. Dates are ISO `YYYY-MM-DD`. */
export interface ProductRecord {
  serial: string;
  model: string;
  category: string;
  purchaseDate: string;
  warrantyMonths: number;
  contractId: string;
  seller: string;
  authorizedChannel: boolean;
}

/** NetPosa names its PTZ domes in the model (NP-PTZ5225); a motorised-zoom bullet (NP-IPC5285-Z) is no dome. */
export function isPtzDome(model: string): boolean {
  return /\bPTZ/iu.test(model);
}

/** One row of SERVICE_CENTERS. `regions` holds `*` for the fallback centre; name, address and hours are in English. */
export interface ServiceCenter {
  id: string;
  regions: string[];
  name: string;
  address: string;
  phone: string;
  email: string;
  hours: string;
  /** The optional `name_zh`, `address_zh` and `hours_zh` columns, for Chinese-speaking customers. */
  nameZh?: string;
  addressZh?: string;
  hoursZh?: string;
}

/** What a customer is told about a centre. */
export interface CenterDetails {
  name: string;
  address: string;
  phone: string;
  email: string;
  hours: string;
}

/** A centre in the customer's language: the Chinese columns for `zh` where the file has them, else the English ones. */
export function centerDetails(center: ServiceCenter, lang: Language): CenterDetails {
  const { name, address, phone, email, hours } = center;
  if (lang === 'en') return { name, address, phone, email, hours };
  return { name: center.nameZh ?? name, address: center.addressZh ?? address, phone, email, hours: center.hoursZh ?? hours };
}

export interface ProductRegistry {
  /** Finds a product by serial, ignoring case, spaces and dashes. */
  findBySerial(serial: string): ProductRecord | undefined;
  /** Known model names, for recognising a model a customer types. */
  models(): string[];
  /** The category of a known model, if any product of that model is registered. */
  categoryOfModel(model: string): string | undefined;
}

export interface ServiceCenterDirectory {
  /** The centre covering a place the customer names (province or city, English or Chinese), else the `*` centre. */
  forRegion(region: string): ServiceCenter;
  byId(id: string): ServiceCenter | undefined;
  all(): ServiceCenter[];
}
