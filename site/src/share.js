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
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
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

// Puts `code` in the URL without adding a history entry per run.
export function writeSharedCode(code) {
  history.replaceState(null, '', `#${KEY}${toBase64Url(code)}`);
}
