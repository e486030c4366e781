"""Which column of the files holds which field of the logbook.

``ColumnMapping`` is a plain, mutable dataclass: ``auto_map`` fills it from the header
names, the wizard's combos and the CLI's ``--map`` edit it, the planner reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .model import ClientField, ColumnMapping, TreatmentField
from .values import normalise

# Synonyms, best first, in normalised form (see ``values.normalise``). English plus the
# common variants of salon and clinic software exports.
CLIENT_SYNONYMS: dict[ClientField, tuple[str, ...]] = {
    ClientField.CLIENT_ID: (
        "client id", "clientid", "customer id", "customerid", "patient id", "id",
        "client number", "client no", "customer number", "customer no", "patient number",
        "client ref", "client reference", "record id", "account number",
        # Ids of other systems ("import_id", "Kunden-Nr."): normalise makes _ and - spaces.
        "import id", "external id", "legacy id", "legacy client id", "source id", "ext id",
        "old id", "customer ref", "customer reference", "patient no", "patient nr",
        "patient ref", "kundennummer", "kunden nr", "kundennr", "kunden id", "kunde nr",
        "patientennummer", "patienten nr", "client code", "customer code",
    ),
    ClientField.FIRST_NAME: (
        "first name", "firstname", "given name", "forename", "first", "vorname",
    ),
    ClientField.LAST_NAME: (
        "last name", "lastname", "surname", "family name", "last", "nachname", "familienname",
    ),
    ClientField.FULL_NAME: (
        "full name", "name", "client name", "customer name", "patient name", "client",
        "customer", "patient", "fullname",
    ),
    ClientField.DATE_OF_BIRTH: (
        "date of birth", "dob", "d o b", "birth date", "birthdate", "birthday", "born",
        "date birth", "geburtsdatum", "geb datum", "geburtstag", "geboren am",
    ),
    ClientField.PHONE: (
        "mobile", "mobile phone", "mobile number", "cell", "cell phone", "cellphone",
        "phone", "phone number", "telephone", "tel", "primary phone", "home phone",
        "telefon", "telefonnummer", "handy", "mobil", "mobilnummer", "handynummer",
    ),
    ClientField.EMAIL: ("email", "e mail", "email address", "e mail address", "mail"),
    ClientField.ALLERGIES: (
        "allergies", "allergy", "known allergies", "allergy notes", "allergien", "allergie",
    ),
    ClientField.MEDICAL_NOTES: (
        "medical notes", "medical history", "health notes", "medical conditions",
        "medical", "notes", "note", "comments", "comment", "remarks", "anamnese",
        "medizinische notizen", "notizen", "bemerkungen", "anmerkungen", "krankengeschichte",
    ),
    ClientField.SKIN_TYPE: ("skin type", "skintype", "skin", "hauttyp"),
    ClientField.FITZPATRICK: (
        "fitzpatrick", "fitzpatrick type", "fitzpatrick skin type", "skin phototype",
        "phototype", "fitz", "fitzpatrick typ", "fitzpatrick hauttyp", "hautfototyp",
    ),
    ClientField.ADDRESS: (
        "address", "street address", "home address", "postal address", "mailing address",
        "full address", "adresse", "anschrift", "postanschrift", "wohnadresse",
    ),
    ClientField.GENERAL_NOTES: (
        "general notes", "general", "preferences", "preference", "client preferences",
        "other notes", "personal notes", "private notes", "additional notes", "vorlieben",
        "allgemeine notizen", "allgemeines", "sonstiges", "wunsche",
    ),
    ClientField.TAGS: (
        "tags", "tag", "labels", "label", "keywords", "schlagworte", "schlagworter",
        "stichworte", "stichworter",
    ),
}  # fmt: skip

TREATMENT_SYNONYMS: dict[TreatmentField, tuple[str, ...]] = {
    # No bare "id" here: in a treatments file that is the appointment's own id.
    TreatmentField.CLIENT_ID: (
        "client id", "clientid", "customer id", "customerid", "patient id", "client number",
        "client no", "customer number", "client ref", "client reference", "customer ref",
        "patient no", "patient nr", "kundennummer", "kunden nr", "kundennr", "kunden id",
        "patientennummer", "patienten nr",
    ),
    TreatmentField.DATE: (
        "date", "appointment date", "service date", "treatment date", "session date",
        "visit date", "appointment", "date time", "start", "start date", "appointment start",
        "start time date", "booking date", "datum", "behandlungsdatum", "termin",
    ),
    TreatmentField.TIME: (
        "time", "start time", "appointment time", "session time", "uhrzeit", "zeit",
    ),
    TreatmentField.NOTES: (
        "notes", "treatment notes", "session notes", "clinical notes", "comments", "comment",
        "note", "remarks", "description", "details", "notizen", "bemerkungen", "anmerkungen",
    ),
    TreatmentField.SERVICE: (
        "service", "service name", "treatment", "treatment name", "treatment type",
        "procedure", "services", "behandlung", "leistung", "dienstleistung",
    ),
    TreatmentField.AREA: (
        "area", "areas", "treatment area", "treatment areas", "treated area", "areas treated",
        "zone", "zones", "body area", "bereich", "behandlungsbereich", "areal", "zonen",
    ),
    TreatmentField.DEPTH: (
        "depth", "needle depth", "depth mm", "needle length", "needle size", "tiefe",
        "nadeltiefe", "nadellange",
    ),
    TreatmentField.DEVICE: ("device", "equipment", "machine", "tool", "gerat"),
    TreatmentField.PRACTITIONER: (
        "practitioner", "therapist", "staff", "staff member", "employee", "provider",
        "technician", "esthetician", "aesthetician", "performed by", "clinician", "stylist",
        "behandler", "behandlerin", "mitarbeiter", "mitarbeiterin", "kosmetikerin",
    ),
    TreatmentField.STATUS: ("status", "appointment status", "booking status", "state"),
}  # fmt: skip

# The row's own id, products and lots, and the client's name for files linked by name.
TREATMENT_SYNONYMS.update({
    TreatmentField.SOURCE_ID: (
        "appointment id", "appointmentid", "booking id", "bookingid", "treatment id",
        "treatmentid", "visit id", "session id", "service id", "record id", "import id",
        "external id", "legacy id", "booking reference", "booking ref", "appointment no",
        "appointment number", "termin id", "termin nr", "id",
    ),
    TreatmentField.PRODUCT: (
        "product", "products", "product used", "products used", "product name", "produkt",
        "produkte",
    ),
    TreatmentField.LOT: (
        "lot", "lot number", "lot no", "lots", "batch", "batch number", "batch no", "charge",
        "chargennummer", "charge nr",
    ),
    TreatmentField.CLIENT_NAME: (
        "client name", "customer name", "patient name", "full name", "name", "client",
        "customer", "patient", "kunde", "kundenname",
    ),
    TreatmentField.CLIENT_FIRST_NAME: ("first name", "firstname", "given name", "vorname"),
    TreatmentField.CLIENT_LAST_NAME: ("last name", "lastname", "surname", "nachname"),
    TreatmentField.CLIENT_BIRTH_DATE: (
        "date of birth", "dob", "birth date", "birthdate", "birthday", "geburtsdatum",
    ),
})  # fmt: skip

# "Client First Name", "Customer Email": the same field behind a prefix.
_PREFIXES = ("client", "customer", "patient", "contact", "guest", "member")


def auto_map(client_headers: Sequence[str], treatment_headers: Sequence[str] = ()) -> ColumnMapping:
    return ColumnMapping(
        clients=_match(client_headers, CLIENT_SYNONYMS, prefixed=_not_id(ClientField)),
        treatments=_match(treatment_headers, TREATMENT_SYNONYMS, prefixed=_not_id(TreatmentField)),
    )


def _not_id(kind: type[ClientField] | type[TreatmentField]) -> set:
    return {f for f in kind if f.value not in ("client_id", "source_id")}


def _match(headers: Iterable[str], synonyms: dict, prefixed: set) -> dict:
    """Each field to its best-ranked header; each header to at most one field."""
    candidates: list[tuple[int, int, object, str]] = []
    for position, header in enumerate(headers):
        key = normalise(header)
        keys = {key, key.replace(" ", "")}
        for prefix in _PREFIXES:
            if key.startswith(prefix + " "):
                keys.add(key.removeprefix(prefix + " "))
        for target, names in synonyms.items():
            wanted = keys if target in prefixed else {key, key.replace(" ", "")}
            for rank, name in enumerate(names):
                exact = name == key
                if name in wanted:
                    # An exact match beats a match found by removing a prefix or spaces.
                    candidates.append((rank * 2 + (0 if exact else 1), position, target, header))
                    break
    chosen: dict = {}
    used: set[str] = set()
    for _rank, _position, target, header in sorted(candidates, key=lambda c: (c[0], c[1])):
        if target not in chosen and header not in used:
            chosen[target] = header
            used.add(header)
    return {target: chosen[target] for target in synonyms if target in chosen}


def parse_map_option(
    text: str, with_treatments: bool
) -> tuple[str, ClientField | TreatmentField, str]:
    """``--map`` values: ``first_name=Given name``, ``treatments.notes=Comments``. A
    field of both files (``client_id``) needs its prefix when both files are imported.
    An empty header unmaps the field."""
    target, separator, header = text.partition("=")
    if not separator:
        raise ValueError(f"--map {text!r}: write FIELD=Header, e.g. first_name=Given name.")
    kind, dot, name = target.strip().rpartition(".")
    kinds: dict[str, type[ClientField] | type[TreatmentField]] = {
        "clients": ClientField,
        "treatments": TreatmentField,
    }
    if dot and kind not in kinds:
        raise ValueError(f"--map {text!r}: the prefix must be clients. or treatments.")
    found = [
        (k, enum(name))
        for k, enum in kinds.items()
        if (k == kind if dot else k == "clients" or with_treatments) and name in enum.values()
    ]
    if not found:
        names = [f"clients.{v}" for v in ClientField.values()]
        if with_treatments:
            names += [f"treatments.{v}" for v in TreatmentField.values()]
        raise ValueError(f"--map {text!r}: unknown field {name!r}; fields: {', '.join(names)}.")
    if len(found) > 1:
        raise ValueError(
            f"--map {text!r}: {name} is a field of both files; "
            f"write clients.{name}= or treatments.{name}=."
        )
    if found[0][0] == "treatments" and not with_treatments:
        raise ValueError(f"--map {text!r}: there is no treatments file to map.")
    file_kind, target_field = found[0]
    return file_kind, target_field, header.strip()


def apply_map_option(mapping: ColumnMapping, text: str, with_treatments: bool) -> None:
    kind, target, header = parse_map_option(text, with_treatments)
    fields: dict = mapping.clients if kind == "clients" else mapping.treatments
    if header:
        fields[target] = header
    else:
        fields.pop(target, None)
