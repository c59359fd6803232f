// Monaco, trimmed to what the playground needs: the core editor API, the
// Python grammar, and the one generic editor worker (Python has no language
// worker). monaco-editor 0.57's exports map has no esm/vs/ prefix.
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/languages/definitions/python/register.js';
// The editor features a learner uses; the rest of Monaco stays out of the download.
import 'monaco-editor/features/hover/register.js'; // error messages on hover
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/indentation/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/wordOperations/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/toggleTabFocusMode/register.js'; // Ctrl+M: Tab leaves the editor
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

const MONACO_THEME = { light: 'vs', dark: 'vs-dark' };
export const setEditorTheme = (theme) => monaco.editor.setTheme(MONACO_THEME[theme]);

// A runtime error position as a Monaco marker (1-based line and column); the
// hover on the squiggle shows the message.
function markerFor(model, error) {
  const line = Math.min(error.line, model.getLineCount());
  const col = Math.min(Math.max(1, error.col || 1), model.getLineMaxColumn(line));
  const text = model.getLineContent(line);
  // Underline the word (or token) at the column, at least one character.
  const rest = text.slice(col - 1).match(/^(\w+|\S)/);
  return {
    severity: monaco.MarkerSeverity.Error,
    message: `${error.type}: ${error.message}`,
    startLineNumber: line,
    startColumn: col,
    endLineNumber: line,
    endColumn: col + (rest ? rest[0].length : 1),
  };
}

// Creates an editor in `element`. Returns a small facade so the rest of the
// app never touches Monaco directly. Options: value, theme, label, onChange.
export function createEditor(element, { value, theme = 'light', label = 'Python code', onChange, gutter = false } = {}) {
  const editor = monaco.editor.create(element, {
    value,
    language: 'python',
    theme: MONACO_THEME[theme],
    ariaLabel: label,
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
    glyphMargin: gutter,
    lineNumbersMinChars: 3,
    lineDecorationsWidth: gutter ? 14 : 10,
    padding: { top: 10 },
    fixedOverflowWidgets: true,
  });
  const model = editor.getModel();
  model.onDidChangeContent(() => {
    monaco.editor.setModelMarkers(model, 'yieldlab', []);
    onChange?.(editor.getValue());
  });

  return {
    getValue: () => editor.getValue(),
    // Replaces the text as an edit, so Ctrl+Z brings the old program back.
    setValue(text) {
      editor.pushUndoStop();
      editor.executeEdits('yieldlab', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
      editor.setPosition({ lineNumber: 1, column: 1 });
    },
    focus: () => editor.focus(),
    showError(error) {
      if (!error?.line) return;
      monaco.editor.setModelMarkers(model, 'yieldlab', [markerFor(model, error)]);
    },
    clearError: () => monaco.editor.setModelMarkers(model, 'yieldlab', []),
    monaco: editor,
  };
}

// The playground's editor adds breakpoints (click the gutter, or F9 on the
// cursor's line) and the highlighted current line while stepping.
export function createMainEditor(element, { onBreakpoints, ...options }) {
  const facade = createEditor(element, { ...options, gutter: true });
  const editor = facade.monaco;
  const model = editor.getModel();
  const breakpoints = editor.createDecorationsCollection();
  const current = editor.createDecorationsCollection();

  const breakpointLines = () => [...new Set(breakpoints.getRanges().map((r) => r.startLineNumber))].sort((a, b) => a - b);
  function setBreakpoints(lines) {
    breakpoints.set(lines.map((line) => ({
      range: new monaco.Range(line, 1, line, 1),
      options: {
        glyphMarginClassName: 'breakpoint-glyph',
        glyphMarginHoverMessage: { value: `Breakpoint on line ${line} (click to remove)` },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    })));
    onBreakpoints(breakpointLines());
  }
  function toggle(line) {
    const lines = breakpointLines();
    setBreakpoints(lines.includes(line) ? lines.filter((l) => l !== line) : [...lines, line]);
  }

  editor.onMouseDown((e) => {
    const { type, position } = e.target;
    const T = monaco.editor.MouseTargetType;
    if (position && (type === T.GUTTER_GLYPH_MARGIN || type === T.GUTTER_LINE_NUMBERS)) toggle(position.lineNumber);
  });
  editor.addAction({
    id: 'yieldlab.toggleBreakpoint',
    label: 'Toggle breakpoint',
    keybindings: [monaco.KeyCode.F9],
    run: () => toggle(editor.getPosition().lineNumber),
  });
  // Edits move breakpoints with their lines; tell the runtime where they are now.
  let last = '[]';
  model.onDidChangeContent(() => {
    const now = JSON.stringify(breakpointLines());
    if (now !== last) onBreakpoints(breakpointLines());
    last = now;
  });

  return {
    ...facade,
    breakpoints: breakpointLines,
    // The line the program stands on while stepping (null clears it).
    showCurrentLine(line, { past = false } = {}) {
      if (!line) {
        current.clear();
        return;
      }
      current.set([{
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          className: past ? 'yl-current-line past' : 'yl-current-line',
          // Beside the gutter, not in it: a breakpoint on the same line stays visible.
          linesDecorationsClassName: past ? 'yl-current-glyph past' : 'yl-current-glyph',
        },
      }]);
      editor.revealLineInCenterIfOutsideViewport(line);
    },
  };
}
