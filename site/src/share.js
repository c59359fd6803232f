// Share links: the program travels in the URL fragment (#code=...), base64url
// of its UTF-8, so nothing is ever uploaded and any static host works.
const KEY = 'code=';

function toBase64Url(text) {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded) {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

// The program in the current URL, or null when there is none (or it is mangled).
export function readSharedCode() {
  const hash = location.hash.slice(1);
  if (!hash.startsWith(KEY)) return null;
  try {
    return fromBase64Url(hash.slice(KEY.length));
  } catch {
    return null;
  }
}

// Takes the fragment off the address bar (the code now lives in the editor
// and its saved copy), so a reload shows later edits instead of the link's.
export function clearSharedCode() {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

// (From href, not origin: origin is "null" on file://.)
export const shareLink = (code) => `${location.href.split('#')[0]}#${KEY}${toBase64Url(code)}`;

// Copies the link; resolves to whether the clipboard took it (it may refuse
// on file:// or without permission; the caller then shows the link to copy).
export async function copyLink(link) {
  try {
    await navigator.clipboard.writeText(link);
    return true;
  } catch {
    return false;
  }
}
