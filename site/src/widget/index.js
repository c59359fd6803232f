// The embeddable widget, built to dist/widget.js. A docs page needs only
//   <script type="module" src="https://…/widget.js"></script>
//   <yieldlab-run><pre><code>print("hi")</code></pre></yieldlab-run>
// The runtime is fetched from runtime/ next to widget.js, so the whole dist
// folder is what gets hosted; on another origin than the docs, with CORS
// allowed (see start-worker.js).
import { YieldlabRun } from './yieldlab-run.js';

// In the dev server, modules are served from src/ but runtime/ from the root.
YieldlabRun.base = import.meta.env.DEV ? document.baseURI : import.meta.url;

if (!customElements.get('yieldlab-run')) customElements.define('yieldlab-run', YieldlabRun);
