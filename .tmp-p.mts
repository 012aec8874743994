import fs from 'node:fs';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
const dir='/work/shared/data/policeuk';
const files=fs.readdirSync(dir).filter(f=>f.endsWith('.csv')).map(f=>dir+'/'+f);
const bufs=files.map(f=>fs.readFileSync(f));
const strs=bufs.map(b=>b.toString('utf8'));
async function time(label: string, fn: ()=>Promise<number>|number){const t=performance.now(); const n=await fn(); console.log(label,n,(performance.now()-t).toFixed(0),'ms');}
await time('sync buf', ()=>{let n=0; for (const b of bufs) n+=parseSync(b,{relax_column_count:true}).length; return n;});
await time('sync buf again', ()=>{let n=0; for (const b of bufs) n+=parseSync(b,{relax_column_count:true}).length; return n;});
await time('sync str', ()=>{let n=0; for (const b of strs) n+=parseSync(b,{relax_column_count:true}).length; return n;});
await time('sync buf rd', ()=>{let n=0; for (const b of bufs) n+=parseSync(b,{relax_column_count:true, record_delimiter:['\r\n','\n']}).length; return n;});
await time('stream data whole', async ()=>{let n=0; for (const b of bufs) { const p=parse({relax_column_count:true}); p.on('data',()=>{n++}); const done=new Promise(r=>p.on('end',r)); p.end(b); await done;} return n;});
await time('stream data whole again', async ()=>{let n=0; for (const b of bufs) { const p=parse({relax_column_count:true}); p.on('data',()=>{n++}); const done=new Promise(r=>p.on('end',r)); p.end(b); await done;} return n;});
await time('stream on_record', async ()=>{let n=0; for (const b of bufs) { const p=parse({relax_column_count:true, on_record:(r,c)=>{n++; return undefined;}}); p.on('data',()=>{}); const done=new Promise(r=>p.on('end',r)); p.end(b); await done;} return n;});
