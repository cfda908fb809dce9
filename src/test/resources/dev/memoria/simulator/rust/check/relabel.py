import json,sys,subprocess,os
# Writes NAME.expected next to each NAME.rs: one block per rustc error, in rustc's order.
for f in sys.argv[1:]:
    p=subprocess.run(["rustc","--edition","2021","--error-format=json","--emit=metadata","-o","/tmp/rc/out.rmeta",f],capture_output=True,text=True)
    out=[]
    for line in p.stderr.splitlines():
        try: d=json.loads(line)
        except: continue
        if d.get("level")!="error" or not d.get("code"): continue
        spans=[s for s in d["spans"] if s["file_name"]==f or s["file_name"].endswith("/"+os.path.basename(f))]
        pr=[s for s in spans if s["is_primary"]][0]
        fmt=lambda s:"%d:%d-%d:%d"%(s["line_start"],s["column_start"],s["line_end"],s["column_end"])
        out.append("%s %s | %s | %s"%(d["code"]["code"],fmt(pr),d["message"],pr["label"] or ""))
        for s in spans:
            if s is pr: continue
            out.append("  %s | %s"%(fmt(s),s["label"] or ""))
    open(f[:-3]+".expected","w").write("".join(l+"\n" for l in out))
