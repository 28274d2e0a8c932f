"""Health data (``special.health``), a GDPR Art. 9 special category.

Detected:

* medical condition and diagnosis terms in English, Chinese and Russian, as the value or a
  word in it (``Type 2 diabetes``, ``HIV positive``, ``高血压``, ``抑郁症``, ``гипертония``);
* ICD-10 codes (``E11.9``, ``F32.1``): a chapter letter, two digits, an optional decimal
  part; codes without a decimal (``I10``) look like many other codes and are weaker;
* blood groups (``A+``, ``O-``, ``AB Rh+``), weak;
* German disability status (``GdB 50``, ``Grad der Behinderung 30``);
* allergens in several languages (``penicillin``, ``penicilina``, ``látex``), weak: an allergy
  field must say so;
* drugs: INN stems (``lisinopril``, ``atorvastatin``, ``omeprazole``) and common drugs and brands;
  SNOMED CT terms by their semantic tag (``Dyspnea (finding)``), LOINC long names
  (``Hemoglobin [Mass/volume] in Blood``); doses and regimens (``500 mg``, ``twice daily``), weak;
* CPT/HCPCS procedure codes (``99213``, ``0042T``, ``G0439``): five characters that look like
  many other codes, so only a field named for them (``cpt_code``, ``hcpcs``: ``strong_hints``)
  counts them.

Validated: vocabulary membership; ICD-10 by shape and chapter letter (U is reserved). Codes
and blood groups need the field's name (``diagnosis``, ``icd``, ``cie10``/``cid10``/``cim10``,
``condition``, ``诊断``, ``病史``, ``диагноз``).

>>> HealthDetector().detect("Type 2 diabetes mellitus") is not None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from ajar.detectors.base import Detector, Hit, load_words, short_text
from ajar.models import Category

_TERMS_EN = (
    "diabetes",
    "diabetic",
    "hypertension",
    "hiv",
    "aids",
    "hepatitis",
    "tuberculosis",
    "cancer",
    "carcinoma",
    "tumor",
    "tumour",
    "leukemia",
    "lymphoma",
    "asthma",
    "copd",
    "depression",
    "depressive",
    "anxiety disorder",
    "schizophrenia",
    "bipolar",
    "ptsd",
    "adhd",
    "autism",
    "dementia",
    "alzheimer",
    "parkinson",
    "epilepsy",
    "stroke",
    "myocardial infarction",
    "heart failure",
    "arrhythmia",
    "pregnant",
    "pregnancy",
    "obesity",
    "hiv positive",
    "covid-19",
    "covid",
    "influenza",
    "pneumonia",
    "arthritis",
    "osteoporosis",
    "migraine",
    "multiple sclerosis",
    "kidney disease",
    "renal failure",
    "cirrhosis",
    "hypothyroidism",
    "anemia",
    "anaemia",
    "allergy",
    "syphilis",
    "gonorrhea",
    "chlamydia",
    "herpes",
    "opioid use disorder",
    "alcohol dependence",
    "substance abuse",
    "disability",
    "paraplegia",
    "blindness",
    "deafness",
    "sickle cell",
    "hemophilia",
    "cystic fibrosis",
    "psoriasis",
    "eczema",
    "glaucoma",
    "cataract",
    "coronary artery disease",
    "chest pain",
    "fever",
    "fracture",
    "concussion",
    "seizure",
    "overdose",
    "miscarriage",
    "abortion",
    "chemotherapy",
    "dialysis",
    "insulin",
    "antidepressant",
    "methadone",
    "antiretroviral",
    # symptoms, labs, procedures, habits, trial arms (as clinical exports write them)
    "placebo",
    "disorder",
    "disorders",
    "syndrome",
    "headache",
    "nausea",
    "vomiting",
    "dizziness",
    "dyspnea",
    "dyspnoea",
    "shortness of breath",
    "abdominal pain",
    "back pain",
    "joint pain",
    "sore throat",
    "runny nose",
    "rash",
    "cough",
    "fatigue",
    "insomnia",
    "palpitations",
    "diarrhea",
    "diarrhoea",
    "constipation",
    "hemoglobin",
    "haemoglobin",
    "hematocrit",
    "platelet count",
    "leukocytes",
    "erythrocytes",
    "white blood cell",
    "red blood cell",
    "blood count",
    "lipid panel",
    "metabolic panel",
    "urinalysis",
    "thyroid",
    "creatinine",
    "cholesterol",
    "hba1c",
    "blood pressure",
    "blood glucose",
    "blood sugar",
    "biopsy",
    "electrocardiogram",
    "ecg",
    "ekg",
    "echocardiogram",
    "ct scan",
    "mri",
    "colonoscopy",
    "endoscopy",
    "appendectomy",
    "tonsillectomy",
    "physiotherapy",
    "psychotherapy",
    "psychiatry",
    "antenatal",
    "prenatal",
    "postnatal",
    "c-section",
    "cesarean",
    "caesarean",
    "vaccination",
    "immunization",
    "smoker",
    "non-smoker",
    "never smoked",
    "formerly smoked",
    "drinker",
    "non-drinker",
    "flu",
    "fractured",
    "sprain",
    "post-operative",
    "postoperative",
    "hypotension",
    "jaundice",
    "thalassemia",
    "phq-9",
    "gad-7",
    # Indonesian/Malay, Portuguese, Spanish, Italian, French, German phrases in ASCII
    "darah tinggi",
    "darah rendah",
    "asam lambung",
    "sakit kepala",
    "sakit perut",
    "dor de cabeca",
    "dor no peito",
    "falta de ar",
    "dolor de cabeza",
    "dolor de pecho",
    "dolor abdominal",
    "mal di testa",
    "maux de tete",
    "kopfschmerzen",
)
_TERMS_CN = (
    "糖尿病",
    "高血压",
    "艾滋病",
    "肝炎",
    "乙肝",
    "结核",
    "肺结核",
    "癌",
    "肿瘤",
    "白血病",
    "哮喘",
    "抑郁症",
    "抑郁",
    "焦虑症",
    "精神分裂",
    "精神病",
    "双相",
    "痴呆",
    "帕金森",
    "癫痫",
    "中风",
    "脑卒中",
    "心脏病",
    "冠心病",
    "心肌梗死",
    "怀孕",
    "孕",
    "肥胖",
    "肺炎",
    "关节炎",
    "残疾",
    "吸毒",
    "戒毒",
    "新冠",
    "梅毒",
    "病毒性",
    "慢性",
    "综合征",
    "障碍",
)
_TERMS_RU = (
    "диабет",
    "гипертония",
    "вич",
    "спид",
    "гепатит",
    "туберкулез",
    "туберкулёз",
    "рак",
    "астма",
    "депрессия",
    "шизофрения",
    "эпилепсия",
    "инсульт",
    "инфаркт",
    "беременность",
    "инвалидность",
)


def _by_first(terms: Iterable[str]) -> str:
    """An alternation of ``terms`` grouped by their first character (``a(?:sthma|nemia)|d(?:iabetes)``): the
    same strings, so a search finds a match exactly when the flat alternation does (only which match may
    differ), but each position tries one group instead of every term (~3x faster on the English terms)."""
    groups: dict[str, list[str]] = {}
    for term in sorted(terms, key=len, reverse=True):
        groups.setdefault(term[0], []).append(term[1:])
    return "|".join(re.escape(first) + "(?:" + "|".join(map(re.escape, rest)) + ")" for first, rest in groups.items())


# the Chinese terms anywhere in a value (searched with the term file's Han, kana and Hangul entries, below)
_CN = re.compile("|".join(re.escape(t) for t in sorted(_TERMS_CN, key=len, reverse=True)))


# conditions in more languages (ja, ko, zh-Hant, vi, ar, fa, hi, uk, kk, tr, nl, id/ms): how each entry of
# ``detectors/data/health.terms.txt`` is read is said there
_TERMS_FILE = load_words("health.terms.txt")
# Persian ی and ک as Arabic's, alef maksura as ي, a zero-width non-joiner as a space; Arabic short vowels, shadda,
# sukun and tatweel dropped (السُّكَّري); the Devanagari nukta dropped (डायबिटीज़ and डायबिटीज, ज़ुकाम and जुकाम)
_FOLD = str.maketrans(
    {"ی": "ي", "ک": "ك", "ى": "ي", "\u200c": " ", "\u0640": None, "\u093c": None}
    | {chr(c): None for c in range(0x064B, 0x0653)}
)


def _fold(text: str) -> str:
    """``text`` as the term file's entries are read: NFC, lower-cased, Turkish İ and ı as i, and ``_FOLD``."""
    folded = (text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)).lower()
    if "ı" in folded or "\u0307" in folded:
        folded = folded.replace("i\u0307", "i").replace("ı", "i")
    return folded.translate(_FOLD)


