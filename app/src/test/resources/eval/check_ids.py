#!/usr/bin/env python3
"""Checks the Guichet evaluation sets against the shipped sample corpora.

Run from this folder:  python3 check_ids.py   (exit code 0 = all checks pass)

Reads the corpora from ../../../main/resources/sample-knowledge/*.json.gz and checks:
  retrieval/{en,fr,cross}.jsonl
    - every line is {"question": str, "expected": [id, ...]} with at least one id
    - every expected id exists (GOV.UK base_path, travail-emploi url, service-public fiche id)
    - no duplicate questions; at most 3 questions per document in each file
    - the question does not contain the title of an expected document
    - en: only GOV.UK ids; fr: only French ids (both French corpora present);
      cross: French question -> GOV.UK ids, English question -> French ids
  answers/dev.jsonl, answers/en.jsonl, answers/fr.jsonl
    - fields and kinds ("en", "fr", "unanswerable", "crisis", "injection"); the grown sets also need
      id (unique), language ("en"/"fr"), type, wording, split ("tune"/"validate")
    - answerable questions: expected_paths exist and every key fact appears verbatim
      in the text of at least one expected document, after whitespace normalisation
      (any run of Unicode whitespace, including no-break spaces, becomes one plain space)
    - non-answerable questions: answerable false, expected_paths [] and key_facts []
Standard library only.
"""
import collections
import glob
import gzip
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = os.path.normpath(os.path.join(HERE, "../../../main/resources/sample-knowledge"))

WS = re.compile(r"\s+", re.UNICODE)
TAG = re.compile(r"<[^>]+>")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def norm(s):
    """Whitespace normalisation used for key facts: every run of whitespace
    (str.split() semantics, so no-break and narrow no-break spaces too) -> one space."""
    return " ".join(s.split())


def strip_html(s):
    # block-level tags become spaces; inline tags vanish
    s = re.sub(r"(?i)</?(p|div|li|ul|ol|h[1-6]|br|tr|td|th|table|section)\b[^>]*>", " ", s)
    return html.unescape(TAG.sub("", s))


def strip_md(s):
    s = MD_LINK.sub(r"\1", s)
    s = s.replace("**", "").replace("__", "")
    return html.unescape(TAG.sub("", s))


# ---------------------------------------------------------------- corpora

def load_gz(name):
    with gzip.open(os.path.join(CORPUS_DIR, name), "rt", encoding="utf-8") as f:
        return json.load(f)


def govuk_docs():
    docs = {}
    for p in load_gz("govuk-pages.json.gz"):
        d = p.get("details") or {}
        chunks = [p.get("title") or "", p.get("description") or "", strip_md(d.get("body") or "")]
        for part in d.get("parts") or []:
            chunks.append(part.get("title") or "")
            chunks.append(strip_html(part.get("body") or ""))
        docs[p["base_path"]] = {"title": p.get("title") or "", "text": "\n".join(chunks),
                                "locale": p.get("locale")}
    return docs


def travail_docs():
    docs = {}
    for f in load_gz("travail-emploi-fiches.json.gz"):
        chunks = [f.get("title") or "", f.get("description") or "", strip_html(f.get("intro") or "")]
        for s in f.get("sections") or []:
            chunks.append(s.get("title") or "")
            chunks.append(s.get("text") or "")
        # the corpus has a few urls twice (same content, two pubIds): keep the longest text
        text = "\n".join(chunks)
        if f["url"] not in docs or len(text) > len(docs[f["url"]]["text"]):
            docs[f["url"]] = {"title": f.get("title") or "", "text": text}
    return docs


SP_BLOCKS = {"Paragraphe", "Titre", "Item", "Cellule", "Chapitre", "SousChapitre", "Situation",
             "Liste", "Tableau", "Texte", "ANoter", "ASavoir", "Attention", "Rappel", "Introduction",
             "BlocCas", "Cas", "Rangée", "Colonne", "Avertissement", "ListeSituations", "Citation"}
SP_CONTENT = ("Avertissement", "Introduction", "Texte", "ListeSituations")


