// Computes fsrs-rs's optimised parameters, log loss and RMSE(bins) for each reference history
// with @open-spaced-repetition/binding (fsrs-rs compiled for Node). Run through run.sh, which
// installs the binding under target/ and passes its folder in BINDING_DIR.
//
// Items are built exactly as FsrsItem.of does in Java: per card, reviews sorted by time; days
// between reviews are whole 24-hour periods; one item per review on a later day (its history
// plus itself); items ordered by that review's time (then card id, then index), which fsrs-rs
// uses for its recency weights.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

const bindingDir = process.env.BINDING_DIR
const historiesDir = process.argv[2]
const outFile = process.argv[3]
if (!bindingDir || !historiesDir || !outFile) {
  console.error('usage: BINDING_DIR=<dir with node_modules> node run.mjs <histories dir> <results.json>')
  process.exit(2)
}
const require = createRequire(join(resolve(bindingDir), 'package.json'))
const binding = require('@open-spaced-repetition/binding')
const bindingVersion = JSON.parse(
  readFileSync(join(resolve(bindingDir), 'node_modules/@open-spaced-repetition/binding/package.json'), 'utf8'),
).version
const { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } = binding

const DAY_MS = 86_400_000

function readHistories(file) {
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1)
  const byCard = new Map()
  for (const line of lines) {
    const [card, time, rating] = line.split(',')
    if (!byCard.has(card)) byCard.set(card, [])
    byCard.get(card).push({ time: Number(time), rating: Number(rating) })
  }
  return byCard
}

function items(byCard) {
  const keyed = []
  let reviews = 0
  for (const [card, list] of byCard) {
    list.sort((a, b) => a.time - b.time)
    reviews += list.length
    const days = list.map((r, i) => (i === 0 ? 0 : Math.max(0, Math.floor((r.time - list[i - 1].time) / DAY_MS))))
    for (let i = 1; i < list.length; i++) {
      if (days[i] > 0) {
        keyed.push({ time: list[i].time, card, i, reviews: list.slice(0, i + 1).map((r, j) => [r.rating, days[j]]) })
      }
    }
  }
  keyed.sort((a, b) => a.time - b.time || (a.card < b.card ? -1 : a.card > b.card ? 1 : 0) || a.i - b.i)
  const built = keyed.map((k) => new FSRSBindingItem(k.reviews.map(([rating, delta]) => new FSRSBindingReview(rating, delta))))
  return { built, reviews }
}

const results = {
  generated_at: new Date().toISOString(),
  node: process.version,
  binding: `@open-spaced-repetition/binding@${bindingVersion} (fsrs-rs 6.5.0)`,
  options: { enableShortTerm: true, numRelearningSteps: 1, trainingConfig: 'fsrs-rs defaults', progressPollMs: 5 },
  histories: {},
}
const files = readdirSync(historiesDir).filter((f) => f.endsWith('.csv')).sort()
for (const file of files) {
  const name = file.replace(/\.csv$/, '')
  const { built, reviews } = items(readHistories(join(historiesDir, file)))
  const started = process.hrtime.bigint()
  const parameters = await computeParameters(built, { enableShortTerm: true, numRelearningSteps: 1, timeout: 5 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const fitted = new FSRSBinding(parameters).evaluate(built)
  const defaults = new FSRSBinding().evaluate(built)
  results.histories[name] = {
    reviews,
    items: built.length,
    parameters: parameters.map((p) => Number(p.toPrecision(8))),
    log_loss: fitted.logLoss,
    rmse_bins: fitted.rmseBins,
    default_log_loss: defaults.logLoss,
    default_rmse_bins: defaults.rmseBins,
    seconds: Number(seconds.toFixed(3)),
  }
  console.log(`${name}: ${reviews} reviews, ${built.length} items, log loss ${fitted.logLoss.toFixed(5)}, RMSE(bins) ${fitted.rmseBins.toFixed(5)} (defaults ${defaults.logLoss.toFixed(5)} / ${defaults.rmseBins.toFixed(5)}), ${seconds.toFixed(2)} s`)
}
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n')
