// Looplab's code editor: turns every run panel's textarea into a CodeMirror 6 editor and
// highlights the static code blocks of a chapter. The page works without this bundle; it
// only improves what the server already rendered.
import { basicSetup, EditorView } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { indentWithTab } from '@codemirror/commands';
import { syntaxHighlighting } from '@codemirror/language';
import { java, javaLanguage } from '@codemirror/lang-java';
import { pythonLanguage } from '@codemirror/lang-python';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { classHighlighter, highlightCode } from '@lezer/highlight';

const isMac = /mac|iphone|ipad/i.test(navigator.userAgentData?.platform ?? navigator.platform ?? '');

/** The editor of each mounted panel, by its `.run-panel` element. */
const editors = new WeakMap();

// Colours and fonts come from looplab.css custom properties so that one place decides them
// (including the dark scheme). The theme only says where they apply.
const looplabTheme = EditorView.theme({
  '&': {
    color: 'var(--code-ink)',
    backgroundColor: 'var(--code-bg)',
    border: '1px solid var(--border)',
    borderRadius: 'var(--radius)',
    fontSize: '0.875rem',
    minHeight: '12rem',
    maxHeight: '60vh',
  },
  '&.cm-focused': {
    outline: '3px solid var(--focus)',
    outlineOffset: '2px',
  },
  '.cm-scroller': {
    fontFamily: 'var(--font-mono)',
    lineHeight: '1.55',
    overflow: 'auto',
  },
  // The editor as a whole shows focus; the page's :focus-visible ring would double it.
  '.cm-content': { caretColor: 'var(--code-ink)', padding: '0.5rem 0', outline: 'none' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--code-ink)' },
  '.cm-gutters': {
    backgroundColor: 'var(--code-gutter-bg)',
    color: 'var(--code-gutter-ink)',
    borderRight: '1px solid var(--border)',
    borderRadius: 'var(--radius) 0 0 var(--radius)',
    fontVariantNumeric: 'tabular-nums',
  },
  '.cm-activeLine': { backgroundColor: 'var(--code-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--code-active-line)', color: 'var(--code-ink)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'var(--code-selection)' },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--code-bracket)',
    outline: '1px solid var(--code-gutter-ink)',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--ink)',
    border: '1px solid var(--border)',
  },
  '.cm-panels': { backgroundColor: 'var(--surface)', color: 'var(--ink)' },
});

/** Where a 1-based javac line and column fall in the document, clamped to it. */
function positionOf(doc, line, column) {
  const target = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(target.from + Math.max(0, column - 1), target.to);
}

function diagnosticAt(state, element) {
  const line = Number.parseInt(element.dataset.line, 10) || 1;
  const column = Number.parseInt(element.dataset.column, 10) || 1;
  const from = positionOf(state.doc, line, column);
  const word = state.wordAt(from);
  const lineEnd = state.doc.lineAt(from).to;
  const to = word && word.from === from ? word.to : Math.min(from + 1, lineEnd);
  return { from, to, severity: 'error', source: 'javac', message: element.dataset.message || 'Compile error' };
}

function moveTo(view, element) {
  const line = Number.parseInt(element.dataset.line, 10) || 1;
  const column = Number.parseInt(element.dataset.column, 10) || 1;
  const pos = positionOf(view.state.doc, line, column);
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}

