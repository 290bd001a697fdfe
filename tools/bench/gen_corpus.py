#!/usr/bin/env python3
"""Generate a reproducible news-like benchmark corpus for claimx (stdlib only).

    python3 tools/bench/gen_corpus.py 100MB                 # -> /tmp/claimx-bench/100MB/
    python3 tools/bench/gen_corpus.py 10MB --seed 7 --out /tmp/x
    python3 tools/bench/gen_corpus.py --worst               # dense, long line, no-space run, 1 GiB file

The text is recombined from the articles in corpus/*.txt: their sentences are
sorted into candidate sentences (a US state name and a digit) and the rest,
candidate sentences get fresh figures (and sometimes another state), and
filler sentences are drawn from the corpus vocabulary without digits. Density
is controlled per sentence: by default about one sentence in ten is a
candidate overall, and 30% of the articles have none at all.

A finished corpus folder holds manifest.json (parameters, corpus digest,
totals). Running again with the same parameters and an intact folder does
nothing; other parameters regenerate it. The output is the same for the same
parameters, corpus/ and Python version (random.Random with a fixed seed).
"""

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys
import time

GENERATOR_VERSION = 1
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_ROOT = "/tmp/claimx-bench"

UNITS = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9,
         "KIB": 2**10, "MIB": 2**20, "GIB": 2**30}

# Abbreviations after which a period does not end a sentence.
ABBREV = set("""Mr Mrs Ms Dr Gov Sen Rep Lt Gen Col Capt Sgt St Ave Blvd Rd Mt Ft
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun
Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn
Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo
Jr Sr Inc Co Corp Ltd vs No Nos Prof Rev
U.S U.N D.C N.C S.C N.Y N.J N.H N.M N.D S.D R.I W.Va a.m p.m e.g i.e""".split())

BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
GROUPED = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
DATE_HEADER = re.compile(r"^\ufeff?\s*date \d{4}-\d{2}-\d{2}\b[ \t]*")


def load_states():
    with open(os.path.join(HERE, "states.txt"), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


STATES = load_states()
STATE_RE = re.compile(r"\b(?:%s)\b" % "|".join(
    re.escape(s) for s in sorted(STATES, key=len, reverse=True)), re.ASCII)
DIGIT_RE = re.compile(r"[0-9]")


def parse_size(text):
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]i?B|B)?\s*", text, re.I)
    if not m:
        raise argparse.ArgumentTypeError("size like 10MB, 100MB, 1GB, 512MiB: %r" % text)
    return int(float(m.group(1)) * UNITS[(m.group(2) or "").upper()])


def is_candidate(sentence):
    return bool(STATE_RE.search(sentence)) and bool(DIGIT_RE.search(sentence))


