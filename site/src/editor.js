// Monaco, trimmed to what the playground needs: the core editor API, the
// Python grammar, and the one generic editor worker (Python has no language
// worker). monaco-editor 0.57's exports map has no esm/vs/ prefix.
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/languages/definitions/python/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

const dark = window.matchMedia('(prefers-color-scheme: dark)');
const theme = () => (dark.matches ? 'vs-dark' : 'vs');

// Creates the editor in `element`. Returns a small facade so the rest of the
// app never touches Monaco directly.
export function createEditor(element, { value, onRun }) {
  const editor = monaco.editor.create(element, {
    value,
    language: 'python',
    theme: theme(),
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    lineHeight: 21,
    tabSize: 4,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    renderLineHighlight: 'line',
    overviewRulerBorder: false,
    hideCursorInOverviewRuler: true,
    padding: { top: 12 },
  });
  dark.addEventListener('change', () => monaco.editor.setTheme(theme()));
  editor.addAction({
    id: 'yieldlab.run',
    label: 'Run program',
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
    run: () => onRun(),
  });
  const model = editor.getModel();
  model.onDidChangeContent(() => monaco.editor.setModelMarkers(model, 'yieldlab', []));

  return {
    getValue: () => editor.getValue(),
    focus: () => editor.focus(),
    // Marks the error the runtime reported (1-based line and column).
    showError(error) {
      if (!error?.line) return;
      const line = Math.min(error.line, model.getLineCount());
      const col = Math.max(1, error.col || 1);
      monaco.editor.setModelMarkers(model, 'yieldlab', [{
        severity: monaco.MarkerSeverity.Error,
        message: `${error.type}: ${error.message}`,
        startLineNumber: line,
        startColumn: col,
        endLineNumber: line,
        endColumn: Math.max(col + 1, model.getLineMaxColumn(line)),
      }]);
    },
    clearError: () => monaco.editor.setModelMarkers(model, 'yieldlab', []),
  };
}
