// Registers the service worker (offline use, scripts/sw-template.js) and tells the app, through
// window events, when a new version is waiting; the app's "Reload" asks for it. Where service
// workers are missing or fail, nothing changes: the app works online as before.
if ("serviceWorker" in navigator) {
  const ready = () => {
    window.__radarUpdateReady = true;
    window.dispatchEvent(new Event("radar:update-ready"));
  };
  let asked = false;
  // Not before the page has loaded and the browser is idle: on a first visit the worker caches
  // the app and its data, which must not compete with the reader's own download of them.
  const whenIdle = (work) => ("requestIdleCallback" in window ? requestIdleCallback(work, { timeout: 5000 }) : setTimeout(work, 1000));
  const loaded = new Promise((resolve) =>
    document.readyState === "complete" ? resolve() : window.addEventListener("load", resolve, { once: true }),
  );
  loaded
    .then(() => new Promise((resolve) => whenIdle(resolve)))
    .then(() => navigator.serviceWorker.register("sw.js"))
    .then((registration) => {
      const watch = (worker) =>
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed" && navigator.serviceWorker.controller) ready();
        });
      if (registration.waiting && navigator.serviceWorker.controller) ready();
      watch(registration.installing);
      registration.addEventListener("updatefound", () => watch(registration.installing));
      window.addEventListener("radar:apply-update", () => {
        asked = true;
        registration.waiting?.postMessage("skip-waiting");
      });
    })
    .catch(() => {});
  // The new version has taken over because the reader asked: load it (never on a first install).
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (asked) location.reload();
  });
}
