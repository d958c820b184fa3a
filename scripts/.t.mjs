import { build } from 'esbuild';
for (const code of ["import '@diwan/elements';", "import '@diwan/client';", "import '@diwan/react';", "import { DiwanFeedback } from '@diwan/elements'; console.log(DiwanFeedback)", "import '@diwan/elements/define/feedback.js';"]) {
const r = await build({ stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', write: false, minify: true, platform: 'browser', logLevel: 'error', define: {'process.env.NODE_ENV':'"production"'}, external: ['react'] });
const t = r.outputFiles[0].text; console.log(code, t.length, /customElements\.define/.test(t), ['diwan-service-catalogue','diwan-feedback','diwan-request-tracker'].map(x=>t.includes(`"${x}"`)));
}
