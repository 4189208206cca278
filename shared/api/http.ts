/**
 * The browser twin's wire format, shared by the loopback server (electron/web) and the renderer's web
 * transport: POST {API_PATH_PREFIX}<method> with the JSON input as body and the per-run token in TOKEN_HEADER;
 * the answer is always HTTP 200 with an ApiResult body, except for requests refused before dispatch
 * (401 without the token, 403 from another Origin), which still carry an ApiResult so the UI can say why.
 */
export const API_PATH_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-copydesk-token';
/** Query parameter of the URL the server prints; the renderer moves it to sessionStorage and out of the URL. */
export const TOKEN_QUERY = 'token';
/** The line `npm run web` prints, which the e2e tests and the launcher read to find the URL. */
export const WEB_READY_PREFIX = 'Copydesk is running at ';