def _east_asian(term: str) -> bool:
    """Whether a term file entry is of Han, kana or Hangul characters (found anywhere in a value)."""
    return " " not in term and any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in term)


# what separates the words of a value for the phrases below (a Devanagari vowel sign is inside a word: no \W here)
_MORE_SPLIT = re.compile(r"[\s\d,.;:/()\[\]{}'\"+\-–—!?|،؛·*&_]+")


def _phrase(term: str) -> str:
    """A term file entry (or a value) as words between single spaces, folded and split as ``_MORE_SPLIT`` splits."""
    return " ".join(w for w in _MORE_SPLIT.split(_fold(term)) if w)


_TERMS_NOT = tuple(t[1:] for t in _TERMS_FILE if t.startswith("!"))
_TERMS_MORE = tuple(t for t in _TERMS_FILE if not t.startswith("!"))
_MORE_EN = tuple(t for t in _TERMS_MORE if t.isascii() and not t.endswith("*"))
_MORE_STEMS = tuple(_fold(t[:-1]) for t in _TERMS_MORE if t.endswith("*"))
_MORE_CJK = re.compile(_by_first(_fold(t) for t in _TERMS_MORE if _east_asian(t)))
# the ASCII entries are whole words in a value of other letters too (``Kalp krizi geçirdi``, ``HIV dương tính``)
_MORE_WORDS = frozenset(_phrase(t) for t in _TERMS_MORE if not t.endswith("*") and not _east_asian(t))
# each phrase by its first word: a value's words are looked up once each (the rest of a phrase compared after)
_MORE_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {}
for _term in sorted(_MORE_WORDS):
    _first, *_rest = _term.split()
    _MORE_PHRASES[_first] = (*_MORE_PHRASES.get(_first, ()), tuple(_rest))
# look-alikes ("!" entries): masked before the search, Han, kana and Hangul anywhere, others as whole words
_NOT_CJK = re.compile("|".join(re.escape(_fold(t)) for t in _TERMS_NOT if _east_asian(t)) or "(?!)")
_NOT_WORDS = re.compile(
    " (?:" + ("|".join(re.escape(_phrase(t)) for t in _TERMS_NOT if not _east_asian(t)) or "(?!)") + ") "
)
# an Arabic word's proclitic before the article (بالسكري, والسرطان, للسكري): read as the article's word
_AR_PROCLITIC = re.compile(r"(?<= )(?:[وف]?[بك]|[وف])(?=ال\S)|(?<= )[وف]?ل(?=ل\S)")


def _article(match: re.Match[str]) -> str:
    """What an ``_AR_PROCLITIC`` match is read as: nothing before ال, an alef for the ل of لل."""
    return "ا" if match.group().endswith("ل") else ""


