// Writes the two short signals the run screen plays (two minutes left, time up) as small mono
// WAV files under renderer/public/sounds/. They are generated rather than downloaded, so the
// app ships no third-party audio. Run again after changing a tone: `node tests/tools/makeSignalSounds.mjs`.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';

const rate = 16000;

/** Each beep: frequency in Hz, length in seconds, then a silence in seconds. */
function render(beeps) {
  const samples = [];
  for (const { hz, seconds, gap } of beeps) {
    const count = Math.round(seconds * rate);
    for (let i = 0; i < count; i++) {
      // A short fade in and out avoids the click of a tone that starts or stops abruptly.
      const fade = Math.min(1, i / (0.01 * rate), (count - i) / (0.03 * rate));
      samples.push(Math.sin((2 * Math.PI * hz * i) / rate) * 0.6 * fade);
    }
    for (let i = 0; i < Math.round(gap * rate); i++) samples.push(0);
  }
  return samples;
}

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((value, i) => data.writeInt16LE(Math.round(value * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const out = new URL('../../renderer/public/sounds/', import.meta.url);
// Two minutes left: one gentle two-note chime.
writeFileSync(new URL('two-minutes.wav', out), wav(render([{ hz: 660, seconds: 0.25, gap: 0.05 }, { hz: 880, seconds: 0.35, gap: 0 }])));
// Time up: three firm beeps, hard to miss over a talking room.
writeFileSync(new URL('time-up.wav', out), wav(render([0, 1, 2].map(() => ({ hz: 988, seconds: 0.22, gap: 0.12 })))));
console.log('Wrote two-minutes.wav and time-up.wav');
