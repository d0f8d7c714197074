// The assistant's configuration: one validated, typed, frozen object built from the environment at the edge.
import { z } from 'zod';
import path from 'node:path';
import { PROJECT_ROOT } from './projectRoot';
import { DEFAULT_STAFF_HOURS, parseStaffHours, StaffHoursError } from './domain/staffHours';
import { DEFAULT_STAFF_EVENT_LOG_SIZE } from './storage/memory';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real calendar date');

const staffHours = z
  .string()
  .default(DEFAULT_STAFF_HOURS)
  .transform((text, context) => {
    try {
      return parseStaffHours(text);
    } catch (error) {
      if (!(error instanceof StaffHoursError)) throw error;
      context.addIssue({ code: z.ZodIssueCode.custom, message: error.message });
      return z.NEVER;
    }
  });

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  STORAGE: z.enum(['memory', 'redis']).default('memory'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  PRODUCT_REGISTRY: z.string().min(1).default(path.join(PROJECT_ROOT, 'data/demo-registry.csv')),
  SERVICE_CENTERS: z.string().min(1).default(path.join(PROJECT_ROOT, 'data/demo-service-centers.csv')),
  BOT_TODAY: isoDate.optional(),
  CASE_NUMBERS_FILE: z.string().min(1).default(path.join(PROJECT_ROOT, 'var', 'case-numbers.json')),
  STAFF_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  DIRECTLINE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  TOKEN_SIGNING_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_BASE_URL: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//.test(value), 'expected an http:// or https:// address')
    .optional(),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  STAFF_HOURS: staffHours,
  BRAND_NAME: z.string().min(1).default('NetPosa Service'),
  BRAND_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #0b3d91')
    .default('#0b3d91'),
  WECHATY_PUPPET: z.string().optional(),
  // WeChat Official Account (CONTRACT §9): on when WECHAT_OA_APPID is set.
  WECHAT_OA_APPID: z.string().regex(/^wx[0-9a-zA-Z]{16}$/, 'expected an AppID like wx0123456789abcdef').optional(),
  WECHAT_OA_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  // WeChat's own rule for the server configuration's Token.
  WECHAT_OA_TOKEN: z.string().regex(/^[0-9a-zA-Z]{3,32}$/, 'expected 3 to 32 letters and digits').optional(),
  WECHAT_OA_AES_KEY: z.string().regex(/^[0-9a-zA-Z+/]{43}$/, 'expected the 43-character EncodingAESKey').optional(),
  WECHAT_API_BASE: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//.test(value), 'expected an http:// or https:// address')
    .transform((value) => value.replace(/\/+$/, ''))
    .default('https://api.weixin.qq.com'),
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: z.string().optional(),
  BotOpenIdMetadata: z.string().url().optional(),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_TOKENS_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_TOKENS_PER_CONVERSATION: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_STARTS_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_STARTS_PER_CONVERSATION: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_MESSAGES_PER_ADDRESS: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_MESSAGES_PER_CONVERSATION: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_UPLOADS_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_UPLOADS_PER_CONVERSATION: z.coerce.number().int().min(1).default(10),
  UPLOAD_QUOTA_FILES: z.coerce.number().int().min(1).default(20),
  UPLOAD_QUOTA_MB: z.coerce.number().int().min(4).default(40),
  STREAMS_PER_CONVERSATION: z.coerce.number().int().min(1).default(4),
  STREAMS_TOTAL: z.coerce.number().int().min(1).default(2000),
  STREAM_MAX_BUFFERED_KB: z.coerce.number().int().min(64).default(1024),
  HISTORY_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  CONVERSATION_IDLE_MINUTES: z.coerce.number().int().min(1).default(1440),
  CASE_RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  STAFF_SESSION_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  STAFF_LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  STAFF_LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  STAFF_LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  STAFF_REMINDER_MINUTES: z.coerce.number().int().min(1).default(5),
  STAFF_RETURN_MINUTES: z.coerce.number().int().min(1).default(15),
  STAFF_QUEUE_NOTICE_MINUTES: z.coerce.number().int().min(1).default(10),
  STAFF_EVENT_LOG_SIZE: z.coerce.number().int().min(10).default(DEFAULT_STAFF_EVENT_LOG_SIZE),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})
  // A reminder after the conversation went back to the queue would remind nobody.
  .refine((config) => config.STAFF_REMINDER_MINUTES < config.STAFF_RETURN_MINUTES, {
    message: 'must be more than STAFF_REMINDER_MINUTES',
    path: ['STAFF_RETURN_MINUTES'],
  })
  // An AppID alone would accept pushes it can neither verify nor answer.
  .superRefine((config, context) => {
    if (config.WECHAT_OA_APPID === undefined) return;
    for (const key of ['WECHAT_OA_SECRET', 'WECHAT_OA_TOKEN'] as const) {
      if (config[key] === undefined) context.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: 'must be set when WECHAT_OA_APPID is' });
    }
  });

export type Config = Readonly<z.infer<typeof schema>>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; an empty string counts as unset. Throws ConfigError naming every bad key. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration — ${problems.join('; ')}`);
  }
  return Object.freeze(parsed.data);
}

/** The Official Account's settings when WECHAT_OA_APPID turns it on; undefined when it is off. */
export function officialAccountSettings(config: Config): OfficialAccountSettings | undefined {
  const { WECHAT_OA_APPID: appId, WECHAT_OA_SECRET: secret, WECHAT_OA_TOKEN: token } = config;
  if (appId === undefined || secret === undefined || token === undefined) return undefined;
  return { appId, secret, token, aesKey: config.WECHAT_OA_AES_KEY, apiBase: config.WECHAT_API_BASE };
}

export interface OfficialAccountSettings {
  appId: string;
  secret: string;
  /** The Token of the account's server configuration: signs WeChat's pushes. */
  token: string;
  /** The EncodingAESKey: set for safe mode. */
  aesKey?: string;
  apiBase: string;
}

/** Where clients reach us (stream and attachment links): PUBLIC_BASE_URL, else this machine on the port we listen on. */
export function publicBaseUrl(config: Config, listeningPort: number): string {
  return (config.PUBLIC_BASE_URL ?? `http://localhost:${listeningPort}`).replace(/\/+$/, '');
}
