// Draws packages/vscode-extension/images/icon.png (128×128): a white speech-bubble-like page with
// a check mark on the blue of the status bar item. Pure Node (zlib for PNG's deflate), so the
// icon can be remade anywhere: node scripts/make-extension-icon.mjs
import {writeFileSync} from 'node:fs'
import {deflateSync} from 'node:zlib'

const SIZE = 128
const BLUE = [0x15, 0x4c, 0x9c]
const WHITE = [0xff, 0xff, 0xff]
const GREEN = [0x1a, 0x7f, 0x37]

/** Coverage (0..1) of pixel (x, y) by a shape given as a signed distance function, 4×4 samples. */
function coverage(x, y, distance) {
  let inside = 0
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (distance(x + (i + 0.5) / 4, y + (j + 0.5) / 4) <= 0) inside++
  return inside / 16
}

const roundedBox = (cx, cy, hw, hh, r) => (x, y) => {
  const qx = Math.abs(x - cx) - hw + r
  const qy = Math.abs(y - cy) - hh + r
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}
const segment = (ax, ay, bx, by, width) => (x, y) => {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay]
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - t * dx, py - t * dy) - width / 2
}

const background = roundedBox(64, 64, 64, 64, 22)
const page = roundedBox(64, 60, 34, 42, 6)
const lines = [34, 46, 58].map((y) => segment(44, y, 84, y, 5))
const check = [segment(48, 80, 60, 92, 11), segment(60, 92, 90, 58, 11)]

const rows = []
for (let y = 0; y < SIZE; y++) {
  const row = [0] // PNG filter: none
  for (let x = 0; x < SIZE; x++) {
    let color = BLUE
    let alpha = coverage(x, y, background)
    const mix = (over, amount) => {
      color = color.map((c, i) => Math.round(c * (1 - amount) + over[i] * amount))
    }
    mix(WHITE, coverage(x, y, page))
    for (const line of lines) mix(BLUE, coverage(x, y, line) * 0.35)
    for (const stroke of check) mix(GREEN, coverage(x, y, stroke))
    row.push(...color, Math.round(alpha * 255))
  }
  rows.push(Buffer.from(row))
}

const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buffer) => {
  let c = 0xffffffff
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
const header = Buffer.alloc(13)
header.writeUInt32BE(SIZE, 0)
header.writeUInt32BE(SIZE, 4)
header.set([8, 6, 0, 0, 0], 8) // 8 bits, RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), {level: 9})),
  chunk('IEND', Buffer.alloc(0)),
])
const target = new URL('../packages/vscode-extension/images/icon.png', import.meta.url)
writeFileSync(target, png)
console.log(`icoon geschreven: ${target.pathname} (${png.length} bytes)`)
