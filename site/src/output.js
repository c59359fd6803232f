// The output pane. Program output is untrusted text: it only ever enters the
// page through text nodes, never as HTML. stderr goes in its own span so the
// stylesheet can tell it apart.
const MAX_CHARS = 2_000_000; // past this, older output is dropped, not the page

export function createOutput(pre) {
  let size = 0;

  function append(text, className) {
    if (!text) return;
    const last = pre.lastChild;
    // Merge with the previous chunk of the same stream: fewer nodes to lay out.
    if (last && last.className === className) {
      last.firstChild.appendData(text);
    } else {
      const span = document.createElement('span');
      span.className = className;
      span.append(document.createTextNode(text));
      pre.append(span);
    }
    size += text.length;
    while (size > MAX_CHARS && pre.firstChild !== pre.lastChild) {
      size -= pre.firstChild.textContent.length;
      pre.firstChild.remove();
    }
    pre.scrollTop = pre.scrollHeight;
  }

  return {
    stdout: (text) => append(text, 'stdout'),
    stderr: (text) => append(text, 'stderr'),
    note: (text) => append(text, 'note'), // messages from yieldlab itself
    clear() {
      pre.replaceChildren();
      size = 0;
    },
  };
}
