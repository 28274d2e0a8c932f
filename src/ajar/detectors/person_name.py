"""People's names in Latin, Han (Chinese/Japanese), Cyrillic, Arabic and Hangul script (``person.name``).

Detected by shape per script, with short built-in dictionaries as the strong signal:

* Han: 2-4 characters (middle dot allowed for transliterated names), first character (or
  two, for compound surnames such as 欧阳) among common Chinese surnames → strong; other
  2-4 Han strings are weak.
* Latin: 2-4 capitalised words (particles such as ``van``, ``de``, ``bin`` allowed, ``Last,
  First`` order too), no digits; strong when a word is a common given name or surname, weak
  otherwise (``Wireless Mouse`` has a name's shape, not a name's words).
* Cyrillic: 2-3 capitalised words, strong with a patronymic (``-ович``, ``-овна``) or a
  surname ending (``-ов``, ``-ова``, ``-ин``, ``-ский``...).
* Arabic script (Arabic, Uyghur, Persian): 2-4 words, strong with a common name word.
* Hangul: 2-4 syllables, strong when the first is a common Korean surname.
* Devanagari: 1-4 words, strong with a common Hindi name word (``प्रिया शर्मा``).
* Other scripts (Greek, Hebrew, Thai...): 1-4 words of letters only, shape only (weak), so a field
  named for names must agree; capitalised Greek words as Latin ones.
* Japanese: kanji family + given name (``佐藤 翔太``, common surnames strong), katakana
  readings (``サトウ ショウタ``, weak: only a ``フリガナ``/``氏名`` field counts them).

Titles and suffixes are set aside (``Dr. Emily Clark``, ``Dra. Begoña Gómez``, ``Clark, Emily MD``);
a title before a capitalised word is itself evidence of a person (``Dr. Núñez``); ALL-CAPS names
(``EMILY CLARK``, ``ELİF YILDIZ``) are read like capitalised ones. A lone word (``Emily``,
``Иванова``) is a weak hit below ``lift_min``: it counts only in a field whose name holds one part
of a name (``first_name``, ``nachname``, ``фамилия``; ``strong_hints``) or beside one.

Nothing is validated against a register: this is the weakest category by nature, and the
field's name and the dataset's other fields weigh more here than anywhere else.

>>> PersonNameDetector().detect("张伟") is not None
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from ajar.detectors.base import Detector, Hit, short_text
from ajar.models import Category

_CN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞"
    "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和"
    "仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝买依艾热吐阿玉"
)
_CN_COMPOUND = frozenset(
    {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯"}
)
_HANGUL = re.compile(r"[\uac00-\ud7a3]{2,4}")
_KR_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허남심노하곽성차주우구민유진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
# common Japanese surnames (kanji), the strong signal for a Japanese name
_JP_SURNAMES = frozenset(
    (
        "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 "
        "林 斎藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 "
        "近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 "
        "竹内 小野 田村 中山 和田 石田 森田 上田 原 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 "
        "小島 谷口 今井 工藤 高田 増田 丸山 杉山 村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 "
        "松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 菊地 杉本 市川 古川 大西 島田 水野 桜井 高野 "
        "渡部 吉川 山内 西田 飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 関 中田 久保田 服部 "
        "東 岩田 土屋 川崎 福島 本田 辻 樋口 秋山 田口 永井 山中 中西 吉村 川上"
    ).split()
)
_KANA = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]{2,12}")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf][\u4e00-\u9fff\u3400-\u4dbf·•]{1,9}")
_NOT_NAME_HAN = frozenset("族省市县区镇乡村路街号楼室公司局院校所厂店馆站场部处科队组中心大学医教寺堂")

_GIVEN = frozenset(
    """james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
    gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
    raymond jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy
    harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan
    billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis
    bobby philip johnny mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
    sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine
    christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia
    kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
    teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly
    danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
    mohammed muhammad ahmed ali omar hassan hussein ibrahim yusuf mustafa khalid fatima aisha zainab mariam layla
    abdullah abdul karim rashid tariq hamza bilal salma nour yasmin leila amina khadija
    hans peter klaus jurgen wolfgang stefan andreas thomas michael uwe frank sabine ursula monika petra andrea
    jean pierre michel philippe alain nicolas francois marie nathalie isabelle sylvie catherine francoise
    giuseppe giovanni antonio mario luigi francesco marco paolo alessandro giulia francesca chiara
    jose luis carlos javier manuel miguel pedro pablo alejandro fernando sergio lucia carmen isabel elena rosa
    joao antonio francisco paulo lucas gabriel ana mariana beatriz
    ivan dmitry sergei alexei andrei vladimir nikolai mikhail olga natalia elena tatiana irina svetlana anastasia
    wei fang min jing li ming hui yan ying jun hong xin lei jie tao chao bo yang hao yi lin ping
    hiroshi takashi kenji yuki haruto yuto sota aoi yui hina sakura akira naoki satoshi keiko yoko
    minjun seoyeon jiwoo jiho minseo seojun hyun jae sung young
    raj rahul amit priya anjali sunil anil vijay sanjay deepak neha pooja ravi arjun
    abdulla memet ablimit gulnar aynur tursun ahmet mehmet mustafa ayse emine fatma zeynep elif""".split()
)
_SURNAMES = frozenset(
    """smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson
    anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis
    robinson walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera
    campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart
    morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim
    cox ward richardson watson brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo
    sanders patel myers long ross foster jimenez muller mueller schmidt schneider fischer weber meyer wagner
    becker schulz hoffmann koch richter klein wolf schroder neumann braun zimmermann bernard dubois durand
    leroy moreau simon laurent lefebvre michel rossi russo ferrari esposito bianchi romano colombo ricci
    marino greco fernandez gonzales silva santos oliveira souza pereira costa carvalho almeida ferreira
    ivanov smirnov kuznetsov popov vasiliev petrov sokolov novak kowalski nowak wisniewski yilmaz kaya demir
    sahin celik yildiz khan ahmed hussain ali shah singh kumar sharma gupta das reddy rao wang zhang liu chen
    yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo zheng liang tanaka suzuki takahashi watanabe ito
    yamamoto nakamura kobayashi kato park choi jung kang cho yoon jang lim han oh seo shin kwon hwang tran le
    pham hoang phan vu dang bui do ho ngo duong ly nakamura sato abdullah rahman haddad nasser saleh""".split()
)
# words of things, not people: a value with one of them is no name ("Office Chair", "Phone Case")
_THINGS = frozenset(
    """mouse cable lamp mat grinder watch bottle chair case phone charger adapter keyboard monitor speaker
    headphones earbuds tablet laptop camera lens bag shirt shoes jacket cup mug pen book kit set pack box
    table desk shelf sofa bed pillow blanket towel light bulb fan heater filter battery drive card stand
    holder hub dock router printer paper notebook bottle glass plate bowl knife fork spoon pan pot
    street road avenue city park river lake mountain hotel hospital school university bank station market
    company corp inc ltd gmbh group service services center centre store shop cafe restaurant club team
    project system server cluster network device sensor account admin test demo default guest user""".split()
)
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "y",
        "mc",
        "st",
        "ter",
        "ten",
        "abu",
    }
)
# given names and surnames of more languages (a single word in a ``first_name`` field is weighed by these)
_GIVEN_MORE = frozenset(
    """mia emma olivia ava sophie sofia chloe lea leon noah liam lucas luca leo elias finn paul ben jonas felix
    maximilian lukas tim jan niklas julian katharina sabine anja claudia stefanie julia laura lena lisa sarah
    hannah anna marie emilie camille manon ines jade louise alice chloe lea elodie helene theo hugo louis
    arthur jules gabriel raphael maxime antoine julien thomas nicolas philippe
    lorenzo matteo leonardo andrea riccardo tommaso davide federico valentina alessia sara martina aurora
    giorgia elisa federica silvia roberta luca simone stefano giorgio fabio
    piotr krzysztof tomasz pawel michal marcin grzegorz jakub adam lukasz mateusz katarzyna malgorzata agnieszka
    joanna barbara ewa zofia magdalena monika aleksandra karolina natalia
    wojciech zbigniew dariusz andrzej marek jerzy tadeusz
    sergey sergei alexander alexandr andrey dmitriy mikhail artem maxim ivan nikita kirill egor denis oleg igor
    roman yuri yury pavel anna maria elena olga natalia tatiana irina ekaterina anastasia svetlana ksenia daria
    polina victoria yulia marina
    mehmet mustafa ahmet ali huseyin hasan ibrahim ismail osman yusuf murat omer emre burak gokhan hakan
    ayse fatma emine hatice zeynep elif meryem sule esra merve ozlem
    haruto yuto sota riku ren takuya naoki kenta shota daiki yui hina mei sakura misaki keiko yumi ayumi
    tomoko naomi hiroko akiko
    jiho minjun seojun doyun eunwoo siwoo jiwoo seoyeon seoyun jiyu haeun
    aarav vivaan aditya vihaan arjun sai reyansh krishna ishaan priya ananya diya aadhya saanvi kavya
    lakshmi sunita anita rekha suresh ramesh mahesh rajesh ganesh venkatesh
    joao pedro lucas gabriel rafael gustavo matheus guilherme felipe bruno thiago diego ana maria juliana
    fernanda camila leticia larissa amanda bruna beatriz
    brittany emily ethan mason logan aiden jayden madison chloe zoe avery""".split()
)
_SURNAMES_MORE = frozenset(
    """obrien o'brien sullivan murphy kelly walsh byrne ryan oconnor o'connor mccarthy doyle
    schafer schaefer weber zielinski kowalczyk wisniewski wojcik kaminski lewandowski dabrowski kozlowski
    jankowski mazur krawczyk piotrowski grabowski pawlowski michalski nowicki adamczyk dudek zajac wieczorek
    martin bernard thomas petit robert richard durand dubois moreau laurent simon michel lefebvre leroy roux
    david bertrand morel fournier girard bonnet dupont lambert fontaine rousseau vincent muller lefevre
    mancini conti costa giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso
    ferrara galli martini leone longo gentile martinelli vitale lombardo serra coppola de luca bruno
    ivanova smirnova kuznetsova popova sokolova lebedev lebedeva kozlov kozlova novikov novikova morozov
    morozova volkov volkova solovyov vasilyev vasiliev zaitsev pavlov semenov golubev vinogradov bogdanov
    vorobyov fedorov fyodorov mikhailov mikhaylov belyaev tarasov belov komarov orlov kiselev makarov
    andreev kovalev ilyin gusev titov kuzmin kudryavtsev baranov kulikov alekseev stepanov yakovlev
    sorokin sergeev romanov zakharov borisov korolev gerasimov ponomarev grigoriev lazarev medvedev
    ozturk aydin ozdemir arslan dogan kilic aslan cetin kara koc kurt ozkan simsek yildirim ozturk polat
    erdogan yavuz aksoy tekin akin
    sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
    yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto ishikawa ogawa
    bakker visser smit meijer mulder bos vos peters hendriks dekker dijkstra jansen janssen de vries
    van dijk de jong
    silva santos oliveira souza rodrigues ferreira alves pereira lima gomes ribeiro carvalho almeida lopes
    soares fernandes vieira barbosa rocha dias nascimento andrade moreira nunes marques machado mendes
    freitas cardoso ramos goncalves santana teixeira
    gonzalez rodriguez fernandez lopez martinez sanchez perez gomez martin jimenez ruiz hernandez diaz
    moreno alvarez romero alonso gutierrez navarro torres dominguez vazquez ramos gil serrano blanco
    iyer nair menon pillai joshi mehta shah desai patil kulkarni verma mishra agarwal chopra kapoor malhotra
    bhat banerjee chatterjee mukherjee ghosh bose sen""".split()
)
_TITLES = frozenset(
    "dr dr. mr mr. mrs mrs. ms ms. miss mx mx. prof prof. sir dame herr frau m. mme mme. mlle sr. sra. srta. "
    "dott. dott.ssa dott dr.med. ing. pan pani dra dra. sra srta lic. lic dña. dña doña don sig. sig.ra "
    "dr.ª dª.".split()
)
_SUFFIXES = frozenset(
    "jr jr. sr sr. ii iii iv md m.d. phd ph.d. np rn do dds dmd esq esq. pa pa-c dnp mba cpa lpn aprn fnp "
    "od dpm pharmd".split()
)
_WORD_EXTRA = frozenset("'’-.")


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff")


def _name_word(w: str) -> bool:
    """A capitalised (or ALL-CAPS) Latin word: ``Emily``, ``O'Brien``, ``Jean-Luc``, ``YILDIZ``, ``J.``."""
    if not w or not w[0].isupper() or not _latin_letter(w[0]):
        return False
    if len(w) == 2 and w[1] == ".":
        return True
    if len(w) < 2 or w[-1] in "'’-":
        return False
    letters = 0
    for ch in w[1:]:
        if _latin_letter(ch):
            letters += 1
        elif ch not in _WORD_EXTRA:
            return False
    return letters >= 1


