// The output pane. Program output is untrusted text: it only ever enters the
// page through text nodes, never as HTML. Each stream gets its own span class
// so the stylesheet can tell stderr and the page's own notes apart.
//
// Output can be large and fast, so the pane keeps it in chunks of at most
// CHUNK characters (appending only ever touches the last, small text node,
// and the browser never re-lays a huge one), draws at most once per frame,
// and keeps the last MAX_CHARS characters.
//
// It also keeps a log of what it showed, so Back can show the output as it
// was at an earlier step: mark() names the present, showUpTo(mark) the past.
const CHUNK = 8192;
const MAX_CHARS = 100_000; // about 5000 lines: laying out more costs the page whole frames

export function createOutput(pre) {
  let chunks = []; // [{ cls, text, node }], oldest first; node while drawn
  let dropped = 0; // characters dropped from the front
  let size = 0; // characters held in chunks
  let viewing = null; // a mark while showing the past
  let frame = 0;

  function draw() {
    frame = 0;
    if (viewing !== null) return;
    // Drawn chunks only ever change at the end (appends) or vanish at the front.
    while (pre.firstChild && pre.firstChild !== chunks[0]?.node) pre.firstChild.remove();
    for (const chunk of chunks) {
      if (!chunk.node) {
        chunk.node = Object.assign(document.createElement('span'), { className: chunk.cls, textContent: chunk.text });
        pre.append(chunk.node);
      } else if (chunk.node.firstChild.length !== chunk.text.length) {
        chunk.node.firstChild.appendData(chunk.text.slice(chunk.node.firstChild.length));
      }
    }
    if (dropped) pre.dataset.dropped = dropped.toLocaleString('en-US');
    else delete pre.dataset.dropped;
    pre.scrollTop = pre.scrollHeight;
  }

  const schedule = () => {
    frame ||= requestAnimationFrame(draw);
  };

  function append(text, cls) {
    if (!text) return;
    for (let at = 0; at < text.length;) {
      let last = chunks[chunks.length - 1];
      if (!last || last.cls !== cls || last.text.length >= CHUNK) {
        last = { cls, text: '', node: null };
        chunks.push(last);
      }
      const piece = text.slice(at, at + CHUNK - last.text.length);
      last.text += piece;
      at += piece.length;
    }
    size += text.length;
    while (size > MAX_CHARS && chunks.length > 1) {
      const first = chunks.shift();
      size -= first.text.length;
      dropped += first.text.length;
    }
    schedule();
  }

  function render(upTo) {
    pre.replaceChildren();
    for (const chunk of chunks) chunk.node = null;
    let left = upTo - dropped;
    for (const { cls, text } of chunks) {
      if (left <= 0) break;
      pre.append(Object.assign(document.createElement('span'), { className: cls, textContent: text.slice(0, left) }));
      left -= text.length;
    }
    pre.scrollTop = pre.scrollHeight;
  }

  return {
    stdout: (text) => append(text, 'stdout'),
    stderr: (text) => append(text, 'stderr'),
    note: (text) => append(text, 'note'), // messages from yieldlab itself
    echo: (text) => append(text, 'echo'), // what the visitor typed in the console
    mark: () => dropped + size,
    // Draws now what would be drawn on the next frame (a task has ended: the
    // page shows its whole output together with its status).
    flush() {
      cancelAnimationFrame(frame);
      draw();
    },
    showUpTo(mark) {
      viewing = mark;
      render(mark);
    },
    showAll() {
      if (viewing === null) return;
      viewing = null;
      pre.replaceChildren(); // the chunks were detached by render()
      draw();
    },
    clear() {
      pre.replaceChildren();
      chunks = [];
      dropped = 0;
      delete pre.dataset.dropped;
      size = 0;
      viewing = null;
    },
  };
}
