// 按花瓣长度和宽度画出测试集中的花，用模型预测的品种标记，叉号标出预测错误的花。
// 模型用了全部四个测量值；画出的这两个最能把品种分开。
import { standardize, trainTestSplit } from '@d2l-ts/data'
import { loadIris, SoftmaxRegression } from '@d2l-ts/models-softmax'
import { plot } from '@d2l-ts/plot'

const { X, y, classNames } = loadIris()
const speciesNames = ['山鸢尾', '变色鸢尾', '维吉尼亚鸢尾'] // classNames 的中文名，顺序相同
const { train, test } = trainTestSplit([X, y], { testFraction: 0.2, seed: 0 })
const { X: Xtrain, transform } = standardize(train[0])
const model = new SoftmaxRegression({ inputs: 4, classes: 3, seed: 0 })
await model.fit(Xtrain, train[1], { epochs: 100, batchSize: 8, lr: 0.5 })

const predicted = Array.from(model.predict(transform(test[0])).dataSync())
const truth = Array.from(test[1].dataSync())
const flowers = test[0].arraySync() as number[][] // 单位为厘米
const petal = (rows: number[][]) => [rows.map((r) => r[2] ?? 0), rows.map((r) => r[3] ?? 0)]

// 每个预测品种一组标记，预测错误的花再单独一组。
const groups = [0, 1, 2].map((c) => flowers.filter((_, i) => predicted[i] === c))
const wrong = flowers.filter((_, i) => predicted[i] !== truth[i])
for (const [c, name] of classNames.entries()) {
  console.log(`predicted ${name}: ${groups[c]?.length}`)
}
console.log(`mistakes: ${wrong.length}`)
for (const [i, p] of predicted.entries()) {
  if (p !== truth[i]) console.log(`  a ${classNames[truth[i] ?? 0]} taken for ${classNames[p]}`)
}

const series = [...groups, wrong].map(petal)
console.log(
  plot(
    series.map(([x]) => x ?? []),
    series.map(([, width]) => width ?? []),
    {
      fmts: ['bo', 'g^', 'rs', 'kx'],
      xlabel: '花瓣长度（厘米）',
      ylabel: '花瓣宽度（厘米）',
      legend: [...speciesNames.map((name) => `预测为${name}`), '预测错误'],
      figsize: [4.5, 3],
      title: '测试集中的花：按花瓣长度和宽度排布，用预测的品种标记',
    },
  ),
)
