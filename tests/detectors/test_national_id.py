"""Table tests for the ``national_id``detector: synthetic positives and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from ajar.detectors.national_id import NationalIdDetector
from tests.name_hints import name_agrees, name_conditional, name_table

DET = NationalIdDetector()

# values that must be detected (synthetic, checksum-valid where the scheme has a check)
POSITIVE: list[Any] = [
    "11010519491231002X",
    "310104196901194043",
    "536-90-4399",
    "123.456.789-09",
    "90830166173",
    "19960308286",
    "59033195281",
    "12345678Z",
    "X1234567L",
    "RSSMRA85T10A562S",
    "131052-308T",
    "1 84 12 76 451 089 46",
    110101199805250743,
]

# hard negatives: look-alikes that must not be detected
NEGATIVE: list[Any] = [
    "110105194912310021",
    "123456789012345678",
    "000-00-0000",
    "666-12-3456",
    "11111111111",
    "abcdefghijklmnop",
    "2024-01-01",
    "4111111111111111",
    "+86 138 0013 8000",
    12345,
]


POSITIVE += [
    "2345 6789 0124",  # Aadhaar in groups of four (Verhoeff)
    "6684-4205-7948",
    "376901169857",
    "596-10-4263",  # dashed SSN
    "4510 123456",  # Russian passport (shape only)
]
NEGATIVE += ["000-00-0000", "1111 1111 1111"]


def test_aadhaar_and_dashed_ssn_strength() -> None:
    aadhaar = DET.detect("6684-4205-7948")
    assert aadhaar is not None and aadhaar.detail["scheme"] == "in_aadhaar" and aadhaar.strength >= 0.55
    ssn = DET.detect("596-10-4263")
    assert ssn is not None and ssn.detail["scheme"] == "us_ssn" and ssn.strength >= 0.6


def test_bare_passport_digits_need_a_passport_name() -> None:
    hit = DET.detect("4510123456")
    assert hit is not None and hit.strength < 0.12


POSITIVE += ["12.345.678-5", "34101-2345678-1", "85073003328", "3171011708450001", "AB 12 34 56 C"]
NEGATIVE += ["QQ123456C", "GB123456A", "AB123456E"]


@pytest.mark.parametrize("value", POSITIVE)
def test_detects(value: Any) -> None:
    assert DET.detect(value) is not None


@pytest.mark.parametrize("value", NEGATIVE)
def test_rejects(value: Any) -> None:
    assert DET.detect(value) is None


# scheme and country per value; strength says how much the check alone proves
SCHEMES = [
    ("11010519491231002X", "cn_ric", "cn", 0.9),
    ("536-90-4399", "us_ssn", "us", 0.0),
    ("123.456.789-09", "br_cpf", "br", 0.85),
    ("12345678Z", "es_dni", "es", 0.85),
    ("RSSMRA85T10A562S", "it_codicefiscale", "it", 0.9),
]


SCHEMES += [
    ("12.345.678-5", "cl_rut", "cl", 0.8),
    ("34101-2345678-1", "pk_cnic", "pk", 0.8),
    ("AB 12 34 56 C", "gb_nino", "gb", 0.6),
    ("3171011708450001", "id_nik", "id", 0.6),
]


@pytest.mark.parametrize(("value", "scheme", "country", "min_strength"), SCHEMES)
def test_scheme(value: str, scheme: str, country: str, min_strength: float) -> None:
    hit = DET.detect(value)
    assert hit is not None
    assert hit.detail["scheme"] == scheme and hit.detail["country"] == country
    assert hit.strength >= min_strength


def test_ssn_without_check_digit_is_weak() -> None:
    hit = DET.detect("536904399")
    assert hit is not None and hit.strength < 0.5


def test_field_name_picks_the_scheme() -> None:
    # an 11-digit value valid as a PESEL and maybe another scheme: the field's name decides
    hits = [h for h in (DET.detect(v) for v in ("59033195281", "66110961019")) if h is not None]
    assert DET.field_detail(hits, ("pesel",))["scheme"] == "pl_pesel"


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("061211600012", True),  # the published example IIN (born 2006-12-11, 21st century, female)
        ("900501400127", True),  # check digit from the first weight pass
        ("061211600013", False),  # wrong check digit
        ("061311600012", False),  # month 13
        ("061211700012", False),  # century-and-sex digit 7 does not exist
        ("06121160001", False),  # 11 digits
    ],
)
def test_kz_iin_validation(value: str, valid: bool) -> None:
    """Kazakhstan's IIN: python-stdnum has no kz module, so the check digit is ours (stdnum-style)."""
    from ajar.detectors.national_id import _kz_iin

    assert _kz_iin(value) is valid


