// Loads SERVICE_CENTERS (CONTRACT §4) and picks the repair centre for the place a customer names.
import type { ServiceCenter, ServiceCenterDirectory } from '../domain/product';
import { chineseText, emailAddress, requiredText } from './cellSchemas';
import { loadCsvTable } from './csvTable';
import { DataFileError, type DataFileProblem } from './dataFileError';
import { findPlace, type Place } from './regions';

/** In the regions column, marks the centre that serves everywhere no other centre covers, abroad included. */
export const FALLBACK_REGION = '*';

const centerColumns = {
  id: requiredText,
  regions: requiredText
    .transform((cell) =>
      cell
        .split(';')
        .map((name) => name.trim())
        .filter((name) => name.length > 0),
    )
    .refine((names) => names.length > 0, 'names no region'),
  name: requiredText,
  address: requiredText,
  phone: requiredText,
  email: emailAddress,
  hours: requiredText,
};

/** CONTRACT §4's optional Chinese columns (`hours_zh` added the same way); absent or empty, the English one is shown. */
const chineseColumns = {
  name_zh: chineseText,
  address_zh: chineseText,
  hours_zh: chineseText,
};

/** A city listed on its own is served apart from the rest of its province. */
function coverageKey(place: Place): string {
  return place.city ? `${place.province}/${place.city}` : place.province;
}

class ServiceCenterTable implements ServiceCenterDirectory {
  constructor(
    private readonly centers: readonly ServiceCenter[],
    private readonly centerByCoverage: ReadonlyMap<string, ServiceCenter>,
    private readonly fallback: ServiceCenter,
  ) {}

  forRegion(region: string): ServiceCenter {
    const place = findPlace(region);
    if (!place) return this.fallback;
    return (
      this.centerByCoverage.get(coverageKey(place)) ??
      this.centerByCoverage.get(place.province) ??
      this.fallback
    );
  }

  byId(id: string): ServiceCenter | undefined {
    return this.centers.find((center) => center.id === id);
  }

  all(): ServiceCenter[] {
    return [...this.centers];
  }
}

/**
 * Every region name must be a province or city the gazetteer knows, no place may be covered by two
 * centres, and exactly one centre must be the `*` fallback; otherwise a DataFileError names file, line and column.
 */
export function loadServiceCenters(path: string): ServiceCenterDirectory {
  const table = loadCsvTable(path, centerColumns, chineseColumns);
  const regionsColumn = table.columnNumber('regions');
  const problems: DataFileProblem[] = [];
  const lineById = new Map<string, number>();
  const coverage = new Map<string, { center: ServiceCenter; line: number }>();
  const fallbacks: Array<{ center: ServiceCenter; line: number }> = [];
  const centers: ServiceCenter[] = [];

  for (const { line, values } of table.rows) {
    const { name_zh: nameZh, address_zh: addressZh, hours_zh: hoursZh, ...english } = values;
    const center: ServiceCenter = Object.freeze({ ...english, nameZh, addressZh, hoursZh });
    const sameId = lineById.get(center.id);
    if (sameId !== undefined) {
      problems.push({
        file: path,
        line,
        column: table.columnNumber('id'),
        message: `id "${center.id}" is already used on line ${sameId}`,
      });
      continue;
    }
    lineById.set(center.id, line);
    centers.push(center);

    for (const regionName of center.regions) {
      if (regionName === FALLBACK_REGION) {
        fallbacks.push({ center, line });
        continue;
      }
      const place = findPlace(regionName);
      if (!place) {
        problems.push({
          file: path,
          line,
          column: regionsColumn,
          message: `regions entry "${regionName}" is not a province or city the gazetteer knows`,
        });
        continue;
      }
      const key = coverageKey(place);
      const coveredBy = coverage.get(key);
      if (coveredBy && coveredBy.center.id !== center.id) {
        problems.push({
          file: path,
          line,
          column: regionsColumn,
          message: `regions entry "${regionName}" is already covered by centre ${coveredBy.center.id} on line ${coveredBy.line}`,
        });
      } else if (!coveredBy) {
        coverage.set(key, { center, line });
      }
    }
  }

  const [fallback, ...extraFallbacks] = fallbacks;
  if (!fallback) {
    problems.push({
      file: path,
      line: 1,
      column: regionsColumn,
      message: `no centre has "${FALLBACK_REGION}" in regions; exactly one fallback centre is required`,
    });
  } else {
    for (const extra of extraFallbacks) {
      problems.push({
        file: path,
        line: extra.line,
        column: regionsColumn,
        message: `centre ${extra.center.id} is marked "${FALLBACK_REGION}" as well as centre ${fallback.center.id} on line ${fallback.line}; exactly one fallback centre is allowed`,
      });
    }
  }
  if (problems.length > 0 || !fallback) throw new DataFileError(problems);

  const centerByCoverage = new Map([...coverage].map(([key, { center }]) => [key, center]));
  return new ServiceCenterTable(centers, centerByCoverage, fallback.center);
}
