"""Religious or philosophical beliefs (``special.religion``), a GDPR Art. 9 special category.

Detected: values from a vocabulary of religions and beliefs in English (``Muslim``,
``Islam``, ``Catholic``, ``Buddhist``, ``Atheist``...), Chinese (``伊斯兰教``, ``佛教``,
``基督教``, ``无宗教信仰``), Russian, Arabic, the main European languages, Turkish, Indonesian, Hindi,
Vietnamese, Persian, Ukrainian, Kazakh, Japanese and Korean. Validated: exact membership (case- and
space-insensitive). Generic answers (``none``, ``other``, ``无``) are weak and need the
field's name (``religion``, ``faith``, ``zjxy``, ``宗教信仰``, ``вероисповедание``, ``الديانة``).

>>> ReligionDetector().detect("伊斯兰教") is not None
True
"""

from __future__ import annotations

from collections.abc import Mapping

from ajar.detectors.base import VocabularyDetector, fold_term
from ajar.models import Category

_STRONG = (
    "islam muslim moslem sunni shia shiite sufi christian christianity catholic protestant orthodox evangelical "
    "baptist methodist lutheran anglican pentecostal presbyterian mormon lds buddhist buddhism hindu hinduism "
    "jewish judaism jew sikh sikhism jain jainism taoist taoism daoist shinto zoroastrian bahai baha'i confucian "
    "atheist atheism agnostic agnosticism non-religious nonreligious irreligious humanist pagan wiccan animist "
    "shamanism"
)  # words; the phrases (roman catholic, jehovah's witness...) are below, whole: "Russian" alone is no answer
_CN = (
    "伊斯兰教 穆斯林 佛教 基督教 天主教 新教 东正教 道教 犹太教 印度教 "
    "无宗教信仰 无宗教 无神论 藏传佛教 法轮功 信教 不信教"
)
_RU = (
    "православие православный православная мусульманин мусульманка ислам буддизм буддист иудаизм католик атеист "
    "христианин христианка христианство католичка католицизм протестантка протестантизм буддистка иудей иудейка "
    "атеистка старообрядец"
)
_AR = "مسلم مسلمة الإسلام اسلام مسيحي مسيحية يهودي يهودية سني شيعي بوذي ملحد"

_VOCAB: dict[str, tuple[float, Mapping[str, str]]] = {}
for _w in _STRONG.split():
    _VOCAB[_w] = (0.85, {})
for _p in (
    "roman catholic",
    "eastern orthodox",
    "russian orthodox",
    "jehovah's witness",
    "falun gong",
    "tibetan buddhism",
    "church of england",
    "latter-day saints",
    "no religion",
    "not religious",
):
    _VOCAB[_p] = (0.85, {})
_VOCAB["falun"] = (0.3, {})  # also a Swedish town
_VOCAB["jehovah's"] = (0.7, {})
for _w in _CN.split() + _RU.split() + _AR.split():
    _VOCAB[_w] = (0.9, {})
# French, German, Italian, Spanish, Portuguese, Polish, Turkish answers
_EU = (
    "catholique chrétien chrétienne protestante musulman musulmane juif juive bouddhiste hindou orthodoxe "
    "athée agnostique évangélique "
    "katholisch römisch-katholisch altkatholisch evangelisch evangelisch-lutherisch lutherisch reformiert "
    "konfessionslos muslimisch islamisch jüdisch buddhistisch "
    "cattolico cattolica cristiano cristiana musulmano musulmana ebreo ebrea ortodosso ortodossa buddista "
    "induista ateo atea protestante evangelico evangelica "
    "católico católica musulmán musulmana judío judía evangélico evangélica budista espírita espirita "
    "umbanda candomblé ateu ateia "
    "katolik katoliczka katolicki prawosławny prawosławna ewangelik muzułmanin muzułmanka ateista ateistka "
    "islam müslüman hristiyan yahudi ateist deist alevi sünni süryani budist "
    "kristen protestan katolik buddha konghucu"
)
# Hindi, Vietnamese, Polish (the census's adjective forms), Persian, Ukrainian, Kazakh, Japanese, Korean,
# Malay and Dutch answers
_MORE = (
    "हिन्दू हिंदू मुस्लिम मुसलमान इस्लाम ईसाई सिख बौद्ध जैन पारसी यहूदी नास्तिक musalman isai bauddh "
    "rzymskokatolickie rzymskokatolicki rzymskokatolicka katolickie prawosławne ewangelickie "
    "ewangelicko-augsburskie greckokatolickie greckokatolicki greckokatolicka protestanckie muzułmańskie "
    "bezwyznaniowy bezwyznaniowa judaizm buddyzm "
    "مسلمان شیعه سنی مسیحی زرتشتی یهودی بهایی "
    "православний православна греко-католик греко-католицька протестант іудей атеїст юдаїзм "
    "мұсылман христиан "
    "仏教 キリスト教 神道 イスラム教 無宗教 カトリック プロテスタント "
    "불교 기독교 개신교 천주교 무교 이슬람교 원불교 "
    "kristian budha khonghucu rooms-katholiek protestants moslim joods hervormd gereformeerd katholiek islamitisch "
    "moslima christelijk christen boeddhist boeddhistisch hindoe joodse protestant-christelijk"
)
for _w in _EU.split() + _MORE.split():
    _VOCAB.setdefault(_w, (0.85, {}))