_FOLD = str.maketrans("ıİłŁøØđĐ", "iillood" + "d")


def _fold(word: str) -> str:
    """Lower-case ASCII-ish key of a word for the dictionaries (``Zieliński`` → ``zielinski``)."""
    w = word.lower().translate(_FOLD).replace("’", "'")
    return "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))


def _known(word: str) -> bool:
    base = _fold(word.strip(".")).split("-")[0]
    return (
        base in _GIVEN
        or base in _SURNAMES
        or base in _GIVEN_MORE
        or base in _SURNAMES_MORE
        or base.replace("'", "") in _SURNAMES_MORE
    )


_CYR_WORD = re.compile(r"[А-ЯЁ][а-яё\-]+")
_CYR_PATRONYMIC = re.compile(r".+(?:ович|евич|ьич|овна|евна|ична|инична)")
_CYR_SURNAME = re.compile(r".+(?:ов|ова|ев|ева|ин|ина|ский|ская|цкий|цкая|ко|ук|юк|енко)")
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u097f]{2,}")
_HINDI_NAMES = frozenset(
    "राहुल प्रिया सुरेश रमेश महेश राजेश गणेश लक्ष्मी अमित सुनील अनिल विजय संजय दीपक नेहा पूजा रवि अर्जुन "
    "अंजलि सुनीता अनीता रेखा कविता आरती सीता गीता राम श्याम मोहन सोहन कृष्ण आदित्य अनन्या दिव्या "
    "सिंह कुमार शर्मा यादव जोशी गुप्ता वर्मा पटेल मिश्रा दास राव रेड्डी चौधरी त्रिपाठी पाण्डेय पांडे "
    "श्रीवास्तव अग्रवाल मेहता शाह देवी".split()
)
_GREEK_SURNAME = re.compile(r".+(?:πουλος|πούλος|ίδης|ιδης|άκης|ακης|ιάδης|ίου|άτος|όγλου)")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff\u0750-\u077f]{2,}")
_ARABIC_NAMES = frozenset(
    "محمد أحمد احمد علي عبد عبدالله بن بنت حسن حسين فاطمة عائشة خالد عمر يوسف إبراهيم ابراهيم مريم زينب "
    "مصطفى محمود سعيد سارة نور ليلى ئابلىز مەمەت ئەخمەت ئابدۇللا گۈلنار تۇرسۇن ئايگۈل".split()
)


