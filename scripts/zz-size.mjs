import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true, conditions: ['source'], splitting: true, outdir: '/tmp/sizeout', define: { 'process.env.NODE_ENV': '"production"' }, loader: { '.json': 'json' } });
for (const [name, out] of Object.entries(r.metafile.outputs)) {
  const file = r.outputFiles.find((f) => f.path.endsWith(name.split('/').pop()));
  console.log(`== ${name} ${out.bytes} B gz ${(gzipSync(file.contents, { level: 9 }).length / 1024).toFixed(1)} KB imports: ${out.imports.filter(i=>i.kind==='import-statement').map(i=>i.path).join(',')}`);
  const groups = {};
  for (const [file, info] of Object.entries(out.inputs)) {
    const key = file.includes('node_modules') ? file.split('node_modules/')[1].split('/').slice(0, file.includes('node_modules/@') ? 2 : 1).join('/') : file.split('/').slice(0, 4).join('/');
    groups[key] = (groups[key] ?? 0) + info.bytesInOutput;
  }
  console.log(Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${(v / 1024).toFixed(1).padStart(7)} KB  ${k}`).join('\n'));
}
