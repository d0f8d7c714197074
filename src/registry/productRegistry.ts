// Loads PRODUCT_REGISTRY (CONTRACT §4) and answers which product a serial belongs to.
import { z } from 'zod';
import type { ProductRecord, ProductRegistry } from '../domain/product';
import { calendarDate, requiredText, wholeNumberBetween, yesNo } from './cellSchemas';
import { loadCsvTable } from './csvTable';
import { DataFileError, type DataFileProblem } from './dataFileError';
import { isWellFormedSerial, normalizeSerial } from './serialNumber';

const MAX_WARRANTY_MONTHS = 120;

const registryColumns = {
  serial: z
    .string()
    .refine(isWellFormedSerial, 'is not a serial number (8-20 letters, digits and dashes, at least 4 digits)'),
  model: requiredText,
  category: requiredText.transform((category) => category.toLowerCase()),
  purchase_date: calendarDate,
  warranty_months: wholeNumberBetween(1, MAX_WARRANTY_MONTHS),
  contract_id: requiredText,
  seller: requiredText,
  authorized_channel: yesNo,
};

/** Models compare without case: sales staff type "np-ipc2043" as often as "NP-IPC2043". */
function modelKey(model: string): string {
  return model.trim().toUpperCase();
}

class RegisteredProducts implements ProductRegistry {
  private readonly bySerial = new Map<string, ProductRecord>();
  private readonly categoryByModel = new Map<string, string>();
  private readonly modelNames: string[] = [];

  constructor(records: readonly ProductRecord[]) {
    for (const record of records) {
      this.bySerial.set(normalizeSerial(record.serial), record);
      const key = modelKey(record.model);
      if (!this.categoryByModel.has(key)) {
        this.categoryByModel.set(key, record.category);
        this.modelNames.push(record.model);
      }
    }
  }

  findBySerial(serial: string): ProductRecord | undefined {
    return this.bySerial.get(normalizeSerial(serial));
  }

  models(): string[] {
    return [...this.modelNames];
  }

  categoryOfModel(model: string): string | undefined {
    return this.categoryByModel.get(modelKey(model));
  }
}

/**
 * Throws a DataFileError naming file, line and column for any bad cell, for a serial registered twice,
 * and for a model filed under two categories (which would make a customer's model ambiguous).
 */
export function loadProductRegistry(path: string): ProductRegistry {
  const table = loadCsvTable(path, registryColumns);
  const problems: DataFileProblem[] = [];
  const lineBySerial = new Map<string, { line: number; serial: string }>();
  const firstOfModel = new Map<string, { line: number; category: string }>();
  const records: ProductRecord[] = [];

  for (const { line, values } of table.rows) {
    const serialKey = normalizeSerial(values.serial);
    const earlier = lineBySerial.get(serialKey);
    if (earlier) {
      problems.push({
        file: path,
        line,
        column: table.columnNumber('serial'),
        message: `serial "${values.serial}" is already registered on line ${earlier.line} as "${earlier.serial}"`,
      });
      continue;
    }
    lineBySerial.set(serialKey, { line, serial: values.serial });

    const sameModel = firstOfModel.get(modelKey(values.model));
    if (sameModel && sameModel.category !== values.category) {
      problems.push({
        file: path,
        line,
        column: table.columnNumber('category'),
        message: `category "${values.category}" contradicts "${sameModel.category}" given for model ${values.model} on line ${sameModel.line}`,
      });
      continue;
    }
    if (!sameModel) firstOfModel.set(modelKey(values.model), { line, category: values.category });

    records.push(
      Object.freeze({
        serial: values.serial,
        model: values.model,
        category: values.category,
        purchaseDate: values.purchase_date,
        warrantyMonths: values.warranty_months,
        contractId: values.contract_id,
        seller: values.seller,
        authorizedChannel: values.authorized_channel,
      }),
    );
  }
  if (problems.length > 0) throw new DataFileError(problems);
  return new RegisteredProducts(records);
}