def _more_term(text: str) -> bool:
    """Whether a non-ASCII ``text`` holds a condition of ``_TERMS_CN`` or the term file, its look-alikes masked: a
    Han, kana or Hangul entry anywhere, any other as whole words
    (one word, or a phrase whose words follow each other)."""
    folded = _fold(text)
    if max(folded) >= "\u3040":
        masked = _NOT_CJK.sub(" ", folded)
        if _CN.search(masked) or _MORE_CJK.search(masked):
            return True
    joined = " " + " ".join(w for w in _MORE_SPLIT.split(folded) if w) + " "
    if "ل" in joined:
        joined = _AR_PROCLITIC.sub(_article, joined)
    words = (_NOT_WORDS.sub("  ", joined) if _NOT_WORDS.search(joined) else joined).split()
    for i, word in enumerate(words):
        phrases = _MORE_PHRASES.get(word)
        if phrases is not None:
            for rest in phrases:
                if not rest or tuple(words[i + 1 : i + 1 + len(rest)]) == rest:
                    return True
    return False


# searched in the lower-cased text (the terms are lower-case ASCII and only ASCII text is searched: the
# same matches as IGNORECASE, at a third of the cost); only whether it matches is used
_EN = re.compile(r"\b(?:" + _by_first(t.lower() for t in (*_TERMS_EN, *_MORE_EN)) + r")\b")
# the Russian terms begin a word (their endings vary: диабетом, гипертонии); the short ones are whole words, with
# рак's case endings: as a word's start they read a rocket, a sink, a surname and a town (ракета, раковина,
# Ракитин, Вичуга) as health
_RU_WHOLE = frozenset({"вич", "спид", "рак"})
_RU = re.compile(
    r"\b(?:" + "|".join(t for t in _TERMS_RU if t not in _RU_WHOLE) + r"|(?:вич|спид|рак(?:а|у|ом|е|и|ов|ами|ах)?)\b)",
    re.IGNORECASE,
)
# stems of conditions in other European languages (and English terms missing above), matched at a word start
_STEMS = (
    "diabet ipertens hypertens hipertens hypotens ipotens asthm cancro tumore tumeur artros arthros "
    "artrit arthrit cardiopat kardiomyopat cardiomyopat polmonit pneumon neumon ipotiroid hypothyr hipotiroid "
    "ipertiroid hyperthyr depress ansia ansied anxiét anxiet angststör schizofren schizophr epiless epilep "
    "demenz demenza démence alzheimer parkinson ictus infarto infarkt infarctus bronchit bronchite gastrit "
    "epatit hepatit cirros zirrhose insufficienza niewydolno sclerosi sklerose obesit adipositas anemi anämi "
    "anémi emicrania migrän migräne leucemi leukämi linfoma lymphom carcinom carcinoma melanom glaucom glaukom "
    "cataratt katarakt allergi alergi anaphyla anafilass myocardit miocardit pericardit guillain-barr "
    "syndrom sindrom síndrom disturbo störung bipolar autis osteopor psoria eczem ekzem tuberkul "
    "gruźlic cukrzyc nadciśnieni astma zawał depresj choroba malattia maladie krankheit enfermedad doença "
    "insulin chemioterap chemotherap dialis dialys diabè bluthochdruck herzinsuff herzinfarkt schlaganfall "
    "diyabet hipertansiyon astım kanser hipotiroidi hipertensão diabetes hipertensión cáncer câncer "
    "depresión depressão ansiedade "
    "febre fiebre fièvre fieber febbre demam batuk pusing tosse husten übelkeit nausée náusea náuseas depresi "
    "kecemasan biópsia eletrocardiograma electrocardiograma ecografía ultraschall röntgen roentgen cesareo "
    "cesárea cesariana prematur ittero ictericia icterícia amigdalectom apendicectom appendizit"
).split() + list(_MORE_STEMS)
_STEM_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _t in map(_fold, _STEMS):
    _STEM_BY_HEAD[_t[:4]] = (*_STEM_BY_HEAD.get(_t[:4], ()), _t)
_WORD = re.compile(r"[^\W\d_][\w\-]{3,}")


def _has_letter(text: str) -> bool:
    """Whether ``text`` holds a letter (``str.isalpha``): the terms, stems, drugs, allergens, codes and doses
    all have one (tests/pipeline/test_speed_equivalence.py checks the verdicts are those without this test)."""
    return any(map(str.isalpha, text))


def _has_stem(text: str) -> bool:
    """Whether a word of ``text`` starts with one of the condition stems (a dict lookup per word), a non-ASCII
    ``text`` folded as the term file's entries (``DİYABET``, ``ASTIM``)."""
    for word in _WORD.findall(text.lower() if text.isascii() else _fold(text)):
        stems = _STEM_BY_HEAD.get(word[:4])
        if stems is not None and word.startswith(stems):
            return True
    return False


