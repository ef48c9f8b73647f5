"""Attribute quotes to speakers: find the cue, read the speaker phrase, resolve it.

Rules, in the order they are tried for each statement (recorded as ``rule``):

- ``cue-after``:    „…“, sagte der Minister.  /  „…“, teilte die Polizei mit.  /  „…“, mit diesen Worten …
- ``so``:           „…“, so Müller.
- ``cue-before``:   Müller sagte: „…“  /  Dazu sagte die Ministerin: „…“
- ``source``:       laut Müller „…“ (also before a cue after the quotation)  /  Müller zufolge …
                    /  nach Meinung der X  /  Seiner Ansicht nach
                    /  Die Forderung der X, … „…“ …, wies Y zurück (the speech noun's owner)
- ``document``:     „…“, heißt es in dem Antrag  /  Darin heißt es: „…“ (the text is the source)
                    /  Auf dem Plakat war „…“ zu lesen  /  Darauf stand: „…“ (written on a thing)
- ``cited``:        „…“, wird Müller zitiert  /  Müller wird wie folgt zitiert: „…“  /  „…“, zitierte man X
- ``colon``:        Kapitän Jonas Berg: „…“
- ``subject``:      Der Minister nannte die Lage „ernst“ (partial quotes: the subject)
                    /  Die Fans skandierten Parolen wie „…“  /  Während X erklärte, …, „…“, räumte Y ein
- ``cue-next``:     „…“ Das sagte Müller. (the next sentence attributes it)
- ``bracket``:      Lob kam von Verbandschef Otto Brenner („…“)
- ``inside-reported``: a quote inside reported speech takes that speech's speaker
- ``clause``:       no speech verb, but the reporter's clause has a subject
                    (Dabei griff sie den Minister an: „…“ / Ursprünglich wollte er „…“)
- ``context``:      no cue, but a person was just introduced as a sentence subject
- ``continuation``: a quote with no cue of its own right after one by X
- ``repeated``:     a quotation found by nothing else whose words the article quotes
                    again with a speaker (a headline, a teaser); no mention

A quotation joined to the one before it into a list („…“ oder „…“, „…“ und „…“)
that finds no cue of its own takes that one's decision, whatever its rule; the
first of a list without a cue takes the decision of the one after it („…“ und
„…“, sagte X).

The mention is the phrase next to the cue in this instance (a pronoun stays a
pronoun, so do so letztere and X, der sagte / indem er sagte: see
:mod:`quoteverify.attribute.subclauses`); the canonical speaker is resolved from it
(or the relative pronoun's antecedent) across the article.

Reported clauses found by :mod:`quoteverify.attribute.indirect` arrive with
their cue and mention already read; they are resolved here in the same
reading order, so pronouns and continuations work across both kinds.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from quoteverify import lexicon
from quoteverify.attribute.cues import (
    Found,
    cue_after,
    cue_before,
    cue_in_next_sentence,
    cue_in_subordinate,
    inverted_subject,
    noun_clause_source,
    pronoun_named_before,
    source_next_to,
    wie_clause_source,
    with_the_words,
)
from quoteverify.attribute.documents import (
    document_after,
    document_before,
    document_phrase,
    hearsay_source,
    owner_mention,
    unowned_statement,
)
from quoteverify.attribute.frames import (
    bracketed_after_speaker,
    clause_subject,
    konjunktiv_i_in,
    passive_agent,
    passive_frame,
)
from quoteverify.attribute.indirect_markers import own_findings
from quoteverify.attribute.mentions import Mention, read_mention, said_or_thought, tokens
from quoteverify.attribute.phrases import (
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    Token,
    a_person,
    in_prepositional_phrase,
    is_speech_verb,
    names_a_thing,
    object_first,
    plausible_speaker,
    subject_at,
    title_in_marks,
)
from quoteverify.attribute.speakers import Person, Registry, full_name, spokesperson_gender
from quoteverify.attribute.subclauses import cue_in_relative
from quoteverify.attribute.tagging import common_noun, lemma_and_tag, not_a_noun
from quoteverify.detect.context import sentence_bounds, sentence_starts
from quoteverify.detect.marks import Paragraph, paragraphs
from quoteverify.io.metadata import dateline_end
from quoteverify.records import Article, Quote, Span

__all__ = ["attribute_quotes"]

_CONFIDENCE = {
    "cue-after": 0.9, "so": 0.9, "cue-before": 0.85, "source": 0.85, "colon": 0.8,
    "subject": 0.8, "inside-reported": 0.7, "continuation": 0.6, "konjunktiv-continuation": 0.6,
    "context": 0.55, "cue-next": 0.75, "document": 0.8, "cited": 0.85, "clause": 0.6, "bracket": 0.75,
}
_FALLBACKS = frozenset((None, "context", "continuation", "clause"))
_LIST_JOINS = frozenset(("und", "oder", "sowie", ",", "bzw.", "oder auch", "und auch"))
_HEARSAY = re.compile(r"(?i)\b(?:hei(?:ß|ss)t|hie(?:ß|ss)|vernehmen|verlautet(?:e)?)\b")
# finite forms a reported clause may open with (the tagger reads "habe" alone as XY)
_AUXILIARIES = frozenset(("habe", "hätte", "hätten", "sei", "seien", "wäre", "wären", "werde", "würde",
                          "würden"))
# a focus word or subordinator before the subject of the reporter's clause
_OPENERS = frozenset(("selbst", "auch", "sogar", "nur", "während", "nachdem", "als", "obwohl", "weil", "da",
                      "wie"))
_OWNER_AFTER = re.compile(r"\s+(?:des|der|von|vom|eines|einer)\b")  # Stellungnahme des Landrats
_MENTION_FACTOR = {"name": 1.0, "institution": 0.95, "role": 0.85, "pronoun": 0.8, "document": 0.9}


def attribute_quotes(article: Article, quotes: list[Quote]) -> list[Quote]:
    """Fill speaker, mention, cue, confidence and rule of every quote."""
    if not quotes:
        return quotes
    return _Attributor(article.text, quotes).run()


@dataclasses.dataclass(slots=True)
class _Decision:
    rule: str | None
    cue: Span | None
    mention: Span | None
    confidence: float
    person: Person | None
    naming: Span | None = None  # eigenen Angaben / X, der …: where the person is named, for later quotes


def _person_noun(noun: str) -> bool:
    """Anwohnerin, Zuschauer, Polizist: a listed role, or a common noun with an ending for
    people (not a body or a thing)."""
    if lexicon.role_noun(noun) is not None:
        return True
    return noun.lower().endswith(_PERSON_ENDINGS) and common_noun(noun) and not lexicon.is_institution(noun)


_PERSON_ENDINGS = ("er", "erin", "ant", "antin", "ent", "entin", "ist", "istin")


def _copula_after(text: str, end: int, stop: int) -> bool:
    """Is one of the words after ``end`` (before ``stop``) a copula (Ein Richter des Tribunals
    *ist* der Kurde X: an identity)?"""
    after = text[end : min(stop, end + 60)].split()[:4]
    return any(w in ("ist", "war", "sind", "waren", "heißt") for w in after)


class _Attributor:
    """Reads one article front to back, keeping track of who is salient."""

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        self.text = text
        self.quotes = quotes
        self.paras = paragraphs(text)
        self._para_starts = [p.start for p in self.paras]
        self.registry = Registry(text)
        self._read_until = 0  # sentences before this offset have updated salience
        self.last: tuple[Quote, Person, Span | None] | None = None
        self.topic: tuple[Person, Span] | None = None  # the latest sentence subject
        # computed once per article, so deciding a quote never scans all the others
        self._statement_end: dict[int, int] = {}
        for x in quotes:
            end = x.end + len(x.close_mark or "")
            self._statement_end[x.statement] = max(end, self._statement_end.get(x.statement, end))
        marked = [x for x in quotes if x.kind != "indirect"]  # non-overlapping, in order
        self._marked = [
            (x.start - len(x.open_mark or ""), x.end + len(x.close_mark or ""), x.statement)
            for x in marked
        ]
        self._marked_opens = [m[0] for m in self._marked]
        self._marked_closes = [m[1] for m in self._marked]
        self._clauses = [x for x in quotes if x.kind == "indirect"]
        self._clause_starts = [x.start for x in self._clauses]
        self._owned_texts: dict[str, list[int]] = {}  # noun -> where an owner named with it starts
        self.latest_mention: dict[int, Span] = {}  # person -> where the text last named them
        self._before: list[tuple[int, int, str]] = []  # the reporter's words before the current quote

    def run(self) -> list[Quote]:
        decisions: dict[int, _Decision] = {}
        for q in self.quotes:
            if q.statement in decisions:
                continue  # later stretches of a statement share its decision
            para = self._para(q.start)
            anchor = q.start
            s0, s1 = sentence_bounds(self.text, q.start, q.end, para.start, para.end)
            if q.kind == "indirect" and q.cue is not None and q.cue.start >= s1:
                # X will … verdoppeln. Das kündigte der Stadtchef an: the cue's sentence is
                # read after the clause's, whose subject the cue's pronoun or role may be
                anchor, cue_para = q.cue.start, self._para(q.cue.start)
                s0, _ = sentence_bounds(self.text, q.cue.start, q.cue.end, cue_para.start, cue_para.end)
            self._track_subjects(s0)
            self.registry.advance(anchor, s0)  # people introduced in the quote's own sentence
            decision = self._decide(q, para)
            joined = self._joined_to(q)
            if joined is not None and decision.rule in _FALLBACKS:
                decision = decisions[joined]  # „…“ oder „…“: no cue of its own, the list's speaker
            if decision.person is not None:
                self.registry.spoke(decision.person)
                named = decision.naming or decision.mention
                self.last = (q, decision.person, named or (self.last[2] if self.last else None))
                if named is not None:
                    self.latest_mention[id(decision.person)] = named
            elif decision.mention is not None:
                # Ein Sprecher erklärte, …: someone the text does not name spoke last, and a
                # quotation after it goes on with them, not with the person quoted before
                self.last = (q, Person(nameless=True), decision.mention)
            decisions[q.statement] = decision
        self._share_backwards(decisions)
        self._share_repeated(decisions)
        # canonical names are final only once the whole article is read
        return [
            dataclasses.replace(
                q,
                speaker=d.person.canonical if d.person else None,
                mention=d.mention,
                cue=d.cue,
                confidence=round(d.confidence, 3),
                rule=d.rule,
                # a body named by its name alone (Verdi, after die Gewerkschaft Verdi) is still a body
                extra={**q.extra, "organisation": True} if d.person and d.person.institution else q.extra,
            )
            for q in self.quotes
            for d in (decisions[q.statement],)
        ]

    def _decide(self, q: Quote, para: Paragraph) -> _Decision:
        if q.kind == "indirect" and q.cue is not None and q.cue.text.lower() == "demnach":
            # X gab das Ergebnis bekannt. Demnach hat …: the pointer stands for the source of
            # the sentence before, like a pronoun
            person = self._source_before(q)
            return _Decision(q.rule or "source-marker", q.cue, q.cue, _CONFIDENCE["continuation"], person)
        found = self._prefound(q) or self._find(q, para)
        # Valdoria werde sein Gebiet „…“ verteidigen: the clause's own verb right after the partial
        # quote, no cue of the reporter's, when the subject stands before the quote
        clause_verb = found is not None and found[0] == "cue-after" and found[1] is not None \
            and found[2] is not None and found[2].end <= q.start \
            and not self.text[q.end + len(q.close_mark or "") : found[1].start].strip() \
            and not any(is_speech_verb(t[2]) for t in tokens(self.text, found[2].end, q.start))
        # (not: Der 58-Jährige habe geschrieben, er müsse „…“ nehmen: the subject of a frame speaks)
        if found is not None and (found[0] == "subject" or clause_verb) and found[2] is not None:
            around = self._clause_around(q)
            inside = around is not None and around.start <= found[2].start < around.end
            # (…, indem sie sagte, …: a speech verb of the reporter's own, not a reported one like gebe)
            own_cue = not clause_verb and found[1] is not None and is_speech_verb(found[1].text) \
                and not konjunktiv_i_in([(found[1].start, found[1].end, found[1].text)])
            if inside and around.rule != "source-marker" and not own_cue:
                # Es gebe Kunden, die für die „…“ …: the subject inside a reported clause is
                # reported too; the clause's speaker said the words (a clause a source marker
                # frames holds the reporter's own subject: X beschrieb laut Y … als „…“)
                inherited = self._inherit(around)
                if inherited is not None:
                    return inherited
        if found is not None and q.kind == "indirect" and found[2] is None:
            # X lehnt den Verkauf ab, ein Teilverkauf werde geprüft: the clause's own sentence
            # has a subject, who speaks; only a clause opening its sentence continues someone
            own, unsaid = self._own_sentence_subject(q, para)
            if own is not None:
                found = (found[0], found[1], own)
            elif unsaid:  # Dem Spieler wird vorgeworfen, …: a passive frame names no speaker
                return _Decision(found[0], found[1], None, _CONFIDENCE.get(found[0], 0.7) * 0.5, None)
        if q.kind == "indirect" and (found is None or found[2] is None):
            # … seien Cholerafälle aufgetreten. Das berichteten Helfer des Roten Kreuzes.
            found = self._cue_in_next_sentence(q, para) or found
        cue_only: tuple[str, Span | None] | None = None
        if found is not None and (found[0] != "konjunktiv-continuation" or found[2] is not None):
            rule, cue, mention = found
            if mention is not None and rule == "source-marker" and own_findings(mention.text):
                # Er habe nach ersten Erkenntnissen …: the findings are the source named, and they
                # are those of the one speaking, or of the subject of the sentence before
                person = self._finder(q, para)
                return _Decision(rule, cue, mention_of(mention), _CONFIDENCE["source"] * 0.7, person)
            if mention is not None:
                factor = _MENTION_FACTOR[mention.kind]
                if mention.kind == "document":  # in dem Antrag der Fraktion: its author, if named
                    person = self._author(mention)
                elif mention.kind == "pronoun" and mention.antecedent is None:
                    person = self._antecedent_in_sentence(q, para, mention) \
                        or self._spokesperson_again(mention) or self.registry.resolve(mention)
                else:  # X, der sagte: the relative pronoun is the mention, X the speaker
                    # (nach Angaben des Landeswahlleiters, laut Teamarzt: a source marker names a
                    # new source; a role no one was introduced with is not the one quoted last)
                    # (…, so der ÖVP-Politiker: the so-frame refers back to someone named)
                    guess = rule != "source-marker" or cue is not None and cue.text.lower() == "so"
                    person = self.registry.resolve(mention.antecedent or mention, guess=guess)
                if (person is None or person.nameless) and rule == "source-marker" \
                        and mention.kind == "name" and mention.name and " " not in mention.name \
                        and said_or_thought(mention.name) and lemma_and_tag(mention.name)[0] == mention.name:
                    # dem Bericht zufolge, after der Bericht des Kultusministeriums: its owner (one
                    # text, not Angaben: offiziellen Angaben zufolge is no one's named before)
                    person = self._owner_named_before(mention.name, mention.start) or person
                if (person is None or person.nameless) and cue is not None and _HEARSAY.search(cue.text) \
                        and unowned_statement(mention):
                    # …, hieß es in einer Stellungnahme (des Landrats): the author named after it,
                    # else the one the sentence before is about
                    author = self._author_after(mention) or self._author_before(q, para)
                    person = self.registry.resolve(author) if author is not None else None
                # later quotes continue with the name a relative pronoun stands for, but with a
                # personal pronoun itself (X sagte: „…“, betont sie. „…“ — the nearest naming)
                personal = mention.text.lower() in ("er", "sie")
                return _Decision(rule, cue, mention_of(mention), _CONFIDENCE.get(rule, 0.7) * factor, person,
                                 None if personal else mention_of(mention.antecedent))
            if rule == "source-marker" and q.kind == "indirect" and cue is not None \
                    and _HEARSAY.search(cue.text):
                # In der Mitteilung des WWF heißt es, …: the text next to the marker is the
                # source, its author (if named) speaks; heißt es alone names no one
                source = self._hearsay_source(q, para, cue)
                if source is None:  # the clauses continuing it are hearsay too
                    return _Decision(rule, cue, None, _CONFIDENCE["source"] * 0.8, Person(nameless=True))
                person = self._author(source) if source.kind == "document" else self.registry.resolve(source)
                if person is None and unowned_statement(source):
                    # X wies die Vorwürfe zurück. In einer Mitteilung heißt es, …: the one the
                    # sentence before is about
                    author = self._author_before(q, para)
                    person = self.registry.resolve(author) if author is not None else None
                return _Decision(rule, cue, mention_of(source), _CONFIDENCE["document"], person)
            if rule == "source-marker" and q.kind == "indirect" and cue is not None:
                # nach Schätzungen, nach Angaben des …: the marker gives another source, which could
                # not be read; it is not the person quoted before
                return _Decision(rule, cue, None, _CONFIDENCE["source"] * 0.5, None)
            cue_only = (rule, cue)  # a cue whose speaker phrase could not be read
        enclosing = self._enclosing_reported(q)
        if enclosing is not None:
            return enclosing
        subject = clause_subject(self.text, self._before) if q.kind != "indirect" else None
        if subject is not None:
            # Die Anwohner sehen das gelassen: „…“ / Ursprünglich wollte er „…“
            cue = cue_only[1] if cue_only else None
            confidence = _CONFIDENCE["clause"] * _MENTION_FACTOR[subject.kind]
            return _Decision("clause", cue, mention_of(subject), confidence, self.registry.resolve(subject))
        if found is not None and found[0] == "konjunktiv-continuation":
            # Die Staatsanwaltschaft begründete ihren Antrag. Es bestehe Fluchtgefahr: the
            # subject of the sentence right before, if it came after the last statement
            prior = self._prior_subject(q, para)
            if prior is not None:
                return _Decision(found[0], None, mention_of(prior[0]), _CONFIDENCE["continuation"], prior[1])
        if found is None and q.kind != "indirect":
            framed = self._speech_act_before(q, para)
            if framed is not None:
                return framed
        topic = self.topic
        if topic is not None and (self.last is None or topic[1].start > self.last[0].end):
            # a person became the subject of a sentence since the last quote
            cue = cue_only[1] if cue_only else None
            return _Decision("context", cue, topic[1], _CONFIDENCE["context"], topic[0])
        if self.last is not None and self._para_index(q.start) - self._para_index(self.last[0].end) <= 1:
            _, person, mention = self.last
            mention = self.latest_mention.get(id(person), mention)  # the nearest naming
            rule = found[0] if found is not None and found[0] == "konjunktiv-continuation" else "continuation"
            cue = cue_only[1] if cue_only else None
            return _Decision(rule, cue, mention, _CONFIDENCE["continuation"], person)
        if cue_only is not None:
            return _Decision(cue_only[0], cue_only[1], None, _CONFIDENCE.get(cue_only[0], 0.7) * 0.5, None)
        return _Decision(None, None, None, 0.0, None)

    def _prior_subject(self, q: Quote, para: Paragraph) -> tuple[Mention, Person | None] | None:
        """The subject of the sentence right before, if it came after the last statement, and
        who it is: a document's author (Der Bericht der Kommission schildert …), no one by name
        for a group (Vertreter der Parteien warnten …), else the person or body it names."""
        prior = self._subject_before(q, para)
        if prior is None or self.last is not None and prior.start <= self.last[0].end:
            return None
        if prior.kind == "document":
            return prior, self._author(prior)
        if self._bare_noun(prior):
            return prior, Person(nameless=True)
        return prior, self.registry.resolve(prior)

    def _finder(self, q: Quote, para: Paragraph) -> Person | None:
        """Whose findings a sourceless nach ersten Erkenntnissen reports: the subject of the
        sentence before, if named since the last statement, else the one quoted last (in this
        or the paragraph before), else no one."""
        prior = self._prior_subject(q, para)
        if prior is not None:
            return prior[1]
        if self.last is not None and self._para_index(q.start) - self._para_index(self.last[0].end) <= 1:
            return self.last[1]
        return None

    def _author(self, document: Mention) -> Person | None:
        """Who wrote a document: the author named in it (der Antrag der Fraktion Grün), or the
        body named before that a common noun stands for (die Mitteilung des Verbunds, after
        der Klinikverbund Unterer Wald); None if it names no one."""
        owner = owner_mention(document)
        if owner is not None:
            return self.registry.resolve(owner)
        return self.registry.known_body(document.name) if document.name else None

    def _owner_named_before(self, noun: str, pos: int) -> Person | None:
        """The owner named with the last text of this kind before ``pos`` (der Bericht des
        Kultusministeriums … dem Bericht zufolge): the text is searched once per noun."""
        found = self._owned_texts.get(noun)
        if found is None:
            owned = re.compile(rf"\b{re.escape(noun)}(?:e?s)?\s+(?:des|der)\s+(?=[A-ZÄÖÜ])")
            found = self._owned_texts[noun] = [m.end() for m in owned.finditer(self.text)]
        k = bisect.bisect_right(found, pos)
        if k == 0:
            return None
        at = found[k - 1]
        owner = read_mention(self.text, tokens(self.text, at, min(len(self.text), at + 80)), 0)
        if owner is None or owner.kind not in ("name", "institution", "role"):
            return None
        return self.registry.resolve(owner, create=False) or (
            self.registry.resolve(owner) if owner.kind == "institution" else None)

    def _spokesperson_again(self, pronoun: Mention) -> Person | None:
        """Ein Sprecher des Ministeriums wies das zurück. „…“, betonte er: the pronoun is the
        spokesperson who spoke last, and speaks for the same body (not for a person named
        before them)."""
        if self.topic is not None and (self.last is None or self.topic[1].start > self.last[0].end):
            person, named = self.topic  # Ein Sprecher des Ministeriums wies das zurück: the subject since
        elif self.last is not None:
            _, person, named = self.last
        else:
            return None
        if named is None or not (person.institution or person.nameless):
            return None  # (a spokesperson of a body the text does not name is nameless)
        gender = spokesperson_gender(named.text)
        return person if gender is not None and gender == pronoun.gender else None

    def _antecedent_in_sentence(self, q: Quote, para: Paragraph, pronoun: Mention) -> Person | None:
        """Äußerte sich auch der Vorsitzende des Vereins, Tom Weller, dazu: „…“, sagte er —
        a person named earlier in the pronoun's own sentence, as its subject or outside a
        prepositional phrase (not: nach einem Gespräch mit Landrat X sagte er), comes first."""
        s0, _ = sentence_bounds(self.text, q.start, q.end, para.start, para.end)
        end = min(pronoun.start, q.start - len(q.open_mark or ""))
        if end <= s0:
            return None
        before = tokens(self.text, s0, end)
        subject = subject_at(self.text, before, 0)
        if subject is not None:
            if subject.kind == "pronoun" or subject.start >= end:
                return None
            person = self.registry.resolve(subject, create=False)
            if person is not None:
                return person if _compatible(person, pronoun) else None
        for pos, person in self.registry.named_between(s0, end):
            k = next((i for i, t in enumerate(before) if t[0] >= pos), len(before))
            if in_prepositional_phrase(before, k):
                continue
            if _compatible(person, pronoun):
                return person
            return None  # the first one named is the subject, of the other gender
        return None

    def _own_sentence_subject(self, q: Quote, para: Paragraph) -> tuple[Mention | None, bool]:
        """The subject of the reporter's clause that opens the sentence of a reported clause
        found without a cue (Auch X glaubt, dass … / X begründet das damit, dass …), and
        whether that clause is a passive that names no one (X wird vorgeworfen, …)."""
        s0, _ = sentence_bounds(self.text, q.start, q.end, para.start, para.end)
        before = tokens(self.text, s0, q.start)
        if len(before) < 3:
            return None, False
        first = q.text.split(maxsplit=1)[0] if q.text.strip() else ""
        first = first.strip(",;:")
        if first[:1].islower() and (first in _AUXILIARIES or "FIN" in lemma_and_tag(first)[1]) \
                and not any(is_speech_verb(t[2]) for t in before):
            # Bei anderen Funden, …, sei die Datierung ungenau: the clause's own opening
            # (but not a frame: Wie die „Morgenpost“ berichtet, sperrten …)
            return None, False
        k = bisect.bisect_left(self._marked_closes, s0)
        if k < len(self._marked) and self._marked[k][1] <= q.start:
            return None, False  # „…“, schrieb X, die … könne: the quotation's speaker goes on
        if konjunktiv_i_in(before):
            return None, False  # Der Konzern schreibe Gewinne, da sei …: that clause is reported too
        main = next((k for k, t in enumerate(before) if t[2] == ","), len(before))
        frame = before[:main]
        last = next((k for k in range(len(before) - 2, -1, -1) if before[k][2] == ","), None)
        # (Zeugen, die … beobachtet haben, werden gebeten, …: the main clause resumes after a
        # relative clause with its auxiliary)
        tail = before[last + 1 : -1] if last is not None and last >= main else []
        resumes = bool(tail) and tail[0][2] in PASSIVE_AUXILIARIES
        for part in (frame, tail if resumes else []):
            if part and passive_frame(part):
                # X wird vorgeworfen, … / Es wurde berichtet, …: the subject is not the speaker
                agent = passive_agent(self.text, part, [])
                return agent, agent is None
        subject = clause_subject(self.text, before)
        if subject is not None and object_first(subject):
            # Ein Eingreifen lehnte der FDP-Politiker ab: …: the person after the verb
            inverted = inverted_subject(self.text, frame)
            if a_person(inverted):
                subject = inverted
        if subject is None and before[0][2].lower() in _OPENERS:
            subject = subject_at(self.text, before, 1)  # Selbst die Zeitung X hatte kritisiert, dass …
        if subject is None and before[0][2].lower() == "wie":
            subject = title_in_marks(self.text, before, 1)  # Wie die „Morgenpost“ berichtet, …
        if subject is None or subject.kind == "document" or not plausible_speaker(self.text, subject):
            return None, False
        if subject.kind == "name" and subject.determiner is None and not full_name(subject.name) \
                and common_noun(subject.text.split()[0]):
            return None, False  # Angesichts der Lage Deutschlands: a thing, not a speaker
        return subject, False

    def _subject_before(self, q: Quote, para: Paragraph) -> Mention | None:
        """Who speaks in the sentence before the one at ``q`` (same paragraph): the source of
        a cue closing it (…, wie X mitteilte / …, nehmen Beobachter an), the agent of a
        passive speech verb (wurde vom Verband als … kritisiert), else its subject."""
        s0, _ = sentence_bounds(self.text, q.start, q.end, para.start, para.end)
        if s0 <= para.start:
            return None
        p0, _ = sentence_bounds(self.text, s0 - 1, s0 - 1, para.start, para.end)
        prev = tokens(self.text, p0, s0)
        comma = next((k for k in range(len(prev) - 1, 0, -1) if prev[k][2] == ","), None)
        subject = subject_at(self.text, prev, 0)
        opening = next((k for k in range(comma - 1, 0, -1) if prev[k][2] == ","), None) if comma else None
        apposition = opening is not None and all(
            t[2][:1].isupper() or t[2] in ("von", "van", "de", "-") for t in prev[opening + 1 : comma])
        at = next((k for k, t in enumerate(prev) if subject is not None and t[0] >= subject.end), None)
        speaks = at is not None and is_speech_verb(prev[at][2])
        # X, der seit Jahren …, schilderte die Lage: the relative clause is X's, so is the verb after it
        relative = at is not None and at + 1 < len(prev) and prev[at][2] == "," \
            and prev[at + 1][2] in ("der", "die", "das", "dem", "den", "welcher", "welche")
        before_comma = comma is not None and (subject is None or subject.end < prev[comma][0])
        if before_comma and not apposition and not speaks and not relative:
            # (not the comma closing an apposition: Die Sprecherin, Anna Kern, kritisierte …; nor
            # a subject whose own verb speaks: X begrüßte, dass …, forderte aber eine Probephase)
            found = cue_after(self.text, prev[comma:-1])
            if found is not None and found[2] is not None and found[2].kind != "pronoun":
                return found[2]
        agent = passive_agent(self.text, prev[:-1], [])
        if agent is not None:
            return agent
        if subject is None and len(prev) > 2:
            # Der Untersuchungsbericht schildert … / Im Bericht werden … genannt: the text speaks
            lead = 1 if prev[0][2].lower() in ("im", "in") else 0
            document = document_phrase(self.text, prev, lead, len(prev) - 1)
            if document is not None and document.role is not None and said_or_thought(document.role):
                return document
        if subject is None and prev and (prev[0][2].lower() in PREPOSITIONS or not_a_noun(prev[0][2])):
            subject = inverted_subject(self.text, prev)  # Am Montag hat die Kommission …
            if subject is not None and subject.kind not in ("name", "role", "institution"):
                return None
            if subject is not None and subject.kind == "name" and subject.determiner is not None \
                    and not full_name(subject.name) \
                    and self.registry.person_named(subject.name or "") is None:
                return None  # Ohne die Reform würde das Rentenniveau fallen: a thing, no one named
        if subject is None or subject.kind == "document" or not subject.text[:1].isupper():
            return None  # kommen Signale: no subject opens the sentence
        # a bare noun (Techniker, Vertreter) may be a group or a thing; a name, role or body speaks,
        # and so does a group the verb right after it makes speak (Vertreter der Parteien warnten)
        if subject.kind != "name" or subject.determiner is not None or full_name(subject.name):
            return subject
        verb = next((t[2] for t in prev if t[0] >= subject.end and "FIN" in lemma_and_tag(t[2])[1]), "")
        return subject if is_speech_verb(verb) else None

    def _bare_noun(self, mention: Mention) -> bool:
        """Vertreter, Techniker: a single common noun without an article, read as a name, that
        no one in the article is called (not: Lammert, after Norbert Lammert)."""
        return mention.kind == "name" and mention.determiner is None and mention.role is None \
            and " " not in (mention.name or "") and common_noun(mention.name or "") \
            and self.registry.resolve(mention, create=False) is None

    def _cue_in_next_sentence(self, q: Quote, para: Paragraph) -> Found | None:
        """The sentence right after a reported clause that ends its own sentence names the
        source (Das berichten arabische Medien.)."""
        _, s1 = sentence_bounds(self.text, q.start, q.end, para.start, para.end)
        if self.text[q.end : s1].strip(" .!?\"“”«»") or s1 >= para.end:
            return None
        found = cue_in_next_sentence(self.text, tokens(self.text, s1, para.end))
        return found if found is not None and found[2] is not None else None

    def _author_after(self, statement: Mention) -> Mention | None:
        """Stellungnahme des Landrats: the genitive (or von-phrase) right after the noun."""
        owner = _OWNER_AFTER.match(self.text, statement.end)
        if owner is None:
            return None
        after = tokens(self.text, owner.end(), min(len(self.text), owner.end() + 120))
        if owner.group(0).split()[0] in ("von", "vom"):
            found = read_mention(self.text, after, 0)
        else:  # des Landrats: the article is read with the noun
            found = read_mention(self.text, tokens(self.text, owner.start(), owner.end()) + after, 0)
        return found if found is not None and found.kind in ("name", "role", "institution") else None

    def _author_before(self, q: Quote, para: Paragraph) -> Mention | None:
        """Die Velox AG verweist auf … Man finde …, hieß es in einer Stellungnahme: a
        statement named without its author is by the body or person the sentence before
        is about."""
        subject = self._subject_before(q, para)
        if subject is None or subject.kind not in ("name", "institution") or self._bare_noun(subject):
            return None
        return subject

    def _source_before(self, q: Quote) -> Person | None:
        """Who the sentence before a pointer (Demnach) gives as its source: the subject read
        last, or else the last speaker, if either was named after the previous quotation."""
        if self.topic is not None and (self.last is None or self.topic[1].start > self.last[0].end):
            return self.topic[0]
        return self.last[1] if self.last is not None else None

    def _hearsay_source(self, q: Quote, para: Paragraph, cue: Span) -> Mention | None:
        """The source heißt es points to in its own clause, before or after it."""
        s0, s1 = sentence_bounds(self.text, cue.start, cue.end, para.start, para.end)
        return hearsay_source(self.text, tokens(self.text, s0, cue.start), tokens(self.text, cue.end, s1))

    def _share_backwards(self, decisions: dict[int, _Decision]) -> None:
        """„…“ und „…“, zitiert CNN: a quotation with no cue of its own takes the decision
        of the one joined after it, when that one has a cue (last to first, for lists)."""
        for q in reversed(self.quotes):
            before = self._joined_to(q)
            if before is None:
                continue
            mine = decisions[q.statement]
            if decisions[before].rule in _FALLBACKS and mine.rule not in _FALLBACKS:
                decisions[before] = mine

    def _share_repeated(self, decisions: dict[int, _Decision]) -> None:
        """A headline or teaser quoting words that the article quotes again with a speaker
        („Wir müssen jetzt investieren“ … „Wir müssen jetzt investieren, nicht erst …“,
        sagte X) is X's; no mention, since no words next to it name X."""
        texts: dict[int, str] = {}
        for q in self.quotes:
            if q.kind != "indirect":
                texts[q.statement] = texts.get(q.statement, "") + " " + _comparable(q.text)
        attributed = [(st, t) for st, t in texts.items() if decisions[st].person is not None]
        # (Klimaaktivistin vor Gericht: „Ich bereue nichts“: a headline's label names no one)
        headline = self.paras[0].end if len(self.paras) > 1 else -1
        first = {q.statement: q.start for q in reversed(self.quotes)}
        for statement, words in texts.items():
            decision = decisions[statement]
            if decision.person is not None or words.count(" ") < 3 \
                    or decision.rule is not None and first[statement] >= headline:
                continue
            source = next((st for st, t in attributed if st != statement and words + " " in t + " "), None)
            if source is not None:
                found = decisions[source]
                # (the headline's label, if any, stays its mention: Klimaaktivistin)
                decisions[statement] = _Decision("repeated", decision.cue, decision.mention,
                                                 found.confidence * 0.9, found.person)

    def _joined_to(self, q: Quote) -> int | None:
        """„…“ oder „…“ / „…“, „…“ und „…“: quotations joined into one list share the
        first one's speaker; the statement of the quotation before, if so."""
        if q.kind == "indirect":
            return None
        k = bisect.bisect_left(self._marked_opens, q.start - len(q.open_mark or "")) - 1
        if k < 0:
            return None
        _, prev_close, statement = self._marked[k]
        if statement == q.statement:
            return None
        gap = self.text[prev_close : q.start - len(q.open_mark or "")].strip()
        return statement if gap in _LIST_JOINS else None

    def _prefound(self, q: Quote) -> Found | None:
        """Reported clauses carry the cue and mention their finder read."""
        if q.kind != "indirect" or not q.rule:
            return None
        mention = q.extra.get("mention_phrase")
        if mention is not None and not plausible_speaker(self.text, mention):
            mention = None  # Betriebsbedingte Kündigungen sind …: not a speaker
        if mention is not None and q.cue is not None and mention.start == q.cue.start:
            # Das Angebot, … zu behandeln: an intent noun with no owner is the source, no one speaks
            mention = dataclasses.replace(mention, kind="document", name=None, role=mention.name)
        if mention is not None and names_a_thing(mention):
            # nach ersten Untersuchungen, laut der Verfassung: the source is named, no person speaks
            mention = dataclasses.replace(mention, kind="document", name=None, role=mention.name)
        return (q.rule, q.cue, mention)

    def _enclosing_reported(self, q: Quote) -> _Decision | None:
        """„…“ inside Er sagte, der Plan sei „unausgegoren“: the clause's speaker."""
        clause = self._clause_around(q)
        return self._inherit(clause) if clause is not None else None

    def _clause_around(self, q: Quote) -> Quote | None:
        """The reported clause a quotation in marks lies in, if any: the latest clause that
        starts before it and ends after it (clauses nest at most a few deep, so only the
        last few before it are looked at: a text may hold thousands)."""
        if q.kind == "indirect":
            return None
        k = bisect.bisect_right(self._clause_starts, q.start)
        for other in reversed(self._clauses[max(0, k - 4) : k]):
            if q.end <= other.end:
                return other
        return None

    def _inherit(self, clause: Quote) -> _Decision | None:
        if self.last is not None and self.last[0] is clause:
            _, person, mention = self.last
            return _Decision("inside-reported", None, mention, _CONFIDENCE["inside-reported"], person)
        return None

    def _find(self, q: Quote, para: Paragraph) -> Found | None:
        """Cue after the statement, else cue, subject or source before it."""
        text = self.text
        open_pos = q.start - len(q.open_mark or "")
        close_end = q.end + len(q.close_mark or "")
        stmt_end = self._statement_end[q.statement]
        s0, s1 = sentence_bounds(text, open_pos, stmt_end, para.start, para.end)
        # other quotations in the sentence are not the reporter's words: stop at them
        lo = bisect.bisect_left(self._marked_closes, s0)
        hi = bisect.bisect_left(self._marked_opens, s1)
        sentence_end, last_close = s1, None
        for o_open, o_close, statement in self._marked[lo:hi]:
            if statement == q.statement:
                continue
            if s0 <= o_close <= open_pos:
                s0 = o_close
            if stmt_end <= o_open < s1:
                s1 = o_open
            if o_open >= stmt_end and o_close <= sentence_end:
                last_close = o_close
        if text[s0 : s0 + 1].isupper() and (dated := dateline_end(text, s0)) is not None and dated < open_pos:
            s0 = dated  # Magdeburg (dpa) – X nannte den Plan „…“: the dateline is no part of the clause
        after, before = tokens(text, close_end, s1), tokens(text, s0, open_pos)
        if not before:
            before = self._lead_in(para)  # … sagte sie: ¶ „…“: the cue closes the paragraph before
        if len(after) >= 3 and after[0][2] == "[" and after[1][2].isdigit() and after[2][2] == "]":
            after = after[3:]  # „…“[1], sagte X: a reference number copied from the web
        self._before = before
        bracketed = bracketed_after_speaker(text, before) if q.kind != "indirect" else None
        if bracketed is not None:  # …, so X, der Präsident des Verbands, Otto Brenner („…“): Brenner's
            return ("bracket", None, bracketed)
        found = (noun_clause_source(text, before) or cue_in_subordinate(text, before, after)
                 or cue_in_relative(text, before, after) or with_the_words(text, before, after)
                 or source_next_to(text, before)
                 or cue_after(text, after)
                 or document_after(text, after)
                 or document_before(text, before, after) or cue_before(text, before))
        if found is not None and found[0] == "cue-after":
            found = pronoun_named_before(text, found, before)
        agent = passive_agent(text, before, after) if found is not None and found[0] in (
            "cue-after", "cue-before", "subject") else None
        if agent is not None:
            found = (found[0], found[1], agent)  # als „…“ bezeichnet von X: the agent speaks
        if found is not None and found[2] is None and found[0] in ("cue-after", "cue-before", "subject"):
            # „…“ bezeichnet / X nahm den Fluggast und rief: the subject stands apart from the verb
            found = (found[0], found[1], clause_subject(text, before))
        if (found is None or found[2] is None) and q.kind != "indirect":
            found = wie_clause_source(text, before) or found  # Wie X dazu feststellt, verlangt „…“
        if found is None and last_close is not None:
            # Die „…“ Soldaten hätten „…“, so Müller: the cue after the last quotation of the sentence
            shared = cue_after(text, tokens(text, last_close, sentence_end))
            if shared is not None and shared[2] is not None:
                found = shared
        if found is None and q.kind != "indirect":
            found = cue_in_next_sentence(text, tokens(text, s1, para.end))
        if found is None and q.kind != "indirect" and not before and s0 > para.start:
            found = self._short_sentence_before(s0, para)  # Sie fügte hinzu. „…“
        return found

    def _short_sentence_before(self, s0: int, para: Paragraph) -> Found | None:
        """Sie fügte hinzu. „…“ — a sentence of a subject and a speech verb only, ended by a
        full stop where a colon belongs, introduces the quotation that opens the next one."""
        p0, _ = sentence_bounds(self.text, s0 - 1, s0 - 1, para.start, para.end)
        prev = tokens(self.text, p0, s0)
        if not 3 <= len(prev) <= 6 or prev[-1][2] != ".":
            return None
        found = cue_before(self.text, [*prev[:-1], (prev[-1][0], prev[-1][1], ":")])
        return found if found is not None and found[0] == "cue-before" and found[2] is not None else None

    def _track_subjects(self, until: int) -> None:
        """Read the sentences since the last quote in order: people introduced or
        named in them become salient, the sentence subject most of all."""
        start = self._read_until
        if until <= start:
            return
        for k in range(self._para_index(start), len(self.paras)):  # from the paragraph read up to
            para = self.paras[k]
            if para.start >= until:
                break
            if para.end <= start:
                continue
            lo, hi = max(para.start, start), min(para.end, until)
            starts = sentence_starts(self.text, lo, hi)
            for a, b in zip(starts, starts[1:] + [hi], strict=False):
                self._read_sentence(a, b)
        self._read_until = until

    def _read_sentence(self, a: int, b: int) -> None:
        introduction = self.registry.advance(b, b)
        named = self.registry.named_people(self.text, a, b)
        for _, name in named:
            person = self.registry.resolve_name(name)
            self.registry.spoke(person)
        self.registry.introduce_aged(a, b)
        start = dateline_end(self.text, a) if self.text[a : a + 1].isupper() else None
        toks = tokens(self.text, start if start is not None and start < b else a, b)
        subject = subject_at(self.text, toks, 0)
        named_before = None  # the person a lone surname after an article stands for
        if subject is None:
            # Der zweitplatzierte Gaßner haderte: a lone word after an article is no name on its
            # own (der Tiroler), but a surname the text gave in full before is
            loose = subject_at(self.text, toks, 0, strict=False)
            if loose is not None and loose.kind == "name" and loose.role is None and loose.name \
                    and " " not in loose.name and loose.determiner in ("der", "die"):
                named_before = self.registry.person_named(loose.name)
                if named_before is not None and not named_before.institution \
                        and " " in (named_before.canonical or ""):
                    subject = loose
                else:
                    named_before = None
        if subject is None and toks and (toks[0][2].lower() in PREPOSITIONS or not_a_noun(toks[0][2])):
            # Am Montag hat die Außenministerin Ines Hartwig angekündigt: the subject after the verb,
            # a full name or someone named before (An die Adresse der Partei hatte Brandt …)
            inverted = inverted_subject(self.text, toks)
            if inverted is not None and inverted.kind in ("name", "role") and (
                    full_name(inverted.name) and any(t[2] in lexicon.first_names() for t in toks)
                    or inverted.kind == "name" and inverted.determiner is None
                    and self.registry.person_named(inverted.name) is not None):
                subject = inverted
            elif inverted is not None and inverted.kind == "institution" and inverted.name \
                    and spokesperson_gender(inverted.text) is not None:
                subject = inverted  # Skeptisch äußerte sich eine Sprecherin des Herstellers X
        person = None
        indefinite = toks and toks[0][2] in ("Ein", "Eine")
        someone = subject or (read_mention(self.text, toks, 0) if indefinite else None)
        if someone is not None and someone.kind in ("role", "name") and not named \
                and someone.determiner in ("ein", "eine") and not _copula_after(self.text, someone.end, b) \
                and _person_noun(someone.role or someone.name or ""):
            # Eine Anwohnerin schilderte die Nacht (not: Ein anderer Richter ist der Kurde X)
            self.registry.introduce_unnamed(someone)
        if subject is not None and subject.kind in ("name", "role", "institution"):
            # a full name opening a sentence introduces a person; a lone word must be known
            introduces = subject.name is not None and (
                " " in subject.name or subject.role is not None and (
                    subject.name in lexicon.first_names() or subject.kind == "institution")
                or subject.kind == "institution" and "-" in subject.name.strip("-")  # Robert-Koch-Institut
                # das Kultusministerium, das Tiefbauamt: a compound names one body, not a kind of body
                or subject.kind == "institution" and subject.name.lower() not in lexicon.institutions()
                and subject.name.lower() not in lexicon.generic_bodies())
            person = named_before or self.registry.resolve(subject, create=introduces)
            if person is None and subject.kind == "institution" and subject.determiner is not None \
                    and (subject.name or "").lower() not in lexicon.generic_bodies():
                # Die Polizei schließt Brandstiftung nicht aus. Ein Sprecher sagte, …: the body is
                # who a spokesperson speaks for next, but no topic that speaks on its own
                self.registry.spoke(self.registry.resolve(subject))
        if person is not None and person.nameless and spokesperson_gender(subject.text) is None:
            self.registry.spoke(person)  # der 34-Jährige: salient for a role noun, but no topic to speak
        elif person is not None:
            self.registry.spoke(person)
            self.topic = (person, mention_of(subject))
            known = self.latest_mention.get(id(person))
            if known is None or known.start < subject.start:
                self.latest_mention[id(person)] = self.topic[1]  # not over a later „…“, sagte er
        elif introduction is not None and introduction.subject:
            person = self.registry.person_named(introduction.name)
            if person is not None:
                span = Span(introduction.start, introduction.end,
                            self.text[introduction.start : introduction.end])
                self.topic = (person, span)

    def _speech_act_before(self, q: Quote, para: Paragraph) -> _Decision | None:
        """Im Hinterzimmer sagt sie Sätze, die … ¶ „…“: a sentence right before the quotation
        (same paragraph, after the last statement) that reports someone speaking, without a
        clause of its own, introduces it."""
        s0, _ = sentence_bounds(self.text, q.start, q.end, para.start, para.end)
        open_pos = q.start - len(q.open_mark or "")
        if s0 < open_pos or s0 <= para.start:
            return None  # the quotation does not open its sentence, or nothing stands before it
        p0, _ = sentence_bounds(self.text, s0 - 1, s0 - 1, para.start, para.end)
        if self.last is not None and p0 < self.last[0].end + len(self.last[0].close_mark or ""):
            return None
        k = bisect.bisect_left(self._clause_starts, p0)
        if k < len(self._clauses) and self._clauses[k].start < s0:
            return None  # a reported clause of its own: its speaker is decided with it
        found = cue_before(self.text, tokens(self.text, p0, s0))
        if found is None or found[2] is None or found[2].kind not in ("pronoun", "name", "role"):
            return None
        _, cue, mention = found
        person = self.registry.resolve(mention)
        if person is None or person.nameless:
            return None
        return _Decision("cue-before", cue, mention_of(mention), _CONFIDENCE["context"], person)

    def _lead_in(self, para: Paragraph) -> list[Token]:
        """The last sentence of the paragraph before, if it ends in a colon (Im Gespräch mit
        der Zeitung sagte sie:), which introduces a quotation opening the next paragraph."""
        k = self._para_index(para.start)
        if k == 0:
            return []
        prev = self.paras[k - 1]
        if not self.text[prev.start : prev.end].rstrip().endswith(":"):
            return []
        starts = sentence_starts(self.text, prev.start, prev.end)
        return tokens(self.text, starts[-1], prev.end)

    def _para(self, pos: int) -> Paragraph:
        return self.paras[self._para_index(pos)]

    def _para_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)


def _comparable(text: str) -> str:
    """Lower-case words without punctuation, for finding the same words quoted twice."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _compatible(person: Person, pronoun: Mention) -> bool:
    return not (person.institution or person.nameless) and person.gender in (None, pronoun.gender)


def mention_of(mention: Mention | None) -> Span | None:
    return Span(mention.start, mention.end, mention.text) if mention else None
