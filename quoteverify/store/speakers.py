"""One ``speakers`` row per person or body across articles, with aliases.

Every name a quote was attributed to is an alias (``speaker_aliases``, keyed
by :func:`~quoteverify.store.names.fold`) of exactly one speaker.  A name seen
for the first time joins the speaker it is :func:`compatible` with:

- a full name ("Wladimir Putin") joins the one speaker with that surname whose
  given names agree; failing that, a speaker known by the surname alone
  ("Putin"), which is then renamed to the fuller name;
- a surname alone ("Putin") joins the one speaker with that surname and given
  names; with two or more ("Wladimir Putin", "Ljudmila Putin") it is ambiguous
  and gets a row of its own;
- anything else (bodies, descriptions) only matches its own folded name.

Manual decisions (``speakers merge``, ``speakers alias``) are kept in
``speaker_decisions`` and replayed after every ingested batch, so they
survive re-ingesting the articles.  All functions run inside the caller's
transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from .connection import StoreError
from .names import Name, compatible, fold, fuller, parse_name

__all__ = [
    "add_decision",
    "apply_decisions",
    "prune_speakers",
    "resolve_speakers",
    "speaker_id",
    "speaker_ids_matching",
]

_IN_CHUNK = 500  # keys per "IN (...)" query


def _chunks(items: Sequence[str], size: int = _IN_CHUNK) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def speaker_id(conn: sqlite3.Connection, name: str) -> int | None:
    """The speaker a name (or alias) stands for, or None."""
    row = conn.execute("SELECT speaker_id FROM speaker_aliases WHERE alias_key = ?", (fold(name),)).fetchone()
    return row[0] if row else None


def speaker_ids_matching(conn: sqlite3.Connection, name: str) -> list[int]:
    """Speakers a query name means: by alias; failing that, people with that surname."""
    found = speaker_id(conn, name)
    if found is not None:
        return [found]
    parsed = parse_name(name)
    if parsed.proper and not parsed.given:
        rows = conn.execute(
            "SELECT id FROM speakers WHERE kind = 'person' AND surname_key = ? ORDER BY id",
            (parsed.surname,),
        )
        return [row[0] for row in rows]
    return []


def _add_alias(conn: sqlite3.Connection, speaker: int, alias: str, origin: str = "extracted") -> None:
    conn.execute(
        "INSERT OR IGNORE INTO speaker_aliases (alias_key, alias, speaker_id, origin) VALUES (?, ?, ?, ?)",
        (fold(alias), " ".join(alias.split()), speaker, origin),
    )


def resolve_speakers(
    conn: sqlite3.Connection, names: Iterable[str], *, organisations: Iterable[str] = ()
) -> dict[str, int]:
    """Speaker id of every name, creating speakers and aliases for new names; the
    ``organisations`` among them are bodies the attribution knew as such (Verdi, Reuters),
    whatever their name looks like."""
    unique = sorted(set(names))
    keys = {name: fold(name) for name in unique}
    known: dict[str, int] = {}
    all_keys = sorted(set(keys.values()))
    for chunk in _chunks(all_keys):
        marks = ",".join("?" * len(chunk))
        query = f"SELECT alias_key, speaker_id FROM speaker_aliases WHERE alias_key IN ({marks})"
        known.update(conn.execute(query, chunk).fetchall())
    result: dict[str, int] = {}
    # Fuller names first, then bodies, so that a bare name in the same batch sees every candidate.
    bodies = set(organisations)
    parsed = sorted(
        (parse_name(name, organisation=name in bodies) for name in unique),
        key=lambda n: (not n.given, n.kind != "organisation", n.raw),
    )
    for name in parsed:
        found = known.get(keys[name.raw])
        if found is None:
            found = _place(conn, name)
            known[keys[name.raw]] = found
        result[name.raw] = found
    return result


def _place(conn: sqlite3.Connection, name: Name) -> int:
    """Find or create the speaker of a name not yet known as an alias."""
    found = speaker_id(conn, name.display)
    if found is None and name.proper:
        found = _compatible_speaker(conn, name)
    if found is None and name.proper and not name.given and " " not in name.display:
        found = _organisation_starting(conn, name.display)
    if found is None:
        cursor = conn.execute(
            "INSERT INTO speakers (name, kind, surname_key) VALUES (?, ?, ?)",
            (name.display, name.kind, name.surname if name.proper else None),
        )
        found = int(cursor.lastrowid or 0)
    _add_alias(conn, found, name.display)
    _add_alias(conn, found, name.raw)
    return found


def _compatible_speaker(conn: sqlite3.Connection, name: Name) -> int | None:
    rows = conn.execute(
        "SELECT id, name, named_by FROM speakers WHERE kind = 'person' AND surname_key = ? ORDER BY id",
        (name.surname,),
    ).fetchall()
    candidates = [(row[0], parse_name(row[1]), row[2]) for row in rows]
    candidates = [c for c in candidates if c[1].proper and compatible(c[1], name)]
    full = [c for c in candidates if c[1].given]
    bare = [c for c in candidates if not c[1].given]
    if name.given:
        if len(full) == 1:
            chosen = full[0]
        else:
            exact = [c for c in full if c[1].given == name.given]
            if len(exact) == 1:
                chosen = exact[0]
            elif not full and len(bare) == 1:
                chosen = bare[0]
            else:
                return None
        sid, old, named_by = chosen
        if named_by == "rules" and fuller(name, old):
            _rename(conn, sid, name.display)
        return sid
    if len(full) == 1:
        return full[0][0]
    if not full and len(bare) == 1:
        return bare[0][0]
    return None


def _organisation_starting(conn: sqlite3.Connection, word: str) -> int | None:
    """Hallberg, after Hallberg Antriebstechnik: a bare name that no person carries but that
    opens the name of exactly one organisation is that organisation (by the name index)."""
    rows = conn.execute(
        "SELECT id FROM speakers WHERE name >= ? AND name < ? AND kind = 'organisation' LIMIT 2",
        (word + " ", word + "!"),
    ).fetchall()
    return int(rows[0][0]) if len(rows) == 1 else None


def _rename(conn: sqlite3.Connection, speaker: int, new_name: str) -> None:
    taken = conn.execute("SELECT id FROM speakers WHERE name = ?", (new_name,)).fetchone()
    if taken is None:
        conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (new_name, speaker))


def _merge(conn: sqlite3.Connection, keep: int, other: int) -> None:
    conn.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (keep, other))
    conn.execute("UPDATE speaker_aliases SET speaker_id = ? WHERE speaker_id = ?", (keep, other))
    conn.execute("DELETE FROM speakers WHERE id = ?", (other,))


def add_decision(conn: sqlite3.Connection, action: str, speaker: str, other: str) -> None:
    """Record a manual decision (checking that it can apply now) and apply all decisions."""
    speaker, other = " ".join(speaker.split()), " ".join(other.split())
    if not speaker or not other:
        raise StoreError("speaker names must not be empty")
    if speaker_id(conn, speaker) is None:
        raise StoreError(f"no speaker named {speaker!r}")
    if action == "merge" and speaker_id(conn, other) is None:
        raise StoreError(f"no speaker named {other!r}")
    conn.execute(
        "INSERT OR IGNORE INTO speaker_decisions (action, speaker, other, decided_at) VALUES (?, ?, ?, ?)",
        (action, speaker, other, datetime.now(UTC).isoformat(timespec="seconds")),
    )
    apply_decisions(conn)


def apply_decisions(conn: sqlite3.Connection) -> None:
    """Replay every manual decision, oldest first; idempotent."""
    decisions = conn.execute("SELECT action, speaker, other FROM speaker_decisions ORDER BY id").fetchall()
    touched: set[int] = set()
    for action, speaker, other in decisions:
        keep = speaker_id(conn, speaker)
        if keep is None:
            continue
        if action == "merge":
            gone = speaker_id(conn, other)
            if gone is not None and gone != keep:
                _merge(conn, keep, gone)
            conn.execute("UPDATE speakers SET named_by = 'manual' WHERE id = ?", (keep,))
            conn.execute(
                "UPDATE speaker_aliases SET origin = 'manual' WHERE alias_key = ?", (fold(other),)
            )
        else:  # alias: the name means this speaker, in every article
            key = fold(other)
            before = speaker_id(conn, other)
            if before is not None and before != keep:
                touched.add(before)
            conn.execute(
                "INSERT INTO speaker_aliases (alias_key, alias, speaker_id, origin)"
                " VALUES (?, ?, ?, 'manual') ON CONFLICT (alias_key)"
                " DO UPDATE SET speaker_id = excluded.speaker_id, origin = 'manual'",
                (key, other, keep),
            )
            conn.execute(
                "UPDATE quotes SET speaker_id = ? WHERE speaker_key = ? AND speaker_id IS NOT ?",
                (keep, key, keep),
            )
    for speaker in touched:
        _rename_if_lost(conn, speaker)
    if touched:
        prune_speakers(conn)


def _rename_if_lost(conn: sqlite3.Connection, speaker: int) -> None:
    """A speaker whose own name became another's alias takes the name its quotes use most."""
    row = conn.execute("SELECT name FROM speakers WHERE id = ?", (speaker,)).fetchone()
    if row is None or speaker_id(conn, row[0]) == speaker:
        return
    best = conn.execute(
        "SELECT speaker_name FROM quotes WHERE speaker_id = ? AND speaker_name IS NOT NULL"
        " GROUP BY speaker_name ORDER BY count(*) DESC, speaker_name LIMIT 1",
        (speaker,),
    ).fetchone()
    if best is None:
        best = conn.execute(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias LIMIT 1", (speaker,)
        ).fetchone()
    if best is not None:
        _rename(conn, speaker, parse_name(best[0]).display)


def prune_speakers(conn: sqlite3.Connection) -> int:
    """Delete speakers the rules made that no quote and no manual alias refers to."""
    cursor = conn.execute(
        """DELETE FROM speakers
        WHERE named_by = 'rules'
          AND NOT EXISTS (SELECT 1 FROM quotes WHERE quotes.speaker_id = speakers.id)
          AND NOT EXISTS (SELECT 1 FROM speaker_aliases a
                          WHERE a.speaker_id = speakers.id AND a.origin = 'manual')"""
    )
    return cursor.rowcount