# allergens and drugs: on their own ordinary words, so the field's name must agree
_ALLERGENS = frozenset(
    "penicillin amoxicillin aspirin ibuprofen codeine morphine sulfa sulfonamides sulfa drugs latex peanut peanuts "
    "tree nuts shellfish lactose gluten nkda nka pollen bee stings bee sting dust mites eggs egg soy wheat "
    "iodine contrast dye nsaids opioids cephalosporins "
    # es / pt / fr / de / it
    "penicilina amoxicilina aspirina ibuprofeno codeína codeina morfina sulfamidas látex marisco mariscos "
    "cacahuete cacahuetes maní mani polen lactosa huevo huevos soja yodo ácaros acaros nueces "
    "amendoim camarão camarao leite ovo ovos glúten pólen "
    "pénicilline penicilline arachide arachides lactose pollens oeuf oeufs iode acariens "
    "penizillin erdnuss erdnüsse laktose hausstaub hausstaubmilben pollen nüsse jod "
    "penicillina arachidi crostacei lattosio polline uova nichel".split()
) | frozenset(
    {
        "sulfa drugs",
        "tree nuts",
        "bee stings",
        "bee sting",
        "dust mites",
        "contrast dye",
        "frutos secos",
        "frutos do mar",
        "fruits de mer",
        "fruits à coque",
        "frutti di mare",
    }
)
# drugs by their international nonproprietary name stems (WHO INN: -pril, -sartan, -statin...) and a
# list of common drugs and brands; a dose (``500 mg``) or a regimen (``twice daily``, ``1 tab bid``) alone
# is weak (supplements and recipes have doses too)
_DRUG_STEM = re.compile(
    r"\b[a-z]{3,}(?:pril|sartan|statin|olol|azole|mycin|cillin|dipine|tidine|oxetine|azepam|azolam|profen|"
    r"floxacin|cycline|semide|thiazide|parin|gliptin|gliflozin|lukast|buterol|moterol|triptan|setron|tinib|"
    r"zumab|ximab|umab|navir|clovir|vudine|formin|olone|isone|asone|denafil|tadine|triptyline|ipramine|"
    r"barbital|caine|oxacin|conazole|vastatin|prazole|tropin|sterone|estradiol)\b"
)
_DRUGS = frozenset(
    "paracetamol acetaminophen morphine codeine tramadol warfarin albuterol salbutamol sertraline citalopram "
    "escitalopram venlafaxine bupropion quetiapine olanzapine risperidone haloperidol levothyroxine clopidogrel "
    "gabapentin pregabalin diclofenac naproxen ketorolac cetirizine diphenhydramine methotrexate tamoxifen "
    "xanomeline didanosine ethambutol isoniazid rifampicin metronidazole insulin heparin lithium carbonate "
    "panadol nexium crestor lipitor ventolin zoloft prozac xanax valium tylenol advil motrin augmentin "
    "glucophage flagyl deltacortril olmetec bodrex promag ozempic humira keytruda".split()
)
_DOSE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|μg|iu)\b", re.IGNORECASE)
_REGIMEN = re.compile(
    r"\b(?:once|twice|three times|four times) (?:a |per )?(?:day|daily|week|weekly)\b|\bas needed\b|\bat bedtime\b|"
    r"\bevery \d+(?:-\d+)? hours\b|\b(?:bid|tid|qid|prn|qhs|q\d+h)\b|\b\dx ?(?:sehari|/day|/hr|daily)\b",
    re.IGNORECASE,
)
# _DOSE or _REGIMEN, for ASCII text lower-cased: one search instead of two, without IGNORECASE (every literal
# is lower case, and no ASCII character folds to µ or μ: the same verdict on ASCII text, at a third of the cost;
# tests/pipeline/test_speed_equivalence.py). Every branch of both starts and ends with \b.
_DOSE_OR_REGIMEN_ASCII = re.compile(
    r"\b(?:\d(?:\d*(?:[.,]\d+)?\s?(?:mg|mcg|µg|μg|iu)|x ?(?:sehari|/day|/hr|daily))"
    r"|(?:once|twice|three times|four times) (?:a |per )?(?:day|daily|week|weekly)|a(?:s needed|t bedtime)"
    r"|every \d+(?:-\d+)? hours|(?:bid|tid|qid|prn|qhs|q\d+h))\b"
)
# SNOMED CT semantic tags (``Dyspnea (finding)``) and LOINC long names (``Hemoglobin [Mass/volume] in Blood``)
_SNOMED_TAG = re.compile(
    r"\((?:disorder|finding|procedure|situation|body structure|substance|observable entity|regime/therapy|"
    r"morphologic abnormality|physical object|clinical drug|medicinal product|event)\)\s*$"
)
_LOINC_NAME = re.compile(
    r"\[(?:Mass|Moles|#|Volume|Entitic|Presence|Units|Enzymatic|Arbitrary|Number|Ratio|Pressure|Percentile|"
    r"Score|Interpretation|Mass or Moles|Catalytic)[^\]]{0,30}\]"
)
# blood groups as Japanese/Chinese (``A型``) and some exports (``POSITIVE_A``) write them
_BLOOD_MORE = re.compile(r"(?:A|B|AB|O)型|(?:POSITIVE|NEGATIVE)[_ ](?:A|B|AB|O)|(?:A|B|AB|O)[_ ](?:POSITIVE|NEGATIVE)")
# ``\s*:?\s*`` written as ``\s*+(?::\s*+)?``: the same strings, without backtracking the two space
# runs against each other (quadratic: 0.3 ms a value of 200 spaces)
_GDB = re.compile(r"(?:GdB|GdS|Grad der (?:Behinderung|Schädigungsfolgen))\s*+(?::\s*+)?\d{2,3}\b", re.IGNORECASE)
_CPT = re.compile(r"\d{4}[0-9FT]|[A-V]\d{4}")
_ICD10 = re.compile(r"([A-TV-Z])(\d\d)(?:\.(\d{1,3}|[A-Z0-9]{1,4}))?")
_BLOOD = re.compile(r"(?:A|B|AB|O|0)\s?(?:Rh)?\s?[+\-−]|(?:A|B|AB|O)\s?(?:pos|neg|positive|negative)", re.IGNORECASE)


