// Products as the sales-contract registry knows them, and the repair centres (CONTRACT §4).

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

/** One row of SERVICE_CENTERS. `regions` holds `*` for the fallback centre. */
export interface ServiceCenter {
  id: string;
  regions: string[];
  name: string;
  address: string;
  phone: string;
  email: string;
  hours: string;
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
