"""One canonical speaker per person within an article.

People are registered as the article introduces them ("Bayerns Innenminister
Karl Huber", "Huber", "der Minister", "er"); a later mention resolves to the
person it can only mean: the same surname, the same role, or — for pronouns —
the most recent speaker of compatible gender. Bodies are registered the same
way (die Velox AG … das Unternehmen). Sources that are no one — a time, an
amount, a report, a group (Medienberichten zufolge, die Demonstranten) — get a
nameless entry: no canonical speaker, but later clauses can continue them.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from quoteverify import lexicon
from quoteverify.attribute.mentions import (
    POSSESSIVES,
    Mention,
    base_form,
    bodies_in_plural,
    body_head,
    for_of_a_verb,
    kind_of_body,
    name_on_its_own,
    place_adjective,
    role_gender,
    said_or_thought,
)
from quoteverify.attribute.phrases import PREPOSITIONS
from quoteverify.attribute.tagging import abstract_noun, common_noun, lemma_and_tag, not_a_noun

# letters of names, Latin scripts beyond German included (Nadège, Łukasz, Ömer)
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚ"
_LOW = "a-zß-öø-ÿā-žșț"
_GIVEN = f"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"

_CAPITALISED_RE = re.compile(r"\b[A-ZÄÖÜ][\w-]+")
_PARTICLE = r"(?:(?:von|van|Van)\s+(?:der\s+|den\s+)?|de\s+)"
_NAME_AFTER_ROLE_RE = re.compile(
    r"\s+(?:\([^)]{1,20}\)\s+)?(?P<name>" + _GIVEN +
    r"(?:\s+" + _PARTICLE + r"?[A-ZÄÖÜ][\w’'-]+){0,2})(?![\w-])"
)
# Role + a short complement + the name in apposition:
# die Staatsministerin im Auswärtigen Amt, Miriam Hegenbarth, …
_NAME_AFTER_ROLE_PP_RE = re.compile(
    r"\s+(?:im|in|des|der|von|vom|aus|für|beim)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?P<name>"
    + _GIVEN + r"(?:\s+(?:von\s+|van\s+|de\s+)?[A-ZÄÖÜ][\w’'-]+){1,2})(?=\s*[,(])"
)
# Firstname Lastname opening a sentence and followed by its verb or an apposition
_SUBJECT_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>" + _GIVEN +
    r"\s+[A-ZÄÖÜ][\w’'-]+)(?=\s*[,(]|\s+[a-zäöüß])"
)


# what may stand before an introduced subject at the start of its sentence:
# nothing, a genitive (Russlands), or an article with adjectives
_SUBJECT_LEAD_RE = re.compile(
    r"(?:^|[.!?:;]\s+|\n)\s*(?:[A-ZÄÖÜ][\w-]*s\s+|(?:Der|Die|Das|der|die|das|Auch|auch)\s+"
    r"(?:[a-zäöüß-]+(?:e|en|er|es)\s+)*)?$"
)


@dataclass(frozen=True, slots=True)
class Introduction:
    """A person introduced by role and name: Bayerns Innenminister Karl Huber."""

    start: int
    end: int
    role: str
    name: str
    subject: bool  # at the start of its sentence: the sentence is about them


def introductions(text: str) -> list[Introduction]:
    """Every "Role Firstname Lastname" apposition in reading order."""
    found = []
    for m in _CAPITALISED_RE.finditer(text):
        if lexicon.role_noun(m.group()) is None or _dative_plural(m.group()):
            continue  # (den Managern Mitschuld geben: several people, then a noun)
        n = _NAME_AFTER_ROLE_RE.match(text, m.end())
        if not n or n.group("name").split()[0] in _NOT_SURNAMES:
            n = _NAME_AFTER_ROLE_PP_RE.match(text, m.end()) or n
        if not n or lexicon.role_noun(n.group("name").split()[0]) is not None:
            continue
        name = n.group("name")
        if " " not in name and (name.endswith("s") or name in _NOT_SURNAMES):
            continue  # Präsident Belloniens: a genitive, not a surname
        subject = bool(_SUBJECT_LEAD_RE.search(text, max(0, m.start() - 60), m.start()))
        found.append(Introduction(m.start(), n.end("name"), m.group(), name, subject))
    for m in _SUBJECT_NAME_RE.finditer(text):
        first, *_, last = m.group("name").split()
        if first in _NOT_SURNAMES or lexicon.role_noun(first) or lexicon.is_institution(first):
            continue
        if not_a_noun(first):
            continue  # Freie Wahlen, Neue Regeln: an adjective opening the sentence
        # a person's surname comes back on its own (Theo Zwanziger … Zwanziger);
        # an adjective and noun opening a sentence (Dreitägiger Dauerregen) does not
        if not re.search(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text[: m.start()] + text[m.end() :]):
            continue
        found.append(Introduction(m.start(), m.end(), "", m.group("name"), True))
    found.sort(key=lambda i: i.start)
    return found


def _dative_plural(word: str) -> bool:
    """Managern, Ministern: the dative plural of a role in -er or -el, never one person."""
    return word.endswith(("ern", "eln")) and lemma_and_tag(word)[0] == word[:-1]


# a lookahead, so that a capitalised word before the given name (Amtsinhaberin Karin Lenz)
# does not swallow it
_GIVEN_AND_SURNAME_RE = re.compile(
    r"\b(?=(" + _GIVEN + r")\s+((?:von\s+|van\s+|de\s+)?[" + _UP + r"][\w’'-]+))"
)


_NAME_AFTER = re.compile(r"\s+[" + _UP + r"][\w’'-]+")

# capitalised words that follow a role noun or open a sentence without being names
_NOT_SURNAMES = frozenset(
    "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine "
    "Sein Seine Seinen Seinem Seiner Seines Ihr Ihre Ihren Ihrem Ihrer Ihres Unser Unsere Unseren "
    "Unserem Unserer Mein Meine Jeder Jede Jedes Alle Viele Einige Manche Beide Solche Jene "
    "Am Im In Auf Bei Nach Vor Mit Von Für Zu Zum Zur Über Unter Seit "
    "An Aus Beim Gegen Ohne Um Durch Hinter Neben Zwischen Ab Bis Statt Außer Innerhalb "
    "Während Wegen Laut Auch Doch Aber Und Oder Es Dies Diese Dieser Man Wir Ich Sie Er Zudem "
    "Zugleich Außerdem Später Zuvor Danach Damals Heute Gestern Nun Jetzt Dann Dazu Deshalb "
    "Trotzdem Allerdings Bereits Schon Noch Wie So Als Wenn Weil Dass Ob Bis Beim Vom Unterdessen "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai "
    "Juni Juli August September Oktober November Dezember".split()
)


@dataclass(slots=True)
class Person:
    names: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    role_words: set[str] = field(default_factory=set)
    uses: dict[str, int] = field(default_factory=dict)
    gender: str | None = None
    institution: bool = False
    nameless: bool = False  # a source that is no one: ersten Angaben zufolge, 37 Prozent
    age: int | None = None  # der 58-jährige X, ein 34-jähriger Autofahrer: for der 34-Jährige later
    individual: bool = False  # eine Anwohnerin, ein Zuschauer: someone unnamed, but one person

    @property
    def canonical(self) -> str | None:
        """The fullest name; among equally full ones a written-out name before an acronym
        (Kraftfahrt-Bundesamt, not KBA), then the most used, then the first seen (so a typo
        that occurs once, Wladmir Putin, does not win)."""
        if not self.names:
            return None
        name = max(
            self.names,
            key=lambda n: (len(n.split()), not n.isupper(), self.uses.get(n, 0), -self.names.index(n)),
        )
        # (names of bodies are kept as read after der/das, so that every case finds them)
        return name_on_its_own(name) if self.institution else name

    @property
    def surname(self) -> str:
        return self.canonical.split()[-1]


# role classes a text uses as epithets for someone it named (der Experte, der CSU-Politiker)
_EPITHETS = frozenset(
    ("expert", "politician", "analyst", "economist", "scientist", "researcher", "activist", "trade_unionist",
     "nationality", "lobbyist", "entrepreneur", "investor")
)


def _role_key(role: str) -> str:
    r = lexicon.role_noun(role)
    return r.cls if r else role.lower()


def _same_role(key: str, known: str) -> bool:
    """der Anwalt for Verteidiger X, der Staatschef for Russlands Staatschef: the same class,
    or one without a qualifier and one with (lawyer ~ lawyer:defence)."""
    if key == known:
        return True
    a, _, qa = key.partition(":")
    b, _, qb = known.partition(":")
    return a == b and not (qa and qb)


# roles whose compound names the other side in a court: a Staatsanwalt is no Anwalt
_OPPOSED_ROLES = frozenset({"prosecutor", "lawyer"})


def _other_side(word: str, other: str) -> bool:
    """Oberstaatsanwalt and Anwalt share a head but are opposed roles."""
    return {_role_key(word).partition(":")[0], _role_key(other).partition(":")[0]} == _OPPOSED_ROLES


class Registry:
    """The people (and bodies) of one article, filled in reading order."""

    def __init__(self, text: str) -> None:
        self.people: list[Person] = []
        self._text = text
        self._introductions = introductions(text)
        self._intro_starts = [i.start for i in self._introductions]  # sorted: looked up by bisect
        self._intro_pos = 0
        self._named_by_noun: dict[str, tuple[list[int], list[re.Match[str]]]] = {}
        self._bodies_until = 0  # text before this offset has been searched for named bodies
        self.recent: list[Person] = []  # speakers, most recent last

    def advance(self, pos: int, sentence_start: int) -> Introduction | None:
        """Register every introduction before ``pos``; return the last one that
        made its person the subject of a sentence before ``sentence_start``.

        People introduced inside the quote's own sentence (nach einem Gespräch
        mit Landrat Eberhard Munz) are known by name but not made salient.
        """
        if pos > self._bodies_until:
            self._register_bodies(self._bodies_until, pos)
            self._register_acronyms(self._bodies_until, pos)
            self._bodies_until = pos
        last_subject = None
        intros = self._introductions
        while self._intro_pos < len(intros) and intros[self._intro_pos].start < pos:
            intro = intros[self._intro_pos]
            person = self._by_name(intro.name) or self._new()
            self._add_name(person, intro.name)
            if intro.role:
                person.roles.add(_role_key(intro.role))
                person.role_words.add(intro.role.lower())
            r = lexicon.role_noun(intro.role) if intro.role else None
            if r and r.gender in ("m", "f"):
                person.gender = r.gender
            if intro.subject or intro.start < sentence_start:
                self.spoke(person)
            if intro.subject and intro.start < sentence_start:
                last_subject = intro
            self._intro_pos += 1
        return last_subject

    def named_between(self, start: int, end: int) -> list[tuple[int, Person]]:
        """People introduced or named by full name in ``text[start:end]``, in order, with
        where each naming begins (a role before the name included); new names registered."""
        lo = bisect.bisect_left(self._intro_starts, start)
        intros = self._introductions[lo : bisect.bisect_left(self._intro_starts, end, lo)]
        found = {i.start: i.name for i in intros}
        for pos, name in self.named_people(self._text, start, end):
            if not any(i.start <= pos < i.end for i in intros):
                found[pos] = name  # named without a role: Sergei Lawrow
        out = []
        for pos, name in sorted(found.items()):
            person = self._by_name(name)
            out.append((pos, person if person is not None else self.resolve_name(name)))
        return out

    def person_named(self, name: str) -> Person | None:
        return self._by_name(name)

    def resolve_name(self, name: str) -> Person:
        """The person called ``name``, registered if new."""
        person = self._by_name(name) or self._new()
        self._add_name(person, name)
        return person

    @staticmethod
    def named_people(text: str, start: int, end: int) -> list[tuple[int, str]]:
        """Given name + surname anywhere in ``text[start:end]`` (Nadège Belcourt)."""
        given = lexicon.first_names()
        found: list[tuple[int, str]] = []
        taken = start  # Hans Peter Müller: not Peter Müller again inside Hans Peter
        for m in _GIVEN_AND_SURNAME_RE.finditer(text, start, end):
            if m.start() >= taken and m.end(2) <= end and m.group(1) in given \
                    and lexicon.role_noun(m.group(2)) is None:
                surname = m.group(2).split()
                if len(surname) == 2 and surname[1] in given and _NAME_AFTER.match(text, m.end(2)):
                    continue  # dem Roman von Ferdinand Auer: the name after von, not Roman von Ferdinand
                found.append((m.start(), text[m.start() : m.end(2)]))
                taken = m.end(2)
        return found

    def _register_bodies(self, start: int, end: int) -> None:
        """Bodies named with a legal form or club prefix in ``text[start:end]`` (die Velox AG,
        der FC Elmshorn) are known, so that das Unternehmen / der Verein can find them."""
        for m in _body_names().finditer(self._text, start, end):
            before = self._text[max(0, m.start() - 20) : m.start()].split()[-2:]
            if any(w.lower() in PREPOSITIONS for w in before):
                continue  # im Derby gegen den SV Lindenau: the other side, not who speaks later
            name = " ".join(m.group(1).split())
            self.spoke(self._body(name, self._by_name(name)))

    def _register_acronyms(self, start: int, end: int) -> None:
        """Das Norddeutsche Institut für Meeresforschung (NIM): a body named with its
        acronym in brackets is known by both, so that des NIM finds it."""
        for m in _ACRONYM_AFTER_NAME.finditer(self._text, start, end):
            words = m.group("name").split()
            while words and (words[0] in _NOT_SURNAMES or words[0].lower() in PREPOSITIONS):
                words = words[1:]  # Das, Laut, Beim: not part of the name
            # (the head before für or a genitive: Bundesamt für …, Verband der Automobilindustrie)
            link = next((k for k, w in enumerate(words) if w in ("für", "der") and k > 0), len(words))
            before_für = words[:link]
            head = before_für[-1] if before_für else ""
            if not (body_head(head) or lexicon.is_institution(head)):
                continue  # Christian Dahl (CDU): a person and their party
            acronym = m.group("acronym")
            initials = "".join(p[:1] for w in words for p in w.split("-"))
            capitals = "".join(c for c in initials if c.isupper())
            if not acronym.isupper() and initials.lower() != acronym.lower() \
                    and capitals != "".join(c for c in acronym if c.isupper()):
                # der Nationalen Anti-Doping-Agentur (Nada), das Bundesamt für Strahlenschutz (BfS):
                # spelt like a word or in mixed case, by its initials (or their capitals: BaFin)
                continue
            name = base_form(" ".join(words))
            person = self._body(name, self._by_name(name) or self._by_name(acronym))
            self._add_name(person, acronym)

    def resolve(self, mention: Mention, *, create: bool = True, guess: bool = True) -> Person | None:
        """The person a mention denotes; ``create=False`` only finds known ones; ``guess=False``
        does not take a role no one was introduced with for a recent speaker."""
        if bodies_in_plural(mention):
            # Gewerkschaften, die Hilfsorganisationen: several bodies, no one by name
            return Person(nameless=True) if create else None
        party = lexicon.parties().get(mention.name or "") if mention.kind in ("name", "role", "institution") \
            and mention.role is None and mention.determiner in ("die", "der", "den", None) else None
        if party is not None:
            # die Grünen, die Linke: a party, not a group of people or a thing
            named = Mention(mention.start, mention.end, mention.text, "institution", party, None, None)
            return self.resolve(named, create=create, guess=guess)
        body = _body_giving_account(mention)
        if body is not None:
            # nach Polizeiangaben, nach Regierungsangaben: the body in the compound is the source
            named = Mention(mention.start, mention.end, mention.text, "institution", body, None, None)
            return self.resolve(named, create=create, guess=guess)
        if mention.kind in ("name", "role") and not _may_speak(mention):
            # ersten Angaben zufolge, sagte heute Abend: a source, but no one to register;
            # a quotation after it continues the source, not the person named before
            return Person(nameless=True) if create else None
        if mention.kind == "pronoun":
            for person in reversed(self.recent):
                if person.individual and person.gender == mention.gender:
                    return person  # Eine Anwohnerin schilderte die Nacht. „…“, sagte sie.
                if person.institution or person.nameless:
                    continue
                if person.gender in (None, mention.gender):
                    return person
            return None
        if mention.name and mention.role is None and " " not in mention.name \
                and mention.determiner in _DEFINITE | {None} and common_noun(mention.name) \
                and not self._qualified(mention):
            known = self.known_body(mention.name)
            if known is not None:
                return known  # (Angaben) des Unternehmens, after die Lindhof Bau GmbH
        if mention.kind == "institution" or (mention.kind == "role" and mention.name is None
                                             and _is_institution(mention.role)):
            label = mention.name or mention.role or mention.text
            person = self._by_name(label) or self._body_named_before(label) or self._body_of_kind(mention) \
                or (None if self._qualified(mention) else self._body_ending_in(label)
                                                              or self._office(label, mention.start, create))
            if person is None and create and not self._qualified(mention):
                named = self._compound_named_before(label, mention.start)
                if named is not None:
                    # das Gericht, after das Amtsgericht Bielefeld named only in passing
                    person = self._body(named, self._by_name(named))
            if person is None:
                if not create:
                    return None
                if label.lower() in lexicon.generic_bodies():
                    # das Unternehmen, der Verein with none named before: a body the text
                    # does not name, no canonical speaker "Unternehmen"
                    return Person(nameless=True)
                person = self._body(label)
            if mention.role and mention.name:
                person.role_words.add(mention.role.lower())  # der Autozulieferer X: what kind of body
            return person
        known = self._body_speaking_through(mention)
        if known is not None:
            return known  # ein IAEA-Sprecher, after die Internationale Atomenergiebehörde (IAEA)
        body = _spokesperson_of(mention)
        if body is not None:
            # ein Polizeisprecher, die Regierungssprecherin: speaks for the body in the compound
            named = Mention(mention.start, mention.end, mention.text, "institution", body, None, None)
            return self.resolve(named, create=create)
        if mention.kind == "role" and mention.name is None and mention.role in _SPOKESPEOPLE:
            # Die Polizei meldete … „…“, sagte eine Sprecherin: the body that was just speaking
            if self.recent and self.recent[-1].institution:
                return self.recent[-1]
        if mention.determiner in _INDEFINITE and mention.kind in ("name", "role"):
            # ein Rentner, eine 58-Jährige: someone the text does not name
            if not (mention.name and " " in mention.name):
                return None
        if mention.name and mention.determiner and mention.role is None and " " not in mention.name:
            known = self._by_name(mention.name)
            if known is not None and (known.institution or not guess):
                return known  # der Spiegel, after das Nachrichtenmagazin Der Spiegel
            if mention.determiner in ("das", "ein"):
                # das Aussendepartement: a neuter noun that speaks is a body, not a person
                mention = dataclasses.replace(mention, kind="institution")
                return self.resolve(mention, create=create, guess=guess)
            if mention.determiner == "die" and lemma_and_tag(mention.name)[0] != mention.name:
                return Person(nameless=True) if create else None  # die Demonstranten: a group
            if mention.determiner in ("der", "den") and self._plural_noun(mention.name):
                return Person(nameless=True) if create else None  # Kritik der Initiatoren: a group
            # der Ex-Coach, die Verteidigerin: an unlisted role noun, not a name
            mention = dataclasses.replace(mention, name=None, role=mention.name)
        if mention.name and mention.determiner is None and mention.role is None and mention.kind == "name" \
                and " " not in mention.name and self._plural_noun(mention.name):
            return Person(nameless=True) if create else None  # nach Angaben der Initiatoren: a group
        if mention.name:
            name = mention.name
            person = self._by_name(name)
            if person is None and mention.kind == "name":
                # Dachs, after Florian Dachs: a surname read as a genitive (Dach) is the name
                surface = " ".join(mention.text.split()[-len(name.split()):])
                known = self._by_name(surface) if surface != name else None
                if known is not None:
                    name, person = surface, known
            if person is None:
                if not create:
                    return None
                person = self._new()
            self._add_name(person, name)
            if mention.role:
                person.roles.add(_role_key(mention.role))
                person.role_words.add(mention.role.lower())
            if mention.gender and person.gender is None:
                person.gender = mention.gender
            person.age = self._age(mention) or person.age  # der 58-jährige Harald Kleinschmidt, X (58)
            return person
        if mention.role:
            listed = lexicon.role_noun(mention.role)
            if mention.determiner == "die" and listed is not None and listed.gender == "m":
                return Person(nameless=True) if create else None  # die Franzosen: plural, a group
            if mention.determiner in (None, "den") and " " not in mention.role \
                    and self._plural_noun(mention.role):  # Experten warnten, von den Anwohnern: a group
                return Person(nameless=True) if create else None
            age = self._age(mention)
            if age is not None:
                # der 34-Jährige: whoever the text gave that age, named or not (ein 34-jähriger Fahrer)
                aged = next((p for p in reversed(self.recent) if p.age == age), None) \
                    or next((p for p in reversed(self.people) if p.age == age), None)
                if aged is not None:
                    return aged
            key = _role_key(mention.role)
            word = mention.role.lower()
            candidates = self._by_salience()
            # Präsident ~ Staatspräsident: the same role word, with or without a prefix,
            # beats a role of the same class (Staatsministerin before Außenministerin)
            for person in candidates:
                if any((w.endswith(word) or word.endswith(w)) and not _other_side(w, word)
                       for w in person.role_words):
                    return person
            for person in candidates:
                # (seiner Anwältin is not Verteidiger Klaus Ahlborn: the role's gender decides)
                if any(_same_role(key, known) for known in person.roles) \
                        and (None in (person.gender, mention.gender) or person.gender == mention.gender):
                    return person
            # der 39-Jährige, der Augenzeuge: a role no one was introduced with stands for
            # one of the last two to speak, not for anyone named long before (but sein
            # Verteidiger, ihre Tochter is someone else, related to one of them)
            # (after a marker an age noun or an epithet still stands for someone named: Dem
            # 41-Jährigen zufolge, Dem Experten zufolge)
            epithet = listed is not None and listed.cls.split(":")[0] in _EPITHETS
            if mention.determiner in POSSESSIVES or not guess and age is None and not epithet:
                return None
            for person in reversed(self.recent[-2:]):
                if age is not None and person.age not in (None, age):
                    continue  # der 34-Jährige is not the 58-year-old named before
                if person.individual and person.gender == mention.gender:
                    return person  # Ein Zuschauer war begeistert. „…“, sagte der Mann.
                # (dem 41-Jährigen: a dative tells no gender)
                dative_age = mention.determiner == "dem" and age is not None
                if not (person.institution or person.nameless) and (
                        person.gender in (None, mention.gender) or dative_age):
                    if age is None:
                        # sagte der Insolvenzverwalter, after Anwalt Henrik Sommer: the role is
                        # his from now on (nach Auskunft des Insolvenzverwalters)
                        person.roles.add(key)
                        person.role_words.add(word)
                    return person
        return None

    def _qualified(self, mention: Mention) -> bool:
        """die deutsche Polizei: an adjective before the noun sets the body apart from one named
        before by a compound of it (the Kantonspolizei)."""
        before = self._text[max(0, mention.start - 40) : mention.start].split()[-2:]
        # the adjective between the article and the noun, in the text before the mention or in it
        articled = len(before) == 2 and before[0].lower() in _DEFINITE | _INDEFINITE
        after_article = before[1:] if articled else []
        return any(w[:1].islower() and w not in _DEFINITE | _INDEFINITE and w not in PREPOSITIONS
                   and w.endswith(("e", "en", "er")) for w in after_article + mention.text.split()[:-1])

    def _age(self, mention: Mention) -> int | None:
        """The age the text gives with a mention: in it (der 34-Jährige, ein 34-jähriger Fahrer),
        right before it (der 58-jährige Polizeisprecher X) or in brackets after it (X (58))."""
        found = _AGE.search(mention.text) or _AGE_BEFORE.search(self._text, max(0, mention.start - 16),
                                                                  mention.start) \
            or _AGE_AFTER.match(self._text, mention.end)
        return int(found.group(1)) if found else None

    def introduce_unnamed(self, mention: Mention) -> None:
        """Eine Anwohnerin schilderte die Nacht: someone unnamed opening a sentence is the one
        a later sie, die 71-Jährige or der Mann stands for, not a person named before."""
        gender = mention.gender or role_gender(mention.role or mention.name or "") \
            or {"ein": "m", "eine": "f"}.get(mention.determiner or "")
        if gender in ("m", "f"):
            self.spoke(Person(nameless=True, individual=True, gender=gender))

    def introduce_aged(self, start: int, end: int) -> None:
        """Das Opfer, ein 54-jähriger Familienvater, …: someone unnamed given an age anywhere in
        ``text[start:end]`` is known by it (for der 54-Jährige later), without being a topic."""
        for m in _UNNAMED_AGED.finditer(self._text, start, end):
            age = int(m.group(1))
            if not any(p.age == age for p in self.recent):
                self.spoke(Person(nameless=True, age=age))

    def known_body(self, noun: str) -> Person | None:
        """The body named before that a common noun stands for: by its name (der Verband), its
        legal form (das Unternehmen: a GmbH) or its kind (der Verbund: der Klinikverbund X)."""
        found = self._by_name(noun) or self._body_named_before(noun) \
            or self._body_of_kind(Mention(0, 0, noun, "role", None, noun, None)) or self._body_ending_in(noun)
        return found if found is not None and found.institution else None

    def _body_speaking_through(self, mention: Mention) -> Person | None:
        """ein IAEA-Sprecher, die Lindhof-Sprecherin: a spokesperson compound whose first part
        names a body the article knows."""
        prefix = _spokesperson_prefix(mention)
        if prefix is None or not mention.role or "-" not in mention.role:
            return None
        known = self._by_name(prefix)
        return known if known is not None and known.institution else None

    def _body_ending_in(self, noun: str) -> Person | None:
        """das Institut, after das Robert-Koch-Institut; das Bundesamt, after das Bundesamt
        für Strahlenschutz: a body whose name's head ends in the noun, latest first."""
        if " " in noun or not common_noun(noun):
            return None
        low = noun.lower()
        for person in self._by_salience():
            # (der Verband, after der Mieterverband Bremen: the head before the place)
            heads = (n.partition(" für ")[0].partition(" der ")[0].lower().split() for n in person.names)
            if person.institution and any(head and (head[-1].endswith(low) or head[0].endswith(low))
                                          for head in heads):
                return person
        return None

    def _compound_named_before(self, noun: str, pos: int) -> str | None:
        """das Ministerium, after im Infrastrukturministerium; das Gericht, after das Amtsgericht
        Bielefeld: the name of the last body in the text before ``pos`` whose name is a compound
        of the noun, with the place or name after it, even if it never spoke. A noun that stands
        for other kinds of body finds them too (die Behörde: das Landesamt für Umwelt; das
        Unternehmen: der Softwareanbieter Cloudwerk; die Gruppe: die Gruppe „Letzte Ausfahrt“)."""
        if " " in noun or len(noun) < 3 or not common_noun(noun):
            return None
        low = noun.lower()
        heads = lexicon.body_hypernyms().get(low, (low,) if len(low) >= 4 else ())
        if not heads:
            return None
        ends, named = self._bodies_named(low, heads)
        k = bisect.bisect_right(ends, pos)
        if k == 0:
            return None
        found = named[k - 1]
        before, compound, titled, _, place = found.groups()
        domain = self._named_for(found)
        if place and not _names_a_place(place):
            place = None  # im Verkehrsministerium Pläne: a common noun begins what follows
        if titled:
            return titled.strip()  # die Gruppe „Letzte Ausfahrt“: the name in marks
        if kind_of_body(compound) or compound.lower().endswith(tuple(lexicon.company_types())):
            # der Nachrichtenagentur Xinhua: the name after the kind of body; a kind alone
            # (die Hilfsorganisation, die Softwarefirma) names no body
            return place
        if before and place_adjective(before) and lemma_and_tag(before)[1] in ("NN", "NE", "ADJ(A)"):
            compound = f"{before} {compound}"  # vor dem Kölner Landgericht
        if domain:
            return f"{compound} für {domain}"  # das Landesamt für Umwelt
        return f"{compound} {place}" if place else compound

    def _bodies_named(self, low: str, heads: tuple[str, ...]) -> tuple[list[int], list[re.Match[str]]]:
        """Where the text names a body of a kind the noun stands for, searched once per noun
        and article (a long text asks for die Behörde a thousand times): the ends, sorted, and
        the matches."""
        cached = self._named_by_noun.get(low)
        if cached is not None:
            return cached
        alternatives = "|".join(map(re.escape, heads))
        capitalised = "|".join(re.escape(h.capitalize()) for h in heads)
        found = [
            m for m in re.finditer(rf"(?:\b(\w+)\s+)?\b((?:[A-ZÄÖÜ][\w-]*(?:{alternatives}))|{capitalised})"
                                   rf"(?:e?s|en)?\b(?:\s+„([^“”„]{{2,60}})[“”]"
                                   rf"|\s+für\s+([A-ZÄÖÜ][\w-]+(?:\s+und\s+[A-ZÄÖÜ][\w-]+)?)"
                                   rf"|\s+([A-ZÄÖÜ][\w-]+))?", self._text)
            # (das Klinikum, after am Klinikum Nordhessen and des Klinikums: the noun alone
            # names no body, the noun with a name does)
            if m.group(2).lower() != low or m.group(3) or self._named_for(m)
            or m.group(5) and _names_a_place(m.group(5))
        ]
        cached = self._named_by_noun[low] = ([m.end() for m in found], found)
        return cached

    def _named_for(self, m: re.Match[str]) -> str | None:
        """das Landesamt für Umwelt: the field after für, unless für belongs to the verb before
        the body (sorgte das Ministerium für Aufsehen)."""
        if not m.group(4) or for_of_a_verb(self._text[max(0, m.start(2) - 40) : m.start(2)].split()):
            return None
        return m.group(4)

    def _office(self, noun: str, pos: int, create: bool) -> Person | None:
        """die Behörde, after das Kraftfahrt-Bundesamt; die Hochschule, after die Universität
        Ostheim: a body of a kind the noun stands for (body_hypernyms.tsv), latest first."""
        heads = lexicon.body_hypernyms().get(noun.lower())
        if heads is None:
            return None
        if not heads:  # eine Sprecherin des Hauses: the body the article was just about
            return next((p for p in self._by_salience() if p.institution and not p.nameless), None)
        named = self._compound_named_before(noun, pos)
        if named is not None:
            # the nearest before it, even in passing: Messungen des Landesamts für Umwelt
            # ergaben nach Angaben der Behörde …
            known = self._by_name(named)
            if known is not None and not known.institution:
                known = None  # die Universität Göttingen is not the place Göttingen named before
            if known is not None or not create:
                return known
            return self._body(named)
        for person in self._by_salience():
            if person.institution and not person.nameless and any(
                    any(w.endswith(heads) for w in n.lower().partition(" für ")[0].split()[:2])
                    for n in person.names):
                return person
        return None

    def _by_salience(self) -> list[Person]:
        """The most salient first, then everyone else known, latest first."""
        return list(reversed(self.recent)) + [p for p in reversed(self.people) if p not in self.recent]

    def _body_of_kind(self, mention: Mention) -> Person | None:
        """die Umweltschutzorganisation, after die Umweltschutzorganisation WWF: the body
        introduced with that kind, latest first."""
        if mention.name is not None and mention.role is not None and mention.role not in _SPOKESPEOPLE:
            return None  # a body with its own name (not: ein Sprecher der Initiative)
        spokesperson = mention.role in _SPOKESPEOPLE
        word = ((mention.name if spokesperson else mention.role) or mention.name or "").lower()
        for person in self._by_salience():  # die Ratingagentur, after der US-Ratingagentur X
            if person.institution and any(w.endswith(word) for w in person.role_words):
                return person
        return None

    def _plural_noun(self, word: str) -> bool:
        """Initiatoren, Anwohnerinnen: a common noun in the plural (its lemma differs), not a
        surname someone in the article carries."""
        if not word.endswith("n") or word in lexicon.first_names():
            return False
        lemma, tag = lemma_and_tag(word)
        if tag != "NN" or lemma == word or self._by_name(word) is not None:
            return False
        # den Anwohnern, den Mitgliedern: a dative plural, which adds -n or -ern to the noun
        dative = word == lemma + "n" and lemma.endswith(("er", "el")) or word == lemma + "ern"
        return word.endswith("en") or dative

    def _body_named_before(self, noun: str) -> Person | None:
        """das Unternehmen, der Club: the body of that sort the article named before, by the
        legal form or club prefix in its name (Hanse Wind GmbH, EHC Seewald), latest first."""
        marks = lexicon.generic_bodies().get(noun.lower())
        if marks is None:
            return None
        firsts, lasts = (tuple(m.lower() for m in ms) for ms in marks)
        candidates = self._by_salience()
        for person in candidates:
            for name in person.names:
                words = name.lower().split()
                if len(words) > 1 and (words[0] in firsts or words[-1] in lasts):
                    return person
        if noun.lower() in lexicon.company_types():
            # das Unternehmen: also a body introduced as a company (der Autozulieferer X)
            for person in candidates:
                if person.institution and any(_names_a_company(w) for w in person.role_words):
                    return person
        return None

    def spoke(self, person: Person) -> None:
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)

    def _body(self, name: str, known: Person | None = None) -> Person:
        """The body called ``name``: ``known`` (found by that name or another), else a new one."""
        person = known or self._new()
        person.institution = True
        self._add_name(person, name)
        return person

    def _new(self) -> Person:
        person = Person()
        self.people.append(person)
        return person

    def _by_name(self, name: str) -> Person | None:
        parts = name.split()
        if len(parts) > 1 and parts[0].lower() in ("von", "van", "de", "zu"):
            parts = parts[-1:]  # Von der Leyen: the surname with its particle
        for person in self.people:
            for known in person.names:
                kp = known.split()
                same_surname = kp[-1].rstrip(".") == parts[-1].rstrip(".")  # Jörg B. ~ B.
                if same_surname and (len(kp) == 1 or len(parts) == 1 or kp[0] == parts[0]):
                    return person
                # Polizeiinspektion ~ Polizeiinspektion Ostheide: a body named in short
                if person.institution and kp[0] == parts[0] and (len(kp) == 1 or len(parts) == 1):
                    return person
        return None

    @staticmethod
    def _add_name(person: Person, name: str) -> None:
        if name not in person.names:
            person.names.append(name)
        person.uses[name] = person.uses.get(name, 0) + 1
        parts = name.split()
        if person.gender is None and len(parts) >= 2:
            # Monika Brändli is „sie“: the given name tells, when the list knows it
            person.gender = lexicon.first_names().get(parts[0])