def test_kz_iin_under_its_field_name_is_reported_as_kz() -> None:
    from ajar.models import Record
    from ajar.pipeline.classify import classify_records

    iins = ["061211600012", "900501400127"]
    res = classify_records([Record({"iin": iins[i % 2], "city": "Almaty"}) for i in range(20)])
    field = next(f for f in res.fields if f.path == "iin")
    assert field.category.value == "person.national_id" and field.detail.get("country") == "kz"


# formats that name a scheme, with a wrong check digit (mock data): weak shape hits
@pytest.mark.parametrize(
    ("value", "scheme"),
    [
        ("123.456.789-00", "br_cpf"),
        ("PRTMRA80A01H501Z", "it_codicefiscale"),
        ("ABCD123456HDFRRR09", "mx_curp"),
        ("12345678A", "es_dni"),
        ("X1234567A", "es_nie"),
        ("900101-1234567", "kr_rrn"),
        ("112-233-445 96", "ru_snils"),
        ("2345 6789 0123", "in_aadhaar"),
    ],
)
def test_wrong_check_is_a_weak_shape(value: str, scheme: str) -> None:
    hit = DET.detect(value)
    assert (
        hit is not None
        and hit.strength <= 0.3
        and hit.detail
        == {
            "scheme": scheme,
            "country": hit.detail["country"],
            "check": "shape",
        }
    )


@pytest.mark.parametrize(("value", "scheme"), [("112-233-445 95", "ru_snils"), ("GODE561231GR8", "mx_rfc")])
def test_snils_and_rfc(value: str, scheme: str) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.detail["scheme"] == scheme and hit.strength >= 0.5


@pytest.mark.parametrize("value", ["2024-01-01", "12345678", "4111111111111111", "666-12-3456", "ABC-123-XYZ"])
def test_no_shape_hit(value: str) -> None:
    assert DET.detect(value) is None


# field names that say the category
NAMES_AGREE = (
    "ssn", "social_security_number", "cedula", "documentoIdentita", "CCCD", "no_ktp", "tc_kimlik_no",
    "Driving_License_Number__c", "nhNumber", "personalNumber", "national_code",
    "身份证号", "マイナンバー", "주민등록번호", "снилс", "کد_ملی", "आधार", "numSeguro",
)  # fmt: skip
# false friends: names that must not say it
NAMES_NOT = (
    "identification_type", "aadhaar_verified", "passport_stamp", "senior_citizen", "social_support_score",
    "run_id", "codicePrenotazione", "SERIES_UID", "sin_angle",
)  # fmt: skip


@pytest.mark.parametrize(("name", "agrees"), name_table(NAMES_AGREE, NAMES_NOT))
def test_field_names(name: str, agrees: bool) -> None:
    assert name_agrees(DET, name) is agrees


@pytest.mark.parametrize("name", ["documento", "SeniorCitizen", "cf", "social", "drivers"])
def test_ambiguous_names_are_conditional(name: str) -> None:
    assert name_conditional(DET, name)


# schemes of the Gulf and Malaysia (synthetic numbers: Luhn digits computed here, a MyKad has none): the
# Emirates ID and MyKad as the cards print them name their scheme; a bare MyKad or Saudi ID is weak
@pytest.mark.parametrize(
    ("value", "scheme", "strength"),
    [
        ("784-1990-1234567-6", "ae_eid", 0.85),  # 784, birth year 1990, serial, Luhn
        ("784199012345676", "ae_eid", 0.8),
        ("1123456780", "sa_nin", 0.3),  # a citizen's (1) national ID, Luhn
        ("2123456788", "sa_nin", 0.3),  # a resident's (2) Iqama number
        ("900101-14-5678", "my_nric", 0.85),  # born 1990-01-01, place code 14 (Kuala Lumpur)
        ("900101145678", "my_nric", 0.35),
    ],
)
def test_gulf_and_malaysian_ids(value: str, scheme: str, strength: float) -> None:
    hit = DET.detect(value)
    assert hit is not None and hit.detail["scheme"] == scheme and hit.strength == pytest.approx(strength)