@lru_cache(maxsize=8192)
def _latin(text: str) -> float | None:
    """Strength of a Latin-script name: full names 0.3-0.9; a lone name word (``first_name``
    fields) 0.1-0.2, below the pipeline's ``lift_min``, so only a name that says so counts it."""
    words = text.replace(",", " , ").split()
    titled = False
    while words and words[0].lower() in _TITLES and len(words) > 1:
        words = words[1:]
        titled = True
    while words and (words[-1].lower().strip(",") in _SUFFIXES or words[-1] == ","):
        words = words[:-1]
    if words.count(",") == 1:  # "Clark, Emily": surname first
        i = words.index(",")
        words = words[i + 1 :] + words[:i]
    if "," in words or not 1 <= len(words) <= 5:
        return None
    known = 0
    caps = 0
    for w in words:
        lw = w.lower().strip(".")
        if lw in _PARTICLES:
            continue
        if not _name_word(w):
            return None
        caps += 1
        if lw in _THINGS:
            return None
        if _known(w):
            known += 1
    if caps == 0:
        return None
    if caps == 1:
        if len(words) > 1 or len(words[0]) < 2 or words[0].endswith("."):
            return None
        if titled:  # "Dr. Núñez", "Sra. Gómez": a title names a person (or a brand: "Dr. Pepper")
            return 0.5
        return 0.2 if known else 0.1
    if known >= 2:
        return 0.9
    if known == 1 or titled:
        return 0.7
    # ALL-CAPS words nobody knows ("ALLCAPS TEXT") are codes as often as names: a name field must say so
    return 0.2 if all(w.isupper() or w.lower() in _PARTICLES for w in words) else 0.3