_NAME_WORD = r"[A-ZÄÖÜ][\w-]*"
_ACRONYM_AFTER_NAME = re.compile(
    rf"(?P<name>(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD}(?:\s+(?:für|der)\s+(?:[a-zäöüß]+en?\s+)?{_NAME_WORD}"
    rf"(?:\s+und\s+{_NAME_WORD})?)?)"
    r"\s+\((?P<acronym>[A-ZÄÖÜ]{2,6}|[A-ZÄÖÜ][a-zäöü]{2,5}|[A-ZÄÖÜ][a-zäöü]{0,2}[A-ZÄÖÜ][A-Za-zäöü]{0,3})\)"
)


@lru_cache(maxsize=1)
def _body_names() -> re.Pattern[str]:
    """Velox AG, Hanse Wind GmbH, FC Elmshorn, EHC Seewald: a name marked as a body
    (legal forms and club prefixes as written, generic_bodies.tsv)."""
    firsts: set[str] = set()
    lasts: set[str] = set()
    for f, la in lexicon.generic_bodies().values():
        firsts.update(f)
        lasts.update(x for x in la if x[:1].isupper())  # verein$, konzern$: not in names as written

    def alternatives(words: set[str]) -> str:
        return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))

    word = r"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines)\b)[A-ZÄÖÜ][\w&-]*"
    return re.compile(
        rf"(?<![\w-])((?:{word}\s+){{1,3}}(?:{alternatives(lasts)})"
        rf"|(?:{alternatives(firsts)})\s+{word}(?:\s+(?:\d+|{word}))?)(?![\w-])"
    )


