// Every word the live demos show, in English and in Chinese. Numbers are formatted by the demos
// themselves (plain digits, the same in both languages), so that tests can read them back.

/** The locales the site has. */
export type Locale = 'en' | 'zh-cn'

/** The props every demo takes. */
export interface DemoProps {
  locale: Locale
}

const en = {
  common: {
    backend: 'Backend',
    /** What follows a label before its value. */
    colon: ': ',
    choosingBackend: 'choosing a backend…',
    backendFailed: 'No tensor backend could start in this browser:',
    failed: 'Something went wrong:',
    /** Where a message from the packages (always English) is shown folded, its summary; null: inline. */
    detailInEnglish: null as string | null,
  },
  vectorization: {
    title: 'Try it: a loop against one vectorized add, on every backend',
    intro:
      'Two vectors of n = 10 000 ones are added in two ways on each backend this browser offers. ' +
      'The loop works the way the book’s loop does, one element at a time: it slices a[i] and b[i] ' +
      'out, adds them with one add op, reads the sum back and writes it into a TensorBuffer. (tfjs ' +
      'tensors are immutable, so a loop cannot assign c[i] in place; a buffer or a typed array has to ' +
      'hold the results.) The vectorized version is a single add(a, b), timed until its result has ' +
      'been read back with await data(), after a warm-up, as the median of repeated runs.',
    run: 'Run',
    running: 'Running…',
    idle: 'Press Run to time every backend; it takes a few seconds.',
    timing: (backend: string, i: number, count: number) =>
      `Timing on ${backend} (${i} of ${count})…`,
    done: (count: number, backend: string) =>
      `Done: ${count} backend${count === 1 ? '' : 's'} timed. The demos use ${backend} again.`,
    caption: 'Adding two vectors of 10 000 elements (times in milliseconds)',
    headBackend: 'backend',
    headLoop: 'loop, one op per element',
    headVector: 'one vectorized add',
    headRatio: 'loop / vectorized',
    scaled: (measured: number, n: number) =>
      `estimated: measured on the first ${measured} of ${n} elements, scaled up linearly`,
    unavailable: (name: string) => `${name}: not available in this browser.`,
    plainLoop: (ms: string) =>
      `For comparison, a plain JavaScript loop over two Float32Arrays, with no tensors at all, ` +
      `takes ${ms} ms: what makes the loop slow is one framework op (and one read-back) per ` +
      `element, not JavaScript itself.`,
  },
  normal: {
    title: 'Try it: the normal distribution and the squared loss',
    mu: 'Mean μ',
    sigma: 'Standard deviation σ',
    curve: (mu: string, sigma: string) => `mean ${mu}, std ${sigma}`,
    dots: 'labels y⁽ⁱ⁾ at height p(y⁽ⁱ⁾)',
    figure: (mu: string, sigma: string) =>
      `The density of the normal distribution with mean ${mu} and standard deviation ${sigma}, with six labels marked on the curve`,
    explain: (labels: string) =>
      `The dots are six labels y⁽ⁱ⁾ = ${labels}. Read μ as a prediction that is the same for all of ` +
      'them. Their negative log-likelihood under N(μ, σ²) is their sum of squared errors divided ' +
      'by 2σ², plus a term that does not depend on μ. So as you move μ, the two numbers below rise ' +
      'and fall together, and both are smallest at the sample mean, whatever σ is: minimising the ' +
      'squared loss is maximum likelihood under Gaussian noise. σ changes the likelihood’s scale, ' +
      'not where its minimum lies.',
    caption: 'The six labels, with the constant prediction μ',
    rowNow: (mu: string) => `at μ = ${mu}`,
    rowArgmin: 'smallest at μ =',
    headNll: 'negative log-likelihood',
    headSse: 'sum of squared errors',
    mean: 'sample mean',
    identity: (n: number, value: string) =>
      `Check: ${n}/2 · log(2πσ²) + SSE / (2σ²) = ${value}, the negative log-likelihood.`,
    pending: 'computing…',
  },
  sgd: {
    title: 'Try it: minibatch SGD, step by step',
    intro: (n: number, validation: number) =>
      `${n} points of y = 2x + 1 + ε with noise ε ~ N(0, 0.5²). ${validation} of them are held out ` +
      'as a validation set, which training never sees; a LinearRegression model (weight w, bias b) ' +
      'learns the others by minibatch SGD on the squared loss ½(ŷ − y)², one minibatch per step. ' +
      'The settings are part of the page’s address, so a link reproduces the run; changing one starts over.',
    lr: 'Learning rate η',
    lrHint:
      'On a log scale from 0.0001 to 10. From about 2 up, every step overshoots the minimum by more ' +
      'than it corrects, and training diverges.',
    batchSize: 'Batch size |B|',
    batchHint: (n: number) => `From 1 to all ${n} training points (one step per epoch).`,
    step: 'Step',
    play: 'Play',
    pause: 'Pause',
    reset: 'Reset',
    newData: 'New data',
    epochs: 'Epochs',
    steps: 'Steps',
    trainLoss: 'Training loss',
    validationLoss: 'Validation loss',
    params: (w: string, b: string) => `w = ${w}, b = ${b} (truth: w = 2, b = 1)`,
    ready: 'Ready: press Step for one minibatch, or Play.',
    playing: 'Training…',
    paused: (epochs: number, loss: string) =>
      `Paused after ${epochs} epoch${epochs === 1 ? '' : 's'}; training loss ${loss}.`,
    stepped: (steps: number, loss: string) => `Step ${steps}: training loss ${loss}.`,
    limit: (steps: number) =>
      `Stopped after ${steps} steps, the demo’s limit. Reset to start over.`,
    diverged: (epoch: number, step: number, from: string, to: string) =>
      `Diverged in epoch ${epoch}, step ${step}: the training loss grew from ${from} to ${to}. ` +
      'Training stopped. Lower the learning rate, then press Reset.',
    lossFigure: 'Loss per epoch on the training and the validation set',
    lossLegend: ['training loss', 'validation loss'],
    xlabelEpoch: 'epoch',
    ylabelLoss: 'loss',
    contourFigure: 'The loss surface over w and b, with the path SGD takes',
    contourLegend: ['loss contours', 'SGD path', 'current (w, b)', 'minimum'],
    fitFigure: 'The training data and the current fitted line',
    fitLegend: ['training data', 'current fit'],
  },
  closedForm: {
    title: 'Try it: drag the points, and the least-squares line follows',
    intro: (n: number) =>
      `${n} points of y = 2x + 1 + ε, ε ~ N(0, 0.5²). Drag any point (with the mouse, a finger or a ` +
      'pen): at every move, a LinearRegression model is fitted again with fitClosedForm, the ' +
      'analytic solution (3.1.8), and the line and the residuals are redrawn. Points far from the ' +
      'others pull hardest: the squared loss weighs a residual by its square.',
    newData: 'New data',
    figure: 'The points, the least-squares line and the residuals',
    legend: ['data', 'least-squares line', 'residuals'],
    params: 'Least-squares line',
    loss: 'Loss',
    pointsCaption: 'The points (x, y)',
    idle: 'Drag a point.',
    keyboard:
      'The points, with the least-squares line: with the keyboard, ← and → choose a point, ↑ and ↓ move it.',
    moved: (x: string, y: string) => `Point moved to (${x}, ${y}); the line is fitted again.`,
  },
}

