/** The typed, validated form of mlops.yaml. Everything here is frozen after loading. */

export type ParameterValue = string | number | boolean | null | ParameterValue[] | ParameterMap;
export interface ParameterMap {
  readonly [name: string]: ParameterValue;
}

export interface Environment {
  readonly name: string;
  readonly project: string;
  readonly region: string;
  readonly bucket: string;
  readonly imageRepository?: string;
  readonly serviceAccount?: string;
  readonly kmsKey?: string;
  readonly network?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly promoteFrom?: string;
}

/** Where a pipeline comes from: a Python function to compile, or a spec compiled elsewhere. */
export type PipelineSource =
  | { readonly kind: 'function'; readonly file: string; readonly function: string }
  | { readonly kind: 'spec'; readonly file: string };

export interface Schedule {
  /** Five-field cron, without a TZ= prefix. */
  readonly cron: string;
  readonly timezone: string;
}

/** A pipeline as it runs in one environment, after that environment's overrides. */
export interface PipelineInEnvironment {
  readonly parameters: ParameterMap;
  readonly schedule?: Schedule;
  readonly caching: boolean;
}

export interface PipelineDefinition {
  readonly name: string;
  readonly description?: string;
  /** Paths are relative to the directory of the config file. */
  readonly source: PipelineSource;
  readonly training: boolean;
  readonly schedule?: Schedule;
  readonly parameters: ParameterMap;
  readonly caching: boolean;
  readonly labels: Readonly<Record<string, string>>;
  /** Resolved per environment (defaults merged with overrides); absent where `enabled: false`. */
  readonly environments: Readonly<Record<string, PipelineInEnvironment>>;
  /** Where in mlops.yaml this definition is, for messages about it. */
  readonly line: number;
}

export interface ImageDefinition {
  readonly name: string;
  readonly context: string;
  readonly dockerfile: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly pipelines: readonly string[];
}

export interface NotificationChannelDefinition {
  readonly name: string;
  readonly type: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly description?: string;
}

export interface AlertPolicyDefinition {
  readonly name: string;
  readonly metric?: string;
  readonly pipeline?: string;
  readonly model?: string;
  readonly threshold?: number;
  readonly comparison?: 'above' | 'below';
  readonly duration?: string;
  readonly channels: readonly string[];
  readonly documentation?: string;
  readonly policy?: Readonly<Record<string, unknown>>;
}

export interface MlopsConfig {
  /** The config file, as given (relative to the workspace when it was given so). */
  readonly file: string;
  /** Directory that relative paths inside the config are resolved against. */
  readonly baseDir: string;
  readonly environments: Readonly<Record<string, Environment>>;
  readonly pipelines: readonly PipelineDefinition[];
  readonly images: readonly ImageDefinition[];
  readonly alerting: {
    readonly channels: readonly NotificationChannelDefinition[];
    readonly policies: readonly AlertPolicyDefinition[];
  };
}
