const KEY = 'brm.editorToken';

/**
 * The editor token mutations need, kept for this browser tab only (sessionStorage: gone when the tab closes, never
 * in a URL, a link or the server's logs of page requests).
 */
export function readEditorToken(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeEditorToken(token: string): void {
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // storage disabled (private mode): the token then lives in the form only
  }
}
