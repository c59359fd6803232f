// The output pane. Program output is untrusted text: it only ever enters the
// page through text nodes, never as HTML. Each stream gets its own span class
// so the stylesheet can tell stderr and the page's own notes apart.
//
// The pane keeps a log of what it showed, so Back can show the output as it
// was at an earlier step: mark() names the present, showUpTo(mark) the past.
const MAX_CHARS = 2_000_000; // past this, older output is dropped, not the page

export function createOutput(pre) {
  let log = []; // [{ cls, text }], merged per stream
  let dropped = 0; // characters dropped from the front of the log
  let size = 0;
  let viewing = null; // a mark while showing the past

  function appendNode(cls, text) {
    const last = pre.lastChild;
    // Merge with the previous chunk of the same stream: fewer nodes to lay out.
    if (last && last.className === cls) last.firstChild.appendData(text);
    else pre.append(Object.assign(document.createElement('span'), { className: cls, textContent: text }));
  }

  function append(text, cls) {
    if (!text) return;
    const last = log[log.length - 1];
    if (last?.cls === cls) last.text += text;
    else log.push({ cls, text });
    size += text.length;
    while (size > MAX_CHARS && log.length > 1) {
      const first = log.shift();
      size -= first.text.length;
      dropped += first.text.length;
      if (viewing === null) pre.firstChild?.remove(); // one node per log entry while live
    }
    if (viewing === null) {
      appendNode(cls, text);
      pre.scrollTop = pre.scrollHeight;
    }
  }

  function render(upTo) {
    pre.replaceChildren();
    let left = upTo - dropped;
    for (const { cls, text } of log) {
      if (left <= 0) break;
      appendNode(cls, text.slice(0, left));
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
    showUpTo(mark) {
      viewing = mark;
      render(mark);
    },
    showAll() {
      if (viewing === null) return;
      viewing = null;
      render(Infinity);
    },
    clear() {
      pre.replaceChildren();
      log = [];
      dropped = 0;
      size = 0;
      viewing = null;
    },
  };
}
