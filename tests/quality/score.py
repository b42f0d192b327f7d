#!/usr/bin/env python3
"""score.py - how well newsdiff pairs passages and judges facts on annotated pairs.

usage: tests/quality/score.py [--verbose] [--json FILE] NEWSDIFF FOLDER...

Each FOLDER holds one folder per pair of reports, with gold.json (the format is
tests/quality/GOLD.md) and the two texts it names.  newsdiff's JSON export of
each pair is judged against its gold file:

  alignment  precision: paragraph pairs newsdiff shows that lie inside a gold
             group (core or acceptable), over all the pairs it shows;
             recall: core groups with at least one such pair, over all core
             groups; boilerplate: pairs that touch a paragraph the gold file
             calls boilerplate (there should be none)
  figures    differing / matching pairs of the gold file that newsdiff shows,
             with that status, in any passage; false differences: figures
             newsdiff calls differing that no gold 'differ' pair names
  quotations gold shared quotations that newsdiff pairs, and those whose
             status (match / vary) it gets right

A line per pair, then a summary line.  Exit status: 0, or 2 on trouble.
Not part of `meson test`: run it by hand on your own annotated pairs.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata

STRAIGHT = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
            "\u2013": "-", "\u2014": "-"}


def fold(text):
    """The form prefixes are compared in: NFKC, straight quotes, one space,
    lower case, no leading quotation marks."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(STRAIGHT.get(c, c) for c in text)
    text = text.replace("``", '"').replace("''", '"')
    text = " ".join(text.split()).lower()
    return text.lstrip("\"' ")


def starts(para, prefix):
    """Whether a folded paragraph is the one a gold prefix names.  A long
    prefix may also start after a space (a dateline before it)."""
    prefix = fold(prefix)
    return para.startswith(prefix) or (len(prefix) > 25 and " " + prefix in para)


def same_words(gold, shown):
    """Whether the text newsdiff shows for a fact and a gold fact's text are
    the same figure or quotation: one inside the other."""
    a, b = fold(gold).strip("\"'., "), fold(shown).strip("\"'., ")
    return bool(a and b) and (a in b or b in a)


class Pair:
    def __init__(self, gold, export):
        docs = {d["side"]: d for d in export["documents"]}
        self.text = {s: {p["id"]: fold(p["text"]) for p in docs[s]["paragraphs"]}
                     for s in ("left", "right")}
        self.shown = {(l, r) for a in export["alignments"]
                      for l in a["left"] for r in a["right"]}
        facts = [f for a in export["alignments"] for f in a.get("facts", [])
                 if f.get("left") and f.get("right")]
        self.figures = [f for f in facts if f["type"] == "figure"]
        self.quotes = [f for f in facts if f["type"] == "quote"]
        self.gold = gold

    def named(self, side, para, prefixes):
        return any(starts(self.text[side].get(para, ""), x) for x in prefixes)

    def in_group(self, group, pair):
        return (self.named("left", pair[0], group["left"]) and
                self.named("right", pair[1], group["right"]))

    def alignment(self):
        groups = self.gold["groups"]
        good = [p for p in self.shown if any(self.in_group(g, p) for g in groups)]
        core = [g for g in groups if g["strength"] == "core"]
        missed = [g for g in core
                  if not any(self.in_group(g, p) for p in self.shown)]
        boiler = [p for p in self.shown
                  if self.named("left", p[0], self.gold.get("boilerplate_left", []))
                  or self.named("right", p[1], self.gold.get("boilerplate_right", []))]
        wrong = sorted(set(self.shown) - set(good))
        return len(good), len(core), missed, len(boiler), wrong

    def shows_figure(self, g, status):
        return any(f["status"] == status and same_words(g["left"], f["left"]["text"])
                   and same_words(g["right"], f["right"]["text"])
                   for f in self.figures)

    def figure_results(self):
        gold = self.gold.get("figures", [])
        out = {}
        for status in ("differ", "match"):
            want = [g for g in gold if g["status"] == status]
            out[status] = (len(want), [g for g in want if not self.shows_figure(g, status)])
        false = [f for f in self.figures if f["status"] == "differ" and not any(
            g["status"] == "differ" and same_words(g["left"], f["left"]["text"])
            and same_words(g["right"], f["right"]["text"]) for g in gold)]
        return out, false

    def quote_results(self):
        found = right = 0
        for g in self.gold.get("quotes", []):
            hits = [f for f in self.quotes
                    if same_words(g["left"][:60], f["left"]["text"][:max(60, len(g["left"]))])
                    and same_words(g["right"][:60], f["right"]["text"][:max(60, len(g["right"]))])]
            found += bool(hits)
            right += any(f["status"] == g["status"] or
                         (g["status"] == "vary" and f["status"] == "differ")
                         for f in hits)
        return len(self.gold.get("quotes", [])), found, right


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def pairs_in(folder):
    for name in sorted(os.listdir(folder)):
        gold = os.path.join(folder, name, "gold.json")
        if os.path.isfile(gold):
            yield name, gold, os.path.join(folder, name)