// A diagnostic's "line 3, column 5" becomes a button that puts the cursor there.
function linkLocations(panel, view) {
  for (const item of panel.querySelectorAll('.console-host [data-line]')) {
    const location = item.querySelector('span.location');
    if (!location) {
      continue;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'location';
    button.textContent = location.textContent;
    button.title = 'Show this place in the editor';
    button.addEventListener('click', () => moveTo(view, item));
    location.replaceWith(button);
  }
}

function showDiagnostics(panel) {
  const view = editors.get(panel);
  if (!view) {
    return;
  }
  const items = panel.querySelectorAll('.console-host [data-line]');
  const diagnostics = Array.from(items, (item) => diagnosticAt(view.state, item));
  view.dispatch(setDiagnostics(view.state, diagnostics));
  linkLocations(panel, view);
}

function clearDiagnostics(view) {
  view.dispatch(setDiagnostics(view.state, []));
}

// Chromium replaces a selection that spans highlighted tokens by first inserting a
// <span style=…> that keeps the old colour; the CSP blocks that style (a console error) and
// CodeMirror redraws the line anyway. So typing over a selection is done by CodeMirror,
// through the same input handlers (e.g. bracket wrapping) that ordinary typing goes through.
const typeOverSelection = EditorView.domEventHandlers({
  beforeinput(event, view) {
    const { from, to, empty } = view.state.selection.main;
    if (event.inputType !== 'insertText' || event.isComposing || !event.data || empty) {
      return false;
    }
    event.preventDefault();
    const text = event.data;
    const insert = () => view.state.update(view.state.replaceSelection(text),
      { userEvent: 'input.type', scrollIntoView: true });
    const handled = view.state.facet(EditorView.inputHandler)
      .some((handler) => handler(view, from, to, text, insert));
    if (!handled) {
      view.dispatch(insert());
    }
    return true;
  },
});

function submitShortcut(form) {
  return keymap.of([
    {
      key: 'Mod-Enter',
      run() {
        const runButton = form.querySelector('.run-button');
        if (!runButton || !runButton.disabled) {
          form.requestSubmit(runButton || undefined);
        }
        return true;
      },
    },
  ]);
}

function labelOf(form, textarea) {
  const label = textarea.id ? form.querySelector(`label[for="${CSS.escape(textarea.id)}"]`) : null;
  const text = label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
  return text || 'Java source code';
}

function originalSourceOf(panel, textarea) {
  const template = panel.querySelector('template.original-source');
  return template ? template.content.textContent : textarea.defaultValue;
}

// style-mod gives a document a <style> element for the editor's own rules, which the CSP
// (style-src 'self') blocks; inside a shadow root it uses a constructed stylesheet instead,
// which the CSP allows. The page's stylesheet is linked into the shadow root for the tok-*
// colours; its custom properties inherit through the boundary anyway.
function shadowHostAfter(textarea) {
  const host = document.createElement('div');
  host.className = 'editor-host';
  textarea.after(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const pageStyles = document.querySelector('link[rel="stylesheet"][href*="looplab.css"]');
  if (pageStyles) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = pageStyles.href;
    shadow.append(link);
  }
  return shadow;
}

function mountPanel(panel) {
  const form = panel.querySelector('form.run-form');
  const textarea = form?.querySelector('textarea[name="source"]');
  if (!textarea || editors.has(panel)) {
    return;
  }
  const original = originalSourceOf(panel, textarea);
  const hint = panel.querySelector('.editor-hint');
  const contentAttributes = { 'aria-label': labelOf(form, textarea) };
  if (hint && hint.id) {
    contentAttributes['aria-describedby'] = hint.id;
  }

  const shadow = shadowHostAfter(textarea);
  const view = new EditorView({
    root: shadow,
    parent: shadow,
    doc: textarea.value,
    extensions: [
      Prec.highest(submitShortcut(form)),
      basicSetup,
      keymap.of([indentWithTab]),
      typeOverSelection,
      java(),
      syntaxHighlighting(classHighlighter),
      lintGutter(),
      looplabTheme,
      EditorView.contentAttributes.of(contentAttributes),
      // The form posts the textarea, so it mirrors every change.
      EditorView.updateListener.of((update) => {
        if (update.docChanged) {
          textarea.value = update.state.doc.toString();
        }
      }),
    ],
  });
  textarea.hidden = true;
  editors.set(panel, view);
  panel.classList.add('has-editor');

  if (hint) {
    hint.hidden = false;
  }
  if (isMac) {
    panel.querySelectorAll('.shortcut').forEach((shortcut) => { shortcut.textContent = '⌘+Enter'; });
    panel.querySelectorAll('kbd.mod-key').forEach((key) => { key.textContent = '⌘'; });
  }

  // Belt and braces: whatever sends the form (htmx or a plain POST) sees the editor's text.
  form.addEventListener('submit', () => { textarea.value = view.state.doc.toString(); }, true);
  form.addEventListener('htmx:beforeRequest', () => clearDiagnostics(view));

  const resetButton = form.querySelector('.reset-button');
  resetButton?.addEventListener('click', (event) => {
    event.preventDefault();
    const current = view.state.doc.toString();
    if (current !== original
        && !window.confirm('Discard your changes and restore the example\'s original code?')) {
      return;
    }
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: original } });
    clearDiagnostics(view);
    view.focus();
  });
}

const staticLanguages = [
  ['language-java', javaLanguage.parser],
  ['language-python', pythonLanguage.parser],
];

/** Replaces a code block's text with spans carrying `tok-*` classes (styled in looplab.css). */
function highlightBlock(code) {
  const entry = staticLanguages.find(([className]) => code.classList.contains(className));
  if (!entry || code.classList.contains('tok-highlighted')) {
    return;
  }
  const text = code.textContent;
  const tree = entry[1].parse(text);
  const highlighted = document.createDocumentFragment();
  highlightCode(text, tree, classHighlighter, (chunk, classes) => {
    if (classes) {
      const span = document.createElement('span');
      span.className = classes;
      span.textContent = chunk;
      highlighted.append(span);
    } else {
      highlighted.append(chunk);
    }
  }, () => highlighted.append('\n'));
  code.replaceChildren(highlighted);
  code.classList.add('tok-highlighted');
}

function enhance(root) {
  root.querySelectorAll('pre > code.language-java, pre > code.language-python').forEach(highlightBlock);
  root.querySelectorAll('.run-panel').forEach(mountPanel);
}

// Diagnostics arrive as console lines (the SSE extension passes the MessageEvent as detail).
document.addEventListener('htmx:sseMessage', (event) => {
  const panel = event.target.closest?.('.run-panel');
  const type = event.detail?.type;
  if (panel && (type === 'diagnostic' || type === 'result')) {
    showDiagnostics(panel);
  }
});

// Content that htmx swaps in later (e.g. a panel inside a fragment) gets the same treatment.
document.addEventListener('htmx:load', (event) => {
  if (event.target instanceof Element && event.target !== document.body) {
    enhance(event.target);
  }
});

// Module scripts run once the document is parsed, so the page is complete here.
enhance(document);
