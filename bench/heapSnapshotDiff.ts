// Compares two heap snapshots of one process (node:v8 writeHeapSnapshot): what grew, by kind and constructor, and what
// holds each new large object. `npx tsx bench/heapSnapshotDiff.ts before.heapsnapshot after.heapsnapshot [min bytes]`
import { readFileSync } from 'node:fs';

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

interface Retainer {
  from: number;
  edge: string;
}

class Snapshot {
  readonly count: number;
  private readonly raw: RawSnapshot;
  private readonly nodeWidth: number;
  private readonly field: Record<'type' | 'name' | 'id' | 'self_size' | 'edge_count', number>;
  private retainersByNode: Retainer[][] | undefined;

  constructor(file: string) {
    this.raw = JSON.parse(readFileSync(file, 'utf8')) as RawSnapshot;
    const fields = this.raw.snapshot.meta.node_fields;
    this.nodeWidth = fields.length;
    this.field = { type: fields.indexOf('type'), name: fields.indexOf('name'), id: fields.indexOf('id'), self_size: fields.indexOf('self_size'), edge_count: fields.indexOf('edge_count') };
    this.count = this.raw.nodes.length / this.nodeWidth;
  }

  type(node: number): string {
    return this.raw.snapshot.meta.node_types[0][this.value(node, 'type')];
  }

  name(node: number): string {
    return this.raw.strings[this.value(node, 'name')];
  }

  id(node: number): number {
    return this.value(node, 'id');
  }

  size(node: number): number {
    return this.value(node, 'self_size');
  }

  /** Strings and numbers are counted together: their values would make every one a kind of its own. */
  kind(node: number): string {
    const type = this.type(node);
    const valueLike = type.endsWith('string') || type === 'number';
    return `${type} ${valueLike ? '' : this.name(node).slice(0, 60).replaceAll('\n', ' ')}`.trim();
  }

  describe(node: number): string {
    return `${this.kind(node)} @${this.id(node)} (${this.size(node)} B)`;
  }

  /** The first strong holder, then its holder, and so on: usually enough to name the structure that keeps it. */
  retainerPath(node: number, depth: number): string[] {
    const path: string[] = [];
    const seen = new Set([node]);
    for (let current = node; path.length < depth; ) {
      const next = this.retainers()[current].find(({ from, edge }) => !edge.startsWith('weak') && !seen.has(from));
      if (next === undefined) break;
      path.push(`<-[${next.edge}]- ${this.describe(next.from)}`);
      seen.add(next.from);
      current = next.from;
    }
    return path;
  }

  private value(node: number, name: keyof Snapshot['field']): number {
    return this.raw.nodes[node * this.nodeWidth + this.field[name]];
  }

  private retainers(): Retainer[][] {
    if (this.retainersByNode !== undefined) return this.retainersByNode;
    const { meta } = this.raw.snapshot;
    const width = meta.edge_fields.length;
    const [typeField, nameField, toField] = ['type', 'name_or_index', 'to_node'].map((name) => meta.edge_fields.indexOf(name));
    const byNode: Retainer[][] = Array.from({ length: this.count }, () => []);
    let edge = 0;
    for (let node = 0; node < this.count; node++) {
      for (let k = 0; k < this.value(node, 'edge_count'); k++, edge += width) {
        const type = meta.edge_types[0][this.raw.edges[edge + typeField]];
        const nameOrIndex = this.raw.edges[edge + nameField];
        const label = type === 'element' || type === 'hidden' ? String(nameOrIndex) : this.raw.strings[nameOrIndex];
        byNode[this.raw.edges[edge + toField] / this.nodeWidth].push({ from: node, edge: `${type} ${label}` });
      }
    }
    this.retainersByNode = byNode;
    return byNode;
  }
}

function totalsByKind(snapshot: Snapshot): Map<string, { count: number; bytes: number }> {
  const totals = new Map<string, { count: number; bytes: number }>();
  for (let node = 0; node < snapshot.count; node++) {
    const total = totals.get(snapshot.kind(node)) ?? { count: 0, bytes: 0 };
    total.count += 1;
    total.bytes += snapshot.size(node);
    totals.set(snapshot.kind(node), total);
  }
  return totals;
}

function main(): void {
  const [beforeFile, afterFile, minBytesArgument = '100000'] = process.argv.slice(2);
  if (beforeFile === undefined || afterFile === undefined) throw new Error('usage: heapSnapshotDiff before.heapsnapshot after.heapsnapshot [min bytes]');
  const before = new Snapshot(beforeFile);
  const after = new Snapshot(afterFile);

  const earlier = totalsByKind(before);
  const growth = [...totalsByKind(after)].map(([kind, { count, bytes }]) => ({
    kind,
    count: count - (earlier.get(kind)?.count ?? 0),
    bytes: bytes - (earlier.get(kind)?.bytes ?? 0),
  }));
  growth.sort((a, b) => Math.abs(b.bytes) - Math.abs(a.bytes));
  console.log('bytes grown   objects  kind');
  for (const { kind, count, bytes } of growth.slice(0, 30)) console.log(`${String(bytes).padStart(11)}  ${String(count).padStart(8)}  ${kind}`);

  // Snapshot ids stay with an object for the life of the process, so an id missing from `before` is a new object.
  const earlierIds = new Set(Array.from({ length: before.count }, (_, node) => before.id(node)));
  const newLarge = Array.from({ length: after.count }, (_, node) => node)
    .filter((node) => after.size(node) >= Number(minBytesArgument) && !earlierIds.has(after.id(node)))
    .sort((a, b) => after.size(b) - after.size(a));
  console.log(`\nnew objects of ${minBytesArgument} B or more, and what holds them`);
  for (const node of newLarge.slice(0, 15)) {
    console.log(after.describe(node));
    for (const step of after.retainerPath(node, 8)) console.log(`  ${step}`);
  }
}

main();
