import { build } from 'esbuild';
const entry = process.argv[2]; const filter = process.argv[3];
const r = await build({ entryPoints: [entry], bundle: true, minify: true, splitting: true, format: 'esm', write: false, metafile: true, conditions: ['source','module','production'], outdir: '/tmp/sizeout2', define: { 'process.env.NODE_ENV': '"production"' }, tsconfig:'tsconfig.json', logLevel:'silent' });
const rows=[];
for (const [o,out] of Object.entries(r.metafile.outputs)) for (const [f, info] of Object.entries(out.inputs)) if (f.includes(filter)) rows.push([info.bytesInOutput, f, o.split('/').pop()]);
rows.sort((a,b)=>b[0]-a[0]); for (const x of rows) console.log(x.join('  '));