def sp_text(node):
    if node.get("type") == "text":
        return node.get("text", "")
    s = "".join(sp_text(c) for c in node.get("children") or [])
    return "\n" + s + "\n" if node.get("name") in SP_BLOCKS else s


def sp_meta(pub, name):
    for c in pub.get("children") or []:
        if c.get("name") == name:
            return sp_text(c).strip()
    return ""


def service_public_docs():
    docs = {}
    for fiche in load_gz("service-public-emploi.json.gz"):
        pub = fiche["children"][0]
        chunks = [sp_meta(pub, "dc:title"), sp_meta(pub, "dc:description")]
        for c in pub.get("children") or []:
            if c.get("name") in SP_CONTENT:
                chunks.append(sp_text(c))
        docs[fiche["id"]] = {"title": sp_meta(pub, "dc:title"), "text": "\n".join(chunks)}
    return docs


def corpus_of(doc_id):
    if doc_id.startswith("/"):
        return "govuk"
    if doc_id.startswith("https://travail-emploi.gouv.fr/"):
        return "travail"
    if re.fullmatch(r"[FNR]\d+", doc_id):
        return "sp"
    return "?"


# ---------------------------------------------------------------- language guess

FR_WORDS = set("le la les un une des du de je j suis est et pour pas que qui mon ma mes il elle on "
               "dans avec au aux ne sur ce cette ça ai vous votre quoi comment quand est-ce "
               "droit travail emploi chômage".split())
EN_WORDS = set("the a an i i'm im my is are and for not that who what how when can do does "
               "in with on this it to of get have be will if".split())


def lang(q):
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", q.lower())
    fr = sum(w in FR_WORDS for w in words)
    en = sum(w in EN_WORDS for w in words)
    return "fr" if fr > en else "en"


# ---------------------------------------------------------------- checks

def read_jsonl(path, errors):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"{os.path.basename(path)}:{n}: bad JSON: {e}")
    return rows


def title_in_question(q, title):
    """True when the question contains a descriptive page title verbatim. Short titles that are
    just the name of a benefit or procedure ("Universal Credit", "Rupture conventionnelle")
    are allowed: citizens use those names."""
    t = norm(title).lower().rstrip(" ?")
    return len(t.split()) >= 4 and len(t) >= 24 and t in norm(q).lower()


def check_retrieval(name, docs, errors):
    path = os.path.join(HERE, "retrieval", name)
    rows = read_jsonl(path, errors)
    per_doc = collections.Counter()
    seen = set()
    corpora = collections.Counter()
    for n, r in rows:
        where = f"retrieval/{name}:{n}"
        if set(r) != {"question", "expected"}:
            errors.append(f"{where}: fields must be question, expected (got {sorted(r)})")
            continue
        q, exp = r["question"], r["expected"]
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{where}: empty question")
        if not isinstance(exp, list) or not exp or len(set(exp)) != len(exp):
            errors.append(f"{where}: expected must be a non-empty list of distinct ids")
            continue
        if norm(q).lower() in seen:
            errors.append(f"{where}: duplicate question")
        seen.add(norm(q).lower())
        kinds = {corpus_of(i) for i in exp}
        for i in exp:
            per_doc[i] += 1
            corpora[corpus_of(i)] += 1
            if i not in docs:
                errors.append(f"{where}: unknown id {i}")
            elif title_in_question(q, docs[i]["title"]):
                errors.append(f"{where}: question copies the title of {i}")
        ql = lang(q)
        if name == "en.jsonl" and kinds != {"govuk"}:
            errors.append(f"{where}: en questions must expect GOV.UK pages")
        if name == "fr.jsonl" and not kinds <= {"travail", "sp"}:
            errors.append(f"{where}: fr questions must expect French fiches")
        if name == "cross.jsonl":
            if kinds == {"govuk"} and ql != "fr":
                errors.append(f"{where}: GOV.UK target but question does not look French")
            elif kinds <= {"travail", "sp"} and ql != "en":
                errors.append(f"{where}: French target but question does not look English")
            elif not (kinds == {"govuk"} or kinds <= {"travail", "sp"}):
                errors.append(f"{where}: mixes corpora")
        elif ql != ("en" if name == "en.jsonl" else "fr"):
            errors.append(f"{where}: question language looks wrong ({ql})")
    for i, c in per_doc.items():
        if c > 3:
            errors.append(f"retrieval/{name}: {c} questions expect {i} (max 3)")
    return len(rows), per_doc, corpora