# field names that say "health" in many languages: vitals, labs, diagnoses, conditions, drugs,
# allergies, disabilities, pregnancy, mental health, questionnaire scores, clinical-trial (CDISC) names
_MORE_NAMES = (
    # en
    "diagnosis_code", "primary_diagnosis", "icd9", "icd_9", "icd10cm", "icd_10", "loinc", "loinc_code",
    "snomed", "snomed_ct", "rxnorm", "ndc", "ndc_code", "drg", "drg_code", "medications", "medicine",
    "medicines", "meds", "medicated", "drug", "drugs", "drug_name", "drugname", "drug_code", "med_name",
    "active_ingredient", "prescribed", "prescriptions", "dosage", "complaint", "chief_complaint",
    "complaints", "symptom_duration", "fever", "cough", "fatigue", "pain", "pain_level", "pain_score",
    "nausea", "headache", "bmi", "blood_pressure", "bloodpressure", "systolic", "diastolic", "sysbp",
    "diabp", "systolic_bp", "diastolic_bp", "sys_bp", "dia_bp", "mean_sys", "mean_dias", "bpmeds",
    "heart_rate", "heartrate", "pulse_rate", "resting_hr", "respiratory_rate", "respiratoryrate",
    "resp_rate", "oxygen_saturation", "oxygensaturation", "spo2", "o2sat", "o2_sat", "glucose",
    "blood_glucose", "blood_sugar", "cholesterol", "totchol", "hba1c", "a1c", "triglycerides",
    "hemoglobin", "haemoglobin", "creatinine", "lab_result", "labresult", "test_result", "lab_test",
    "specimen", "specimen_type", "biopsy", "histology", "pathology", "radiology", "findings",
    "impression", "impressions", "smoker", "smokers", "smoking", "smokes", "smoke", "smoking_status",
    "current_smoker", "currentsmoker", "cigs", "cigsperday", "tobacco", "alcohol_use", "alcohol_usage",
    "alcohol_consumption", "drinker", "alcabuse", "substance_use", "hypertension", "hypertensive",
    "antihypertensive", "prevalenthyp", "prevalentstroke", "diabetes", "diabetic", "cancer", "tumor",
    "tumour", "asthma", "depression", "depressed", "anxiety", "anxiety_level", "anxiety_score",
    "dementia", "arrhythmia", "stroke_history", "heart_disease", "obese", "obesity", "chronic",
    "chronic_conditions", "pre_existing_conditions", "preexisting", "family_history", "medical_history",
    "past_medical_history", "surgical_history", "surgery", "surgeries", "procedure_code", "allergen",
    "allergen_name", "allergens", "allergic", "intolerance", "intolerances", "pregnant", "pregnancies",
    "gestation", "gestational", "gestational_age", "trimester", "apgar", "mental_health", "psych",
    "psychiatric", "psychological", "phq", "phq9", "phq_9", "gad7", "gad_7", "mmse", "mmsetot",
    "moca", "updrs", "ecog", "karnofsky", "gcs", "nihss", "epds", "hads", "kessler", "fogq",
    "vaccination", "vaccinated", "vaccine", "vaccines", "immunization", "immunisation", "disabled",
    "disabilities", "disability_status", "impairment", "wheelchair", "hearing_loss", "genotype",
    "phenotype", "allele", "metabolizer", "metabolizer_status", "carrier_status", "genetic_markers",
    "comorbid", "infection", "infected", "hospitalized", "hospitalised", "icu_admission", "therapy",
    "therapies", "sick_leave", "sickness", "illnesses", "injury", "injuries", "wound", "prognosis",
    "aeterm", "aedecod", "aebodsys", "aesev", "aeser", "aerel", "aetoxgr", "aecat", "cmtrt", "cmdecod",
    "mhterm", "mhdecod", "lbtest", "lbtestcd", "vstest", "vstestcd", "trt01p", "trt01a", "trtp",
    # es / pt
    "sintomas", "síntomas", "sintoma", "síntoma", "medicamento", "medicamentos", "medicamento_actual",
    "tratamiento", "tratamento", "presion_arterial", "presión_arterial", "presion", "presión",
    "frecuencia_cardiaca", "glucosa", "colesterol", "imc", "tipo_sangre", "tipo_de_sangre",
    "grupo_sanguineo", "grupo_sanguíneo", "sangre", "antecedentes", "antecedentes_medicos", "embarazo",
    "embarazada", "fumador", "fumadora", "vacuna", "vacunas", "remedio", "remédio", "pressao_arterial",
    "pressão_arterial", "glicemia", "glicose", "tipo_sanguineo", "tipo_sanguíneo", "sangue", "gestante",
    "gravidez", "fumante", "tabagismo", "comorbidade", "comorbidades", "doencas", "doenças", "vacina",
    # fr / it / de / nl
    "symptomes", "symptômes", "médicament", "medicament", "médicaments", "medicaments", "traitement",
    "ordonnance", "tension_arterielle", "tension_artérielle", "glycemie", "glycémie", "groupe_sanguin",
    "grossesse", "enceinte", "fumeur", "antecedents", "antécédents", "sintomi", "farmaco", "farmaci",
    "terapia", "pressione", "colesterolo", "gruppo_sanguigno", "gravidanza", "gestazione", "patologie",
    "fumatore", "disabilita", "disabilità", "befund", "befunde", "symptome", "medikament", "medikamente",
    "arzneimittel", "behandlung", "blutdruck", "blutzucker", "blutgruppe", "schwangerschaft", "schwanger",
    "raucher", "vorerkrankung", "vorerkrankungen", "diagnosen", "symptomen", "ziekte", "medicatie",
    "medicijn", "medicijnen", "behandeling", "bloeddruk", "bloedsuiker", "bloedgroep", "zwanger",
    "zwangerschap", 
    # pl / tr
    "objawy", "choroba", "choroby", "leki", "leczenie", "cisnienie", "ciśnienie", "ciśnienie_krwi",
    "tetno", "tętno", "glukoza", "grupa_krwi", "ciaza", "ciąża", "niepelnosprawnosc", "niepełnosprawność",
    "palacz", "teshis", "teşhis", "tanı", "hastalık", "belirti", "belirtiler", "ilac", "ilaç", "tedavi",
    "alerji", "tansiyon", "kan_basinci", "kan_basıncı", "nabiz", "nabız", "kan_grubu", "gebelik",
    "hamile", "engelli", "engellilik", "sigara", "saglik", "sağlık", "saglik_durumu", "sağlık_durumu",
    # id / ms / vi
    "diagnosa", "keluhan", "penyakit", "gejala", "obat", "ubat", "riwayat_penyakit", "alergi",
    "tekanan_darah", "denyut_nadi", "golongan_darah", "gol_darah", "darah", 
    "kehamilan", "disabilitas", "merokok", "rekam_medis", "kesehatan", "kesihatan", "sakit",
    "chan_doan", "chandoan", "trieu_chung", "benh", "benh_an", "thuoc", "di_ung", "huyet_ap",
    "nhom_mau", "mang_thai", "tien_su_benh", "chẩn_đoán", "triệu_chứng", "bệnh", "thuốc", "dị_ứng",
    "huyết_áp", "nhóm_máu",
    # public clinical tables and coding schemes: UCI heart (trestbps, thalach...), Pima diabetes,
    # stroke, Framingham, NHANES variable codes, CDISC ADaM, FHIR/OMOP element names, ICD/ATC
    "trestbps", "thalach", "thalachh", "restecg", "exang", "oldpeak", "skinthickness", "skin_thickness",
    "diabetespedigreefunction", "diabetes_pedigree", "diabetes_pedigree_function", "avg_glucose_level",
    "tenyearchd", "chd", "has_mi", "myocardial_infarction", "dyslipidaemia", "dyslipidemia", "arthritis",
    "hypopituitary", "hypothyroidism", "hyperthyroidism", "erythema", "erythema_nodosum", "beta_blocker",
    "betablocker", "lithium", "hba2", "hbf", "time_in_range", "time_below_range", "time_above_range",
    "cumdose", "disdur", "mmsegrp", "mmsegrpn", "atoxgr", "atoxgrn", "anrind", "bnrind", "pchg",
    "bmxbmi", "bmxwt", "bmxht", "bmxwaist", "bpxsy1", "bpxdi1", "bpxpls", "lbxglu", "lbxgh", "lbxtc",
    "lbdhdd", "lbdldl", "lbxtr", "diq010", "smq020", "icd9_code", "icd10_code", "atc", "atc_code",
    "bodysite", "body_site", "bodysite_code", "clinicalstatus", "clinical_status", "verificationstatus",
    "drug_exposure", "condition_occurrence", "mrsa", "vre", "cdiff", "c_diff", "sepsis", "pneumonia",
    "tuberculosis", "malaria", "inheritance_pattern", "deterioration_risk", "physician_comment",
    "adherence", "medication_adherence", "adherence_pct", "walc", "dalc", "alkohol", "alkhol", "depress",
    "biomarker", "biomarkers", "critical_flag", "normal_flag", "abnormal_flag", "alel1", "alel2",
    "triase", "hipertensi", "hipertension", "hipertensão", "diabetes_mellitus", "kolesterol", "gula_darah",
    # other scripts (substrings of the name)
    "симптом", "лекарств", "лечение", "аллерги", "группа_крови", "группа крови", "пульс", "инвалидн",
    "курение", "анамнез", "мкб", "діагноз", "симптоми", "хвороб", "захворювання", "ліки", "лікування",
    "алергі", "група_крові", "група крові", "вагітн", "інвалідн", "ауру", "аурулар", "дәрі", "қан_тобы",
    "қан тобы", "жүктілік", "мүгедек", "تشخيص", "مرض", "الأعراض", "أعراض", "اعراض", "دواء", "الأدوية",
    "ادوية", "علاج", "حساسية", "ضغط_الدم", "ضغط الدم", "فصيلة_الدم", "فصيلة الدم", "زمرة_الدم", "إعاقة",
    "اعاقة", "السكري", "تشخیص", "بیماری", "علائم", "دارو", "درمان", "آلرژی", "حساسیت", "فشار_خون",
    "فشار خون", "گروه_خونی", "گروه خونی", "بارداری", "معلولیت", "निदान", "रोग", "बीमारी", "लक्षण",
    "दवा", "इलाज", "उपचार", "एलर्जी", "रक्तचाप", "रक्त_समूह", "रक्त समूह", "गर्भावस्था", "विकलांग",
    "症状", "疾患", "病気", "投薬", "服薬", "処方", "治療", "アレルギー", "血圧", "血糖", "血液型", "妊娠",
    "障害者", "障がい", "脈拍", "心拍", "질병", "질환", "증상", "약물", "투약", "처방", "치료", "알레르기",
    "혈압", "혈당", "혈액형", "임신", "장애인", "장애등급", "병력", "药物", "用药", "处方", "治疗", "过敏",
    "心率", "脉搏", "病历", "主诉", "化验", "检验结果", "检查结果", "残疾", "孕周",
)  # fmt: skip


