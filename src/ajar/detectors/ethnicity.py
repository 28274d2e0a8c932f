"""Racial or ethnic origin (``special.ethnicity``), a GDPR Art. 9 special category.

Detected: values from a vocabulary of ethnic groups: China's 56 officially recognised
nationalities in Chinese (``汉族``, ``维吾尔族``, ``藏族``... also without ``族`` when the field
says so) and pinyin/English (``Han``, ``Uyghur``/``Uighur``, ``Tibetan``, ``Kazakh``, ``Hui``),
census-style English categories (``Hispanic or Latino``, ``African American``, ``Caucasian``),
common Russian forms, and the UK school census (DfE) ethnicity codes, main and extended
(``WBRI``, ``WIRI``, ``APKN``, ``BCRB``, ``CHNE``, ``MWBC``...). A census group with a subgroup
(``Asian - Pakistani``, ``White: Irish``) is strong even when each part alone is weak.
Validated: exact membership (case- and space-insensitive). Words that are also colours or
common words (``white``, ``black``, ``asian``, ``han``, ``hui``) are weak and need the field's
name (``ethnicity``, ``race``, ``mz``, ``民族``, ``национальность``).

>>> EthnicityDetector().detect("维吾尔族").detail["scheme"]
'cn_minzu'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ajar.detectors.base import Hit, VocabularyDetector, fold_term, normalise_term
from ajar.models import Category

_CN = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 "
    "独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_STRONG_EN = (
    "uyghur uighur uygur tibetan kazakh kazak mongol mongolian zhuang manchu miao yi tujia dong yao bouyei buyei "
    "korean hani dai li lisu she lahu va naxi jingpo kyrgyz tu daur mulao qiang blang salar maonan gelao xibe "
    "achang pumi tajik nu uzbek russian evenki deang bonan yugur jing tatar derung oroqen hezhen monba lhoba jino "
    "han chinese hui muslim hispanic latino latina latinx hispanic or latino not hispanic or latino african american "
    "black or african american caucasian american indian american indian or alaska native alaska native "
    "native american native hawaiian pacific islander native hawaiian or other pacific islander aboriginal "
    "torres strait islander maori roma romani gypsy kurdish kurd arab berber amazigh pashtun hazara baloch "
    "sindhi punjabi tamil sinhalese rohingya yazidi assyrian chechen ingush avar tatar bashkir chuvash uzbek "
    "turkmen kyrgyz white british white irish white other mixed white and black caribbean mixed race biracial "
    "multiracial east asian south asian middle eastern"
)
_WEAK_EN = "white black asian other mixed han hui dong li tu nu jing dai yi she va miao yao zhuang"
_RU = (
    "русский русская татарин татарка украинец украинка башкир башкирка чуваш чувашка чеченец чеченка армянин "
    "армянка казах казашка узбек узбечка еврей еврейка аварец цыган цыганка бурят бурятка якут якутка"
)

_VOCAB: dict[str, tuple[float, Mapping[str, str]]] = {}
for _name in _CN:
    _VOCAB[_name + "族"] = (0.95, {"scheme": "cn_minzu"})
    _VOCAB.setdefault(_name, (0.3, {"scheme": "cn_minzu"}))
_VOCAB["汉"] = (0.3, {"scheme": "cn_minzu"})
_VOCAB["穿青人"] = (0.9, {"scheme": "cn_minzu"})
_VOCAB["其他"] = (0.1, {})
for _phrase in (
    "hispanic or latino",
    "not hispanic or latino",
    "african american",
    "black or african american",
    "american indian",
    "american indian or alaska native",
    "alaska native",
    "native american",
    "native hawaiian",
    "pacific islander",
    "native hawaiian or other pacific islander",
    "torres strait islander",
    "white british",
    "white irish",
    "white other",
    "mixed white and black caribbean",
    "mixed race",
    "east asian",
    "south asian",
    "middle eastern",
    "han chinese",
):
    _VOCAB[_phrase] = (0.85, {"scheme": "census"})
for _word in _STRONG_EN.split():
    _VOCAB.setdefault(_word, (0.7, {"scheme": "ethnic_group"}))
for _word in ("russian", "korean", "chinese", "muslim", "dong", "dai", "yi", "li", "tu", "nu", "jing", "she", "va"):
    _VOCAB[_word] = (0.3, {"scheme": "ethnic_group"})
for _word in _WEAK_EN.split():
    _VOCAB[_word] = (0.3, {"scheme": "census"})
for _word in _RU.split():
    _VOCAB[_word] = (0.8, {"scheme": "ru_natsionalnost"})
for _word in ("han nationality", "uyghur nationality", "hui nationality", "tibetan nationality"):
    _VOCAB[_word] = (0.9, {"scheme": "cn_minzu"})
# US census (OMB) answers that are no group themselves, and UK census (ONS 2011/2021) groups
for _word in ("two or more races", "some other race", "other race", "multiracial", "more than one race"):
    _VOCAB[_word] = (0.7, {"scheme": "census"})
for _word in ("decline to state", "prefer not to say", "declined", "not stated", "unknown"):
    _VOCAB.setdefault(_word, (0.15, {}))
for _word in (
    "asian or asian british",
    "black or black british",
    "black, black british, caribbean or african",
    "black, african, caribbean or black british",
    "mixed or multiple ethnic groups",
    "mixed or multiple",
    "white and black caribbean",
    "white and black african",
    "white and asian",
    "any other white background",
    "any other mixed background",
    "any other asian background",
    "any other black background",
    "any other ethnic group",
    "other ethnic group",
    "gypsy or irish traveller",
    "irish traveller",
    "white and black",
):
    _VOCAB[_word] = (0.85, {"scheme": "census"})
for _word in ("indian", "pakistani", "bangladeshi", "caribbean", "african", "arab", "irish", "british"):
    _VOCAB.setdefault(_word, (0.3, {"scheme": "census"}))
# Brazil (IBGE raça/cor), Spanish-speaking censuses: colour words are weak (also product colours)
for _word in ("parda", "pardo", "indígena", "indigena", "mestizo", "mestiza", "afrodescendiente", "mulato", "mulata"):
    _VOCAB[_word] = (0.7, {"scheme": "br_raca_cor"})
for _word in ("preta", "preto", "branca", "branco", "amarela", "amarelo", "negro", "negra", "blanco", "blanca"):
    _VOCAB[_word] = (0.3, {"scheme": "br_raca_cor"})
for _word in ("não declarada", "nao declarada", "não declarado", "sem declaração"):
    _VOCAB[_word] = (0.15, {})
# UK school census (DfE) ethnicity codes: main codes and the extended ones. "MOTH"/"BOTH" are also
# words (weak); "REFU" (refused) and "NOBT" (not obtained) are no group themselves.
_DFE_CODES = (
    "WBRI WENG WSCO WWEL WOWB WCOR WIRI WIRT WOTH WALB WBOS WCRO WGRE WGRK WGRC WKOS WPOR WSER WTUR WTUK WTUC "
    "WEUR WEEU WWEU WOTW WROM WROG WRON WROR "
    "MWBC MWBA MWAS MOTH MAOE MABL MACH MAOE MBOE MCOE MWOE MOTM "
    "AIND APKN AMPK AKPA AOPK ABAN AOTH AAFR AKAO ANEP ASNL ASRO AOTA "
    "BCRB BAFR BANN BCON BGHA BNGN BSLN BSOM BSUD BAOF BEUR BNAM BOTB BOTH "
    "CHNE CHKC CMAL CSNG CTWN COCH "
    "OOTH OAFG OARA OEGY OFIL OIRN OIRQ OJPN OKOR OKRD OLAM OLEB OLIB OMAL OMRC OPOL OTHA OVIE OYEM OOEG"
).split()
for _code in _DFE_CODES:
    _VOCAB.setdefault(_code.lower(), (0.3 if _code in ("MOTH", "BOTH") else 0.7, {"scheme": "uk_dfe"}))
for _code in ("refu", "nobt"):
    _VOCAB.setdefault(_code, (0.15, {}))
# ``_STRONG_EN`` is split on spaces: the words of its phrases that are no group alone ("or",
# "south", "pacific", "indian") are connectives or weak, never a strong hit by themselves
for _word in ("or", "not", "and"):
    _VOCAB.pop(_word, None)
for _word in (
    "american indian alaska native pacific islander east south middle eastern torres strait african british "
    "irish caribbean race"
).split():
    _VOCAB[_word] = (0.3, {"scheme": "census"})
# US census and survey answers as exports write them, and the MENA category
for _word in (
    "non-hispanic white",
    "non-hispanic black",
    "non hispanic white",
    "non hispanic black",
    "white, non-hispanic",
    "black, non-hispanic",
    "white non-hispanic",
    "black non-hispanic",
    "hispanic/latino",
    "latino/hispanic",
    "hispanic or latinx",
    "not hispanic",
    "non-hispanic",
    "non hispanic",
    "asian/pacific islander",
    "asian or pacific islander",
    "american indian/alaska native",
    "american indian/alaskan native",
    "american indian or alaskan native",
    "native american/alaska native",
    "black/african american",
    "african-american",
    "middle eastern or north african",
    "middle eastern/north african",
    "mena",
    "other pacific islander",
    "mexican american",
    "other hispanic",
    "non-hispanic asian",
    "multi-racial",
    "multi racial",
    "mixed ethnicity",
):
    _VOCAB.setdefault(_word, (0.85, {"scheme": "census"}))
# Russian/Kazakh/Ukrainian nationality words, Vietnamese, Indonesian and Malaysian groups
for _word in (
    "русские украинец украинцы татары казахи узбеки қазақ орыс өзбек ұйғыр татар украин українець українка "
    "росіянин росіянка білорус білоруска кореец кореянка немец немка дунган уйгур"
).split():
    _VOCAB.setdefault(_word, (0.75, {"scheme": "ru_natsionalnost"}))
for _word in ("kinh", "tày", "thái", "mường", "khmer", "hoa", "nùng", "h'mông", "hmông", "dao", "gia rai", "ê đê"):
    _VOCAB.setdefault(_word, (0.3, {"scheme": "vn_dan_toc"}))
for _word in ("jawa", "sunda", "batak", "minangkabau", "bugis", "betawi", "madura", "melayu", "dayak", "bumiputera"):
    _VOCAB.setdefault(_word, (0.3, {"scheme": "id_my_suku"}))
for _word in ("hispano", "hispana", "afroamericano", "afroamericana", "afrodescendente", "indigène", "autochtone"):
    _VOCAB.setdefault(_word, (0.7, {"scheme": "census"}))
# CDC race and ethnicity codes (PHIN VADS CDCREC, as FHIR's US Core race/ethnicity extensions write them)
for _code in ("1002-5", "2028-9", "2054-5", "2076-8", "2106-3", "2131-1", "2135-2", "2186-5"):
    _VOCAB.setdefault(_code, (0.6, {"scheme": "cdc_race"}))
for _word in ("nonhispanic", "non-latino", "not hispanic or latino/a", "afroamericano/a"):
    _VOCAB.setdefault(_word, (0.7, {"scheme": "census"}))
# Russian/Ukrainian census-style words; colours are weak (the field's name must agree)
for _word in (
    "азиат",
    "азиатка",
    "азіат",
    "афроамериканец",
    "афроамериканець",
    "латиноамериканец",
    "латиноамериканець",
):
    _VOCAB.setdefault(_word, (0.7, {"scheme": "census"}))
for _word in ("белый", "белая", "черный", "чёрный", "черная", "білий", "біла", "чорний", "чорна"):
    _VOCAB.setdefault(_word, (0.3, {"scheme": "census"}))
# review25a: census and HR answers that were missing, male and female forms, in the languages of issue 10. Strong
# (0.7): words that name an ethnic group and little else; medium (0.5): also a language's or a region's adjective;
# weak (0.3): also a colour, a language, a country's people or a common word (the field's name must agree)
_GROUPS = {
    0.85: "black african;black caribbean;black british;asian british;asian indian;asian pakistani;asian bangladeshi;"
    "asian chinese;white scottish;white welsh;white english;white european;other white;other asian;other black;"
    "narodowość polska;narodowość śląska;narodowość kaszubska;westerse migratieachtergrond;"
    "niet-westerse migratieachtergrond;nederlandse achtergrond;mit migrationshintergrund;ohne migrationshintergrund;"
    "крымский татарин;крымская татарка;крымские татары;кримський татарин;кримська татарка;кримські татари;"
    "scheduled caste;scheduled tribe;other backward class;other backward classes;अनुसूचित जाति;अनुसूचित जनजाति;"
    "अन्य पिछड़ा वर्ग;ترک آذری;大和民族;アイヌ民族;琉球民族;在日韓国人;在日朝鮮人;在日コリアン;한민족;조선족;고려인;"
    "kadazan-dusun;kadazandusun;orang asli",
    0.7: "gitano;gitana;mapuche;afroecuatoriano;afroecuatoriana;montubio;montubia;afrocolombiano;afrocolombiana;"
    "afroperuano;afroperuana;afromexicano;afromexicana;raizal;palenquero;palenquera;quilombola;cigano;cigana;"
    "maghrébin;maghrébine;antillais;antillaise;caucasien;caucasienne;métis;métisse;gitan;gitane;kabyle;berbère;"
    "türkischstämmig;türkischstämmige;sinti;sintiza;sorbe;sorbin;kurde;kurdin;deutsch-türke;deutsch-türkin;"
    "deutschtürke;deutschtürkin;spätaussiedler;spätaussiedlerin;afrodeutsch;afrodeutsche;russlanddeutsch;"
    "russlanddeutsche;caucasico;caucasica;ispanico;ispanica;moluks;molukse;allochtoon;niet-westers;hindostaans;"
    "hindostaanse;ślązak;ślązaczka;kaszub;kaszubka;ukrainiec;ukrainka;białorusin;białorusinka;rosjanin;rosjanka;"
    "litwin;litwinka;romka;łemko;łemkini;żyd;żydówka;ormianin;ormianka;karaim;wietnamczyk;wietnamka;"
    "kürt;çerkez;ermeni;süryani;boşnak;gürcü;türkmen;pomak;abaza;yörük;"
    "аварка;даргинец;даргинка;лезгин;осетин;осетинка;кабардинец;кабардинка;ингуш;ингушка;мордвин;мордовка;удмурт;"
    "удмуртка;мариец;марийка;калмык;калмычка;тувинец;тувинка;грузин;грузинка;азербайджанец;азербайджанка;белоруска;"
    "таджик;таджичка;киргиз;киргизка;туркмен;туркменка;молдаванин;молдаванка;литовец;литовка;латыш;латышка;эстонец;"
    "эстонка;гречанка;черкес;черкешенка;карел;карелка;эвенк;эвенка;ненец;ненка;поляк;"
    "угорець;угорка;болгарин;болгарка;єврей;єврейка;ромка;румун;румунка;молдованин;молдованка;гагауз;гагаузка;"
    "вірменин;вірменка;німець;німкеня;словак;словачка;грекиня;азербайджанець;кримськотатарський;"
    "неміс;кәріс;дүнген;қырғыз;тәжік;әзірбайжан;шешен;башқұрт;qazaq;orys;özbek;ūiğyr;uiğyr;nemıs;kärıs;qyrğyz;"
    "كردي;كردية;أمازيغي;أمازيغية;تركماني;تركمانية;آشوري;آشورية;شركسي;شركسية;نوبي;نوبية;أرمني;أرمنية;كلداني;كلدانية;"
    "فارس;کرد;لر;بلوچ;ترکمن;گیلک;مازنی;تالش;ارمنی;"
    "संथाल;भील;गोंड;santhal;santal;bhil;gond;tionghoa;kadazan;bidayuh;"
    "sán dìu;sán chay;chăm;xơ đăng;ba na;cơ ho;hrê;mnông;ra glai;khơ mú;tà ôi;"
    "アイヌ;和人;화교;재일교포;재일동포;한족",
    0.5: "quechua;aymara;africaine;asiatique;asiatico;asiatica;ladino;ladina;friese;friesin;surinaams;surinaamse;"
    "marokkaans;marokkaanse;antilliaans;antilliaanse;creools;creoolse;autochtoon;polak;śląska;śląski;niemiec;"
    "niemka;laz;zaza;лезгинка;гагаузский;بربري;بربرية;ترک;آذری;عرب;obc;다문화",
    0.3: "blanc;blanche;noir;noire;européen;européenne;roms;arabe;weiß;schwarz;asiatisch;bianco;bianca;nero;nera;"
    "rom;sardo;sarda;africano;africana;arabo;araba;turks;turkse;westers;polka;türk;arap;rum;roman;kurt;полька;"
    "грек;ром;عربي;عربية;فارسی;पंजाबी;बंगाली;bengali;cina;iban;dusun;日本人;琉球;한국인",
}
for _strength, _words in _GROUPS.items():
    for _word in _words.split(";"):
        _VOCAB.setdefault(_word, (_strength, {"scheme": "ethnic_group"}))
# more forms, as a second probe wrote them (review25a): Polish census adjectives (narodowość ...), German adjectives,
# Dutch double origins, Syriac, Khmer in Vietnamese
for _strength, _words in {
    0.85: "marokkaans-nederlands;turks-nederlands;surinaams-nederlands;antilliaans-nederlands;sinti und roma;"
    "roma und sinti",
    0.7: "kaszubska;romska;łemkowska;russlanddeutscher;russlanddeutsche;çerkes;سرياني;سريانية;كلدو آشوري;mestiço;"
    "mestiça;afro-brasileiro;afro-brasileira;meticcio;meticcia;lezgin;ainu;melanau;кримчак;кримчачка",
    0.5: "ukraińska;białoruska;żydowska;litewska;kurdisch;khơ me;türkin;türke",
    0.3: "polska;niemiecka;rosyjska;türkisch;italiana;italiano;india",
}.items():
    for _word in _words.split(";"):
        _VOCAB.setdefault(_word, (_strength, {"scheme": "ethnic_group"}))
# the group after the word for one (Indonesian "suku", Vietnamese "dân tộc"), and China's nationalities in pinyin
# (``Hanzu``, ``Han zu``, ``Weiwuerzu``; tones are folded away by the lookup) and traditional characters
for _word in ("jawa", "sunda", "batak", "minangkabau", "bugis", "betawi", "madura", "melayu", "dayak", "tionghoa"):
    _VOCAB.setdefault("suku " + _word, (0.85, {"scheme": "id_my_suku"}))
for _word in ("kinh", "tày", "thái", "mường", "khmer", "hoa", "nùng", "h'mông", "hmông", "dao", "gia rai", "ê đê"):
    _VOCAB.setdefault("dân tộc " + _word, (0.85, {"scheme": "vn_dan_toc"}))
_VOCAB.setdefault("hmong", (0.3, {"scheme": "vn_dan_toc"}))
for _py in (
    "han zhuang hui man weiwuer miao yi tujia zang menggu dong buyi yao bai chaoxian hani hasake li dai she lisu "
    "gelao dongxiang lahu shui wa naxi qiang tu mulao xibo keerkezi dawoer jingpo maonan sala bulang tajike achang "
    "pumi ewenke nu jing jinuo deang baoan eluosi yugu wuzibieke menba elunchun dulong tataer hezhe gaoshan luoba"
).split():
    _VOCAB.setdefault(_py + "zu", (0.8, {"scheme": "cn_minzu"}))
    _VOCAB.setdefault(_py + " zu", (0.8, {"scheme": "cn_minzu"}))
for _name in ("漢 維吾爾 滿 壯 朝鮮 哈薩克 東鄉 納西 傈僳 達斡爾 錫伯 鄂倫春 門巴 珞巴 "
              "仫佬 畬 烏孜別克 塔塔爾 獨龍").split():
    _VOCAB.setdefault(_name + "族", (0.95, {"scheme": "cn_minzu"}))
_PARTS = re.compile(r"\s[-–:]\s|:\s*")


# ethnicity and race field names in many languages (``RIDRETH``: NHANES's race/Hispanic origin)
_MORE_NAMES = (
    "hispanic", "latino", "hispaniclatino", "hispanic_latino", "hispanic_or_latino", "hispanic_origin",
    "ridreth", "ridreth1", "ridreth3", "race_ethnicity", "raceethnicity", "race_desc", "racedesc",
    "ethnic_origin", "ethnicorigin", "ethnic_background", "etnicidad", "raza", "origen_etnico", "origen_étnico",
    "grupo_etnico", "grupo_étnico", "cor_pele", "cor_da_pele", "raca_cor", "origine_ethnique", "ethnische_herkunft",
    "ethnizitaet", "ethnizität", "razza", "etnicita", "etnicità", "etniciteit", "afkomst", "narodowosc_etniczna",
    "pochodzenie_etniczne", "etnik", "etnik_koken", "etnik_köken", "irki", "ırk", "suku", "suku_bangsa",
    "sukubangsa", "etnis", "kaum", "dan_toc", "dantoc", "dân_tộc", "minzu_dm", "zzmm_mz",
    "ұлты", "ұлт", "национальн", "національність", "этническ", "етнічн", "العرق", "الأصل_العرقي", "عرق",
    "قومیت", "نژاد", "जाति", "नस्ल", "जातीयता", "人種", "民族", "인종", "민족", "民族别", "种族",
    # more languages (issue 10): the word for ethnic group, race, skin colour, and abbreviations
    "ethn", "racial_group", "ethnic_code", "ethnicity_code", "bame", "tono_piel", "tono_de_piel", "pertenencia_etnica",
    "pertenencia_étnica", "autoidentificacion_etnica", "etnico", "étnico", "etnica", "étnica", "etnico_racial",
    "origen_racial", "pueblo_indigena", "appartenance_ethnique", "ethnique", "couleur_de_peau", "couleur_peau",
    "ethnisch", "ethnische_zugehoerigkeit", "ethnische_zugehörigkeit", "volksgruppe", "volkszugehoerigkeit",
    "volkszugehörigkeit", "hautfarbe", "origine_etnica", "gruppo_etnico", "etnisch", "etnische_afkomst",
    "etnische_achtergrond", "huidskleur", "etniczny", "etniczna", "przynaleznosc_etniczna", "etnie", "etnicitate",
    "sac_toc", "sắc_tộc", "chung_toc", "chủng_tộc", "warna_kulit", "zhongzu", "natsionalnost", "nacionalnost",
    "etnos", "etnichnost", "etnicheskaya", "etnicitet", "etnisk", "etnisk_tillhorighet",
    "etnisk_tillhörighet", "etnisitet", "etnisyys", "etninen", "etninen_tausta", "rotu",
    "人种", "種族", "族群", "종족", "етнос", "الإثنية", "إثنية", "اثنية", "القومية", "السلالة", "رنگ_پوست",
)  # fmt: skip


class EthnicityDetector(VocabularyDetector):
    """An ethnic group name from a vocabulary (Chinese nationalities, census categories...)."""

    id = "ethnicity"
    category = Category.ETHNICITY
    description = "Racial or ethnic origin: ethnic-group vocabularies (Chinese 56 nationalities, census, Russian)."
    name_hints = (
        "ethnicity",
        "ethnic",
        "race",
        "racial",
        "ethnic_group",
        "ethnicgroup",
        "minzu",
        "mz",
        "nationality_ethnic",
        "民族",
        "族别",
        "种族",
        "национальность",
        "этнос",
        "раса",
        "العرق",
        "عرق",
        "الأصل",
        "etnia",
        "ethnie",
        "herkunft",
        "irk",
        "raca",
        "raça",
        "raca_cor",
        "cor_raca",
        "etnia",
        "etnicidade",
        "pochodzenie",
        "人種",
        "民族性",
        "인종",
        "ulty",  # Kazakh ұлты in Latin letters (review25b)
        *_MORE_NAMES,
    )
    # also other things: ``cor`` a colour or a core, ``bangsa`` a nation, ``tribe`` of a game, ``ras``/``rasa`` a
    # breed (not ``rasse``: a suffix of ``strasse``), ``herkomst``/``keturunan`` an origin, ``indigenous`` a plant
    conditional_hints = (
        "cor",
        "bangsa",
        "ancestry",
        "descent",
        "tribe",
        "caste",
        "ras",
        "rasa",
        "herkomst",
        "keturunan",
        "abstammung",
        "indigenous",
        "aboriginal",
        "atsi",
        "köken",
        "koken",
        # Polish ``narodowość`` is a nationality as often as an ethnicity, Hindi ``jati`` a caste (and Indonesian
        # teak) (review25b)
        "narodowosc",
        "narodowość",
        "jati",
    )
    negative_hints = (
        "color",
        "colour",
        "theme",
        "skin_tone",
        "font",
        "bg",
        "background",
        "status",
        "language",
        "lang",
        "locale",
        "country",
        "product",
        "size",
        "category",
        # a table's share of a group is no one's ethnicity (``HispanicPCT``, ``race_count``)
        "pct",
        "percent",
        "percentage",
        "share",
        "rate",
        "count",
        "total",
        "population",
        # a race that is run (review25b), a cuisine
        "race_time", "race_times", "race_result", "race_results", "race_name", "race_date", "race_number",
        "race_distance", "race_course", "racecourse", "race_track", "racetrack", "race_condition",
        "race_conditions", "race_class", "race_day", "race_laps", "race_start", "race_end", "race_finish",
        "cuisine",
        # a table's statistics (review25b)
        "estatistica", "estadistica", "statistic", "statistics", "stats",
    )  # fmt: skip
    vocabulary = _VOCAB
    qualifiers = frozenset(
        map(
            fold_term,
            "origin descent ethnic ethnicity nationality origine d'origine herkunft abstammung kökenli asıllı "
            "người dân tộc suku orang etnis bangsa ұлты ұлт народ народность 동포 족 zu und and y e et en i и".split(),
        )
    )
    affixes = ("-人", "-인", "ال")

    def detect(self, value: Any) -> Hit | None:
        hit = super().detect(value)
        if hit is not None or not isinstance(value, str) or len(value) > 96:
            return hit
        if ":" not in value and "-" not in value and "–" not in value:
            return None  # no separator of _PARTS (normalising makes none): under two parts, as the split finds
        # "Asian or Asian British - Indian", "White: Irish": a census group and its subgroup
        parts = [p for p in _PARTS.split(normalise_term(value)) if p]
        if len(parts) < 2:
            return None
        found = [f for f in map(self.lookup_plain, parts) if f is not None]
        if not found:
            return None
        best = max(found, key=lambda f: f[0])
        if len(found) >= 2 and len(found) == len(parts) and best[0] >= 0.3:
            return Hit(max(best[0], 0.7), best[1])  # "Asian - Pakistani": a group and its subgroup
        return Hit(best[0], best[1])
