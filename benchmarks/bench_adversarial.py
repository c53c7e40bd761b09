"""Time of extraction on adversarial inputs as they grow: every row should grow linearly.

    .venv/bin/python benchmarks/bench_adversarial.py

For each input family (long digit runs, runs of clitic letters, repeated trigger words, nested
quotes, repeated dates…), extraction time at sizes n, 2n, 4n, 8n and the ratio of the last two:
about 2 for a linear pass; 4 would mean a quadratic one.
"""
import time

import rasd
from rasd.pipeline import NotArabicError

FAMILIES = {
    "digits": lambda n: "قتل " + "1" * n + " مدنيا",
    "clitic letters": lambda n: "و" * n + " حلب",
    "clitic chains": lambda n: "وبال" * (n // 4) + "حلب",
    "trigger words": lambda n: "قصف " * (n // 4),
    "number words": lambda n: "خمسة وعشرين و" * (n // 13),
    "place lists": lambda n: "حي الفردوس، " * (n // 11),
    "quotes": lambda n: '"' * (n // 2) + "حلب" + "”" * (n // 2),
    "attribution": lambda n: "قال المرصد إن " * (n // 14),
    "dates": lambda n: "يوم الجمعة " * (n // 11),
    "relative days": lambda n: "امس " * (n // 4),
    "open brackets": lambda n: "( الاحد " * (n // 8),
    "slashed digits": lambda n: "1/1/1/" * (n // 6),
    "month names": lambda n: "اب ماي " * (n // 7),
    "stacked since": lambda n: "منذ منذ قبل " * (n // 12),
    "page furniture": lambda n: "الرئيسية\nأخبار\nشارك\n" * (n // 20) + "قتل 3 مدنيين في حلب.",
    "one long line": lambda n: ("قتل 3 مدنيين في قصف على حلب " * (n // 28)).replace("\n", " "),
    "credits, one line": lambda n: "قتل 3 مدنيين في قصف على حلب (رويترز). " * (n // 38),
    "one ligature": lambda n: "\ufefb " + "قتل 3 مدنيين في قصف على حلب.\n" * (n // 29),
}


def timed(text):
    t0 = time.perf_counter()
    try:
        rasd.extract(text, published="2016-10-30")
    except (ValueError, NotArabicError):
        pass
    return time.perf_counter() - t0


def main():
    sizes = [25_000, 50_000, 100_000, 200_000]
    print(f"{'input':16s}" + "".join(f"{str(s // 1000) + 'K':>10s}" for s in sizes) + "   last ratio")
    for name, make in FAMILIES.items():
        ts = [timed(make(s)) for s in sizes]
        print(f"{name:16s}" + "".join(f"{t * 1000:8.0f}ms" for t in ts) + f"   {ts[-1] / ts[-2]:.2f}")


if __name__ == "__main__":
    main()