for _p in (
    "phật giáo",
    "công giáo",
    "tin lành",
    "cao đài",
    "hòa hảo",
    "hồi giáo",
    "thiên chúa giáo",
    "không tôn giáo",
    "đạo phật",
    "świadek jehowy",
    "świadkowie jehowy",
    "brak wyznania",
    "kristen protestan",
    "geen religie",
):
    _VOCAB.setdefault(_p, (0.85, {}))
for _p in (
    "sans religion",
    "sans confession",
    "ohne konfession",
    "keine konfession",
    "nessuna religione",
    "sin religión",
    "sem religião",
    "bez wyznania",
    "dinsiz",
):
    _VOCAB[_p] = (0.7, {})
# review25a: answers of forms and exports in the languages above that were missing: denominations, noun and adjective
# forms (masculine and feminine), "no religion" answers; pinyin (tones are folded away by the lookup) and
# Kazakh Latin; Japanese schools of Buddhism, as Japanese registers answer
_MORE2 = (
    "adventist quaker episcopalian coptic druze rastafarian "
    "agnóstico agnóstica mormón adventista "
    "muçulmano muçulmana judeu judia judaica judaico judaísmo "
    "cristão cristã islamismo espiritismo "
    "israélite hindouiste anglicane "
    "röm.-kath. roemisch-katholisch katholik katholikin muslima jüdin konfessionsfrei neuapostolisch alevitisch "
    "valdese agnostico agnostica ebraica ebraico islamico islamica "
    "rooms islamiet agnost ongelovig hindoeïstisch "
    "niewierzący niewierząca agnostyk agnostyczka buddysta buddystka hinduista mojżeszowe żydowskie ewangelicki "
    "ortodoks şii caferi musevi hıristiyan yezidi ezidi agnostik inançsız "
    "неверующий неверующая агностик лютеранин баптист протестант суннит шиит старообрядка "
    "православ'я невіруючий невіруюча атеїстка юдей юдейка іслам мусульманка християнин християнка християнство "
    "римо-католик римо-католицька греко-католичка протестантка буддистка "
    "православ дінсіз сүнни христиандық musylman musulman hristian xristian pravoslav buddist "
    "لاديني قبطي قبطية درزي درزية كاثوليكي كاثوليكية بروتستانتي يزيدي علوي إسماعيلي بهائي ملحدة شيعية سنية بوذية "
    "هندوسي "
    "بهائی بی‌دین کلیمی یارسان خداناباور "
    "parsi nastik bauddha musalmaan "
    "佛教徒 基督徒 天主教徒 回教 道教徒 伊斯兰 无神论者 不信仰宗教 没有宗教信仰 "
    "無宗教信仰 無神論 東正教 伊斯蘭教 基督新教 "
    "fojiao jidujiao tianzhujiao yisilanjiao daojiao wuzongjiao huijiao wushenlun dongzhengjiao youtaijiao "
    "浄土真宗 浄土宗 真言宗 曹洞宗 臨済宗 日蓮宗 天台宗 創価学会 天理教 "
    "無神論 仏教徒 キリスト教徒 ムスリム イスラーム 正教会 "
    "ユダヤ教 ヒンドゥー教 無信仰 "
    "가톨릭 천도교 무신론 종교없음 대종교 증산도 유교 정교회 힌두교 유대교 이슬람"
)
for _p in _MORE2.split() + [
    "orthodox christian",
    "latter-day saint",
    "seventh-day adventist",
    "cristiano ortodoxo",
    "cristiana ortodoxa",
    "católica apostólica romana",
    "católico apostólico romano",
    "jehovah's witnesses",
    "latter day saints",
    "greek orthodox",
    "church of scotland",
    "testigo de jehová",
    "testigos de jehová",
    "testemunha de jeová",
    "testemunhas de jeová",
    "témoin de jéhovah",
    "testimone di geova",
    "testimoni di geova",
    "zeugen jehovas",
    "rooms katholiek",
    "wyznanie mojżeszowe",
    "свидетель иеговы",
    "свідок єгови",
    "لا ديني",
    "شیعه اثنی عشری",
    "اهل سنت",
    "اهل حق",
    "kepercayaan terhadap tuhan yme",
    "kepercayaan terhadap tuhan yang maha esa",
    "penghayat kepercayaan",
    "aliran kepercayaan",
    "kristen katolik",
    "đạo tin lành",
    "đạo cao đài",
    "wu zongjiao",
    "wu zongjiao xinyang",
    "zangchuan fojiao",
    "종교 없음",
]:
    _VOCAB.setdefault(_p, (0.85, {}))
