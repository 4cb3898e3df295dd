// 错在哪里：测试集中的花的混淆矩阵（行是真实品种，列是预测的品种），先打印出来，再画成热图。
// 山鸢尾从不被认错；少数错误都发生在变色鸢尾和维吉尼亚鸢尾之间，它们的测量值有重叠。
import { standardize, trainTestSplit } from '@d2l-ts/data'
import { confusionMatrix, loadIris, SoftmaxRegression } from '@d2l-ts/models-softmax'
import { OKABE_ITO } from '@d2l-ts/plot'

const { X, y, classNames } = loadIris()
const speciesNames = ['山鸢尾', '变色鸢尾', '维吉尼亚鸢尾'] // classNames 的中文名，顺序相同
const { train, test } = trainTestSplit([X, y], { testFraction: 0.2, seed: 0 })
const { X: Xtrain, transform } = standardize(train[0])
const model = new SoftmaxRegression({ inputs: 4, classes: 3, seed: 0 })
await model.fit(Xtrain, train[1], { epochs: 100, batchSize: 8, lr: 0.5 })

const matrix = confusionMatrix(model.forward(transform(test[0])), test[1])
for (const [i, row] of matrix.entries()) console.log(`${classNames[i]}: [${row.join(', ')}]`)

/** 热图：每个格子一个方块，占所在行的比例越大颜色越深，方块里写着计数。 */
function heatMap(counts: number[][], labels: string[]): string {
  const cell = 70 // 格子要宽到放得下列标题中最长的品种名（11 px，手机上也看得清）
  const left = 90
  const top = 40
  const size = counts.length * cell
  const blue = OKABE_ITO.blue
  const squares = counts.flatMap((row, i) => {
    const total = row.reduce((a, b) => a + b, 0) || 1
    return row.map((count, j) => {
      const share = count / total
      const x = left + j * cell
      const yPos = top + i * cell
      const ink = share > 0.5 ? '#FFFFFF' : '#000000'
      return (
        `<rect class="cell" data-row="${i}" data-column="${j}" data-count="${count}" x="${x}" y="${yPos}" width="${cell}" height="${cell}" fill="${blue}" fill-opacity="${(0.08 + 0.92 * share).toFixed(3)}" stroke="#FFFFFF"/>` +
        `<text x="${x + cell / 2}" y="${yPos + cell / 2 + 4}" text-anchor="middle" fill="${ink}">${count}</text>`
      )
    })
  })
  const columnNames = labels.map(
    (name, j) =>
      `<text x="${left + j * cell + cell / 2}" y="${top - 8}" text-anchor="middle">${name}</text>`,
  )
  const rowNames = labels.map(
    (name, i) =>
      `<text x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end">${name}</text>`,
  )
  const width = left + size + 10
  const height = top + size + 24
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="confusion-matrix" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="11">`,
    '<title>测试集中的花的混淆矩阵：每行是一个真实品种，每列是一个预测的品种</title>',
    // class="background"：站点的深色主题会把它变成透明，和 plot 画的图一样。
    `<rect class="background" width="${width}" height="${height}" fill="#FFFFFF"/>`,
    ...squares,
    ...columnNames,
    ...rowNames,
    `<text x="${left + size / 2}" y="${top - 24}" text-anchor="middle">预测的品种</text>`,
    `<text x="${left + size / 2}" y="${top + size + 16}" text-anchor="middle">行：真实品种</text>`,
    '</svg>',
  ].join('')
}
console.log(heatMap(matrix, speciesNames))
