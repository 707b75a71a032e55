// Converts fsrs-optimizer-tiny's seq2seq.tsv (one row per card: t_history, r_history, delta_ts, ys)
// into our history CSV (card_id, review_time, review_rating) for a local, uncommitted check on real
// reviews. The file has no licence, so it is not redistributed: get it from the public repository
// open-spaced-repetition/fsrs-optimizer-tiny and pass its path.
//
// The file has intervals but no dates: card k starts at 2020-01-01 plus k minutes and each review
// follows the previous one by its interval in days. The last review's rating is unknown beyond
// pass/fail and is written as good (3) or again (1); it is only ever predicted, never replayed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const [input, output] = process.argv.slice(2)
if (!input || !output) {
  console.error('usage: node convert-seq2seq.mjs <seq2seq.tsv> <out.csv>')
  process.exit(2)
}
const DAY = 86_400_000
const BASE = Date.parse('2020-01-01T00:00:00Z')
const rows = readFileSync(input, 'utf8').trim().split('\n').slice(1)
const out = ['card_id,review_time,review_rating']
rows.forEach((row, k) => {
  const [t, r, delta, ys] = row.split('\t').map((f) => f.split(',').map(Number))
  const card = `r${String(k + 1).padStart(5, '0')}`
  let time = BASE + k * 60_000
  for (let i = 0; i < t.length; i++) {
    time += t[i] * DAY
    out.push(`${card},${time},${r[i]}`)
  }
  time += delta[delta.length - 1] * DAY
  out.push(`${card},${time},${ys[ys.length - 1] === 1 ? 3 : 1}`)
})
mkdirSync(dirname(output), { recursive: true })
writeFileSync(output, out.join('\n') + '\n')
console.log(`${rows.length} cards, ${out.length - 1} reviews -> ${output}`)
