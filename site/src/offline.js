// Registers the offline service worker (dist/sw.js, made by the build from
// src/sw.js). Only in a built site served over http(s): the dev server has
// no sw.js, and file:// pages (the single-file build) cannot have one.
// Resolves to the registration, or null when there is none.
export async function registerOffline({ script = 'sw.js' } = {}) {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) {
    return null;
  }
  try {
    return await navigator.serviceWorker.register(new URL(script, document.baseURI), { scope: './' });
  } catch (e) {
    // Offline use is a bonus: the page works the same without it.
    console.warn(`yieldlab: offline mode unavailable (${e?.message ?? e})`);
    return null;
  }
}
