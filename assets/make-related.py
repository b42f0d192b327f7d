#!/usr/bin/env python3
"""Derive assets/related-en.txt from the WordNet 3.0 database.

usage: make-related.py [WORDNET_DICT_DIR] > assets/related-en.txt

WORDNET_DICT_DIR holds index.noun ... data.verb (Debian's wordnet-base
installs them in /usr/share/wordnet, the default).  Words are keyed by
their Snowball English stem, as newsdiff's lexicon stems them, through the
system's libstemmer.

A word belongs to the concepts of its first SENSES_MAX senses in each part
of speech: the synset itself, its direct hypernym (indict -> charge,
accuse; cop -> police officer) and the synsets its derived forms belong to
(die -> death).  Only words that the SemCor corpus tags at least once
(WordNet's tagsense_cnt > 0: reasonably common words) and that are single
words of letters take part; a stem keeps STEM_MAX_CONCEPTS of them.  A concept is kept when it links two stems or
more and no more than CONCEPT_MAX_STEMS: one shared by more says nothing
("act", "person").
"""
import ctypes, ctypes.util, os, sys

# "charge" means "accuse" in its second verb sense, "officer" a police
# officer in its third noun sense: three senses reach the meanings news
# paraphrases use; more add the rare senses that link unrelated words.
SENSES_MAX = 3
# A concept shared by more stems is too general to tell paragraphs apart.
CONCEPT_MAX_STEMS = 30
# A stem keeps its first concepts, by sense (the most frequent first),
# each sense's synset before its hypernyms and derived forms.  On the real
# development pairs 8 aligned best (F1 0.748; 6: 0.738, 12: 0.734, all:
# 0.725), and fewer concepts cost less time.
STEM_MAX_CONCEPTS = 8
POS = ("noun", "verb", "adj", "adv")
POS_CHAR = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


def stemmer():
    lib = ctypes.CDLL(ctypes.util.find_library("stemmer") or "libstemmer.so.0d")
    lib.sb_stemmer_new.restype = ctypes.c_void_p
    lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.sb_stemmer_stem.restype = ctypes.POINTER(ctypes.c_char)
    lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.sb_stemmer_length.restype = ctypes.c_int
    lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
    st = lib.sb_stemmer_new(b"english", b"UTF_8")

    def stem(word):
        b = word.encode()
        p = lib.sb_stemmer_stem(st, b, len(b))
        return p[:lib.sb_stemmer_length(st)].decode()
    return stem


def read_data(d, pos):
    """synset key -> (hypernym keys, {word number: derived synset keys})."""
    out = {}
    with open(os.path.join(d, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            t = line.split(" | ")[0].split()
            off, ss = t[0], POS_CHAR[t[2]]
            nw = int(t[3], 16)
            i = 4 + 2 * nw
            np_ = int(t[i])
            hyper, deriv = [], {}
            for k in range(np_):
                sym, toff, tpos, st = t[i + 1 + 4 * k: i + 5 + 4 * k]
                key = (POS_CHAR[tpos], toff)
                if sym in ("@", "@i"):
                    hyper.append(key)
                elif sym == "+":
                    deriv.setdefault(int(st[:2], 16), []).append(key)
            out[(ss, off)] = (hyper, deriv, [w.lower() for w in t[4:4 + 2 * nw:2]])
    return out


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    stem = stemmer()
    data = {}
    for pos in POS:
        data.update(read_data(d, pos))
    concepts = {}                       # stem -> {synset key: rank}
    for pos in POS:
        with open(os.path.join(d, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                t = line.split()
                lemma, p = t[0], POS_CHAR[t[1]]
                ptr = int(t[3])
                tagged = int(t[5 + ptr])
                offs = t[6 + ptr:]
                if tagged == 0 or not lemma.isalpha() or not lemma.isascii() or len(lemma) < 3:
                    continue
                s = stem(lemma)
                got = concepts.setdefault(s, {})

                def add(key, rank):
                    if key not in got or got[key] > rank:
                        got[key] = rank
                for sense, off in enumerate(offs[:SENSES_MAX]):
                    key = (p, off)
                    hyper, deriv, words = data.get(key, ([], {}, []))
                    add(key, 3 * sense)
                    for h in hyper:
                        add(h, 3 * sense + 1)
                    if lemma in words:
                        for d_ in deriv.get(words.index(lemma) + 1, []):
                            add(d_, 3 * sense + 2)
    holders = {}
    for s, cs in concepts.items():
        for c in cs:
            holders.setdefault(c, set()).add(s)
    keep = {c for c, h in holders.items() if 2 <= len(h) <= CONCEPT_MAX_STEMS}
    number = {}
    lines = []
    for s in sorted(concepts, key=lambda x: x.encode()):
        got = concepts[s]
        cs = sorted((c for c in got if c in keep), key=lambda c: (got[c], c))
        cs = cs[:STEM_MAX_CONCEPTS]
        if not cs:
            continue
        ids = [number.setdefault(c, len(number) + 1) for c in cs]
        lines.append(s + " " + " ".join(str(i) for i in ids))
    w = sys.stdout.write
    w("# related-en.txt - words that can say the same thing, from WordNet 3.0.\n")
    w("# Generated by assets/make-related.py; do not edit.  WordNet 3.0\n")
    w("# Copyright 2006 by Princeton University; see WORDNET-LICENSE.\n")
    w("# One line per Snowball English stem, in byte order: the stem, then\n")
    w("# the numbers of the concepts it belongs to; \"=N\" says there are N.\n")
    w("=%d\n" % len(number))
    for l in lines:
        w(l + "\n")


main()
