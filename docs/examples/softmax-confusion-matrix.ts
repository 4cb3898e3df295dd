// Where the mistakes are: the confusion matrix of the test flowers (rows: the true species,
// columns: the predicted one), printed and drawn as a heat map. Setosa is never confused; the few
// errors are between versicolor and virginica, whose measurements overlap.
import { standardize, trainTestSplit } from '@d2l-ts/data'
import { confusionMatrix, loadIris, SoftmaxRegression } from '@d2l-ts/models-softmax'
import { OKABE_ITO } from '@d2l-ts/plot'

const { X, y, classNames } = loadIris()
const { train, test } = trainTestSplit([X, y], { testFraction: 0.2, seed: 0 })
const { X: Xtrain, transform } = standardize(train[0])
const model = new SoftmaxRegression({ inputs: 4, classes: 3, seed: 0 })
await model.fit(Xtrain, train[1], { epochs: 100, batchSize: 8, lr: 0.5 })

const matrix = confusionMatrix(model.forward(transform(test[0])), test[1])
for (const [i, row] of matrix.entries()) console.log(`${classNames[i]}: [${row.join(', ')}]`)

/** A heat map: one square per cell, darker for a larger share of its row, with the count in it. */
function heatMap(counts: number[][], labels: string[]): string {
  const cell = 70 // wide enough for the longest species name above its column at 11 px, legible on a phone
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
    '<title>Confusion matrix of the test flowers: true species by row, predicted species by column</title>',
    // class="background": the site's dark theme makes it transparent, as it does plot's figures.
    `<rect class="background" width="${width}" height="${height}" fill="#FFFFFF"/>`,
    ...squares,
    ...columnNames,
    ...rowNames,
    `<text x="${left + size / 2}" y="${top - 24}" text-anchor="middle">predicted</text>`,
    `<text x="${left + size / 2}" y="${top + size + 16}" text-anchor="middle">rows: true species</text>`,
    '</svg>',
  ].join('')
}
console.log(heatMap(matrix, classNames))
