"""Reading inputs: plain-text articles, HTML pages, JSONL / JSON / CSV exports, RSS/Atom feeds.

:func:`read_inputs` turns paths (files, directories, globs, ``-`` for standard input) into a stream
of :class:`Article` (the decoded text, as given: every evidence offset indexes it) and
:class:`InputProblem` (one line naming the input and what is wrong with it). It never raises for a
bad input: a missing file, an empty or binary file, undecodable bytes, a broken JSON row are all
reported as problems and the other inputs are still read.

Encodings of plain text: UTF-8 with or without BOM, UTF-16/32 with BOM (UTF-16 without BOM when it
plainly is), Windows-1256 (Arabic Windows pages, still common in old archives); charset-normalizer
as a last resort.

Limits (a news article is 5-50 KB; the pipeline's time and memory grow with the article):
- one article's text: at most :data:`MAX_ARTICLE_BYTES` bytes of UTF-8 (default 1 MiB), a plain-text
  file at most that size, an HTML page at most :data:`HTML_PAGE_FACTOR` times it; a larger input is
  refused with one line, without being read into memory. Raise it with ``RASD_MAX_ARTICLE_MB`` or
  ``--max-article-mb`` (``rasd extract``, ``ingest``, ``batch``); see :func:`set_limits`.
- CSV / JSON / feed exports are read whole: at most :data:`MAX_EXPORT_BYTES` (default 256 MiB,
  ``RASD_MAX_EXPORT_MB``). JSON Lines files are read a line at a time, so have no size limit.
"""
from __future__ import annotations

import codecs
import csv
import datetime as _dt
import email.utils
import glob as _glob
import io
import json
import logging
import os
import re
import sys
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator

__all__ = ["Article", "InputProblem", "read_inputs", "decode_bytes", "parse_date",
           "INPUT_EXTENSIONS", "set_limits", "add_limit_arguments", "future_date_warning"]


@dataclass
class Article:
    text: str
    doc_id: str
    source: str                     # path or '<stdin>' (+ ':row N' for a row of an export)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None       # canonical id (outlets.tsv) when known, else as given
    published: _dt.date | None = None
    encoding: str | None = None
    fmt: str = "text"               # text | html | jsonl | json | csv | feed


@dataclass
class InputProblem:
    source: str
    message: str                    # one line, starts with the source: "x.txt: empty file"

    def __post_init__(self) -> None:
        self.message = " ".join(str(self.message).split())

    def __str__(self) -> str:
        return self.message


INPUT_EXTENSIONS = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json",
                    ".csv", ".tsv", ".xml", ".rss", ".atom")
_HTML_EXT = (".html", ".htm", ".xhtml")
_JSONL_EXT = (".jsonl", ".ndjson")
_CSV_EXT = (".csv", ".tsv")
_FEED_EXT = (".xml", ".rss", ".atom")
MIN_HTML_WORDS = 8
MAX_TITLE_CHARS = 300               # a "title" longer than this is a paragraph: cut at a word


def _env_mb(name: str, default: float) -> int:
    try:
        v = float(os.environ.get(name) or default)
    except ValueError:
        v = default
    return int(v * 1024 * 1024) if v > 0 else 0     # 0: no limit


MAX_ARTICLE_BYTES = _env_mb("RASD_MAX_ARTICLE_MB", 1)
MAX_EXPORT_BYTES = _env_mb("RASD_MAX_EXPORT_MB", 256)
HTML_PAGE_FACTOR = 10               # markup, scripts and menus around the article


def set_limits(max_article_mb: float | None = None, max_export_mb: float | None = None) -> None:
    """Change the size limits for this process (0: no limit)."""
    global MAX_ARTICLE_BYTES, MAX_EXPORT_BYTES
    if max_article_mb is not None:
        MAX_ARTICLE_BYTES = int(max_article_mb * 1024 * 1024) if max_article_mb > 0 else 0
    if max_export_mb is not None:
        MAX_EXPORT_BYTES = int(max_export_mb * 1024 * 1024) if max_export_mb > 0 else 0