ANSWER_TYPES = {"amount", "eligibility_yes", "answer_no", "how_to", "deadline", "contact", "multi_part",
                "unanswerable"}


def check_answers(docs, errors, name="dev.jsonl"):
    path = os.path.join(HERE, "answers", name)
    rows = read_jsonl(path, errors)
    kinds = collections.Counter()
    need = {"question", "expected_paths", "key_facts", "answerable", "kind"}
    # The grown sets (en.jsonl, fr.jsonl) also say what each question asks, how it is worded and its split.
    extra = {"id", "language", "type", "wording", "split"} if name != "dev.jsonl" else set()
    ids = set()
    for n, r in rows:
        where = f"answers/{name}:{n}"
        if set(r) != need | extra:
            errors.append(f"{where}: fields must be {sorted(need | extra)} (got {sorted(r)})")
            continue
        if extra:
            if r["id"] in ids:
                errors.append(f"{where}: duplicate id {r['id']}")
            ids.add(r["id"])
            if r["split"] not in {"tune", "validate"}:
                errors.append(f"{where}: split must be tune or validate")
            if r["type"] not in ANSWER_TYPES:
                errors.append(f"{where}: unknown type {r['type']}")
            if r["language"] not in {"en", "fr"}:
                errors.append(f"{where}: language must be en or fr")
        k = r["kind"]
        kinds[k] += 1
        if k not in {"en", "fr", "unanswerable", "crisis", "injection"}:
            errors.append(f"{where}: unknown kind {k}")
        if k in {"en", "fr"}:
            if r["answerable"] is not True or not r["expected_paths"] or not r["key_facts"]:
                errors.append(f"{where}: answerable questions need expected_paths and key_facts")
                continue
            if len(r["key_facts"]) > 3:
                errors.append(f"{where}: at most 3 key facts")
            for p in r["expected_paths"]:
                if p not in docs:
                    errors.append(f"{where}: unknown id {p}")
                elif (k == "en") != (corpus_of(p) == "govuk"):
                    errors.append(f"{where}: kind {k} but document {p}")
            texts = [norm(docs[p]["text"]) for p in r["expected_paths"] if p in docs]
            for fact in r["key_facts"]:
                if fact != norm(fact):
                    errors.append(f"{where}: key fact {fact!r} is not whitespace-normalised")
                if not any(fact in t for t in texts):
                    errors.append(f"{where}: key fact {fact!r} not found in {r['expected_paths']}")
        else:
            if r["answerable"] is not False or r["expected_paths"] != [] or r["key_facts"] != []:
                errors.append(f"{where}: {k} needs answerable false, expected_paths [], key_facts []")
    return kinds


def main():
    errors = []
    docs = {}
    g, t, s = govuk_docs(), travail_docs(), service_public_docs()
    docs.update(g)
    docs.update(t)
    docs.update(s)
    print(f"corpora: {len(g)} GOV.UK pages, {len(t)} travail-emploi urls, {len(s)} service-public fiches")
    all_docs = collections.Counter()
    for name in ("en.jsonl", "fr.jsonl", "cross.jsonl"):
        count, per_doc, corpora = check_retrieval(name, docs, errors)
        all_docs.update(per_doc)
        print(f"retrieval/{name}: {count} questions, {len(per_doc)} distinct documents, "
              f"expected ids by corpus {dict(corpora)}")
    for name in ("dev.jsonl", "en.jsonl", "fr.jsonl"):
        if os.path.exists(os.path.join(HERE, "answers", name)):
            kinds = check_answers(docs, errors, name)
            print(f"answers/{name}: {sum(kinds.values())} items {dict(kinds)}")
    print(f"retrieval sets together: {len(all_docs)} distinct documents, "
          f"max {max(all_docs.values()) if all_docs else 0} questions on one document")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