/** The shape every language provides. */
export type DemoStrings = typeof en

const zhCN: DemoStrings = {
  common: {
    backend: '后端',
    colon: '：',
    choosingBackend: '正在选择后端…',
    backendFailed: '这个浏览器里没有可以启动的张量后端：',
    failed: '出错了：',
    detailInEnglish: '技术细节（英文原文）',
  },
  vectorization: {
    title: '动手试试：逐元素循环与一次矢量化加法，在每个后端上',
    intro:
      '在浏览器提供的每个后端上，用两种方法把两个各有 n = 10 000 个 1 的向量相加。循环的做法与书中的' +
      '循环相同，一次处理一个元素：取出 a[i] 和 b[i]，用一个 add 运算相加，把结果读回来写进一个 ' +
      'TensorBuffer。（tfjs 的张量不可修改，循环无法就地给 c[i] 赋值，只能用缓冲区或类型化数组存放结果。）' +
      '矢量化的做法只有一次 add(a, b)，计时一直到 await data() 读回结果为止；先预热，再取多次运行的中位数。',
    run: '运行',
    running: '正在运行…',
    idle: '按“运行”为每个后端计时，需要几秒钟。',
    timing: (backend: string, i: number, count: number) =>
      `正在 ${backend} 上计时（第 ${i} 个，共 ${count} 个）…`,
    done: (count: number, backend: string) =>
      `完成：已为 ${count} 个后端计时。各个演示重新使用 ${backend}。`,
    caption: '两个 10 000 元素向量相加（时间单位：毫秒）',
    headBackend: '后端',
    headLoop: '循环，每个元素一个运算',
    headVector: '一次矢量化加法',
    headRatio: '循环 / 矢量化',
    scaled: (measured: number, n: number) =>
      `估计值：只测了前 ${measured} 个元素（共 ${n} 个），再按比例放大`,
    unavailable: (name: string) => `${name}：这个浏览器里不可用。`,
    plainLoop: (ms: string) =>
      `作为对照，不用张量、直接对两个 Float32Array 做普通 JavaScript 循环只需 ${ms} 毫秒：` +
      '循环慢在每个元素都要调用一次框架运算（并读回一次结果），而不在 JavaScript 本身。',
  },
  normal: {
    title: '动手试试：正态分布与平方损失',
    mu: '均值 μ',
    sigma: '标准差 σ',
    curve: (mu: string, sigma: string) => `均值 ${mu}，标准差 ${sigma}`,
    dots: '标签 y⁽ⁱ⁾，高度为 p(y⁽ⁱ⁾)',
    figure: (mu: string, sigma: string) =>
      `均值为 ${mu}、标准差为 ${sigma} 的正态分布密度曲线，曲线上标出了六个标签`,
    explain: (labels: string) =>
      `图中的点是六个标签 y⁽ⁱ⁾ = ${labels}。把 μ 看作对它们全体相同的预测值。在 N(μ, σ²) 下，` +
      '它们的负对数似然等于平方误差之和除以 2σ²，再加上一个与 μ 无关的常数项。所以移动 μ 时，' +
      '下面两个数一起升降，并且无论 σ 取多少，都在样本均值处最小：最小化平方损失就是高斯噪声下的' +
      '极大似然估计。σ 只改变似然的尺度，不改变最小值的位置。',
    caption: '六个标签，以常数预测 μ 计算',
    rowNow: (mu: string) => `μ = ${mu} 时`,
    rowArgmin: '取最小值的 μ',
    headNll: '负对数似然',
    headSse: '平方误差之和',
    mean: '样本均值',
    identity: (n: number, value: string) =>
      `验证：${n}/2 · log(2πσ²) + SSE / (2σ²) = ${value}，正是负对数似然。`,
    pending: '正在计算…',
  },
  sgd: {
    title: '动手试试：一步一步看小批量随机梯度下降',
    intro: (n: number, validation: number) =>
      `${n} 个点，满足 y = 2x + 1 + ε，噪声 ε ~ N(0, 0.5²)。其中 ${validation} 个点留作验证集，训练时从不使用；` +
      '一个 LinearRegression 模型（权重 w、偏置 b）用小批量随机梯度下降在平方损失 ½(ŷ − y)² 上学习其余的点，' +
      '每一步用一个小批量。设置保存在页面地址中，分享链接即可复现同一次训练；修改任何设置都会重新开始。',
    lr: '学习率 η',
    lrHint:
      '对数刻度，从 0.0001 到 10。大约从 2 开始，每一步越过最小值的距离比纠正的还多，训练发散。',
    batchSize: '批量大小 |B|',
    batchHint: (n: number) => `从 1 到全部 ${n} 个训练点（每个迭代周期只走一步）。`,
    step: '单步',
    play: '播放',
    pause: '暂停',
    reset: '重置',
    newData: '换一组数据',
    epochs: '迭代周期',
    steps: '步数',
    trainLoss: '训练损失',
    validationLoss: '验证损失',
    params: (w: string, b: string) => `w = ${w}，b = ${b}（真实值：w = 2，b = 1）`,
    ready: '就绪：按“单步”训练一个小批量，或按“播放”。',
    playing: '正在训练…',
    paused: (epochs: number, loss: string) =>
      `已在第 ${epochs} 个迭代周期后暂停；训练损失 ${loss}。`,
    stepped: (steps: number, loss: string) => `第 ${steps} 步：训练损失 ${loss}。`,
    limit: (steps: number) => `已训练 ${steps} 步，达到演示的上限。按“重置”重新开始。`,
    diverged: (epoch: number, step: number, from: string, to: string) =>
      `发散：在第 ${epoch} 个迭代周期的第 ${step} 步，训练损失从 ${from} 增长到 ${to}。` +
      '训练已停止。请调小学习率，再按“重置”。',
    lossFigure: '每个迭代周期在训练集和验证集上的损失',
    lossLegend: ['训练损失', '验证损失'],
    xlabelEpoch: '迭代周期',
    ylabelLoss: '损失',
    contourFigure: '损失在 w 和 b 上的曲面（等高线），以及随机梯度下降走过的路径',
    contourLegend: ['损失等高线', '随机梯度下降的路径', '当前的 (w, b)', '最小值'],
    fitFigure: '训练数据与当前拟合的直线',
    fitLegend: ['训练数据', '当前拟合'],
  },
  closedForm: {
    title: '动手试试：拖动数据点，最小二乘直线随之移动',
    intro: (n: number) =>
      `${n} 个点，满足 y = 2x + 1 + ε，ε ~ N(0, 0.5²)。用鼠标、手指或触控笔拖动任意一个点：每移动一次，` +
      '都会用 fitClosedForm 重新求一次 LinearRegression 模型的解析解 (3.1.8)，并重画直线和残差。' +
      '离群的点拉得最狠：平方损失按残差的平方计重。',
    newData: '换一组数据',
    figure: '数据点、最小二乘直线与残差',
    legend: ['数据', '最小二乘直线', '残差'],
    params: '最小二乘直线',
    loss: '损失',
    pointsCaption: '各点的坐标 (x, y)',
    idle: '拖动一个点试试。',
    keyboard: '数据点与最小二乘直线：用键盘时，← 和 → 选择一个点，↑ 和 ↓ 上下移动它。',
    moved: (x: string, y: string) => `点已移到 (${x}, ${y})；直线已重新拟合。`,
  },
}

const STRINGS: Record<Locale, DemoStrings> = { en, 'zh-cn': zhCN }

/** The strings of a locale; anything unknown falls back to English. */
export function stringsFor(locale: string | undefined): DemoStrings {
  return locale === 'zh-cn' ? STRINGS['zh-cn'] : STRINGS.en
}

/** A number as the demos print it: `digits` significant digits, plain ASCII, `NaN`/`Infinity` as is. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value)
  if (value === 0) return '0'
  const magnitude = Math.abs(value)
  if (magnitude >= 1e-3 && magnitude < 1e6) return String(Number(value.toPrecision(digits)))
  return value.toExponential(digits - 1)
}
