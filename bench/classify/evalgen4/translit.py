"""Latin spellings of people's names where a language's apps often store them so: Cyrillic
transliteration (passport style), pinyin, romanised Arabic and Malaysian name lexicons."""

from __future__ import annotations

import random

CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ә": "a", "ғ": "gh", "қ": "q",
    "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "'": "", "’": "",
}


def cyr_to_lat(text: str) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        if low in CYR:
            t = CYR[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


PINYIN_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
                   "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han")
PINYIN_GIVEN = ("Wei", "Fang", "Na", "Xiuying", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan",
                "Jie", "Juan", "Tao", "Ming", "Chao", "Xiulan", "Xia", "Ping", "Gang", "Guiying", "Haoran", "Zihan",
                "Yuxuan", "Xinyi", "Jiahao", "Shuhui", "Zhiwei")
ARABIC_GIVEN = ("Mohammed", "Ahmed", "Fatima", "Aisha", "Omar", "Khalid", "Noura", "Abdullah", "Mariam", "Youssef",
                "Layla", "Hassan", "Huda", "Saeed", "Reem", "Tariq", "Salma", "Faisal", "Amal", "Ibrahim")
ARABIC_FAMILY = ("Al-Harbi", "Al-Otaibi", "Al-Qahtani", "Al-Ghamdi", "El-Sayed", "Abdelrahman", "Haddad", "Mansour",
                 "Nasser", "Al-Zahrani", "Khalil", "Saleh", "Hamdan", "Barakat", "Al-Shammari", "Farouk")


def pinyin_name(rng: random.Random, part: str) -> str:
    s, g = rng.choice(PINYIN_SURNAMES), rng.choice(PINYIN_GIVEN)
    return {"first": g, "last": s}.get(part, f"{s} {g}" if rng.random() < 0.5 else f"{g} {s}")


def arabic_latin_name(rng: random.Random, part: str) -> str:
    g, f = rng.choice(ARABIC_GIVEN), rng.choice(ARABIC_FAMILY)
    return {"first": g, "last": f}.get(part, f"{g} {f}")


MALAY_GIVEN = ("Ahmad", "Muhammad", "Nur", "Siti", "Aisyah", "Hafiz", "Farah", "Amirul", "Nurul", "Faizal", "Azman",
               "Zulkifli", "Aminah", "Haziq", "Izzati", "Syafiq")
MALAY_FATHER = ("Ismail", "Abdullah", "Hassan", "Rahman", "Yusof", "Osman", "Ibrahim", "Hamid", "Zakaria", "Salleh")
MY_CHINESE = ("Tan Wei Ming", "Lim Mei Ling", "Wong Kah Hoe", "Lee Chong Wei", "Ng Siew Lan", "Chong Jia Hui",
              "Ooi Boon Keat", "Yap Li Ting")
MY_INDIAN = ("Ramesh a/l Subramaniam", "Kavitha a/p Muniandy", "Suresh a/l Krishnan", "Priya a/p Rajendran",
             "Ganesh a/l Raju")


def malaysian_name(rng: random.Random, part: str) -> str:
    r = rng.random()
    if part in ("first", "last"):
        return rng.choice(MALAY_GIVEN if part == "first" else MALAY_FATHER)
    if r < 0.6:
        g = rng.choice(MALAY_GIVEN)
        link = "binti" if g in ("Nur", "Siti", "Aisyah", "Farah", "Nurul", "Aminah", "Izzati") else "bin"
        return f"{g} {link} {rng.choice(MALAY_FATHER)}"
    return rng.choice(MY_CHINESE if r < 0.85 else MY_INDIAN)
