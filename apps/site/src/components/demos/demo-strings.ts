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
    choosingBackend: 'choosing a backend…',
    backendFailed: 'No tensor backend could start in this browser:',
    failed: 'Something went wrong:',
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
    unavailable: (name: string, reason: string) => `${name}: not available here (${reason})`,
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
    intro: (n: number) =>
      `${n} points of y = 2x + 1 + ε with noise ε ~ N(0, 0.5²), drawn from the seed. A ` +
      'LinearRegression model (weight w, bias b) learns them by minibatch SGD on the squared loss ' +
      '½(ŷ − y)², one minibatch per step. The settings are part of the page’s address, so a link ' +
      'reproduces the run; changing one starts over.',
    lr: 'Learning rate η',
    batchSize: 'Batch size |B|',
    seed: 'Seed',
    lrHint: 'A number from 0.0001 to 10. Above about 2 the steps overshoot and training diverges.',
    batchHint: (n: number) => `A whole number from 1 to ${n}.`,
    seedHint: 'A whole number from 0 to 99999.',
    invalid: 'Not a valid value; the demo keeps the last valid one.',
    step: 'Step',
    play: 'Play',
    pause: 'Pause',
    reset: 'Reset',
    steps: 'Steps',
    loss: (n: number) => `Loss on all ${n} points`,
    params: (w: string, b: string) => `w = ${w}, b = ${b} (truth: w = 2, b = 1)`,
    ready: 'Ready: press Step for one minibatch, or Play.',
    playing: 'Training…',
    paused: (steps: number, loss: string) => `Paused after ${steps} steps; loss ${loss}.`,
    stepped: (steps: number, loss: string) => `Step ${steps}: loss ${loss}.`,
    limit: (steps: number) =>
      `Stopped after ${steps} steps, the demo’s limit. Reset to start over.`,
    diverged: 'Training diverged: the learning rate is too large for this data.',
    lossFigure: 'Training loss, per step',
    lossLegend: ['minibatch loss', 'loss on all data'],
    xlabelStep: 'step',
    ylabelLoss: 'loss',
    fitFigure: 'The data and the current fitted line',
    fitLegend: ['data', 'current fit'],
  },
  closedForm: {
    title: 'Try it: the analytic solution against SGD',
    intro: (n: number) =>
      `${n} points of y = 2x + 1 + ε, ε ~ N(0, 0.5²). Solve fits one LinearRegression model with ` +
      'fitClosedForm (the least-squares solution, computed in float64) and trains another by ' +
      'minibatch SGD for 3 epochs with batch size 10 and η = 0.03. Every press draws a new data set.',
    solve: 'Solve',
    solving: 'Solving…',
    caption: (seed: number) => `Fitted parameters (data set with seed ${seed})`,
    headMethod: 'method',
    headW: 'w',
    headB: 'b',
    headTime: 'time (ms)',
    truth: 'truth',
    exact: 'closed form',
    sgd: 'SGD, 3 epochs',
    gap: 'Gap |w_SGD − w_exact|',
    note:
      'The closed form is the best line for this sample, so it misses the truth only by what the ' +
      'noise shifts; SGD stops near it after a few epochs, and its gap shrinks with more epochs or ' +
      'a smaller learning rate.',
    idle: 'Press Solve.',
    done: (gap: string) => `Solved. The SGD estimate of w is ${gap} away from the exact one.`,
  },
}

/** The shape every language provides. */
export type DemoStrings = typeof en

const zhCN: DemoStrings = {
  common: {
    backend: '后端',
    choosingBackend: '正在选择后端…',
    backendFailed: '这个浏览器里没有可以启动的张量后端：',
    failed: '出错了：',
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
    unavailable: (name: string, reason: string) => `${name}：此处不可用（${reason}）`,
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
    intro: (n: number) =>
      `由种子生成 ${n} 个点，满足 y = 2x + 1 + ε，噪声 ε ~ N(0, 0.5²)。一个 LinearRegression ` +
      '模型（权重 w、偏置 b）用小批量随机梯度下降在平方损失 ½(ŷ − y)² 上学习这些点，每一步用一个' +
      '小批量。设置保存在页面地址中，分享链接即可复现同一次训练；修改任何设置都会重新开始。',
    lr: '学习率 η',
    batchSize: '批量大小 |B|',
    seed: '种子',
    lrHint: '0.0001 到 10 之间的数。大约超过 2 时每一步都会冲过头，训练发散。',
    batchHint: (n: number) => `1 到 ${n} 之间的整数。`,
    seedHint: '0 到 99999 之间的整数。',
    invalid: '这个值无效；演示继续使用上一个有效值。',
    step: '单步',
    play: '播放',
    pause: '暂停',
    reset: '重置',
    steps: '步数',
    loss: (n: number) => `全部 ${n} 个点上的损失`,
    params: (w: string, b: string) => `w = ${w}，b = ${b}（真实值：w = 2，b = 1）`,
    ready: '就绪：按“单步”训练一个小批量，或按“播放”。',
    playing: '正在训练…',
    paused: (steps: number, loss: string) => `已在第 ${steps} 步暂停；损失 ${loss}。`,
    stepped: (steps: number, loss: string) => `第 ${steps} 步：损失 ${loss}。`,
    limit: (steps: number) => `已训练 ${steps} 步，达到演示的上限。按“重置”重新开始。`,
    diverged: '训练发散了：对这组数据来说学习率太大。',
    lossFigure: '每一步的训练损失',
    // Short enough for the legend box, which plot sizes for narrower Latin letters.
    lossLegend: ['小批量', '全部数据'],
    xlabelStep: '步数',
    ylabelLoss: '损失',
    fitFigure: '数据与当前拟合的直线',
    fitLegend: ['数据', '当前拟合'],
  },
  closedForm: {
    title: '动手试试：解析解与随机梯度下降',
    intro: (n: number) =>
      `${n} 个点，满足 y = 2x + 1 + ε，ε ~ N(0, 0.5²)。按“求解”后，一个 LinearRegression 模型用 ` +
      'fitClosedForm 求出最小二乘解（以 float64 计算），另一个模型用小批量随机梯度下降训练 3 个迭代周期，' +
      '批量大小 10，η = 0.03。每按一次都会生成一组新数据。',
    solve: '求解',
    solving: '正在求解…',
    caption: (seed: number) => `拟合得到的参数（数据种子 ${seed}）`,
    headMethod: '方法',
    headW: 'w',
    headB: 'b',
    headTime: '用时（毫秒）',
    truth: '真实值',
    exact: '解析解',
    sgd: '随机梯度下降，3 个迭代周期',
    gap: '差距 |w_SGD − w_exact|',
    note:
      '解析解是这组样本上最好的直线，它与真实值的差别只来自噪声；随机梯度下降几个迭代周期后停在它附近，' +
      '迭代周期更多或学习率更小时差距还会缩小。',
    idle: '请按“求解”。',
    done: (gap: string) => `已求解。随机梯度下降得到的 w 与精确解相差 ${gap}。`,
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
