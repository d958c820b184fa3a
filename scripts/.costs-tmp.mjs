import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const depth = +process.argv[3] || 3;
const r = await build({ entryPoints: [entry], bundle: true, minify: true, splitting: true, format: 'esm', write: false, metafile: true, conditions: ['source','module','production'], outdir: '/tmp/sizeout2', define: { 'process.env.NODE_ENV': '"production"' }, tsconfig:'tsconfig.json', logLevel:'silent' });
const outs = r.metafile.outputs;
const entryOut = Object.keys(outs).find(k=>outs[k].entryPoint);
const seen = new Set([entryOut]); const q=[entryOut];
while(q.length){const c=q.pop(); for(const i of outs[c].imports) if(i.kind==='import-statement'&&!seen.has(i.path)){seen.add(i.path);q.push(i.path);}}
const bytes = Buffer.concat([...seen].map(p=>Buffer.from(r.outputFiles.find(f=>f.path.endsWith(p.split('/').pop())).contents)));
console.log('eager', bytes.length, 'gz', (gzipSync(bytes,{level:9}).length/1024).toFixed(1), 'KB; lazy:', Object.keys(outs).filter(k=>!seen.has(k)&&k.endsWith('.js')).map(k=>k.split('/').pop()+' '+(gzipSync(r.outputFiles.find(f=>f.path.endsWith(k.split('/').pop())).contents,{level:9}).length/1024).toFixed(1)).join(', '));
const groups = {};
for (const p of seen) for (const [f, info] of Object.entries(outs[p].inputs)) {
  const nm = f.split('node_modules/').pop();
  let key = f.includes('node_modules') ? nm.split('/').slice(0, nm.startsWith('@') ? 2 : 1).join('/') : f.replace(/^packages\//,'').split('/').slice(0, depth).join('/');
  groups[key] = (groups[key] ?? 0) + info.bytesInOutput;
}
console.log(Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, +process.argv[4]||40).map(([k, v]) => `${(v / 1024).toFixed(1).padStart(7)} KB  ${k}`).join('\n'));
