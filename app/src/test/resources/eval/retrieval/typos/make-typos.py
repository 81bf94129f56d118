#!/usr/bin/env python3
"""Writes en/fr/cross.jsonl here: the development sets with two words of six letters or more in each
question given one typo each (a letter dropped, swapped, doubled or replaced). Seed 7 made the
shipped files; another seed makes another sample. Used to measure spelling correction (ADR 26)."""
import json, os, random, re, sys

random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
HERE = os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"[A-Za-zÀ-ÿ]{6,}")


def typo(word):
    i = random.randrange(1, len(word) - 1)
    kind = random.choice(['del', 'swap', 'sub', 'dup'])
    if kind == 'del':
        return word[:i] + word[i + 1:]
    if kind == 'swap':
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 'dup':
        return word[:i] + word[i] + word[i:]
    return word[:i] + random.choice('aeiourstnl') + word[i + 1:]


for name in ('en', 'fr', 'cross'):
    with open(os.path.join(HERE, '..', name + '.jsonl'), encoding='utf-8') as source, \
            open(os.path.join(HERE, name + '.jsonl'), 'w', encoding='utf-8') as out:
        for line in source:
            question = json.loads(line)
            words = WORD.findall(question['question'])
            for word in random.sample(words, min(2, len(words))):
                question['question'] = question['question'].replace(word, typo(word), 1)
            out.write(json.dumps(question, ensure_ascii=False) + '\n')
