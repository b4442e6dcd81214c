// Conversions between the protobuf well-known types (as @grpc/proto-loader hands them over with
// `longs: String, defaults: false, oneofs: true`) and plain JavaScript.

export interface ProtoValue {
  nullValue?: string;
  numberValue?: number;
  stringValue?: string;
  boolValue?: boolean;
  structValue?: ProtoStruct;
  listValue?: { values?: ProtoValue[] };
  kind?: string;
}
export interface ProtoStruct {
  fields?: Record<string, ProtoValue>;
}
export interface Timestamp {
  seconds: string;
  nanos: number;
}

export function fromValue(v: ProtoValue | undefined): unknown {
  if (!v) return null;
  if (v.structValue !== undefined) return fromStruct(v.structValue);
  if (v.listValue !== undefined) return (v.listValue.values ?? []).map(fromValue);
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.numberValue !== undefined) return v.numberValue;
  if (v.boolValue !== undefined) return v.boolValue;
  return null;
}

export function fromStruct(s: ProtoStruct | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(s?.fields ?? {}).map(([k, v]) => [k, fromValue(v)]));
}

export function toTimestamp(ms: number): Timestamp {
  return { seconds: String(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 };
}

export function fromTimestamp(t: Timestamp | undefined): number | undefined {
  return t ? Number(t.seconds) * 1000 + Math.floor((t.nanos ?? 0) / 1e6) : undefined;
}

/** google.protobuf.Duration → seconds. */
export function durationSeconds(d: { seconds?: string; nanos?: number } | undefined): number {
  return Number(d?.seconds ?? 0) + (d?.nanos ?? 0) / 1e9;
}
