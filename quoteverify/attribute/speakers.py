"""One canonical speaker per person within an article.

People are registered as the article introduces them ("Bayerns Innenminister
Karl Huber", "Huber", "der Minister", "er"); a later mention resolves to the
person it can only mean: the same surname, the same role, or — for pronouns —
the most recent speaker of compatible gender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quoteverify import lexicon
from quoteverify.attribute.mentions import Mention

_CAPITALISED_RE = re.compile(r"\b[A-ZÄÖÜ][\w-]+")
_NAME_AFTER_ROLE_RE = re.compile(
    r"\s+(?:\([^)]{1,20}\)\s+)?(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    r"(?:\s+(?:von\s+|van\s+|de\s+)?[A-ZÄÖÜ][\w’'-]+){1,2})"
)


def introductions(text: str) -> list[tuple[int, str, str]]:
    """Every "Role Firstname Lastname" apposition: (position, role, name)."""
    found = []
    for m in _CAPITALISED_RE.finditer(text):
        if lexicon.role_noun(m.group()) is None:
            continue
        n = _NAME_AFTER_ROLE_RE.match(text, m.end())
        if n and lexicon.role_noun(n.group("name").split()[0]) is None:
            found.append((m.start(), m.group(), n.group("name")))
    return found


@dataclass(slots=True)
class Person:
    names: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    institution: bool = False

    @property
    def canonical(self) -> str:
        # the fullest name; among equals the first seen
        return max(self.names, key=lambda n: (len(n.split()), -self.names.index(n)))

    @property
    def surname(self) -> str:
        return self.canonical.split()[-1]


def _role_key(role: str) -> str:
    r = lexicon.role_noun(role)
    return r.cls if r else role.lower()


class Registry:
    """The people (and bodies) of one article, filled in reading order."""

    def __init__(self, text: str) -> None:
        self.people: list[Person] = []
        self._introductions = introductions(text)
        self._intro_pos = 0
        self.recent: list[Person] = []  # speakers, most recent last

    def advance(self, pos: int) -> None:
        """Register every "Role Firstname Lastname" introduced before ``pos``."""
        while self._intro_pos < len(self._introductions) and self._introductions[self._intro_pos][0] < pos:
            _, role, name = self._introductions[self._intro_pos]
            person = self._by_name(name) or self._new()
            self._add_name(person, name)
            person.roles.add(_role_key(role))
            r = lexicon.role_noun(role)
            if r and r.gender in ("m", "f"):
                person.gender = r.gender
            self.spoke(person)  # introduced: the most salient person for a pronoun
            self._intro_pos += 1

    def resolve(self, mention: Mention) -> Person | None:
        if mention.kind == "pronoun":
            for person in reversed(self.recent):
                if person.institution:
                    continue
                if person.gender in (None, mention.gender):
                    return person
            return None
        if mention.kind == "institution" or (mention.kind == "role" and mention.name is None
                                             and _is_institution(mention.role)):
            label = mention.name or mention.role or mention.text
            person = self._by_name(label)
            if person is None:
                person = self._new()
                person.institution = True
                self._add_name(person, label)
            return person
        if mention.name:
            person = self._by_name(mention.name)
            if person is None:
                person = self._new()
            self._add_name(person, mention.name)
            if mention.role:
                person.roles.add(_role_key(mention.role))
            if mention.gender and person.gender is None:
                person.gender = mention.gender
            return person
        if mention.role:
            key = _role_key(mention.role)
            for person in reversed(self.recent + self.people):
                if key in person.roles or any(mention.role.lower().endswith(r) for r in person.roles):
                    return person
            for person in reversed(self.recent):
                if not person.institution and person.gender in (None, mention.gender):
                    return person
        return None

    def spoke(self, person: Person) -> None:
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)

    def _new(self) -> Person:
        person = Person()
        self.people.append(person)
        return person

    def _by_name(self, name: str) -> Person | None:
        parts = name.split()
        for person in self.people:
            for known in person.names:
                kp = known.split()
                if kp[-1] == parts[-1] and (len(kp) == 1 or len(parts) == 1 or kp[0] == parts[0]):
                    return person
        return None

    @staticmethod
    def _add_name(person: Person, name: str) -> None:
        if name not in person.names:
            person.names.append(name)


_INSTITUTION_WORDS = frozenset(
    "polizei ministerium regierung staatsanwaltschaft gericht unternehmen konzern firma verband "
    "gewerkschaft behörde verwaltung stadt gemeinde partei kommission rathaus feuerwehr "
    "bundesregierung landesregierung kreml weißes haus".split()
)


def _is_institution(role: str | None) -> bool:
    if not role:
        return False
    low = role.lower()
    return low in _INSTITUTION_WORDS or low.endswith(("ministerium", "amt", "behörde", "verband"))
