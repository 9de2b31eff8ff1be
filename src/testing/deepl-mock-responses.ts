// DeepL's answer shapes: JSON bodies, and errors as `{ message, detail? }`.

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function errorResponse(
  status: number,
  message: string,
  options: { detail?: string; retryAfter?: number } = {},
): Response {
  const headers: Record<string, string> = {};
  if (options.retryAfter !== undefined) headers['retry-after'] = String(options.retryAfter);
  const body = options.detail === undefined ? { message } : { message, detail: options.detail };
  return jsonResponse(body, status, headers);
}

export function emptyResponse(status = 204): Response {
  return new Response(null, { status });
}

/** The default message DeepL sends with a status the mock injects. */
export function statusMessage(status: number): string {
  switch (status) {
    case 403:
      return 'Wrong endpoint. Use https://api.deepl.com or check your authentication key';
    case 413:
      return 'Request Entity Too Large';
    case 429:
      return 'Too many requests. Please wait and resend your request.';
    case 456:
      return 'Quota exceeded. The character limit has been reached.';
    case 503:
      return 'Service unavailable. Try again later.';
    case 529:
      return 'Too many requests. Please wait and resend your request.';
    default:
      return status >= 500 ? 'Internal server error' : 'Bad request';
  }
}