def _names_a_place(word: str) -> bool:
    """Nordhessen, Cloudwerk: a name after a body noun, not a common noun that begins what
    follows (im Verkehrsministerium Pläne)."""
    return lemma_and_tag(word)[1] == "NE" and word not in _NOT_SURNAMES


def _names_a_company(word: str) -> bool:
    """autozulieferer, chemiekonzern: the word a company was introduced with."""
    return word.endswith(tuple(lexicon.company_types()))


def _spokesperson_of(mention: Mention) -> str | None:
    """Polizeisprecher -> Polizei, Regierungssprecherin -> Regierung, Firmensprecher -> Firma
    (the company named before): the body a compound spokesperson noun names (not
    Pressesprecher: the press is no body)."""
    prefix = _spokesperson_prefix(mention)
    if prefix is None:
        return None
    stem = prefix[:-1] if prefix.endswith("s") else None  # Unternehmens-, Vereins-
    for body in (prefix, stem, lemma_and_tag(prefix)[0]):  # Firmen- -> Firma
        if body and (lexicon.is_institution(body) or body.lower() in lexicon.generic_bodies()):
            return body
    return None


_AGE = re.compile(r"\b(\d{1,3})-[Jj]ährig")
_UNNAMED_AGED = re.compile(r"\b[Ee]in(?:e[mnr]?)?\s+(\d{1,3})-jährige[rnm]?\s+[A-ZÄÖÜ]")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-jährige[rn]?\s+$")
_AGE_AFTER = re.compile(r"\s*\((\d{1,3})\)")


