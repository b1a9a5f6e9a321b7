// Error bodies in the shapes Gemini sends them (see test/fixtures/gemini/*.json). Built here rather
// than read from the fixtures so the server also works with a test's own fixtures folder.

export interface ErrorBody {
  readonly error: {
    readonly code: number;
    readonly message: string;
    readonly status: string;
    readonly details?: readonly Readonly<Record<string, unknown>>[];
  };
}

const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'NOT_IMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

const DEFAULT_MESSAGES: Readonly<Record<number, string>> = {
  429: 'Resource has been exhausted (e.g. check quota).',
  500: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
  503: 'The model is overloaded. Please try again later.',
  504: 'Deadline expired before operation could complete.',
};

export function statusName(code: number): string {
  return STATUS_NAMES[code] ?? (code >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION');
}

/** A plain `{error: {code, message, status}}` for any status. */
export function errorBody(code: number, message?: string): ErrorBody {
  return { error: { code, message: message ?? DEFAULT_MESSAGES[code] ?? `Request failed with status ${code}.`, status: statusName(code) } };
}

export function apiKeyInvalidBody(): ErrorBody {
  const message = 'API key not valid. Please pass a valid API key.';
  return {
    error: {
      code: 400,
      message,
      status: 'INVALID_ARGUMENT',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'API_KEY_INVALID',
          domain: 'googleapis.com',
          metadata: { service: 'generativelanguage.googleapis.com' },
        },
        { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message },
      ],
    },
  };
}

export function modelNotFoundBody(model: string, apiVersion: string): ErrorBody {
  return errorBody(
    404,
    `models/${model} is not found for API version ${apiVersion}, or is not supported for generateContent. ` +
      'Call ListModels to see the list of available models and their supported methods.',
  );
}

/** Gemini's per-minute 429: QuotaFailure, Help and RetryInfo with a fractional `retryDelay`. */
export function perMinuteQuotaBody(model: string, limit: number, retryAfterMs: number): ErrorBody {
  const delay = formatDuration(retryAfterMs);
  const metric = 'generativelanguage.googleapis.com/generate_content_free_tier_requests';
  return {
    error: {
      code: 429,
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this ' +
        'error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: ' +
        `https://ai.dev/rate-limit. \n* Quota exceeded for metric: ${metric}, limit: ${limit}, model: ${model}\n` +
        `Please retry in ${delay}.`,
      status: 'RESOURCE_EXHAUSTED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.Help',
          links: [{ description: 'Learn more about Gemini API quotas', url: 'https://ai.google.dev/gemini-api/docs/rate-limits' }],
        },
        {
          '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
          violations: [
            {
              quotaMetric: metric,
              quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
              quotaDimensions: { location: 'global', model },
              quotaValue: String(limit),
            },
          ],
        },
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: delay },
      ],
    },
  };
}

/** A protobuf Duration as JSON: seconds with up to nine decimals, e.g. `2.837906927s`, `36s`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  return `${seconds.toFixed(9).replace(/\.?0+$/, '')}s`;
}

/** A model that still exists but is no longer offered to new keys (`404-model-retired-new-users.json`). */
export function modelRetiredBody(model: string): ErrorBody {
  return errorBody(
    404,
    `This model models/${model} is no longer available to new users. Please update your code to use a newer model for the latest features and improvements. We recommend you to use the Interactions API (https://ai.google.dev/gemini-api/docs/migrate-to-interactions).`,
  );
}
