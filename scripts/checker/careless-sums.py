#!/usr/bin/env python3
"""A careless agreement reader (xagree, docs/checker.md "Twenty-fourth pass"): every figure equal to the
sum of a contiguous run of 2-9 figures of its unit (on one line), the figure on the run's line or on one of
the three lines above it. Usage: careless-sums.py DIR | sort -u (distinct finds).
Used to find real coincidences for probes/xagree.txt."""
import re, sys, glob
# Runs of 2..9 figures of one unit on a line; a whole of that unit on the line or up to three lines above
# (on the same line, anywhere outside the run).
num=re.compile(r'(\d+(?:\.\d+)?)\s*(万|亿)?(件次|人次|件|条|人|名|个|场|户|家|万人|亿元|万元|元|项|所|次|批|宗|例|场次|天)')
def figs(line):
    out=[]
    for m in num.finditer(line):
        v=float(m.group(1)); mag=m.group(2) or ''; u=m.group(3)
        d=len(m.group(1).split('.')[1]) if '.' in m.group(1) else 0
        out.append((v,d,mag+u,m.start(),m.group(0)))
    return out
for f in sorted(glob.glob(sys.argv[1]+'/*.txt')):
    lines=open(f).read().split('\n')
    for i,l in enumerate(lines):
        F=[(i,)+x for x in figs(l)]
        scope=[]
        for j in range(max(0,i-3),i+1): scope+= [(j,)+x for x in figs(lines[j])]
        for a in range(len(F)):
          for b in range(a+2,min(a+9,len(F))+1):
            run=F[a:b]
            if len(set(r[3] for r in run))>1: continue
            s=sum(r[1] for r in run); tol=(0.5*10**-max(r[2] for r in run)*(len(run)+1)) if max(r[2] for r in run)>0 else 0
            for w in scope:
              if w[3]==run[0][3] and abs(w[1]-s)<=max(tol,1e-9) and w[1]>max(r[1] for r in run) and not (w[0]==i and run[0][4]<=w[4]<=run[-1][4]):
                print(f.split('/')[-1], i+1, w[5], '=', '+'.join(r[5] for r in run))