# field names of clinical tables as schema writers spell them (``tbil``, ``gravida``, ``qsofa``, ``anosmia``,
# ``收缩压``): context hints, see ``detectors/data/health.context.txt``
_CONTEXT_MORE = load_words("health.context.txt")
# names that say "health" outright (instruments, drugs, symptoms in several languages, body composition):
# name hints, see ``detectors/data/health.names.txt``
_NAMES_FILE = load_words("health.names.txt")
# names that are health beside a clinical table's values and other things elsewhere (stress, sleep, congestion,
# weakness, a sense's sight): conditional hints, see ``detectors/data/health.conditional.txt``
_CONDITIONAL_FILE = load_words("health.conditional.txt")


class HealthDetector(Detector):
    """A diagnosis, condition, ICD-10 code or blood group."""

    id = "health"
    category = Category.HEALTH
    description = "Health data: conditions and diagnoses (EN/ZH/RU vocabularies), ICD-10 codes, blood groups."
    name_hints = (
        "diagnosis",
        "diagnoses",
        "dx",
        "icd",
        "icd10",
        "icd_code",
        "cie10",
        "cie_10",
        "cid10",
        "cid_10",
        "cim10",
        "cim_10",
        "schwerbehindert",
        "schwerbehinderung",
        "behinderung",
        "gdb",
        "grad_der_behinderung",
        "discapacidad",
        "deficiencia",
        "deficiência",
        "handicap",
        "invalidita",
        "invalidità",
        "alergias",
        "alergenos",
        "alérgenos",
        "allergene",
        "allergènes",
        "condition",
        "conditions",
        "disease",
        "illness",
        "medical",
        "health",
        "medication",
        "treatment",
        "symptom",
        "symptoms",
        "allergy",
        "allergies",
        "blood",
        "bloodtype",
        "blood_type",
        "disability",
        "pregnancy",
        "hiv",
        "patient",
        "clinical",
        "zd",
        "jbs",
        "bs",
        "jkzk",
        "诊断",
        "病史",
        "疾病",
        "病情",
        "健康",
        "健康状况",
        "病名",
        "血型",
        "既往病史",
        "диагноз",
        "заболевание",
        "болезнь",
        "здоровье",
        "التشخيص",
        "المرض",
        "الحالة_الصحية",
        "diagnose",
        "krankheit",
        "diagnostic",
        "diagnóstico",
        "diagnosi",
        "diagnostico",
        "diagnoza",
        "rozpoznanie",
        "malattia",
        "patologia",
        "pathologie",
        "erkrankung",
        "maladie",
        "allergie",
        "allergia",
        "alergia",
        "alergie",
        "adverse",
        "medical_history",
        "anamnesis",
        "anamnese",
        "padecimiento",
        "enfermedades",
        "doenca",
        "doença",
        "krankheiten",
        "adverse_event",
        "adverse_reaction",
        "side_effect",
        "side_effects",
        "reaction",
        "comorbidity",
        "comorbidities",
        "hastalik",
        "tani",
        "診断",
        "病名",
        "既往歴",
        "病歴",
        "진단",
        "병명",
        "enfermedad",
        # found by an outside review (review25b): pregnancy in Italian, Persian and Chinese (as ``pregnancy``,
        # ``妊娠``, ``임신``), Korean heart rate (as ``心率``, ``心拍``), diagnosis, blood group and disease in Latin
        # letters (ru diagnoz, gruppa krovi; zh zhenduan, xuexing, jibing; hi bimari, raktchap)
        "incinta",
        "حاملگی",
        "怀孕",
        "심박",
        "diagnoz",
        "gruppa_krovi",
        "zhenduan",
        "xuexing",
        "jibing",
        "bimari",
        "bimaari",
        "raktchap",
        *_MORE_NAMES,
        *sorted(_NAMES_FILE),
    )
    negative_hints = (
        "product",
        "sku",
        "part",
        "model",
        "grid",
        "cell",
        "seat",
        "room",
        "version",
        "status_code",
        "color",
        "size",
        "country",
        "category_code",
        # ids, dates and money of clinical records are no health data themselves (``patient_id``,
        # ``admission_date``, ``HEALTHCARE_EXPENSES``)
        "id",
        "ids",
        "uuid",
        "date",
        "cost",
        "costs",
        "expenses",
        "coverage",
        "price",
        "fee",
        "insurance",
        # a firm's appetite for risk (``risk_appetite``) is no patient's
        "risk_appetite",
        # CJK hints are found inside names: a fuel's or a device's heat output and a heating element (fever's
        # 发热/発熱/발열), an enthusiast's 发烧友, a material's fatigue life and strength (疲劳), a venue's smoking
        # area, room or seat (吸烟/흡연/喫煙, as ``room`` and ``seat`` above)
        "发热量", "发热体", "发烧友", "发烧级", "発熱量", "発熱体", "발열량", "발열체",
        "疲劳寿命", "疲劳强度", "疲劳试验",
        "吸烟区", "吸烟室", "吸烟房", "喫煙席", "喫煙室", "喫煙所", "흡연실", "흡연석", "흡연구역",
        # a blood bank's or a pharmacy's stock, a catalogue, a food's allergens, a venue's access, a tyre's pressure
        # (Spanish, Italian, German, Turkish), a Turkish device (``tansiyon aleti``), a limit (``心率上限``), software's
        # race condition (review25b)
        "stock", "inventory", "estoque", "existencias", "blood_bank", "bloodbank", "banco_de_sangre", "banco_sangre",
        "catalog", "catalogue", "catalogo", "contains", "ingredient", "ingredients", "recipe", "accessible",
        "accessibility", "disability_access", "neumatico", "neumático", "pneumatico", "pneu", "tire", "tyre",
        "reifen", "lastik", "aleti", "上限", "下限", "race_condition", "race_conditions", "allergen_free",
    )  # fmt: skip
    # clinical measurements, lab panels and risk factors: a table whose fields are named so is about health
    context_hints = (
        "hb", "hgb", "hba", "hba1c", "hemoglobin", "haemoglobin", "hct", "pcv", "rbc", "wbc", "plt",
        "platelets", "mcv", "mch", "mchc", "rdw", "neut", "neutrophils", "lymph", "lymphocytes", "mono",
        "eos", "baso", "esr", "crp", "tsh", "t3", "t4", "ft3", "ft4", "fti", "t4u", "thyroxine", "thyroid",
        "alt", "ast", "alp", "ggt", "ldh", "bilirubin", "albumin", "creatinine", "urea", "bun", "egfr",
        "sodium", "potassium", "chloride", "calcium", "glucose", "insulin", "cholesterol", "chol", "ldl",
        "hdl", "triglycerides", "bmi", "bp", "sbp", "dbp", "systolic", "diastolic", "pulse", "heartrate",
        "spo2", "inr", "ferritin", "psa", "troponin", "bnp", "diabetes", "diabetic", "hypertension",
        "stroke", "cancer", "tumor", "tumour", "asthma", "goitre", "goiter", "smoking", "cigs", "pregnant",
        "pregnancies", "symptoms", "lesion", "biopsy", "dosage", "dose", "mg", "prescription", "icu",
        "admission", "discharge", "ward", "ecg", "ekg", "mri", "xray", "sick", "hypothyroid",
        "hyperthyroid", "anemia", "anaemia", "thalassemia", "hepatitis", "sgot", "sgpt", "血糖", "血压",
        "血红蛋白", "胆固醇", "глюкоза", "гемоглобин", "холестерин", "давление",
        # measurements and clinical words that are also other things (a wine's alcohol, a parcel's
        # weight, a city's temperature, a GraphQL mutation): they say "health" only with their table
        "weight", "height", "temperature", "temp", "alcohol", "severity", "frequency", "route", "triage",
        "mutation", "mutations", "gene", "abnormal", "peso", "altura", "poids", "taille", "gewicht", "größe",
        "grösse", "waga", "wzrost", "berat", "tinggi", "tindakan", "nadi", "denyut", "tekanan", "dosis",
        "cardio", "gluc", "alco", "ap_hi", "ap_lo", "wt", "ht", "wt_lb", "ht_in", "体重", "身长", "身高",
        "体温", "вес", "температура", "пульс", "الوزن", "الطول",
        # a pulse in Spanish and Portuguese, French, German, Italian, Arabic, a Turkish heart rate, as ``pulse``
        # (review25b)
        "pulso", "pouls", "puls", "polso", "kalp_hizi", "kalp_hızı", "نبض",
        # round 12: clinical in a clinical table, other things elsewhere (a sensor's temperature, a product's
        # weight, a customer's complaint, water treatment, a tool shed, a transistor, a shop's strain); a tempo's
        # ``avg_bpm``/``max_bpm`` is in no list: even as a context word it read a song table's tempo as health
        "nhiet_do", "nhiệt_độ", "can_nang", "cân_nặng", "peak_flow",
        "sikayet", "şikayet", "tratament", "ricovero", "bipolar", "cannabis", "xet_nghiem", "xét_nghiệm",
        # lab analytes, vitals, symptoms, comorbidities, clinical scores, obstetric terms, drugs and
        # treatment flags in many languages (a data file: written blind, round 6)
        *sorted(_CONTEXT_MORE),
    )  # fmt: skip
    # words of clinical tables that are also other things (``ca`` a state or calcium, ``slope`` of
    # terrain, ``outcome`` of a game or a call, ``falls`` of water, ``chg``/``aval`` of ADaM or a
    # price change): health only when the model reads the rest of the column and table so too
    conditional_hints = (
        "ca", "thal", "slope", "cp", "fbs", "outcome", "chg", "aval", "paramcd", "falls", "reasoncode",
        "reason_code", "criticality", "risk_level", "result_value", "resultvalue", "valuedecimal",
        "valuequantity",
        # pregnant, and a holder or bearer (Turkish ``hamil``, Arabic ``حامل``: a card's, a certificate's) (review25b)
        "hamil", "حامل",
        *sorted(_CONDITIONAL_FILE),
    )  # fmt: skip
    # procedure codes (5 characters) say "health" only under a name that says CPT/HCPCS outright
    strong_hints = ("cpt", "cpt4", "cpt_code", "cptcode", "hcpcs", "hcpcs_code")
    accepts = frozenset({"str", "int"})

    def detect(self, value: Any) -> Hit | None:
        text = short_text(value, 200)
        if text is None:
            return None
        if not isinstance(value, str):  # integers: only a CPT code's shape
            return Hit(0.15, {"scheme": "cpt"}) if len(text) == 5 and _CPT.fullmatch(text) else None
        if len(text) == 5 and _CPT.fullmatch(text):
            return Hit(0.15, {"scheme": "cpt"})
        if not _has_letter(text):
            # every form below needs a letter, but a blood group written ``0+`` and a LOINC name's ``[#]``
            if len(text) <= 12 and _BLOOD.fullmatch(text):
                return Hit(0.25, {"scheme": "blood_group"})
            if _LOINC_NAME.search(text):
                return Hit(0.7, {"scheme": "loinc"})
            return None
        if _GDB.match(text):
            return Hit(0.8, {"scheme": "disability"})
        if len(text) <= 12:
            m = _ICD10.fullmatch(text.upper())
            if m is not None:
                return Hit(0.5 if m.group(3) else 0.25, {"scheme": "icd10"})
            if _BLOOD.fullmatch(text) or _BLOOD_MORE.fullmatch(text.upper()):
                return Hit(0.25, {"scheme": "blood_group"})
        if _SNOMED_TAG.search(text):
            return Hit(0.8, {"scheme": "snomed"})
        if _LOINC_NAME.search(text):
            return Hit(0.7, {"scheme": "loinc"})
        lower = text.lower()
        if text.isascii() and _EN.search(lower):
            return Hit(0.75, {"scheme": "term"})
        if text.isascii():
            words = lower.split()
            if words and (words[0] in _DRUGS or _DRUG_STEM.search(lower)):
                return Hit(0.6, {"scheme": "drug"})
        if not text.isascii() and (_RU.search(text) or _more_term(text)):
            return Hit(0.75, {"scheme": "term"})
        if _has_stem(text):
            return Hit(0.7, {"scheme": "term"})
        if len(text) <= 24 and text.lower() in _ALLERGENS:
            return Hit(0.3, {"scheme": "allergen"})
        if len(text) <= 60 and (
            _DOSE_OR_REGIMEN_ASCII.search(lower) if text.isascii() else (_DOSE.search(text) or _REGIMEN.search(text))
        ):
            return Hit(0.3, {"scheme": "dose"})
        return None
