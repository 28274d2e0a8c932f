"""The languages of evalgen4: which Faker and mimesis locales serve each, and the per-table context.

A table is written in one language: its field names come from `fieldnames.py` in that language
(English where a language has no word for a technical field, as real apps do) and its values from
the language's locales. ``Ctx`` bundles the seeded generators a value maker draws from.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from faker import Faker
from mimesis import Address, Person
from mimesis.locales import Locale


@dataclass(frozen=True)
class Lang:
    code: str  # our code: en, zh, zh_py (pinyin names), ru, ru_lat, kk, ...
    faker: str  # Faker locale for values
    mimesis: Locale  # mimesis locale for values
    iban: tuple[str, ...]  # IBAN countries of the people of this language
    nid: str  # national-id maker key (ids.py)
    dial: str  # international dialling code, for phone noise


LANGS: dict[str, Lang] = {
    "en": Lang("en", "en_US", Locale.EN, ("GB", "IE"), "us_ssn", "1"),
    "zh": Lang("zh", "zh_CN", Locale.ZH, ("DE",), "cn_ric", "86"),
    "zh_py": Lang("zh_py", "zh_CN", Locale.ZH, ("DE",), "cn_ric", "86"),
    "ru": Lang("ru", "ru_RU", Locale.RU, ("RU",), "ru_inn", "7"),
    "ru_lat": Lang("ru_lat", "ru_RU", Locale.RU, ("RU",), "ru_snils", "7"),
    "kk": Lang("kk", "ru_RU", Locale.KK, ("KZ",), "kz_iin", "7"),
    "kk_lat": Lang("kk_lat", "ru_RU", Locale.KK, ("KZ",), "kz_iin", "7"),
    "uk": Lang("uk", "uk_UA", Locale.UK, ("UA",), "ua_rntrc", "380"),
    "uk_lat": Lang("uk_lat", "uk_UA", Locale.UK, ("UA",), "ua_rntrc", "380"),
    "tr": Lang("tr", "tr_TR", Locale.TR, ("TR",), "tr_tckimlik", "90"),
    "ar": Lang("ar", "ar_SA", Locale.AR_SA, ("SA", "AE", "JO"), "eg_nid", "966"),
    "ar_lat": Lang("ar_lat", "ar_EG", Locale.AR_EG, ("SA", "AE", "EG"), "eg_nid", "20"),
    "fa": Lang("fa", "fa_IR", Locale.FA, ("IR",), "ir_melli", "98"),
    "hi": Lang("hi", "hi_IN", Locale.EN, ("GB",), "in_aadhaar", "91"),
    "hi_lat": Lang("hi_lat", "en_IN", Locale.EN, ("GB",), "in_pan", "91"),
    "id": Lang("id", "id_ID", Locale.EN, ("NL",), "id_nik", "62"),
    "ms": Lang("ms", "en_MS", Locale.EN, ("GB",), "my_nric", "60"),
    "vi": Lang("vi", "vi_VN", Locale.EN, ("FR",), "vn_cccd", "84"),
    "es": Lang("es", "es_ES", Locale.ES, ("ES",), "es_dni", "34"),
    "es_mx": Lang("es_mx", "es_MX", Locale.ES_MX, ("ES",), "mx_curp", "52"),
    "pt": Lang("pt", "pt_BR", Locale.PT_BR, ("BR", "PT"), "br_cpf", "55"),
    "fr": Lang("fr", "fr_FR", Locale.FR, ("FR", "BE"), "fr_nir", "33"),
    "de": Lang("de", "de_DE", Locale.DE, ("DE", "AT"), "de_idnr", "49"),
    "it": Lang("it", "it_IT", Locale.IT, ("IT",), "it_cf", "39"),
    "nl": Lang("nl", "nl_NL", Locale.NL, ("NL", "BE"), "nl_bsn", "31"),
    "pl": Lang("pl", "pl_PL", Locale.PL, ("PL",), "pl_pesel", "48"),
    "ja": Lang("ja", "ja_JP", Locale.JA, ("DE",), "jp_mynumber", "81"),
    "ko": Lang("ko", "ko_KR", Locale.KO, ("DE",), "kr_rrn", "82"),
}


@dataclass
class Ctx:
    """Seeded generators for one table."""

    lang: Lang
    seed: int
    rng: random.Random = field(init=False)
    fake: Faker = field(init=False)
    person: Person = field(init=False)
    address: Address = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.fake = Faker(self.lang.faker)
        self.fake.seed_instance(self.seed)
        self.person = Person(self.lang.mimesis, seed=self.seed)
        self.address = Address(self.lang.mimesis, seed=self.seed)

    @property
    def base(self) -> str:
        """The language without its script variant (``ru_lat`` -> ``ru``)."""
        return self.lang.code.split("_")[0]

    @property
    def latin(self) -> bool:
        return self.lang.code.endswith(("_lat", "_py"))
