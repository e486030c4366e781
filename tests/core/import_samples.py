"""Realistic CSV exports of other salon / clinic software, written by the tests.

Two "systems": a European one (semicolons, Windows-1252, day-first dates, German-made
Excel habits) and an American one (commas, UTF-8 with a BOM, month-first dates, one
"Name" column).
"""

from __future__ import annotations

from pathlib import Path

# Clients of a European salon program: Windows-1252 with accents, semicolons, a
# trailing separator on every line, dates day first (25/03 shows it).
EU_CLIENTS = (
    "Client ID;First Name;Surname;Date of Birth;Mobile;E-mail;Allergies;Medical history;"
    "Skin type;Fitzpatrick;\r\n"
    "C001;Zoë;Müller;25/03/1985;+49 151 2345678;zoe.mueller@example.de;Lidocaine;"
    "Keloid history (chin);Dry;III;\r\n"
    "C002;José;Núñez;07/11/1990;0171 555 0101;jose@example.es;;;combination;Type 4;\r\n"
    "C003;Renée;Dubois;01/02/1979;;renee@example.fr;Latex, nickel;;Sensitive;2;\r\n"
)

# Their treatments: the notes hold semicolons, quotes and line breaks, all quoted.
EU_TREATMENTS = (
    "Client ID;Service Date;Time;Treatment notes;Therapist;Area;Depth (mm);Device\r\n"
    'C001;12/03/2024;10:30;"Full face; tolerated well.\r\nSlight redness ""as usual"".";'
    "Maya Okafor;Forehead;0,5;Dermapen\r\n"
    "C001;09/04/2024;10:00;Second session;Maya Okafor;Cheeks;1,0;pen\r\n"
    "C002;15/04/2024;;Café au lait patch checked first;;;;\r\n"
    "C003;20/04/2024;16:45;;Maya Okafor;Nose;0.25;pen\r\n"
)

# An American spa program: UTF-8 with BOM, commas, one "Name" column, DOB month first.
US_CLIENTS = (
    "\ufeffCustomer_ID,Name,DOB,Cell,Email Address,Known Allergies,Comments\n"
    '17,"Smith, Ann",12/31/1984,(555) 010-2000,ann@example.com,,VIP\n'
    "18,Mary Ellen van der Berg,04/15/1992,555-010-3000,mary@example.com,Penicillin,\n"
)
US_TREATMENTS = (
    "\ufeffAppointment ID,customer_id,Appointment Date,Comments\n"
    "900,17,03/14/2024 2:30 PM,First microneedling\n"
    "901,18,03/20/2024 11:00 AM,\n"
)


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def eu_files(folder: Path) -> tuple[Path, Path]:
    return (
        write(folder, "clients.csv", EU_CLIENTS, "cp1252"),
        write(folder, "treatments.csv", EU_TREATMENTS, "cp1252"),
    )


def us_files(folder: Path) -> tuple[Path, Path]:
    return (
        write(folder, "customers.csv", US_CLIENTS),
        write(folder, "appointments.csv", US_TREATMENTS),
    )
