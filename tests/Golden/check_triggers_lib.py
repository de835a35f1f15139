"""Expands a regex (Python re syntax, close enough to the author patterns) into sample strings, one per branch
and char-class end, and reports samples that contain none of a list of trigger literals (see check_triggers.py)."""
import re, sys, itertools
try:
    import re._parser as sre_parse
    import re._constants as C
except ImportError:
    import sre_parse, sre_constants as C
LIMIT=20000
def expand(items):
    # items: list of (op, av); returns list of strings (bounded)
    res=['']
    for op,av in items:
        opts=node(op,av)
        res=[a+b for a in res for b in opts][:LIMIT]
    return res
def node(op,av):
    if op==C.LITERAL: return [chr(av)]
    if op==C.NOT_LITERAL: return ['#']
    if op==C.ANY: return ['#']
    if op==C.AT: return ['']
    if op==C.IN:
        out=[]
        for o,a in av:
            if o==C.LITERAL: out.append(chr(a))
            elif o==C.RANGE: out+= [chr(a[0]), chr(a[1])]
            elif o==C.CATEGORY:
                out.append({'CATEGORY_WORD':'a','CATEGORY_SPACE':' ','CATEGORY_DIGIT':'1'}.get(str(a),'a'))
            elif o==C.NEGATE: return ['#']
        return out or ['#']
    if op==C.CATEGORY: return [{'CATEGORY_WORD':'a','CATEGORY_SPACE':' ','CATEGORY_DIGIT':'1'}.get(str(av),'a')]
    if op==C.SUBPATTERN: return expand(list(av[-1]))
    if op==C.BRANCH:
        out=[]
        for b in av[1]: out+=expand(list(b))
        return out[:LIMIT]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo,hi,sub=av
        base=expand(list(sub))
        outs=[]
        for n in sorted({lo, min(lo+1,hi)}):
            cur=['']
            for _ in range(n): cur=[a+b for a in cur for b in base][:LIMIT]
            outs+=cur
        return outs[:LIMIT]
    if op in (C.ASSERT, C.ASSERT_NOT): return ['']
    raise Exception('op %s'%op)
def check(name, pattern, literals):
    p=pattern.replace('(?<c>','(?P<c>').replace('(?<p>','(?P<p>')
    parsed=sre_parse.parse(p)
    strs=expand(list(parsed))
    bad=[s for s in strs if not any(l in s for l in literals)]
    print(f"{name}: {len(strs)} samples, {len(bad)} without a trigger", bad[:5])