class PersonNameDetector(Detector):
    """A person's full name in Latin, Han, Cyrillic or Arabic script."""

    id = "person_name"
    category = Category.PERSON_NAME
    description = "People's names (Latin, Chinese, Cyrillic, Arabic, Hangul script; name dictionaries)."
    name_hints = (
        "name",
        "fullname",
        "full_name",
        "firstname",
        "lastname",
        "surname",
        "givenname",
        "forename",
        "familyname",
        "realname",
        "nickname",
        "person",
        "owner",
        "customer",
        "patient",
        "employee",
        "contact",
        "driver",
        "holder",
        "cardholder",
        "provider",
        "physician",
        "doctor",
        "medico",
        "médico",
        "medecin",
        "médecin",
        "arzt",
        "ärztin",
        "recipient",
        "sender",
        "xm",
        "xingming",
        "姓名",
        "名字",
        "真实姓名",
        "联系人",
        "收件人",
        "寄件人",
        "签收人",
        "收货人",
        "发件人",
        "户主",
        "机主",
        "фио",
        "имя",
        "фамилия",
        "отчество",
        "الاسم",
        "اسم",
        "ism",
        "nom",
        "nombre",
        "nome",
        "vorname",
        "nachname",
        "isim",
        "ad",
        "soyad",
        "ad_soyad",
        "adsoyad",
        "nom_complet",
        "nome_completo",
        "nombre_completo",
        "imie_nazwisko",
        "氏名",
        "名前",
        "이름",
        "성명",
    )
    negative_hints = (
        "product",
        "item",
        "sku",
        "file",
        "filename",
        "host",
        "hostname",
        "server",
        "app",
        "device",
        "model",
        "brand",
        "company",
        "org",
        "organization",
        "gzdw",
        "dw",
        "unit",
        "shop",
        "store",
        "merchant",
        "place",
        "city",
        "street",
        "school",
        "hospital",
        "dept",
        "department",
        "category",
        "tag",
        "label",
        "title",
        "type",
        "kind",
        "status",
        "country",
        "region",
        "bucket",
        "table",
        "db",
        "index",
        "queue",
        "topic",
        "service",
        "project",
        "repo",
        "team",
        "group",
        "role",
        "event",
        "job",
        "task",
        "user",
        "username",
        "login",
        "account",
        "screen",
        "font",
        "color",
        "mz",
        "minzu",
        "nation",
        "ethnicity",
        "religion",
        "zjxy",
        "diagnosis",
        "dz",
        "address",
        "camera",
        "sensor",
        "node",
        "cluster",
        "pod",
        "image",
        "key",
        "field",
        "column",
        "attr",
        "公司",
        "单位",
        "工作单位",
        "地址",
        "设备",
        "民族",
        "宗教",
        "产品",
        "名称",
        "商品",
        "地点",
        "场所",
    )
    # fields that hold one part of a name: a lone given name or surname counts there
    strong_hints = (
        "first_name",
        "firstname",
        "fname",
        "last_name",
        "lastname",
        "lname",
        "surname",
        "given_name",
        "givenname",
        "forename",
        "family_name",
        "familyname",
        "middle_name",
        "middlename",
        "maiden_name",
        "maidenname",
        "patronymic",
        "vorname",
        "nachname",
        "familienname",
        "prenom",
        "cognome",
        "apellido",
        "apellidos",
        "sobrenome",
        "nazwisko",
        "imie",
        "voornaam",
        "achternaam",
        "soyad",
        "soyadi",
        "prénom",
        "imię",
        "soyadı",
        "фамилия",
        "имя",
        "отчество",
        "氏名",
        "名前",
        "姓名",
        "フリガナ",
        "ふりがな",
        "カナ",
        "이름",
        "성명",
    )
    # "first"/"last" alone are ambiguous (first_seen, last_login): strong only when the values are
    # name-shaped words some of which are known names, or beside a name field
    conditional_hints = ("first", "last", "middle", "given", "family", "maiden")
    strong_siblings = True  # "nom" beside "prénom", "name" beside "surname": parts of one name
    accepts = frozenset({"str"})
    # a name-shaped value in a field named for names counts, but less than a known name
    hint_floor = 0.45
    # a lone word (0.1-0.2) is lifted only under a name that says "first/last name" (strong_hints)
    lift_min = 0.25

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 60)
        if text is None:
            return None
        first = text[0]
        if "\u4e00" <= first <= "\u9fff" or "\u3400" <= first <= "\u4dbf":
            return self._han(text)
        if "\u30a0" <= first <= "\u30ff" or "\uff66" <= first <= "\uff9f":
            return self._kana(text)
        if first.isascii() or "\u00c0" <= first <= "\u024f":
            if not first.isupper():
                return None
            s = _latin(text)
            return Hit(s, {"script": "latin"}) if s is not None else None
        if "\u0400" <= first <= "\u04ff":
            return self._cyrillic(text)
        if "\u0600" <= first <= "\u06ff" or "\u0750" <= first <= "\u077f":
            return self._arabic(text)
        if "\uac00" <= first <= "\ud7a3":
            return self._hangul(text)
        if "\u0900" <= first <= "\u097f":
            return self._devanagari(text)
        return self._other_script(text)

    @staticmethod
    def _devanagari(text: str) -> Hit | None:
        words = text.split()
        if not 1 <= len(words) <= 4 or not all(_DEVANAGARI_WORD.fullmatch(w) for w in words):
            return None
        known = any(w in _HINDI_NAMES for w in words)
        if len(words) == 1:
            return Hit(0.2 if known else 0.1, {"script": "devanagari"})
        return Hit(0.8 if known else 0.35, {"script": "devanagari"})

    @staticmethod
    def _other_script(text: str) -> Hit | None:
        """Greek, Hebrew, Thai... names: 1-4 words of letters (and combining marks) only; shape only."""
        words = text.split()
        if not 1 <= len(words) <= 4:
            return None
        greek = "\u0370" <= text[0] <= "\u03ff"
        for w in words:
            if len(w) < 2:
                return None
            for ch in w:
                cat = unicodedata.category(ch)
                if cat[0] not in "LM" or ch.isascii():
                    return None
            if greek and not w[0].isupper():
                return None  # Greek has case: a name is capitalised
        script = "greek" if greek else "other"
        if len(words) == 1:
            return Hit(0.2 if greek and _GREEK_SURNAME.fullmatch(words[0].lower()) else 0.1, {"script": script})
        if greek and any(_GREEK_SURNAME.fullmatch(w.lower()) for w in words):
            return Hit(0.7, {"script": script})
        return Hit(0.3, {"script": script})

    @staticmethod
    def _hangul(text: str) -> Hit | None:
        compact = text.replace(" ", "")
        if not 2 <= len(compact) <= 4 or not _HANGUL.fullmatch(compact):
            return None
        return Hit(0.8 if compact[0] in _KR_SURNAMES else 0.3, {"script": "hangul"})

    @staticmethod
    def _kana(text: str) -> Hit | None:
        """Katakana names (furigana readings ``サトウ ショウタ``): shape only, weak."""
        words = text.split()
        if not 1 <= len(words) <= 3 or not all(_KANA.fullmatch(w) for w in words):
            return None
        if any(ch in "ーｰ" for ch in "".join(words)) and len(words) == 1:
            return None  # long vowel marks: loanwords (コーヒー), rare in a lone name word
        return Hit(0.2 if len(words) >= 2 else 0.1, {"script": "kana"})

    @staticmethod
    def _han(text: str) -> Hit | None:
        words = text.split()
        compact = "".join(words)
        if not 2 <= len(compact) <= 10 or not _HAN.fullmatch(compact):
            return None
        if len(words) == 2 and 1 <= len(words[0]) <= 3 and 1 <= len(words[1]) <= 3:
            # "鈴木 拓也": family and given name apart, as Japanese (and some Chinese) forms write them
            known = words[0] in _JP_SURNAMES or words[0][0] in _CN_SURNAMES or words[0] in _CN_COMPOUND
            if not any(ch in _NOT_NAME_HAN for ch in compact):
                return Hit(0.85 if known else 0.5, {"script": "han"})
        if compact[:3] in _JP_SURNAMES or compact[:2] in _JP_SURNAMES:
            if 3 <= len(compact) <= 5 and not any(ch in _NOT_NAME_HAN for ch in compact[2:]):
                return Hit(0.8, {"script": "han"})
        if "·" in compact or "•" in compact:  # transliterated (e.g. Uyghur) names: 买买提·艾力
            parts = [p for p in re.split(r"[·•]", compact) if p]
            return Hit(0.8, {"script": "han"}) if len(parts) >= 2 else None
        if len(compact) > 4 or any(ch in _NOT_NAME_HAN for ch in compact[1:]):
            return None
        if compact[:2] in _CN_COMPOUND or compact[0] in _CN_SURNAMES:
            return Hit(0.85, {"script": "han"})
        return Hit(0.3, {"script": "han"})

    @staticmethod
    def _cyrillic(text: str) -> Hit | None:
        words = text.split()
        if not 1 <= len(words) <= 3 or not all(_CYR_WORD.fullmatch(w) for w in words):
            return None
        if len(words) == 1:  # a lone given name, surname or patronymic: only a name field counts it
            w = words[0]
            known = _CYR_PATRONYMIC.fullmatch(w) or _CYR_SURNAME.fullmatch(w)
            return Hit(0.2 if known else 0.1, {"script": "cyrillic"})
        if any(_CYR_PATRONYMIC.fullmatch(w) for w in words):
            return Hit(0.9, {"script": "cyrillic"})
        if any(_CYR_SURNAME.fullmatch(w) for w in words):
            return Hit(0.75, {"script": "cyrillic"})
        return Hit(0.35, {"script": "cyrillic"})

    @staticmethod
    def _arabic(text: str) -> Hit | None:
        words = text.split()
        if not 1 <= len(words) <= 5 or not all(_ARABIC_WORD.fullmatch(w) for w in words):
            return None
        if len(words) == 1:  # a lone given name or family name: only a name field counts it
            w = words[0]
            known = w in _ARABIC_NAMES or w.startswith("عبد") or w.startswith("ال") and w[2:] in _ARABIC_NAMES
            return Hit(0.2 if known else 0.1, {"script": "arabic"})
        if any(
            w in _ARABIC_NAMES or w.startswith("عبد") or w.startswith("ال") and w[2:] in _ARABIC_NAMES for w in words
        ):
            return Hit(0.8, {"script": "arabic"})
        return Hit(0.35, {"script": "arabic"})