for _p in ("ohne bekenntnis", "tidak beragama", "tiada agama", "niet gelovig", "non credente", "nessuna", "geen"):
    _VOCAB.setdefault(_p, (0.7 if " " in _p else 0.2, {}))
_VOCAB.setdefault("protestantse kerk", (0.7, {}))
_VOCAB.setdefault("ev.", (0.25, {"scheme": "de_kist"}))
for _w in ("không", "없음", "kepercayaan", "jude", "żyd"):
    _VOCAB.setdefault(_w, (0.2, {}))

# the names of the religions themselves (-ism nouns) and more forms, as a second probe wrote them (review25a)
_ISMS = (
    "hinduism sikhism cristianismo catolicismo judaísmo budismo islamismo protestantismo hinduismo "
    "christianisme catholicisme protestantisme judaïsme bouddhisme hindouisme umbandista "
    "christentum katholizismus protestantismus judentum buddhismus hinduismus atheistin muslimin agnostiker "
    "agnostikerin katholikin evangelikal "
    "cristianesimo cattolicesimo protestantesimo ebraismo buddismo induismo "
    "christendom katholicisme protestantisme jodendom boeddhisme hindoeïsme "
    "chrześcijaństwo katolicyzm protestantyzm prawosławie hinduizm ateizm "
    "hristiyanlık hıristiyanlık katoliklik protestanlık musevilik yahudilik budizm hinduizm alevilik islamiyet "
    "индуизм язычник язычница православное "
    "християнство католицизм протестантизм іудаїзм буддизм індуїзм греко-католицизм угкц "
    "hristiandyq "
    "المسيحية اليهودية البوذية الهندوسية إسلامي اسلامي مسيحيه "
    "مسیحیت یهودیت sunnitisch soennitisch sunnite schiitisch sjiitisch chiite sunita chiita xiita "
)
for _w in _ISMS.split():
    _VOCAB.setdefault(_w, (0.85, {}))
for _p in ("nederlands hervormd", "nederlands gereformeerd", "gereformeerde kerk", "hervormde kerk", "röm.-kath",
           "r.-k.", "evang.", "evang", "đạo hồi", "đạo công giáo", "شیعه دوازده امامی", "ortodoxo",
           "ortodoxa"):  # fmt: skip
    _VOCAB.setdefault(_p, (0.85 if len(_p) > 6 else 0.7, {}))
for _w in ("rk.", "pkn", "ev.-luth."):
    _VOCAB.setdefault(_w, (0.25, {"scheme": "de_kist"}))

# German payroll church-tax codes (Kirchensteuermerkmal): short, so the field's name must agree
for _w in ("ev", "rk", "ak", "lt", "rf", "fr", "fa", "fb", "fg", "fm", "fs", "ib", "il", "is", "iw", "jd", "jh"):
    _VOCAB.setdefault(_w, (0.25, {"scheme": "de_kist"}))
for _w in ("none", "other", "无", "其他", "unknown", "prefer not to say", "orthodox", "jew", "--", "vd"):
    _VOCAB[_w] = (0.2, {})


