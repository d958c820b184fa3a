import { build } from 'esbuild';
const code = process.argv[2];
const r = await build({ stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', write: false, minify: true, metafile: true, platform: 'browser', logLevel: 'error', define: {'process.env.NODE_ENV':'"production"'} });
const out = Object.values(r.metafile.outputs)[0];
const g={};for (const [f,i] of Object.entries(out.inputs)) { const k=f.includes('node_modules/')?f.split('node_modules/').pop().split('/').slice(0,2).join('/'):f.split('/').slice(0,4).join('/'); g[k]=(g[k]||0)+i.bytesInOutput;}
console.log(Object.entries(g).sort((a,b)=>b[1]-a[1]).slice(0,15));
