// Every word a live cell shows, in English and in Chinese: the button labels (rendered into the page
// at build time) and the messages of a run (shown by the controller in the reader's browser).

/** A page's language, as the cells see it. */
export type CellLocale = 'en' | 'zh-CN'

const en = {
  controls: (cell: string) => `Run the code cell ${cell} in this browser`,
  edit: 'Edit',
  run: 'Run',
  stop: 'Stop',
  reset: 'Reset',
  editorLabel: (cell: string) => `Code of the cell ${cell}; Ctrl+Enter runs it`,
  running: (backend: string | null) =>
    backend ? `Running in this browser on ${backend}…` : 'Running in this browser…',
  done: (backend: string | null, seconds: number) =>
    `Output (run in this browser${backend ? `, ${backend} backend` : ''}, ${seconds.toFixed(1)}\u00a0s)`,
  failed: (backend: string | null) =>
    `Output (run in this browser${backend ? `, ${backend} backend` : ''}): the cell failed`,
  stopped: (backend: string | null) =>
    `Stopped: the output so far (run in this browser${backend ? `, ${backend} backend` : ''})`,
  stoppedNotice: 'Stopped.',
  truncated: (lines: number) => `… more output was cut off after ${lines} lines.`,
  nodeImport: (specifier: string, cell: string) =>
    `This cell imports ${specifier}, a Node.js module that browsers do not have, so it can run only ` +
    `in Node: node --import tsx docs/examples/${cell}.ts. Edit the import away to run the rest ` +
    'here, or press Reset to see what it printed when the site was built.',
  relativeImport: (specifier: string, modules: readonly string[]) =>
    `This cell imports ${specifier}, a file beside it: a live cell has no files, only the packages ` +
    `${modules.join(', ')}.`,
  unknownImport: (specifier: string, modules: readonly string[]) =>
    `This cell imports ${specifier}, which is not available here. A live cell can import ` +
    `${modules.join(', ')}.`,
  syntax: (message: string, line: number | undefined) =>
    `The code could not be read${line === undefined ? '' : ` (line ${line})`}: ${message}`,
  thrown: (name: string, message: string, line: number | undefined) =>
    `${name}: ${message}${line === undefined ? '' : ` (line ${line})`}`,
  loadFailed: (message: string) => `The live cell could not start: ${message}`,
  unavailable: 'The live cell could not load; check the connection and press the button again.',
}

type CellStrings = typeof en

const zh: CellStrings = {
  controls: (cell) => `在本浏览器中运行代码单元 ${cell}`,
  edit: '编辑',
  run: '运行',
  stop: '停止',
  reset: '重置',
  editorLabel: (cell) => `单元 ${cell} 的代码；按 Ctrl+Enter 运行`,
  running: (backend) =>
    backend ? `正在本浏览器中运行（${backend} 后端）……` : '正在本浏览器中运行……',
  done: (backend, seconds) =>
    `输出（在本浏览器中运行${backend ? `，${backend} 后端` : ''}，用时 ${seconds.toFixed(1)}\u00a0秒）`,
  failed: (backend) =>
    `输出（在本浏览器中运行${backend ? `，${backend} 后端` : ''}）：单元运行出错`,
  stopped: (backend) =>
    `已停止：到停止时为止的输出（在本浏览器中运行${backend ? `，${backend} 后端` : ''}）`,
  stoppedNotice: '已停止。',
  truncated: (lines) => `……超过 ${lines} 行之后的输出没有显示。`,
  nodeImport: (specifier, cell) =>
    `此单元导入了 ${specifier}，这是浏览器中没有的 Node.js 模块，所以它只能在 Node 中运行：` +
    `node --import tsx docs/examples/${cell}.ts。删去这个导入即可在这里运行其余的代码；` +
    '点击“重置”可查看构建站点时记录的输出。',
  relativeImport: (specifier, modules) =>
    `此单元导入了同目录下的文件 ${specifier}：在线单元没有文件，只能导入这些包：${modules.join('、')}。`,
  unknownImport: (specifier, modules) =>
    `此单元导入的 ${specifier} 在这里不可用。在线单元可以导入：${modules.join('、')}。`,
  syntax: (message, line) =>
    `无法解析这段代码${line === undefined ? '' : `（第 ${line} 行）`}：${message}`,
  thrown: (name, message, line) =>
    `${name}: ${message}${line === undefined ? '' : `（第 ${line} 行）`}`,
  loadFailed: (message) => `在线单元无法启动：${message}`,
  unavailable: '在线单元加载失败；请检查网络连接，然后再按一次按钮。',
}

/**
 * The words of a live cell in a page's language.
 *
 * @example
 * ```ts
 * cellStrings('zh-CN').run // '运行'
 * cellStrings('en').thrown('ValueError', 'lr: expected a positive number, received -1', 3)
 * // 'ValueError: lr: expected a positive number, received -1 (line 3)'
 * ```
 */
export function cellStrings(locale: CellLocale): CellStrings {
  return locale === 'zh-CN' ? zh : en
}