# religion field names in more languages (issue 10): the word for religion, faith, belief, confession, creed (not
# ``relig``: a suffix of ``imprelig``, a rating of how much religion matters)
_MORE_NAMES = (
    "religions", "religious_affiliation", "creed", "religiao", "religioes", "religiosa", "religioso",
    "crenca", "crença", "creencia", "creencias", "credo", "confesion", "confesión", "confessione", "croyance",
    "croyances", "confession_religieuse", "bekenntnis", "glaube", "glaubensbekenntnis", "religionszugehoerigkeit",
    "geloof", "geloofsovertuiging", "levensbeschouwing", "kerkgenootschap", "religia", "wiara", "confesiune",
    "credinta", "credință", "dini", "mezhep", "kepercayaan", "zongjiao", "xinyang", "zongjiaoxinyang",
    "religiya", "veroispovedanie", "trossamfund", "trossamfunn", "trosretning", "livssyn", "trostilhørighet",
    "trosuppfattning", "kirkkokunta", "uskontokunta", "trúfélag", "trufelag", "trúarbrögð",
    "教派", "신앙", "конфессия", "конфесія", "религиозн", "релігійн", "діні", "العقيدة", "عقيدة", "الطائفة", "طائفة",
    "مذهبی", "मजहब", "मज़हब", "पंथ",
)  # fmt: skip


class ReligionDetector(VocabularyDetector):
    """A religion or belief from a vocabulary (English, Chinese, Russian, Arabic)."""

    id = "religion"
    category = Category.RELIGION
    description = "Religious or philosophical beliefs: vocabularies in English, Chinese, Russian, Arabic."
    name_hints = (
        "religion",
        "religious",
        "faith",
        "belief",
        "beliefs",
        "denomination",
        "confession",
        "zjxy",
        "zj",
        "xy",
        "宗教",
        "宗教信仰",
        "信仰",
        "вероисповедание",
        "религия",
        "الديانة",
        "الدين",
        "دين",
        "religion_id",
        "religione",
        "religião",
        "religión",
        "konfession",
        "agama",
        "wyznanie",
        "godsdienst",
        "religie",
        "uskonto",
        "вера",
        "din",
        # Hindi, Vietnamese, Persian/Urdu, Korean, Japanese, Ukrainian, Kazakh, Czech, Hungarian, Thai, Turkish
        "dharma",
        "dharm",
        "धर्म",
        "ton_giao",
        "tôn_giáo",
        "tongiao",
        "mazhab",
        "مذهب",
        "دین",
        "종교",
        "宗派",
        "віросповідання",
        "релігія",
        "дін",
        "nabozenstvi",
        "náboženství",
        "vallas",
        "vallás",
        "ศาสนา",
        "inanc",
        "inanç",
        "ديانة",  # Arabic without the article (review25b)
        # a survey's religiosity (review25b)
        "religiosity",
        "religiosidade",
        "religiosidad",
        "religiosité",
        "religiosita",
        "religiosità",
        "religiosität",
        "religiositaet",
        *_MORE_NAMES,
    )
    # also other things: a church's name or address, a church-tax amount, ``kist`` a box, ``culto`` a service
    conditional_hints = (
        "church",
        "kirche",
        "kirchensteuer",
        "kist",
        "kerk",
        "iglesia",
        "igreja",
        "chiesa",
        "culto",
        "culte",
        "foi",
        "fede",
    )
    # the parents (الوالدين holds الدين) and the dinar (دينار starts with دين); a table's count or share of a faith,
    # a coin's or a banknote's denomination, DIN standards (Turkish ``din`` is a religion) (review25b)
    negative_hints = (
        "product", "category", "genre", "tag", "course", "book", "title", "والدين", "دينار", "count", "total", "pct",
        "percent", "percentage", "share", "population", "coin", "coins", "banknote", "note_denomination",
        "bill_denomination", "denomination_value", "currency", "din_rail",
        "dinrail", "din_format", "din_size", "din_norm", "din_standard", "din_en", "din_iso",
    )  # fmt: skip
    vocabulary = _VOCAB
    qualifiers = frozenset(
        map(
            fold_term,
            "greek roman russian eastern ukrainian armenian syriac apostolic reformed faith religion dharma dharm "
            "धर्म agama dini din дін вера religión religião religione religie grecko греко римо الدين دين دین "
            "practising practicing non-practising pratiquant pratiquante praticante não non praticante practicante "
            "gläubig belief believer 信徒 신자 tín đồ đạo theo tu xintu".split(),
        )
    )
    affixes = ("-教徒", "-信徒", "-徒", "-신자", "-인", "-도", "ال")
