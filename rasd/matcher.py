"""Fast whole-word phrase matching over normalised Arabic, clitics allowed (Aho-Corasick).

One automaton holds every pattern of a lexicon (place names, actor aliases, trigger words);
``find`` runs over the normalised text once, in time linear in the text, and keeps a match only
when it stands as whole words — optionally after a clitic prefix glued to its first word
(بحلب، وقوات، لقوات، والمليشيات، للنظام) and before the end of its last word.

pyahocorasick was chosen over a ``re`` alternation: with thousands of patterns it is two orders
of magnitude faster on Arabic text (~15 ms for 5,000 patterns over 1 MB here).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import ahocorasick

from .clitics import is_prefix
from .normalize import normalize


def is_letter(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True)
class Match:
    start: int        # of the name itself, after any clitic prefix
    end: int
    key: str          # the normalised pattern matched
    payloads: tuple   # what the lexicon attached to the pattern (several entries may share it)
    prefix: str       # clitic letters glued before the match ('' when none)

    @property
    def text_start(self) -> int:
        """Start including the clitic prefix (the whole first word)."""
        return self.start - len(self.prefix)


class Matcher:
    """Whole-word matcher for a set of (pattern, payload) pairs.

    Patterns are normalised with :func:`rasd.normalize.normalize`; several payloads may share a
    pattern. ``clitics=False`` makes the matcher strict (no prefix allowed), for short trigger
    words where a glued prefix would change the meaning.
    """

    def __init__(self, entries: Iterable[tuple[str, Any]], *, clitics: bool = True):
        self.clitics = clitics
        table: dict[str, list] = {}
        for pattern, payload in entries:
            key = " ".join(normalize(pattern).split())
            if not key:
                continue
            table.setdefault(key, []).append(payload)
        self._auto = ahocorasick.Automaton()
        for key, payloads in table.items():
            self._auto.add_word(key, (key, tuple(payloads), False))
            # ل + ال is written لل: "للنظام" holds "النظام" without its alef
            if clitics and key.startswith("ال") and len(key) > 3:
                lkey = key[1:]
                if lkey not in table:
                    self._auto.add_word(lkey, (key, tuple(payloads), True))
        self.size = len(table)
        if self.size:
            self._auto.make_automaton()

    def __len__(self) -> int:
        return self.size

    def find_all(self, text: str) -> list[Match]:
        """Every whole-word match, overlapping ones included, in text order."""
        if not self.size:
            return []
        out = []
        n = len(text)
        for end_idx, (key, payloads, lil) in self._auto.iter(text):
            end = end_idx + 1
            start = end - (len(key) - 1 if lil else len(key))
            if end < n and is_letter(text[end]):
                continue
            # walk back over the letters glued before the match
            ws = start
            while ws > 0 and is_letter(text[ws - 1]):
                ws -= 1
                if start - ws > 4:
                    break
            prefix = text[ws:start]
            if lil:
                # the matched text starts with the ل of لل; the prefix must end with ل
                if not prefix.endswith("ل") or not (self.clitics and is_prefix(prefix[:-1] + "لل")):
                    continue
                out.append(Match(start - 1, end, key, payloads, prefix[:-1]))
                continue
            if prefix:
                if not self.clitics or (ws > 0 and is_letter(text[ws - 1])):
                    continue
                if not is_prefix(prefix):
                    continue
                if key.startswith("ال") and (prefix.endswith("ال") or prefix.endswith("لل")):
                    continue
            out.append(Match(start, end, key, payloads, prefix))
        out.sort(key=lambda m: (m.start, -m.end))
        return out

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, the longest first (leftmost-longest)."""
        best: list[Match] = []
        last_end = -1
        for m in sorted(self.find_all(text), key=lambda m: (m.text_start, -(m.end - m.text_start))):
            if m.text_start < last_end:
                continue
            best.append(m)
            last_end = m.end
        return best