def main(argv):
    verbose = "--verbose" in argv
    argv = [a for a in argv if a != "--verbose"]
    json_out = None
    if "--json" in argv:
        i = argv.index("--json")
        json_out = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) < 2:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    binary, folders = argv[0], argv[1:]
    keys = ("shown", "good", "core", "hit", "boiler", "differ", "differ_hit",
            "match", "match_hit", "false", "quotes", "q_found", "q_right")
    total = dict.fromkeys(keys, 0)
    f1s = []
    for folder in folders:
        for name, gold_path, texts in pairs_in(folder):
            with open(gold_path, encoding="utf-8") as f:
                gold = json.load(f)
            left = os.path.join(texts, gold["left_file"])
            right = os.path.join(texts, gold["right_file"])
            if not (os.path.isfile(left) and os.path.isfile(right)):
                print(f"{name}: texts missing")
                continue
            run = subprocess.run([binary, "--export=json", left, right],
                                 capture_output=True, timeout=120)
            try:
                pair = Pair(gold, json.loads(run.stdout))
            except (ValueError, KeyError) as e:
                sys.stderr.write(f"score.py: {name}: no usable export (exit {run.returncode}): {e}\n")
                return 2
            good, core, missed, boiler, wrong = pair.alignment()
            figs, false = pair.figure_results()
            nq, q_found, q_right = pair.quote_results()
            row = dict(shown=len(pair.shown), good=good, core=core,
                       hit=core - len(missed), boiler=boiler,
                       differ=figs["differ"][0],
                       differ_hit=figs["differ"][0] - len(figs["differ"][1]),
                       match=figs["match"][0],
                       match_hit=figs["match"][0] - len(figs["match"][1]),
                       false=len(false), quotes=nq, q_found=q_found, q_right=q_right)
            for k in keys:
                total[k] += row[k]
            p = good / row["shown"] if row["shown"] else 0.0
            r = row["hit"] / core if core else 1.0
            f1s.append(f1(p, r))
            print(f"{name}: align P={p:.2f} R={r:.2f} F1={f1(p, r):.2f} | "
                  f"figures differ {row['differ_hit']}/{row['differ']} "
                  f"match {row['match_hit']}/{row['match']} false-differ {row['false']} | "
                  f"quotes {q_found}/{nq} (status {q_right})"
                  + (f" | BOILERPLATE PAIRS {boiler}" if boiler else ""))
            if verbose:
                for g in missed:
                    print("    missed:", g["left"][0][:45], "<->", g["right"][0][:45],
                          "|", g.get("note", "")[:60])
                for l, r_ in wrong:
                    print("    wrong: ", pair.text["left"].get(l, "?")[:45], "<->",
                          pair.text["right"].get(r_, "?")[:45])
                for g in figs["differ"][1]:
                    print("    differ missed:", g["left"], "/", g["right"])
                for g in figs["match"][1]:
                    print("    match missed:", g["left"], "/", g["right"])
                for f in false:
                    print("    false differ:", f["left"]["text"], "/", f["right"]["text"])
    if not f1s:
        sys.stderr.write("score.py: no annotated pairs found\n")
        return 2
    P = total["good"] / total["shown"] if total["shown"] else 0.0
    R = total["hit"] / total["core"] if total["core"] else 1.0
    summary = {
        "pairs": len(f1s), "align_P": round(P, 3), "align_R": round(R, 3),
        "align_F1": round(f1(P, R), 3),
        "align_macro_F1": round(sum(f1s) / len(f1s), 3),
        "boilerplate_pairs": total["boiler"],
        "differ_recall": f"{total['differ_hit']}/{total['differ']}",
        "match_recall": f"{total['match_hit']}/{total['match']}",
        "false_differ": total["false"],
        "quotes_found": f"{total['q_found']}/{total['quotes']}",
        "quote_status_right": f"{total['q_right']}/{total['quotes']}",
    }
    if json_out:
        with open(json_out, "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=1)
    print("summary: " + " ".join(f"{k}={v}" for k, v in summary.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