# longest first (eines Werft-Sprechers: the genitive too)
_SPOKESPERSON_ENDINGS = ("sprecherin", "sprechers", "sprecher")


def spokesperson_gender(phrase: str) -> str | None:
    """Ein Sprecher des Ministeriums -> m, die Polizeisprecherin -> f; None without one."""
    role = next((w for w in phrase.split() if w.lower().endswith(_SPOKESPERSON_ENDINGS)), None)
    if role is None:
        return None
    return "f" if role.endswith("in") else "m"


def _body_giving_account(mention: Mention) -> str | None:
    """Polizeiangaben -> Polizei, Regierungsangaben -> Regierung: the body a compound of
    Angaben names, or None."""
    word = mention.name or mention.role or ""
    if " " in word or not word.lower().endswith("angaben") or len(word) <= len("angaben") + 2:
        return None
    prefix = word[: -len("angaben")].rstrip("-")
    for body in (prefix, prefix[:-1] if prefix.endswith("s") else None):
        if body and lexicon.is_institution(body):
            return body
    return None


def _spokesperson_prefix(mention: Mention) -> str | None:
    """Polizei (Polizeisprecher), IAEA (IAEA-Sprecherin): what stands before -sprecher(in) in
    a role noun with no name, or None."""
    if mention.kind != "role" or mention.name is not None or not mention.role:
        return None
    low = mention.role.lower()
    for ending in _SPOKESPERSON_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return mention.role[: -len(ending)].rstrip("-")
    return None


