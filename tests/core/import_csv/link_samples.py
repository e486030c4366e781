"""Files of the layouts clinics bring, written by the tests: a clinic app's export
(clients.csv + treatments.csv, most treatments facials, peels and massages), a booking
system's appointments linked by name, and clients with their appointments in one file."""

from __future__ import annotations

from pathlib import Path

from ..import_samples import write

# A clinic app: ids on both sides, a service per treatment, products and lots.
CLINIC_CLIENTS = (
    "id,first_name,last_name,birth_date,phone,email\n"
    "1,Zoë,Müller,1985-03-25,,zoe@example.de\n"
    "2,José,Núñez,1990-11-07,,\n"
    "3,Renée,Dubois,1979-02-01,,\n"
)
CLINIC_TREATMENTS = (
    "treatment_id,client_id,date,treatment,notes,practitioner,product,lot,depth\n"
    "T1,1,2024-03-12,Microneedling,Full face,Maya Okafor,,,0.5\n"
    "T2,1,2024-04-09,Chemical Peel TCA 20%,Light frost,Maya Okafor,TCA 20%,L-991,\n"
    "T3,2,2024-04-15,Gesichtsbehandlung,,Maya Okafor,,,\n"
    "T4,2,2024-05-02,Botox Stirn,20 units,Dr Lee,Bocouture; Saline,B123; S7,\n"
    "T5,3,2024-05-20,Hot stone massage,Back and shoulders,,,,\n"
    "T6,3,2024-05-21,Hyaluron Lippen,0.5 ml,Dr Lee,Juvederm Volbella,JV-55,\n"
    "T7,3,2024-05-22,IPL Rosacea,,Dr Lee,,,\n"
    "T8,1,2024-05-23,Fruchtsäurepeeling,,,,,\n"
)


def clinic_files(folder: Path, treatments: str = CLINIC_TREATMENTS) -> tuple[Path, Path]:
    return (
        write(folder, "clients.csv", CLINIC_CLIENTS),
        write(folder, "treatments.csv", treatments),
    )


def many_clients(folder: Path, count: int = 100) -> tuple[Path, Path]:
    """``count`` clients, each with a microneedling session that records no area, depth
    or device (a problem until defaults are chosen) and a facial, which needs none."""
    clients = ["Client ID,First Name,Last Name,Date of Birth"]
    treatments = ["Client ID,Date,Service,Notes"]
    for number in range(1, count + 1):
        clients.append(f"C{number:03},Client{number},Family{number},1980-01-{number % 28 + 1:02}")
        treatments.append(f"C{number:03},2024-02-{number % 28 + 1:02},Microneedling,first")
        treatments.append(f"C{number:03},2024-03-{number % 28 + 1:02},Facial,")
    return (
        write(folder, "clients.csv", "\n".join(clients) + "\n"),
        write(folder, "treatments.csv", "\n".join(treatments) + "\n"),
    )


# A booking system: no client ids; appointments name their client (two Ann Smiths).
NAMED_CLIENTS = (
    "First name;Last name;Date of birth;Phone\n"
    "Zoë;Müller;25.03.1985;+49 151 2345678\n"
    "Ann;Smith;12.01.1980;\n"
    "Ann;Smith;30.06.1992;\n"
)
NAMED_APPOINTMENTS = (
    "Client;Date of birth;Appointment date;Service;Staff\n"
    "zoe MULLER;;14.03.2024;Microneedling;Maya\n"
    "Ann Smith;30.06.1992;15.03.2024;Facial;Maya\n"
    "Ann Smith;;16.03.2024;Facial;Maya\n"
    "Bea Nobody;;17.03.2024;Facial;Maya\n"
)


def named_files(folder: Path) -> tuple[Path, Path]:
    return (
        write(folder, "kunden.csv", NAMED_CLIENTS),
        write(folder, "termine.csv", NAMED_APPOINTMENTS),
    )


# Clients and appointments in one file, with and without client ids.
ONE_FILE_WITH_IDS = (
    "Customer ID,First Name,Last Name,Email,Appointment Date,Service,Staff,Notes\n"
    "17,Ann,Smith,ann@example.com,2024-03-14,Microneedling,Maya,first\n"
    "18,Mary,Berg,mary@example.com,2024-03-15,Facial,Maya,\n"
    "17,Ann,Smith,ann@example.com,2024-04-14,Chemical peel,Maya,second\n"
    "19,Zoë,Müller,,2024-04-20,Massage,Lee,\n"
    "18,Mary,Berg,mary@example.com,2024-05-15,Microneedling,Maya,\n"
)
ONE_FILE_BY_NAME = (
    "Name,DOB,Date,Service\n"
    "Ann Smith,1980-01-12,2024-03-14,Facial\n"
    "Ann Smith,1992-06-30,2024-03-15,Facial\n"
    "ann smith,1980-01-12,2024-04-14,Chemical peel\n"
)