def add_limit_arguments(parser) -> None:
    """``--max-article-mb`` / ``--max-export-mb`` on a command; applied as they are parsed."""
    import argparse

    class _Apply(argparse.Action):
        def __call__(self, _parser, namespace, value, _option=None):
            setattr(namespace, self.dest, value)
            if self.dest == "max_article_mb":
                set_limits(max_article_mb=value)
            else:
                set_limits(max_export_mb=value)

    parser.add_argument("--max-article-mb", type=float, action=_Apply, metavar="MB",
                        help="refuse an article (or a text/HTML file) larger than this "
                             "(default 1 MB, 10 MB for an HTML page; 0: no limit)")
    parser.add_argument("--max-export-mb", type=float, action=_Apply, metavar="MB",
                        help="refuse a CSV/JSON/feed file larger than this (default 256; "
                             "JSON Lines has no limit)")


def _mb(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 104858 else f"{n:,} bytes"


def _too_large(source: str, size: int, limit: int, what: str, hint: str) -> InputProblem:
    return InputProblem(source, f"{source}: {what} of {_mb(size)} is larger than the limit of "
                                f"{_mb(limit)}; {hint}")


_ARTICLE_HINT = "raise it with --max-article-mb or RASD_MAX_ARTICLE_MB"


def future_date_warning(published, today: _dt.date | None = None) -> str | None:
    """A warning when a publication date lies in the future (kept as given: the clock of the
    machine or the source may be wrong, but a date is never silently changed)."""
    d = parse_date(published) if not isinstance(published, _dt.date) else published
    if d is None:
        return None
    today = today or _dt.date.today()
    if d > today + _dt.timedelta(days=1):     # a day of slack for time zones
        return (f"publication date {d.isoformat()} is in the future (today is "
                f"{today.isoformat()}); kept as given, relative dates resolved against it")
    return None

# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LETTER = re.compile(r"[^\W\d_]")
_BAD_CTRL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CANNOT = "cannot decode: not UTF-8, UTF-16 or Windows-1256"


def _looks_like_text(s: str, *, arabic: bool = False) -> bool:
    if not s:
        return False
    sample = s[:20000]
    if len(_BAD_CTRL.findall(sample)) > max(2, len(sample) // 200):
        return False
    if "\ufffd" in sample and sample.count("\ufffd") > len(sample) // 100:
        return False
    if arabic:
        letters = len(_LETTER.findall(sample))
        return letters > 0 and len(_ARABIC.findall(sample)) >= 0.5 * letters
    return True


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the bytes plainly are UTF-16 text without a byte-order mark:
    the high byte of (nearly) every code unit is 0x00 (ASCII) or 0x06 (Arabic)."""
    if len(data) % 2 or len(data) < 8:
        return None
    sample = data[:8000]
    for enc, hi in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        common = hi.count(0) + hi.count(6) + hi.count(0x20)
        if common >= 0.9 * len(hi):
            try:
                s = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(s) and len(_LETTER.findall(s[:5000])) > len(s[:5000]) // 3:
                return enc
    return None


def _plausible_words(s: str) -> bool:
    """Real prose: words of ordinary length, few stray symbols (random bytes decoded as
    Windows-1256 are 'mostly Arabic' too, but not this)."""
    sample = s[:20000]
    tokens = sample.split()
    if not tokens:
        return False
    mean = sum(map(len, tokens)) / len(tokens)
    letters = len(_LETTER.findall(sample))
    nonspace = len(sample) - sum(map(str.isspace, sample))
    return 2 <= mean <= 12 and letters >= 0.7 * nonspace


# documents and archives that are not text: named, with what to do about them
_MAGIC = (
    (b"%PDF-", "binary file (a PDF document), not text: extract its text first "
               "(e.g. pdftotext FILE.pdf FILE.txt)"),
    (b"PK\x03\x04", "binary file (a ZIP archive, .docx, .xlsx or .epub), not text: unpack it or "
                     "save the article as text"),
    (b"\x1f\x8b", "binary file (gzip-compressed), not text: decompress it first (gunzip)"),
    (b"BZh", None),
    (b"\xfd7zXZ\x00", "binary file (xz-compressed), not text: decompress it first (unxz)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "binary file (an old Microsoft Office document), not "
                                          "text: save it as text first"),
    (b"{\\rtf", "an RTF document, not plain text: save it as text first"),
    (b"\x89PNG\r\n\x1a\n", "binary file (a PNG image), not text"),
    (b"\xff\xd8\xff", "binary file (a JPEG image), not text"),
    (b"GIF87a", "binary file (a GIF image), not text"), (b"GIF89a", "binary file (a GIF image), not text"),
    (b"SQLite format 3\x00", "binary file (an SQLite database), not an article: name a store "
                             "with --db"),
    (b"PAR1", "binary file (Parquet), not text: read Parquet with `rasd batch`"),
)


def _magic(data: bytes) -> str | None:
    for sig, what in _MAGIC:
        if data.startswith(sig):
            if sig == b"BZh":
                return ("binary file (bzip2-compressed), not text: decompress it first (bunzip2)"
                        if data[3:4].isdigit() else None)
            return what
    return None


def _few_nuls(data: bytes) -> bool:
    """A stray NUL or two in UTF-8 text (a damaged scrape), not a binary file."""
    return data.count(b"\x00") <= max(2, len(data) // 2000)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode an input's bytes: (text, encoding name). Raises ValueError with a one-line reason."""
    if not data:
        raise ValueError("empty file")
    what = _magic(data)
    if what:
        raise ValueError(what)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise ValueError(f"cannot decode: starts with a {enc.upper()} byte-order mark "
                                 f"but is not valid {enc.upper()}") from None
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        if enc:
            return data.decode(enc), enc
        if not _few_nuls(data):
            raise ValueError("binary file (NUL bytes), not text")
    try:
        s = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _looks_like_text(s):
            raise ValueError("binary file (control characters), not text")
        return s, "utf-8"
    # nearly valid UTF-8 (a cut or damaged scrape): keep it, bad bytes become U+FFFD. "Nearly":
    # few bad sequences against many good multi-byte characters (Windows-1256 Arabic is never
    # valid UTF-8 past its first letters, so it fails this and is tried next).
    s = data.decode("utf-8", errors="replace")
    bad = s.count("\ufffd")
    good_multi = sum(1 for ch in s[:200000] if ch > "\x7f") - min(bad, 200000)
    if (bad <= max(2, len(s) // 500) or bad <= good_multi // 20) and \
            _looks_like_text(s.replace("\ufffd", "")):
        return s, f"utf-8 ({bad} invalid byte sequence{'s' if bad > 1 else ''} replaced)"
    try:
        s = data.decode("cp1256")
    except UnicodeDecodeError:
        s = ""
    if s and _looks_like_text(s, arabic=True) and _plausible_words(s):
        return s, "cp1256"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - the library is a fallback only
        best = None
    if best is not None:
        s = str(best)
        if _looks_like_text(s) and len(_LETTER.findall(s[:5000])) > len(s[:5000]) // 4:
            return s, best.encoding
    if not _looks_like_text(data.decode("latin-1")):
        raise ValueError("binary file (control characters), not text")
    raise ValueError(_CANNOT)


# --------------------------------------------------------------------------- dates

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d])")


def parse_date(s) -> _dt.date | None:
    """A publication date from metadata: 'YYYY-MM-DD', an ISO datetime, 'YYYY/MM/DD',
    'DD/MM/YYYY', an RFC 822 date (feeds); a date/datetime passes. Anything else: None."""
    if s is None:
        return None
    if isinstance(s, _dt.datetime):
        return s.date()
    if isinstance(s, _dt.date):
        return s
    if not isinstance(s, str):
        return None
    t = s.strip().translate(_DIGITS)
    if not t:
        return None
    m = _YMD.match(t)
    if m:
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = _DMY.fullmatch(t.split()[0]) if t.split() else None
    if m:
        try:
            return _dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
    if re.search(r"[A-Za-z]{3}", t):
        try:
            d = email.utils.parsedate_to_datetime(t)
            return d.date() if d else None
        except (TypeError, ValueError, IndexError):
            return None
    return None


# --------------------------------------------------------------------------- helpers

def _one_line(s: str) -> str:
    return " ".join(str(s).split())


def _cap_title(t: str | None) -> str | None:
    if t is None or len(t) <= MAX_TITLE_CHARS:
        return t
    cut = t[:MAX_TITLE_CHARS]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > MAX_TITLE_CHARS // 2 else cut).rstrip() + "…"


def _first_line(text: str) -> str | None:
    for m in re.finditer(r"[^\n]+", text[:MAX_TITLE_CHARS * 20]):
        line = m.group().strip()
        if line:
            return _cap_title(line)
    return None


def _outlet(name, url=None) -> str | None:
    """Canonical outlet id when the name (or URL) is known, else the name as given."""
    from .furniture import outlet_id

    name = _one_line(name) if isinstance(name, str) and name.strip() else None
    oid = outlet_id(name) if name else None
    if not oid and url:
        oid = outlet_id(url)
    return oid or name


def _str(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return None


def _looks_html(s: str) -> bool:
    head = s[:3000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(html|head|body|article|div|p)[\s>]", head))


def _looks_feed(s: str) -> bool:
    head = s[:3000].lstrip()
    return bool(re.search(r"<(rss|feed|rdf:RDF)[\s>]", head))


# --------------------------------------------------------------------------- formats

def _article_too_large(text: str, source: str, label: str | None = None) -> InputProblem | None:
    limit = MAX_ARTICLE_BYTES
    if not limit or len(text) * 4 <= limit:
        return None
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size <= limit:
        return None
    return InputProblem(
        source, f"{label or source}: article text of {_mb(size)} is larger than the limit of "
                f"{_mb(limit)} for one article, skipped; {_ARTICLE_HINT}")


def _text_article(text: str, doc_id: str, source: str, enc: str) -> Article | InputProblem:
    if not text.strip():
        return InputProblem(source, f"{source}: empty file (only white space)")
    big = _article_too_large(text, source)
    if big:
        return big
    return Article(text=text, doc_id=doc_id, source=source, title=_first_line(text),
                   encoding=enc, fmt="text")


def _row_article(obj: dict, doc_id: str, source: str, enc: str, fmt: str,
                 label: str) -> Article | InputProblem:
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "no 'text'" if text is None else "empty 'text'"
        return InputProblem(source, f"{label}: {what}, skipped")
    big = _article_too_large(text, source, label)
    if big:
        return big
    rid = _str(obj.get("id"))
    title = _str(obj.get("title"))
    if title is not None:
        title = _cap_title(_one_line(title))
    url = _str(obj.get("url"))
    return Article(text=text, doc_id=rid or doc_id, source=source,
                   title=title or _first_line(text), url=url,
                   outlet=_outlet(obj.get("outlet"), url),
                   published=parse_date(obj.get("published")), encoding=enc, fmt=fmt)


def _jsonl_row(line: str, doc_id: str, src: str, label: str, enc: str) -> Article | InputProblem:
    """One JSON Lines row: its article, or why it was skipped."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return InputProblem(src, f"{label}: invalid JSON ({e.msg}, column {e.colno}), skipped")
    if not isinstance(obj, dict):
        return InputProblem(src, f"{label}: not a JSON object, skipped")
    return _row_article(obj, doc_id, src, enc, "jsonl", label)


def _jsonl(text: str, name: str, source: str, enc: str) -> Iterator[Article | InputProblem]:
    any_row = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        any_row = True
        src = f"{source}:row {n}"
        label = f"{source}: row {n}"
        yield _jsonl_row(line, f"{name}:{n}", src, label, enc)
    if not any_row:
        yield InputProblem(source, f"{source}: empty file (no rows)")


def _json(text: str, name: str, source: str, enc: str) -> Iterator[Article | InputProblem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        if text.lstrip().startswith("{"):      # JSON Lines saved as .json
            yield from _jsonl(text, name, source, enc)
            return
        yield InputProblem(source, f"{source}: invalid JSON ({e.msg}, line {e.lineno})")
        return
    if isinstance(data, dict):
        rows = data.get("articles") if isinstance(data.get("articles"), list) else None
        if rows is None:
            a = _row_article(data, name, source, enc, "json", source)
            yield a
            return
        data = rows
    if not isinstance(data, list):
        yield InputProblem(source, f"{source}: JSON is neither an object nor a list of objects")
        return
    if not data:
        yield InputProblem(source, f"{source}: empty list, no articles")
    for n, obj in enumerate(data, 1):
        src, label = f"{source}:row {n}", f"{source}: row {n}"
        if not isinstance(obj, dict):
            yield InputProblem(src, f"{label}: not a JSON object, skipped")
            continue
        yield _row_article(obj, f"{name}:{n}", src, enc, "json", label)


def _csv(text: str, name: str, source: str, enc: str,
         delimiter: str | None) -> Iterator[Article | InputProblem]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    if delimiter is None:
        first = text.split("\n", 1)[0]
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as e:
        yield InputProblem(source, f"{source}: unreadable CSV header ({e})")
        return
    if not header:
        yield InputProblem(source, f"{source}: empty file (no header)")
        return
    cols = [h.strip().lstrip("\ufeff").lower() for h in header]
    if "text" not in cols:
        shown = ", ".join(c for c in cols if c)[:120]
        yield InputProblem(source, f"{source}: no 'text' column (columns: {shown})")
        return
    n = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            n += 1
            yield InputProblem(f"{source}:row {n}", f"{source}: row {n}: unreadable CSV ({e})")
            continue
        n += 1
        if not any(c.strip() for c in row):
            continue
        obj = {cols[i]: v for i, v in enumerate(row) if i < len(cols) and cols[i]}
        yield _row_article(obj, f"{name}:{n}", f"{source}:row {n}", enc, "csv",
                           f"{source}: row {n}")
    if n == 0:
        yield InputProblem(source, f"{source}: no rows after the header")


def _html(text: str, name: str, source: str, enc: str) -> Article | InputProblem:
    try:
        import trafilatura
    except ImportError as e:
        return InputProblem(source, f"{source}: cannot read HTML: trafilatura unavailable ({e})")
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True,
            # metadata dates only: never a date guessed from the text or the clock
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # trafilatura on a malformed page
        return InputProblem(source, f"{source}: cannot parse HTML ({_one_line(e)[:120]})")
    if doc is None:
        return InputProblem(source, f"{source}: no article text found")
    d = doc if isinstance(doc, dict) else (doc.as_dict() if hasattr(doc, "as_dict")
                                           else vars(doc))
    body = (d.get("text") or "").strip()
    if len(body.split()) < MIN_HTML_WORDS:     # a menu or a lone link is not an article
        return InputProblem(source, f"{source}: no article text found")
    title = _str(d.get("title"))
    if title:
        title = _cap_title(_one_line(title))
    if title and body.startswith(title):       # the page's <h1> came with the text
        body = body[len(title):].lstrip()
        if not body:
            return InputProblem(source, f"{source}: no article text found (only a title)")
    full = f"{title}\n\n{body}" if title and body else (title or body)
    big = _article_too_large(full, source)
    if big:
        return big
    url = _str(d.get("url"))
    return Article(text=full, doc_id=name, source=source, title=title or _first_line(full),
                   url=url, outlet=_outlet(d.get("sitename"), url),
                   published=parse_date(d.get("date")), encoding=enc, fmt="html")


def _html_to_text(s: str) -> str:
    if "<" not in s:
        return s.strip()
    try:
        import lxml.html

        el = lxml.html.fromstring(f"<div>{s}</div>")
        for br in el.iter("br"):
            br.tail = "\n" + (br.tail or "")
        for p in el.iter("p", "div", "li", "h1", "h2", "h3", "h4"):
            p.tail = "\n\n" + (p.tail or "")
        out = el.text_content()
    except Exception:
        out = re.sub(r"<[^>]+>", " ", s)
    out = re.sub(r"[ \t]+", " ", out)
    return re.sub(r"\n\s*\n\s*", "\n\n", out).strip()


def _feed(text: str, name: str, source: str, enc: str) -> Iterator[Article | InputProblem]:
    import xml.etree.ElementTree as ET

    try:
        # already decoded: drop the declaration (its encoding= no longer applies)
        root = ET.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff")))
    except ET.ParseError as e:
        yield InputProblem(source, f"{source}: invalid XML ({e})")
        return

    def local(tag):
        return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""

    items = [el for el in root.iter() if local(el.tag) in ("item", "entry")]
    if not items:
        if _looks_html(text):
            yield _html(text, name, source, enc)
        else:
            yield InputProblem(source, f"{source}: XML without RSS items or Atom entries")
        return
    chan_title = None
    for el in root.iter():
        if local(el.tag) == "title":
            chan_title = (el.text or "").strip() or None
            break
    for n, it in enumerate(items, 1):
        fields: dict[str, str] = {}
        for ch in it:
            tag = local(ch.tag)
            if tag == "link" and ch.get("href") and ch.get("rel", "alternate") == "alternate":
                fields.setdefault("link", ch.get("href"))
                continue
            val = "".join(ch.itertext()).strip()
            if val:
                fields.setdefault(tag, val)
        title = _cap_title(_one_line(_html_to_text(fields["title"]))) if fields.get("title") else None
        body = ""
        for key in ("encoded", "content", "description", "summary"):
            cand = _html_to_text(fields.get(key, ""))
            if len(cand) > len(body):
                body = cand
        src, label = f"{source}:row {n}", f"{source}: item {n}"
        if not body and not title:
            yield InputProblem(src, f"{label}: no text, skipped")
            continue
        full = body if title and body.startswith(title) else (
            f"{title}\n\n{body}" if title and body else (title or body))
        url = fields.get("link")
        guid = fields.get("guid") or fields.get("id")
        yield Article(text=full, doc_id=guid or url or f"{name}:{n}", source=src,
                      title=title or _first_line(full), url=url,
                      outlet=_outlet(chan_title, url),
                      published=parse_date(fields.get("pubDate") or fields.get("published")
                                           or fields.get("updated") or fields.get("date")),
                      encoding=enc, fmt="feed")


def _read_bytes(data: bytes, name: str, source: str, ext: str) -> Iterator[Article | InputProblem]:
    try:
        text, enc = decode_bytes(data)
    except ValueError as e:
        yield InputProblem(source, f"{source}: {e}")
        return
    if not text.strip():
        yield InputProblem(source, f"{source}: empty file (only white space)")
        return
    if ext not in INPUT_EXTENSIONS:
        # standard input or an unknown extension: look at the content
        stripped = text.lstrip("\ufeff \t\r\n")
        if stripped.startswith("{"):
            ext = ".jsonl"
        elif stripped.startswith("["):
            ext = ".json"
        elif _looks_feed(stripped):
            ext = ".xml"
        elif _looks_html(stripped):
            ext = ".html"
    if ext in _JSONL_EXT:
        yield from _jsonl(text, name, source, enc)
    elif ext == ".json":
        yield from _json(text, name, source, enc)
    elif ext in _CSV_EXT:
        yield from _csv(text, name, source, enc, "\t" if ext == ".tsv" else None)
    elif ext in _HTML_EXT:
        yield _html(text, name, source, enc)
    elif ext in _FEED_EXT:
        yield from _feed(text, name, source, enc)
    else:
        yield _text_article(text, name, source, enc)


def _jsonl_stream(fh: BinaryIO, name: str, source: str) -> Iterator[Article | InputProblem]:
    """JSON Lines read a line at a time (memory bounded by the longest row): UTF-8, as the
    format requires (a BOM on the first line is allowed)."""
    any_row = False
    # a row holds the text JSON-escaped (\uXXXX: 6 bytes for a 2-byte Arabic letter) and metadata
    limit = MAX_ARTICLE_BYTES * 4 + 65536 if MAX_ARTICLE_BYTES else 0
    for n, raw in enumerate(_lines(fh, limit), 1):
        src, label = f"{source}:row {n}", f"{source}: row {n}"
        if raw is None:
            any_row = True
            yield InputProblem(src, f"{label}: row longer than {_mb(limit)}, skipped; "
                                    f"{_ARTICLE_HINT}")
            continue
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[3:]
        if not raw.strip():
            continue
        any_row = True
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield InputProblem(src, f"{label}: not UTF-8 (byte {e.start + 1}), skipped")
            continue
        yield _jsonl_row(line, f"{name}:{n}", src, label, "utf-8")
    if not any_row:
        yield InputProblem(source, f"{source}: empty file (no rows)")


def _lines(fh: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary file; None for a line longer than ``limit`` (skipped unread)."""
    while True:
        line = fh.readline(limit + 1) if limit else fh.readline()
        if not line:
            return
        if limit and len(line) > limit and not line.endswith(b"\n"):
            while True:                       # skip the rest of the over-long line
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _utf8_head(head: bytes) -> bool:
    """The start of a file is UTF-8 (a character cut at the end of the sample is allowed) and
    not UTF-16: such a JSON Lines file is streamed; any other is decoded whole, with detection."""
    if b"\x00" in head or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start >= len(head) - 3 and e.reason == "unexpected end of data"
    return True


def _read_file(path: str) -> Iterator[Article | InputProblem]:
    name = os.path.basename(path)
    ext = os.path.splitext(name)[1].lower()
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            if size == 0:
                yield InputProblem(path, f"{path}: empty file")
                return
            head = fh.read(65536)
            if ext in _JSONL_EXT and _utf8_head(head):
                fh.seek(0)
                yield from _jsonl_stream(fh, name, path)
                return
            if ext in _CSV_EXT or ext in _FEED_EXT or ext in _JSONL_EXT or ext == ".json":
                limit, what = MAX_EXPORT_BYTES, "file"
                hint = "raise it with --max-export-mb or RASD_MAX_EXPORT_MB, or use JSON Lines"
            elif ext in _HTML_EXT:
                limit, what = MAX_ARTICLE_BYTES * HTML_PAGE_FACTOR, "HTML page"
                hint = _ARTICLE_HINT
            else:
                limit, what = MAX_ARTICLE_BYTES, "file"
                hint = (f"one text file is one article; {_ARTICLE_HINT}, or split it into "
                        f"articles (JSON Lines)")
            if limit and size > limit:
                yield _too_large(path, size, limit, what, hint)
                return
            fh.seek(0)
            data = fh.read()
    except OSError as e:
        yield InputProblem(path, f"{path}: cannot read: {e.strerror or e}")
        return
    if not data:
        yield InputProblem(path, f"{path}: empty file")
        return
    yield from _read_bytes(data, name, path, ext)


def _dir_files(path: str) -> list[str]:
    out = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.startswith(".") or not f.lower().endswith(INPUT_EXTENSIONS):
                continue
            out.append(os.path.join(root, f))
    return sorted(out)


def _expand(p: str) -> Iterator[str | InputProblem]:
    if os.path.isdir(p):
        files = _dir_files(p)
        if not files:
            yield InputProblem(p, f"{p}: directory has no input files "
                                  f"({' '.join(INPUT_EXTENSIONS)})")
        yield from files
    elif os.path.exists(p):
        yield p
    elif any(c in p for c in "*?["):
        hits = sorted(_glob.glob(p, recursive=True))
        files = []
        for h in hits:
            if os.path.isdir(h):
                files.extend(_dir_files(h))
            elif not os.path.basename(h).startswith("."):
                files.append(h)
        if not files:
            yield InputProblem(p, f"{p}: no file matches this pattern")
        yield from files
    else:
        yield InputProblem(p, f"{p}: no such file or directory")


def read_inputs(paths: Iterable[str], *, stdin: BinaryIO | None = None
                ) -> Iterator[Article | InputProblem]:
    """Articles and input problems, in the order of ``paths`` (directories: sorted, recursive,
    hidden files skipped). ``-`` reads standard input (``stdin`` or ``sys.stdin.buffer``)."""
    for p in paths:
        if p == "-":
            try:
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = stream.read()
                if isinstance(data, str):
                    data = data.encode("utf-8")
            except (OSError, ValueError, AttributeError) as e:
                yield InputProblem("<stdin>", f"<stdin>: cannot read: {_one_line(e)}")
                continue
            if not data:
                yield InputProblem("<stdin>", "<stdin>: empty input")
                continue
            yield from _safe(_read_bytes(data, "stdin", "<stdin>", ""), "<stdin>")
            continue
        for item in _expand(p):
            if isinstance(item, InputProblem):
                yield item
            else:
                yield from _safe(_read_file(item), item)


def _safe(gen: Iterator, source: str) -> Iterator[Article | InputProblem]:
    """Never a traceback: an unexpected error in a reader becomes a problem for that input."""
    try:
        yield from gen
    except Exception as e:  # noqa: BLE001 - last line of defence, reported in one line
        yield InputProblem(source, f"{source}: cannot read: {type(e).__name__}: "
                                   f"{_one_line(e)[:160]}")


def read_bytes(data: bytes, name: str, source: str | None = None) -> Iterator[Article | InputProblem]:
    """Articles from bytes already in hand (a fetched page or feed): the format is sniffed from
    the name's extension, else from the content."""
    source = source or name
    ext = os.path.splitext(name)[1].lower()
    yield from _safe(_read_bytes(data, name, source, ext), source)