_DEFINITE = frozenset("der die das des dem den".split())
_INDEFINITE = frozenset("ein eine einer eines einem einen".split())
_SPOKESPEOPLE = frozenset(("Sprecher", "Sprecherin", "Pressesprecher", "Pressesprecherin"))


def _may_speak(mention: Mention) -> bool:
    """Abend, Prozent, Angaben, Fehler: a head noun for a time, an amount, a statement
    or a thing names no one who speaks; a listed role or body, or a full name, does."""
    if full_name(mention.name):
        return True
    head = (mention.name or mention.role or "").split()
    if not head:
        return True
    word = head[-1]
    if lexicon.role_noun(word) is not None or lexicon.is_institution(word):
        return True
    if len(head) > 1 and not common_noun(head[0]):
        return True  # Hoover Institution, AK Vorratsdatenspeicherung: a proper name
    if lexicon.is_time_or_measure(word) or said_or_thought(word):
        return False
    if mention.name is None:
        return True
    return not (lexicon.is_time_or_measure(lemma_and_tag(word)[0]) or abstract_noun(word))


def full_name(name: str | None) -> bool:
    """Ines Hartwig, not Steinbrück Positives: a listed given name and a surname."""
    parts = (name or "").split()
    return len(parts) >= 2 and parts[0] in lexicon.first_names()


def _is_institution(role: str | None) -> bool:
    return bool(role) and lexicon.is_institution(role)