@pytest.mark.parametrize(
    "value",
    [
        "784199012345670",  # Emirates ID: wrong Luhn digit
        "784289912345676",  # Emirates ID: birth year 2899
        "3123456786",  # Saudi ID: first digit neither 1 nor 2 (Luhn-valid)
        "1123456781",  # Saudi ID: wrong Luhn digit
    ],
)
def test_gulf_ids_rejected(value: str) -> None:
    hit = DET.detect(value)
    assert hit is None or hit.detail["scheme"] not in ("ae_eid", "sa_nin")


# a phrase of another script written without its separator still names the field
@pytest.mark.parametrize("name", ["الرقمالوطني", "رقمالهوية", "x_الرقمالوطني"])
def test_unseparated_phrases_agree(name: str) -> None:
    assert name_agrees(DET, name)


# stdnum's own checks, as the schemes call them without their cheap first part (``national_id._valid``)
_STDNUM = {
    "br_cpf": "stdnum.br.cpf",
    "tr_tckimlik": "stdnum.tr.tckimlik",
    "pl_pesel": "stdnum.pl.pesel",
    "be_nn": "stdnum.be.nn",
    "no_fodselsnummer": "stdnum.no.fodselsnummer",
    "de_idnr": "stdnum.de.idnr",
    "gb_nhs": "stdnum.gb.nhs",
    "nl_bsn": "stdnum.nl.bsn",
    "se_personnummer": "stdnum.se.personnummer",
    "dk_cpr": "stdnum.dk.cpr",
    "cl_rut": "stdnum.cl.rut",
    "id_nik": "stdnum.id.nik",
    "my_nric": "stdnum.my.nric",
    "za_idnr": "stdnum.za.idnr",
    "kr_rrn": "stdnum.kr.rrn",
    "th_pin": "stdnum.th.pin",
    "jp_in": "stdnum.jp.in_",
    "ru_inn": "stdnum.ru.inn",
    "ca_sin": "stdnum.ca.sin",
}


def _candidates(scheme: str, length: int, rng: Any) -> list[str]:
    """Numbers of the scheme's length: random heads, half of them with a real day and month where the
    schemes put one (YYMMDD, DDMMYY, NIK's DD+40 at 6), every ending of their last two characters."""
    out = []
    for i in range(60):
        head = [rng.choice("0123456789") for _ in range(length)]
        if i % 2:
            month, day = f"{rng.randint(1, 12):02d}", f"{rng.randint(1, 31):02d}"
            at = {
                "dk_cpr": (2, 0),
                "id_nik": (8, 6),
                "se_personnummer": (4 if length == 12 else 2, 6 if length == 12 else 4),
            }
            m, d = at.get(scheme, (2, 4))
            head[m : m + 2], head[d : d + 2] = month, day
            if scheme == "id_nik" and i % 4 == 1:
                head[6] = str(int(head[6]) + 4)
            if scheme == "za_idnr" and length > 12:
                head[10] = rng.choice("01")
            if scheme == "de_idnr" and length > 10:  # one digit of the first ten twice, the others once
                digits = rng.sample("0123456789", 9)
                head[:10] = [*digits, digits[rng.randrange(1, 9)]]
        last = "0123456789K" if scheme == "cl_rut" else "0123456789"
        out += ["".join(head[:-2]) + a + b for a in "0123456789" for b in last]
    if scheme == "se_personnummer":  # and written with its sign before the last four digits
        out += [n[:-4] + "-+"[i % 2] + n[-4:] for i, n in enumerate(out[::3])]
    return out


@pytest.mark.parametrize("scheme", sorted(_STDNUM))
def test_cheap_first_checks_leave_stdnums_verdict(scheme: str) -> None:
    """A scheme's check with its cheap first part (a check digit, a date's range) says what stdnum says alone,
    on every ending of numbers of each length the scheme takes; some pass, or the test would say nothing."""
    import importlib
    import random

    from ajar.detectors.national_id import SCHEMES, _valid

    module = importlib.import_module(_STDNUM[scheme])
    found = next(s for s in SCHEMES if s.scheme == scheme)
    plain = _valid(module.is_valid)
    rng = random.Random(scheme)
    passed = 0
    for length in range(8, 17):
        for number in _candidates(scheme, length, rng):
            if not found.shape.fullmatch(number):
                continue
            expected = plain(number)
            assert found.check(number) is bool(expected), number
            passed += bool(expected)
    assert passed >= 10
