// MD5 (RFC 1321) of an ArrayBuffer as 32 lower-case hex digits: A.28 asks for the file's MD5, and the browser's
// crypto.subtle offers no MD5.
'use strict';
const md5 = (() => {
  const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
  const K = Array.from({length: 64}, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

  function block(state, view, offset) {
    let [a, b, c, d] = state;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f, g;
      if (round === 0) { f = (b & c) | (~b & d); g = i; }
      else if (round === 1) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
      else if (round === 2) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
      else { f = c ^ (b | ~d); g = (7 * i) % 16; }
      f = (f + a + K[i] + view.getUint32(offset + 4 * g, true)) | 0;
      const shift = S[round * 4 + (i % 4)];
      a = d; d = c; c = b;
      b = (b + ((f << shift) | (f >>> (32 - shift)))) | 0;
    }
    state[0] = (state[0] + a) | 0; state[1] = (state[1] + b) | 0;
    state[2] = (state[2] + c) | 0; state[3] = (state[3] + d) | 0;
  }

  return function (buffer) {
    const bytes = new Uint8Array(buffer);
    const state = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476];
    const whole = bytes.length - (bytes.length % 64);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let offset = 0; offset < whole; offset += 64) {
      block(state, view, offset);
    }
    const restLength = bytes.length - whole;
    const tail = new Uint8Array(restLength < 56 ? 64 : 128);
    tail.set(bytes.subarray(whole));
    tail[restLength] = 0x80;
    const tailView = new DataView(tail.buffer);
    const bits = bytes.length * 8;
    tailView.setUint32(tail.length - 8, bits >>> 0, true);
    tailView.setUint32(tail.length - 4, Math.floor(bits / 2 ** 32), true);
    for (let offset = 0; offset < tail.length; offset += 64) {
      block(state, tailView, offset);
    }
    const out = new DataView(new ArrayBuffer(16));
    state.forEach((word, i) => out.setUint32(4 * i, word, true));
    return Array.from(new Uint8Array(out.buffer), byte => byte.toString(16).padStart(2, '0')).join('');
  };
})();
