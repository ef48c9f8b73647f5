#!/usr/bin/env python3
"""Generate ``quoteverify/data/speech_verbs.tsv`` from a table of principal parts.

Every speech verb is given once, by hand, with its principal parts; this script
inflects it (present, preterite, Konjunktiv I and II in all persons, participle II,
infinitive, zu-infinitive) and, for separable verbs, produces both the bare stem
forms used when the particle is split off ("teilte ... mit") and the joined
forms ("mitteilte", "mitgeteilt", "mitzuteilen").

Usage::

    python scripts/build_speech_verbs.py           # rewrite the TSV
    python scripts/build_speech_verbs.py --check   # exit 1 if the TSV is stale

Table columns (whitespace-separated, one verb per line):

``lemma particle class kind pres3 past3 part2 konj2``

* ``lemma``: the infinitive with its particle joined ("mitteilen"). A particle
  that is always written apart is joined with ``_`` ("deutlich_machen").
* ``particle``: the separable prefix, or ``-``.
* ``class``: ``say`` | ``frame`` | ``ask`` | ``write`` (see the TSV header).
* ``kind``: ``weak`` | ``strong`` | ``mixed`` (mixed = vowel change with weak
  endings: nennen/nannte).
* ``pres3``, ``past3``, ``part2``: 3rd singular present and preterite and the
  participle II of the *base* verb, i.e. without the particle ("teilt",
  "teilte", "geteilt"). Several alternatives may be comma-separated.
* ``konj2``: 3rd singular Konjunktiv II for strong/mixed verbs (alternatives
  comma-separated); ``-`` for weak verbs, whose Konjunktiv II is the preterite.

Weak verbs are checked against the regular pattern, so a typo in the table
fails the build instead of producing a wrong form.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "quoteverify" / "data" / "speech_verbs.tsv"

CLASSES = ("say", "frame", "ask", "write")
VOWELS = set("aeiouäöüy")

# The order matters: when a bare stem form is shared by several separable verbs
# ("gab" -> angeben / zugeben / bekanntgeben / zurückgeben), the loader prefers
# a verb that needs no particle, then the one listed first here.
TABLE = """
# --- neutral speech (say) -------------------------------------------------
sagen            -        say   weak    sagt         sagte         gesagt        -
erklären         -        say   weak    erklärt      erklärte      erklärt       -
betonen          -        say   weak    betont       betonte       betont        -
meinen           -        say   weak    meint        meinte        gemeint       -
mitteilen        mit      say   weak    teilt        teilte        geteilt       -
hinzufügen       hinzu    say   weak    fügt         fügte         gefügt        -
anfügen          an       say   weak    fügt         fügte         gefügt        -
ergänzen         -        say   weak    ergänzt      ergänzte      ergänzt       -
äußern           -        say   weak    äußert       äußerte       geäußert      -
reden            -        say   weak    redet        redete        geredet       -
erzählen         -        say   weak    erzählt      erzählte      erzählt       -
berichten        -        say   weak    berichtet    berichtete    berichtet     -
schildern        -        say   weak    schildert    schilderte    geschildert   -
erläutern        -        say   weak    erläutert    erläuterte    erläutert     -
ausführen        aus      say   weak    führt        führte        geführt       -
anmerken         an       say   weak    merkt        merkte        gemerkt       -
bemerken         -        say   weak    bemerkt      bemerkte      bemerkt       -
unterstreichen   -        say   strong  unterstreicht unterstrich  unterstrichen unterstriche
bekräftigen      -        say   weak    bekräftigt   bekräftigte   bekräftigt    -
hervorheben      hervor   say   strong  hebt         hob           gehoben       höbe
verdeutlichen    -        say   weak    verdeutlicht verdeutlichte verdeutlicht  -
deutlich_machen  deutlich say   weak    macht        machte        gemacht       -
klarmachen       klar     say   weak    macht        machte        gemacht       -
feststellen      fest     say   weak    stellt       stellte       gestellt      -
klarstellen      klar     say   weak    stellt       stellte       gestellt      -
richtigstellen   richtig  say   weak    stellt       stellte       gestellt      -
präzisieren      -        say   weak    präzisiert   präzisierte   präzisiert    -
festhalten       fest     say   strong  hält         hielt         gehalten      hielte
konstatieren     -        say   weak    konstatiert  konstatierte  konstatiert   -
wiederholen      -        say   weak    wiederholt   wiederholte   wiederholt    -
fortfahren       fort     say   strong  fährt        fuhr          gefahren      führe
nachlegen        nach     say   weak    legt         legte         gelegt        -
nachschieben     nach     say   strong  schiebt      schob         geschoben     schöbe
zusammenfassen   zusammen say   weak    fasst        fasste        gefasst       -
zitieren         -        say   weak    zitiert      zitierte      zitiert       -
kommentieren     -        say   weak    kommentiert  kommentierte  kommentiert   -
reagieren        -        say   weak    reagiert     reagierte     reagiert      -
rufen            -        say   strong  ruft         rief          gerufen       riefe
zurufen          zu       say   strong  ruft         rief          gerufen       riefe
# --- announcing, informing, confirming, denying ----------------------------
ankündigen       an       say   weak    kündigt      kündigte      gekündigt     -
verkünden        -        say   weak    verkündet    verkündete    verkündet     -
angeben          an       say   strong  gibt         gab           gegeben       gäbe
bekanntgeben     bekannt  say   strong  gibt         gab           gegeben       gäbe
verlautbaren     -        say   weak    verlautbart  verlautbarte  verlautbart   -
melden           -        say   weak    meldet       meldete       gemeldet      -
vermelden        -        say   weak    vermeldet    vermeldete    vermeldet     -
bestätigen       -        say   weak    bestätigt    bestätigte    bestätigt     -
dementieren      -        say   weak    dementiert   dementierte   dementiert    -
bestreiten       -        say   strong  bestreitet   bestritt      bestritten    bestritte
leugnen          -        say   weak    leugnet      leugnete      geleugnet     -
widersprechen    -        say   strong  widerspricht widersprach   widersprochen widerspräche
hinweisen        hin      say   strong  weist        wies          gewiesen      wiese
zurückweisen     zurück   say   strong  weist        wies          gewiesen      wiese
verneinen        -        say   weak    verneint     verneinte     verneint      -
widerrufen       -        say   strong  widerruft    widerrief     widerrufen    widerriefe
korrigieren      -        say   weak    korrigiert   korrigierte   korrigiert    -
relativieren     -        say   weak    relativiert  relativierte  relativiert   -
einschränken     ein      say   weak    schränkt     schränkte     geschränkt    -
# --- assuring, promising, conceding ----------------------------------------
versichern       -        say   weak    versichert   versicherte   versichert    -
beteuern         -        say   weak    beteuert     beteuerte     beteuert      -
zusichern        zu       say   weak    sichert      sicherte      gesichert     -
garantieren      -        say   weak    garantiert   garantierte   garantiert    -
versprechen      -        say   strong  verspricht   versprach     versprochen   verspräche
zusagen          zu       say   weak    sagt         sagte         gesagt        -
aussagen         aus      say   weak    sagt         sagte         gesagt        -
schwören         -        say   strong  schwört      schwor,schwur geschworen    schwüre,schwöre
behaupten        -        say   weak    behauptet    behauptete    behauptet     -
beschwichtigen   -        say   weak    beschwichtigt beschwichtigte beschwichtigt -
einräumen        ein      say   weak    räumt        räumte        geräumt       -
zugeben          zu       say   strong  gibt         gab           gegeben       gäbe
gestehen         -        say   strong  gesteht      gestand       gestanden     gestände,gestünde
eingestehen      ein      say   strong  gesteht      gestand       gestanden     gestände,gestünde
beichten         -        say   weak    beichtet     beichtete     gebeichtet    -
verraten         -        say   strong  verrät       verriet       verraten      verriete
offenbaren       -        say   weak    offenbart    offenbarte    offenbart     -
enthüllen        -        say   weak    enthüllt     enthüllte     enthüllt      -
# --- replying, objecting, arguing ------------------------------------------
antworten        -        say   weak    antwortet    antwortete    geantwortet   -
entgegnen        -        say   weak    entgegnet    entgegnete    entgegnet     -
erwidern         -        say   weak    erwidert     erwiderte     erwidert      -
kontern          -        say   weak    kontert      konterte      gekontert     -
replizieren      -        say   weak    repliziert   replizierte   repliziert    -
zurückgeben      zurück   say   strong  gibt         gab           gegeben       gäbe
einwenden        ein      say   mixed   wendet       wandte,wendete gewandt,gewendet wendete
einwerfen        ein      say   strong  wirft        warf          geworfen      würfe
dagegenhalten    dagegen  say   strong  hält         hielt         gehalten      hielte
entgegenhalten   entgegen say   strong  hält         hielt         gehalten      hielte
vorhalten        vor      say   strong  hält         hielt         gehalten      hielte
argumentieren    -        say   weak    argumentiert argumentierte argumentiert  -
begründen        -        say   weak    begründet    begründete    begründet     -
rechtfertigen    -        say   weak    rechtfertigt rechtfertigte gerechtfertigt -
verteidigen      -        say   weak    verteidigt   verteidigte   verteidigt    -
erinnern         -        say   weak    erinnert     erinnerte     erinnert      -
verweisen        -        say   strong  verweist     verwies       verwiesen     verwiese
# --- warning, demanding, advising -------------------------------------------
warnen           -        say   weak    warnt        warnte        gewarnt       -
mahnen           -        say   weak    mahnt        mahnte        gemahnt       -
ermahnen         -        say   weak    ermahnt      ermahnte      ermahnt       -
anmahnen         an       say   weak    mahnt        mahnte        gemahnt       -
appellieren      -        say   weak    appelliert   appellierte   appelliert    -
fordern          -        say   weak    fordert      forderte      gefordert     -
auffordern       auf      say   weak    fordert      forderte      gefordert     -
verlangen        -        say   weak    verlangt     verlangte     verlangt      -
bitten           -        say   strong  bittet       bat           gebeten       bäte
aufrufen         auf      say   strong  ruft         rief          gerufen       riefe
drängen          -        say   weak    drängt       drängte       gedrängt      -
pochen           -        say   weak    pocht        pochte        gepocht       -
beharren         -        say   weak    beharrt      beharrte      beharrt       -
plädieren        -        say   weak    plädiert     plädierte     plädiert      -
empfehlen        -        say   strong  empfiehlt    empfahl       empfohlen     empföhle,empfähle
raten            -        say   strong  rät          riet          geraten       riete
abraten          ab       say   strong  rät          riet          geraten       riete
vorschlagen      vor      say   strong  schlägt      schlug        geschlagen    schlüge
anregen          an       say   weak    regt         regte         geregt        -
werben           -        say   strong  wirbt        warb          geworben      würbe
drohen           -        say   weak    droht        drohte        gedroht       -
# --- criticising, complaining -----------------------------------------------
kritisieren      -        say   weak    kritisiert   kritisierte   kritisiert    -
bemängeln        -        say   weak    bemängelt    bemängelte    bemängelt     -
monieren         -        say   weak    moniert      monierte      moniert       -
beanstanden      -        say   weak    beanstandet  beanstandete  beanstandet   -
beklagen         -        say   weak    beklagt      beklagte      beklagt       -
klagen           -        say   weak    klagt        klagte        geklagt       -
beschweren       -        say   weak    beschwert    beschwerte    beschwert     -
anprangern       an       say   weak    prangert     prangerte     geprangert    -
geißeln          -        say   weak    geißelt      geißelte      gegeißelt     -
rügen            -        say   weak    rügt         rügte         gerügt        -
tadeln           -        say   weak    tadelt       tadelte       getadelt      -
verurteilen      -        say   weak    verurteilt   verurteilte   verurteilt    -
vorwerfen        vor      say   strong  wirft        warf          geworfen      würfe
beschuldigen     -        say   weak    beschuldigt  beschuldigte  beschuldigt   -
bezichtigen      -        say   weak    bezichtigt   bezichtigte   bezichtigt    -
schimpfen        -        say   weak    schimpft     schimpfte     geschimpft    -
wettern          -        say   weak    wettert      wetterte      gewettert     -
poltern          -        say   weak    poltert      polterte      gepoltert     -
lästern          -        say   weak    lästert      lästerte      gelästert     -
spotten          -        say   weak    spottet      spottete      gespottet     -
ätzen            -        say   weak    ätzt         ätzte         geätzt        -
jammern          -        say   weak    jammert      jammerte      gejammert     -
bedauern         -        say   weak    bedauert     bedauerte     bedauert      -
# --- praising, thanking -----------------------------------------------------
loben            -        say   weak    lobt         lobte         gelobt        -
würdigen         -        say   weak    würdigt      würdigte      gewürdigt     -
begrüßen         -        say   weak    begrüßt      begrüßte      begrüßt       -
danken           -        say   weak    dankt        dankte        gedankt       -
gratulieren      -        say   weak    gratuliert   gratulierte   gratuliert    -
schwärmen        -        say   weak    schwärmt     schwärmte     geschwärmt    -
jubeln           -        say   weak    jubelt       jubelte       gejubelt      -
# --- judging, concluding ----------------------------------------------------
urteilen         -        say   weak    urteilt      urteilte      geurteilt     -
beurteilen       -        say   weak    beurteilt    beurteilte    beurteilt     -
resümieren       -        say   weak    resümiert    resümierte    resümiert     -
bilanzieren      -        say   weak    bilanziert   bilanzierte   bilanziert    -
folgern          -        say   weak    folgert      folgerte      gefolgert     -
schlussfolgern   -        say   weak    schlussfolgert schlussfolgerte geschlussfolgert -
schließen        -        say   strong  schließt     schloss       geschlossen   schlösse
# --- opinion, expectation (used as speech tags: „…“, glaubt X) ---------------
glauben          -        say   weak    glaubt       glaubte       geglaubt      -
finden           -        say   strong  findet       fand          gefunden      fände
hoffen           -        say   weak    hofft        hoffte        gehofft       -
vermuten         -        say   weak    vermutet     vermutete     vermutet      -
befürchten       -        say   weak    befürchtet   befürchtete   befürchtet    -
fürchten         -        say   weak    fürchtet     fürchtete     gefürchtet    -
schätzen         -        say   weak    schätzt      schätzte      geschätzt     -
annehmen         an       say   strong  nimmt        nahm          genommen      nähme
bezweifeln       -        say   weak    bezweifelt   bezweifelte   bezweifelt    -
prognostizieren  -        say   weak    prognostiziert prognostizierte prognostiziert -
vorhersagen      vorher   say   weak    sagt         sagte         gesagt        -
voraussagen      voraus   say   weak    sagt         sagte         gesagt        -
prophezeien      -        say   weak    prophezeit   prophezeite   prophezeit    -
spekulieren      -        say   weak    spekuliert   spekulierte   spekuliert    -
mutmaßen         -        say   weak    mutmaßt      mutmaßte      gemutmaßt     -
vorrechnen       vor      say   weak    rechnet      rechnete      gerechnet     -
andeuten         an       say   weak    deutet       deutete       gedeutet      -
nahelegen        nahe     say   weak    legt         legte         gelegt        -
# --- manner of speaking -----------------------------------------------------
schreien         -        say   strong  schreit      schrie        geschrien     schriee
brüllen          -        say   weak    brüllt       brüllte       gebrüllt      -
flüstern         -        say   weak    flüstert     flüsterte     geflüstert    -
murmeln          -        say   weak    murmelt      murmelte      gemurmelt     -
stammeln         -        say   weak    stammelt     stammelte     gestammelt    -
seufzen          -        say   weak    seufzt       seufzte       geseufzt      -
stöhnen          -        say   weak    stöhnt       stöhnte       gestöhnt      -
lachen           -        say   weak    lacht        lachte        gelacht       -
scherzen         -        say   weak    scherzt      scherzte      gescherzt     -
witzeln          -        say   weak    witzelt      witzelte      gewitzelt     -
# --- frame: take a quoted fragment as object or complement ------------------
nennen           -        frame mixed   nennt        nannte        genannt       nennte
bezeichnen       -        frame weak    bezeichnet   bezeichnete   bezeichnet    -
sprechen         -        frame strong  spricht      sprach        gesprochen    spräche
bewerten         -        frame weak    bewertet     bewertete     bewertet      -
werten           -        frame weak    wertet       wertete       gewertet      -
einstufen        ein      frame weak    stuft        stufte        gestuft       -
beschreiben      -        frame strong  beschreibt   beschrieb     beschrieben   beschriebe
charakterisieren -        frame weak    charakterisiert charakterisierte charakterisiert -
titulieren       -        frame weak    tituliert    titulierte    tituliert     -
betiteln         -        frame weak    betitelt     betitelte     betitelt      -
beschimpfen      -        frame weak    beschimpft   beschimpfte   beschimpft    -
abtun            ab       frame strong  tut          tat           getan         täte
# --- ask --------------------------------------------------------------------
fragen           -        ask   weak    fragt        fragte        gefragt       -
nachfragen       nach     ask   weak    fragt        fragte        gefragt       -
erkundigen       -        ask   weak    erkundigt    erkundigte    erkundigt     -
nachhaken        nach     ask   weak    hakt         hakte         gehakt        -
rätseln          -        ask   weak    rätselt      rätselte      gerätselt     -
wundern          -        ask   weak    wundert      wunderte      gewundert     -
# --- write ------------------------------------------------------------------
schreiben        -        write strong  schreibt     schrieb       geschrieben   schriebe
twittern         -        write weak    twittert     twitterte     getwittert    -
tweeten          -        write weak    tweetet      tweetete      getweetet     -
posten           -        write weak    postet       postete       gepostet      -
bloggen          -        write weak    bloggt       bloggte       gebloggt      -
vermerken        -        write weak    vermerkt     vermerkte     vermerkt      -
"""

HEADER = """\
# speech_verbs.tsv: German verbs that introduce or frame reported speech in news text.
# GENERATED by scripts/build_speech_verbs.py from its table of principal parts;
# do not edit by hand: change the table and rerun the script.
#
# Format: one verb per line, four tab-separated columns
#   lemma    infinitive with the particle joined (mitteilen); a particle that is
#            always written apart is separated by a space (deutlich machen)
#   particle separable prefix (mit, hinzu, ein, ...) or empty
#   class    say   = neutral or evaluative speech (sagen, betonen, warnen, ...)
#            frame = takes a quoted fragment as object/complement
#                    (nennen, bezeichnen als, sprechen von, bewerten als)
#            ask   = questions (fragen, nachfragen, ...)
#            write = written or posted speech (schreiben, twittern, posten, ...)
#   forms    comma-separated, lowercase: every finite form (present, preterite,
#            Konjunktiv I and II, all persons; no imperative), participle II,
#            infinitive, and the zu-infinitive where it is one word (mitzuteilen;
#            "zu sagen" is two tokens and not listed). For a separable verb both
#            the bare stem forms used when the particle is split off (teilte,
#            teilt, teile; only finite forms, except for particles written apart)
#            and the joined forms (mitteilte, mitgeteilt, mitzuteilen, mitteilen).
# A bare stem form of a separable verb is a speech verb only together with its
# particle; see quoteverify.lexicon for how shared forms are resolved.
"""


def _is_e_insertion(stem: str) -> bool:
    """Does the stem need a linking e before -t/-st (redet, rechnet, atmet)?"""
    if stem.endswith(("t", "d")):
        return True
    if stem.endswith(("m", "n")) and len(stem) >= 2:
        before = stem[-2]
        if before in VOWELS or before in "lrmn":
            return False
        if before == "h":  # lengthening h (mahnt, stöhnt) vs. ch (rechnet)
            return len(stem) >= 3 and stem[-3] not in VOWELS
        return True
    return False


def _sibilant(s: str) -> bool:
    return s.endswith(("s", "ß", "z", "x"))


class Verb:
    def __init__(
        self,
        lemma: str,
        particle: str,
        cls: str,
        kind: str,
        pres3: str,
        past3: str,
        part2: str,
        konj2: str,
    ) -> None:
        self.apart = "_" in lemma
        self.lemma = lemma.replace("_", " ")
        self.particle = "" if particle == "-" else particle
        self.cls = cls
        self.kind = kind
        self.pres3 = pres3
        self.past3 = past3.split(",")
        self.part2 = part2.split(",")
        self.konj2 = [] if konj2 == "-" else konj2.split(",")
        self._check_head()
        joined = lemma.replace("_", "")
        self.base = joined[len(self.particle) :]
        if self.base.endswith(("eln", "ern")) or not self.base.endswith("en"):
            self.stem, self.n_inf = self.base[:-1], True  # twittern, tun
        else:
            self.stem, self.n_inf = self.base[:-2], False
        self.e_ins = _is_e_insertion(self.stem)
        self.regular3 = self.stem + ("et" if self.e_ins else "t")
        self._check_parts()

    def _fail(self, msg: str) -> None:
        raise SystemExit(f"build_speech_verbs: {self.lemma}: {msg}")

    def _check_head(self) -> None:
        if self.cls not in CLASSES:
            self._fail(f"unknown class {self.cls!r}")
        if self.kind not in ("weak", "strong", "mixed"):
            self._fail(f"unknown kind {self.kind!r}")
        if self.particle and not self.lemma.startswith(self.particle):
            self._fail(f"lemma does not start with particle {self.particle!r}")
        if self.apart != (" " in self.lemma) or (self.apart and not self.particle):
            self._fail("a particle written apart must be the first word of the lemma")
        if (self.kind == "weak") == bool(self.konj2):
            self._fail("konj2 must be '-' exactly for weak verbs")

    def _check_parts(self) -> None:
        if self.kind != "weak":
            return
        past = self.regular3[:-1] + "te"
        if self.pres3 != self.regular3:
            self._fail(f"weak pres3 should be {self.regular3!r}, not {self.pres3!r}")
        if self.past3 != [past]:
            self._fail(f"weak past3 should be {past!r}, not {self.past3!r}")
        if self.part2[0] not in (self.regular3, "ge" + self.regular3) and not (
            self.part2[0].endswith("ge" + self.regular3)
        ):
            self._fail(f"weak participle {self.part2[0]!r} does not fit {self.regular3!r}")

    # -- paradigms of the base verb (without particle) --------------------------
    def present(self) -> list[str]:
        s, forms = self.stem, []
        forms.append(s + "e")
        if self.base.endswith("eln"):
            forms.append(s[:-2] + s[-1] + "e")  # bemängle
        elif self.base.endswith("ern"):
            forms.append(s[:-2] + s[-1] + "e")  # fordre
        if self.pres3 == self.regular3:
            if self.e_ins:
                forms.append(s + "est")
            else:
                forms.append(s + ("t" if _sibilant(s) else "st"))
        elif self.stem.endswith(("t", "d")) and not self.pres3.endswith("et"):
            forms.append(self.pres3 + "st")  # rät -> rätst, hält -> hältst
        else:
            v = self.pres3[:-1]  # spricht -> sprich
            forms.append(v + ("t" if _sibilant(v) else "st"))
        forms += [self.pres3, self.base, self.regular3]
        return forms

    def konj1(self) -> list[str]:
        s = self.stem
        return [s + "e", s + "est", self.base, s + "et"]

    def past(self) -> list[str]:
        forms: list[str] = []
        for p in self.past3:
            if p.endswith("e"):  # weak/mixed endings, or schrie
                forms += [p, p + "st", p + "n", p + "t"]
            elif p.endswith(("t", "d")):
                forms += [p, p + "est", p + "en", p + "et"]
            elif _sibilant(p):
                forms += [p, p + "est", p + "en", p + "t"]
            else:
                forms += [p, p + "st", p + "en", p + "t"]
        return forms

    def konj2_forms(self) -> list[str]:
        if not self.konj2:
            return []  # weak: identical to the preterite
        forms: list[str] = []
        for k in self.konj2:
            forms += [k, k + "st", k + "n", k + "t"]
        return forms

    def finite(self) -> list[str]:
        return self.present() + self.konj1() + self.past() + self.konj2_forms()

    def forms(self) -> list[str]:
        finite = self.finite()
        if not self.particle or self.apart:
            # particle written apart (deutlich machen): only bare forms exist
            out = [self.base, *finite, *self.part2]
        else:
            p = self.particle
            out = [self.lemma, *finite]
            out += [p + f for f in finite]
            out += [p + x for x in self.part2]
            out.append(p + "zu" + self.base)
        seen: dict[str, None] = {}
        for f in out:
            seen.setdefault(f.lower(), None)
        return list(seen)


def parse_table(table: str = TABLE) -> list[Verb]:
    verbs: list[Verb] = []
    lemmas: set[str] = set()
    for n, line in enumerate(table.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cols = line.split()
        if len(cols) != 8:
            raise SystemExit(f"build_speech_verbs: table line {n}: expected 8 columns: {line}")
        verb = Verb(*cols)
        if verb.lemma in lemmas:
            raise SystemExit(f"build_speech_verbs: duplicate lemma {verb.lemma}")
        lemmas.add(verb.lemma)
        verbs.append(verb)
    return verbs


def render(verbs: list[Verb] | None = None) -> str:
    verbs = parse_table() if verbs is None else verbs
    lines = [HEADER.rstrip("\n")]
    for v in verbs:
        lines.append("\t".join([v.lemma, v.particle, v.cls, ",".join(v.forms())]))
    return "\n".join(lines) + "\n"


def write_or_check(argv: list[str] | None, *, doc: str, out: Path, script: str, render, count: int) -> int:
    """The command line both table builders share: write the rendered TSV, or with
    ``--check`` exit 1 when the file on disk differs from it."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the TSV is out of date")
    ap.add_argument("--out", type=Path, default=out)
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run scripts/{script}", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({count} verbs)")
    return 0


def main(argv: list[str] | None = None) -> int:
    return write_or_check(argv, doc=__doc__, out=OUT, script="build_speech_verbs.py", render=render,
                          count=len(parse_table()))


if __name__ == "__main__":
    sys.exit(main())