def split_sentences(par):
    out, start = [], 0
    for m in BOUNDARY.finditer(par):
        nxt = par[m.end():m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'("):
            continue
        if par[m.start()] == ".":
            before = par[start:m.start()].split()
            word = before[-1].lstrip("\"“‘'(") if before else ""
            if word in ABBREV or (len(word) == 1 and word.isupper()):
                continue
        out.append(par[start:m.end()].rstrip())
        start = m.end()
    tail = par[start:].strip()
    if tail:
        out.append(tail)
    return out


def end_sentence(s):
    """Sentences must end in . ! ? (possibly quoted) so candidates never span two."""
    if re.search(r"[.!?][\"'”’)\]]*$", s):
        return s
    return s.rstrip(":;,—- ") + "."


class Source:
    """Sentence pools built from corpus/*.txt, deterministic for a seed."""

    def __init__(self, corpus_dir, rng):
        names = sorted(n for n in os.listdir(corpus_dir) if n.endswith(".txt"))
        if not names:
            sys.exit("gen_corpus: no *.txt articles in %s" % corpus_dir)
        digest = hashlib.sha256()
        claims, plain, vocab = [], [], []
        for name in names:
            with open(os.path.join(corpus_dir, name), "rb") as f:
                raw = f.read()
            digest.update(name.encode() + b"\0" + raw + b"\0")
            text = raw.decode("utf-8", "replace")
            text = DATE_HEADER.sub("", text, count=1)
            for line in text.splitlines():
                line = line.strip()
                if not line:
                    continue
                vocab.extend(w for w in WORD.findall(line))
                for s in split_sentences(line):
                    if len(s) < 3:
                        continue
                    s = end_sentence(s)
                    (claims if is_candidate(s) else plain).append(s)
        self.digest = digest.hexdigest()
        self.corpus_files = len(names)
        self.corpus_claims = len(claims)
        self.corpus_plain = len(plain)
        if not claims or not plain:
            sys.exit("gen_corpus: corpus has no candidate or no plain sentences")
        # Candidate sentences: the originals plus variants with new figures
        # (same shape: 6,259 -> 4,817) and, for half, another state.
        pool = list(claims)
        for s in claims:
            for _ in range(30):
                v = GROUPED.sub(lambda m: self._figure(rng, m.group()), s)
                if rng.random() < 0.5:
                    st = rng.choice(STATES)
                    v = STATE_RE.sub(lambda m: st, v, count=1)
                pool.append(v)
        self.claims = pool
        self.plain = plain
        # Filler: words of the corpus (frequency-weighted), no digits anywhere.
        self.filler = []
        for _ in range(20000):
            words = rng.choices(vocab, k=rng.randint(6, 28))
            words[0] = words[0][:1].upper() + words[0][1:]
            for i in range(1, len(words) - 1):
                if rng.random() < 0.06:
                    words[i] += ","
            self.filler.append(" ".join(words) + ".")

    @staticmethod
    def _figure(rng, shape):
        out = []
        first = True
        for ch in shape:
            if ch.isdigit():
                out.append(str(rng.randint(1, 9)) if first else str(rng.randint(0, 9)))
                first = False
            else:
                out.append(ch)
        return "".join(out)


class Writer:
    """Builds articles and files from the pools; counts what it emitted."""

    def __init__(self, src, rng, density, claim_free, dated):
        self.src, self.rng = src, rng
        self.claim_free = claim_free
        self.dated = dated
        # Per-sentence candidate probability inside claim-bearing articles, so
        # that the overall share is `density`.
        self.p_claim = min(1.0, density / max(1e-9, 1.0 - claim_free))
        self.sentences = self.candidates = self.articles = self.free_articles = 0

    def header(self):
        r = self.rng
        return "date %04d-%02d-%02d" % (r.randint(2018, 2022), r.randint(1, 12), r.randint(1, 28))

    def paragraph(self, p_claim):
        r, s = self.rng, self.src
        sents = []
        for _ in range(r.randint(1, 5)):
            x = r.random()
            if x < p_claim:
                sents.append(r.choice(s.claims))
                self.candidates += 1
            elif x < p_claim + (1.0 - p_claim) * 0.5:
                sents.append(r.choice(s.plain))
            else:
                sents.append(r.choice(s.filler))
        self.sentences += len(sents)
        return " ".join(sents)

    def article(self, lo, hi):
        """Paragraphs of one article, about lo..hi characters."""
        r = self.rng
        free = r.random() < self.claim_free
        p = 0.0 if free else self.p_claim
        self.articles += 1
        self.free_articles += free
        target = r.randint(lo, hi)
        paras, size = [], 0
        while size < target:
            para = self.paragraph(p)
            if size + len(para) > hi and size >= lo:
                break
            paras.append(para)
            size += len(para) + 2
        return paras

    def document(self, paras):
        """Date header (most documents) then the paragraphs, blank-line separated."""
        r = self.rng
        if r.random() < self.dated:
            h = self.header()
            if r.random() < 0.8:
                paras = [h + " " + paras[0]] + paras[1:]   # "date ... AUSTIN, Texas (AP) ..."
            else:
                paras = [h] + paras
        return "\n\n".join(paras) + "\n"

    def big_text(self, size, sink, sep="\n\n", dated_first=True):
        """About `size` bytes of concatenated articles, written to sink in ~8 MB blocks."""
        buf, n, total = [], 0, 0
        if dated_first:
            buf.append(self.header() + " ")
        while total + n < size:
            a = sep.join(self.article(2048, 10240))
            buf.append(a)
            buf.append(sep)
            n += len(a) + len(sep)
            if n >= 8 << 20:
                b = "".join(buf).encode()
                sink(b)
                total += len(b)
                buf, n = [], 0
        if buf:
            b = "".join(buf).encode()
            sink(b)
            total += len(b)
        return total


# ---------------------------------------------------------------- corpus ---

def read_manifest(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def write_json_atomic(path, obj):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


def scan_txt(root):
    files = total = 0
    for dirpath, _, names in os.walk(root):
        for n in names:
            if n.endswith(".txt"):
                files += 1
                total += os.path.getsize(os.path.join(dirpath, n))
    return files, total


SUBDIR = re.compile(r"^\d{3}$")


def generate_corpus(args, size, out):
    params = {"kind": "corpus", "size": size, "seed": args.seed, "density": args.density,
              "claim_free": args.claim_free, "dated": args.dated,
              "large_share": args.large_share, "generator": GENERATOR_VERSION}
    mpath = os.path.join(out, "manifest.json")
    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    src = Source(args.corpus, rng)
    params["corpus_sha256"] = src.digest
    old = read_manifest(mpath)
    if old and old.get("params") == params and not args.force:
        files, total = scan_txt(out)
        if (files, total) == (old["totals"]["files"], old["totals"]["bytes"]):
            print("%s: already generated with these parameters (%d files, %.1f MB); nothing to do"
                  % (out, files, total / 1e6))
            return old
        print("%s: manifest matches but the files differ; regenerating" % out)
    # Clear what a previous run wrote (numbered folders and the manifest only).
    os.makedirs(out, exist_ok=True)
    if os.path.exists(mpath):
        os.remove(mpath)
    for n in os.listdir(out):
        p = os.path.join(out, n)
        if SUBDIR.match(n) and os.path.isdir(p):
            shutil.rmtree(p)
    left, _ = scan_txt(out)
    if left:
        sys.exit("gen_corpus: %s holds %d other *.txt files; they would be benchmarked too. "
                 "Use an empty folder." % (out, left))

    w = Writer(src, rng, args.density, args.claim_free, args.dated)
    large_n = max(1, round(size * args.large_share / 3e6)) if size >= 8 * 10**6 and args.large_share > 0 else 0
    large_hi = int(min(5e6, max(1e6, 0.15 * size)))
    marks = [(i + 0.5) / large_n * size for i in range(large_n)] if large_n else []
    total = files = large_files = large_bytes = dated = 0
    made_dirs = set()
    while total < size:
        sub = "%03d" % (files // 1000)
        if sub not in made_dirs:
            os.makedirs(os.path.join(out, sub), exist_ok=True)
            made_dirs.add(sub)
        if marks and total >= marks[0]:
            marks.pop(0)
            target = rng.randint(10**6, large_hi)
            path = os.path.join(out, sub, "%06d-large.txt" % files)
            with open(path, "wb", buffering=0) as f:
                n = w.big_text(target, f.write, dated_first=rng.random() < args.dated)
            large_files += 1
            large_bytes += n
        else:
            data = w.document(w.article(2048, 10240)).encode()
            n = len(data)
            with open(os.path.join(out, sub, "%06d.txt" % files), "wb") as f:
                f.write(data)
        total += n
        files += 1
    elapsed = time.perf_counter() - t0
    manifest = {
        "params": params,
        "python": sys.version.split()[0],
        "corpus_dir": os.path.abspath(args.corpus),
        "corpus_pools": {"files": src.corpus_files, "candidate_sentences": src.corpus_claims,
                         "other_sentences": src.corpus_plain, "candidate_variants": len(src.claims),
                         "filler_sentences": len(src.filler)},
        "totals": {"files": files, "bytes": total, "large_files": large_files,
                   "large_bytes": large_bytes, "articles": w.articles,
                   "claim_free_articles": w.free_articles, "sentences": w.sentences,
                   "candidate_sentences": w.candidates,
                   "candidate_share": round(w.candidates / max(1, w.sentences), 4)},
        "seconds": round(elapsed, 2),
    }
    write_json_atomic(mpath, manifest)
    print("%s: %d files (%d large), %.1f MB, %d sentences, %.1f%% candidates, %.1f%% claim-free articles, %.1f s"
          % (out, files, large_files, total / 1e6, w.sentences, 100.0 * w.candidates / max(1, w.sentences),
             100.0 * w.free_articles / max(1, w.articles), elapsed))
    return manifest


# ------------------------------------------------------------ worst cases ---

def gen_dense(w, rng, size, f):
    """State names and figures only: 'Texas 12,345, Ohio 678, ...' lines of ~1 KB, no periods."""
    total, buf, n = 0, [], 0
    while total + n < size:
        pairs = []
        for _ in range(40):
            k = rng.randint(1, 7)
            num = "%d" % rng.randint(10 ** (k - 1), 10 ** k - 1)
            if k > 3 and rng.random() < 0.7:
                num = "{:,}".format(int(num))
            pairs.append(rng.choice(STATES) + " " + num)
        line = ", ".join(pairs) + "\n"
        buf.append(line)
        n += len(line)
        if n >= 8 << 20:
            b = "".join(buf).encode()
            f.write(b)
            total += len(b)
            buf, n = [], 0
    b = "".join(buf).encode()[: size - total]
    f.write(b)
    return total + len(b)


def gen_long_line(w, rng, size, f):
    """News-like text (about 1 candidate sentence in 10) on one line: no newline at all."""
    return w.big_text(size, f.write, sep=" ")


def gen_no_space(w, rng, size, f):
    """The corpus text with every whitespace character removed, repeated: one 'word'."""
    parts = []
    for name in sorted(os.listdir(w_corpus_dir)):
        if name.endswith(".txt"):
            with open(os.path.join(w_corpus_dir, name), "rb") as g:
                parts.append(re.sub(rb"\s+", b"", g.read()))
    unit = b"".join(parts)
    total = 0
    block = unit * max(1, (8 << 20) // len(unit))
    while total < size:
        b = block[: size - total]
        f.write(b)
        total += len(b)
    return total


def gen_huge(w, rng, size, f):
    """One file of exactly `size` bytes of articles (1 GiB by default)."""
    written = [0]
    tail = [b""]

    def sink(b):
        room = size - written[0]
        if room <= 0:
            return
        if len(b) > room:
            b = b[:room]
        f.write(b)
        written[0] += len(b)
        tail[0] = b[-8:]

    w.big_text(size, sink)
    # Never end inside a UTF-8 sequence: replace a cut multi-byte tail with spaces.
    t = tail[0]
    i = len(t)
    while i > 0 and (t[i - 1] & 0xC0) == 0x80:
        i -= 1
    if i > 0 and t[i - 1] >= 0xC0:
        f.seek(written[0] - (len(t) - i + 1))
        f.write(b" " * (len(t) - i + 1))
    return written[0]


w_corpus_dir = None
WORST = {
    "dense": ("dense.txt", 20 * 10**6, gen_dense),
    "long_line": ("long_line.txt", 20 * 10**6, gen_long_line),
    "no_space": ("no_space.txt", 10 * 10**6, gen_no_space),
    "huge": ("huge.txt", 2**30, gen_huge),
}


def generate_worst(args, kinds):
    global w_corpus_dir
    w_corpus_dir = args.corpus
    out = args.worst_out
    os.makedirs(out, exist_ok=True)
    mpath = os.path.join(out, "manifest.json")
    manifest = read_manifest(mpath) or {"files": {}}
    rng0 = random.Random(args.seed)
    src = None
    for kind in kinds:
        name, size, fn = WORST[kind]
        if kind == "huge":
            size = args.huge_size
        params = {"kind": kind, "size": size, "seed": args.seed, "generator": GENERATOR_VERSION,
                  "density": args.density, "claim_free": args.claim_free}
        path = os.path.join(out, name)
        old = manifest["files"].get(name)
        if src is None:
            src = Source(args.corpus, rng0)
        params["corpus_sha256"] = src.digest
        if (old and old.get("params") == params and os.path.exists(path)
                and os.path.getsize(path) == old.get("bytes") and not args.force):
            print("%s: already generated with these parameters; nothing to do" % path)
            continue
        t0 = time.perf_counter()
        rng = random.Random("%s/%s" % (args.seed, kind))
        w = Writer(src, rng, args.density, args.claim_free, 1.0)
        manifest["files"].pop(name, None)
        write_json_atomic(mpath, manifest)
        with open(path + ".tmp", "wb") as f:
            n = fn(w, rng, size, f)
        os.replace(path + ".tmp", path)
        n = os.path.getsize(path)
        elapsed = time.perf_counter() - t0
        manifest["files"][name] = {"params": params, "bytes": n, "seconds": round(elapsed, 2),
                                   "python": sys.version.split()[0]}
        write_json_atomic(mpath, manifest)
        print("%s: %.1f MB, %.1f s" % (path, n / 1e6, elapsed))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("size", nargs="?", help="corpus size: 10MB, 100MB, 1GB (10^6 bytes per MB; KiB/MiB/GiB also accepted)")
    ap.add_argument("--out", help="output folder (default %s/<size>/)" % DEFAULT_ROOT)
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--corpus", default=os.path.join(REPO, "corpus"), help="source articles (default: the repository's corpus/)")
    ap.add_argument("--density", type=float, default=0.10, help="overall share of candidate sentences (default 0.10)")
    ap.add_argument("--claim-free", type=float, default=0.30, help="share of articles without candidates (default 0.30)")
    ap.add_argument("--dated", type=float, default=0.85, help="share of files with a 'date YYYY-MM-DD' first line (default 0.85)")
    ap.add_argument("--large-share", type=float, default=0.10, help="share of bytes in large (1-5 MB) files (default 0.10; 0 = none)")
    ap.add_argument("--dense", action="store_true", help="worst case: ~20 MB of only state names and numbers")
    ap.add_argument("--long-line", action="store_true", help="worst cases: a 20 MB line without newline and a 10 MB run without whitespace")
    ap.add_argument("--huge", action="store_true", help="worst case: one 1 GiB file")
    ap.add_argument("--worst", action="store_true", help="all worst cases (--dense --long-line --huge)")
    ap.add_argument("--huge-size", type=parse_size, default=2**30, help="size of --huge (default 1GiB)")
    ap.add_argument("--worst-out", default=os.path.join(DEFAULT_ROOT, "worst"), help="folder for worst cases (default %(default)s)")
    ap.add_argument("--force", action="store_true", help="regenerate even if the manifest matches")
    args = ap.parse_args()

    kinds = []
    if args.dense or args.worst:
        kinds.append("dense")
    if args.long_line or args.worst:
        kinds += ["long_line", "no_space"]
    if args.huge or args.worst:
        kinds.append("huge")
    if not args.size and not kinds:
        ap.error("give a SIZE (10MB, 100MB, 1GB) and/or --dense/--long-line/--huge/--worst")
    if not (0 <= args.density <= 1 and 0 <= args.claim_free < 1 and 0 <= args.dated <= 1):
        ap.error("--density, --dated in [0,1], --claim-free in [0,1)")
    if args.size:
        size = parse_size(args.size)
        label = re.sub(r"\s+", "", args.size)
        label = label[:-2] + label[-2:].upper() if label[-2:].lower() in ("kb", "mb", "gb") else label
        generate_corpus(args, size, args.out or os.path.join(DEFAULT_ROOT, label))
    if kinds:
        generate_worst(args, kinds)


if __name__ == "__main__":
    main()
