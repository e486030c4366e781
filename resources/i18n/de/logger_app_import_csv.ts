<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClientField</name>
    <message>
        <source>Client id (links the treatments)</source>
        <translation>Kunden-ID (verknüpft die Behandlungen)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split when no first/last columns)</source>
        <translation>Vollständiger Name (geteilt, wenn Spalten für Vor-/Nachname fehlen)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Medical notes / notes</source>
        <translation>Medizinische Notizen / Notizen</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Hauttyp</translation>
    </message>
    <message>
        <source>Fitzpatrick type</source>
        <translation>Fitzpatrick-Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>General notes</source>
        <translation>Allgemeine Notizen</translation>
    </message>
    <message>
        <source>Tags (in medical notes)</source>
        <translation>Schlagwörter (in den medizinischen Notizen)</translation>
    </message>
</context>
<context>
    <name>ImportCommit</name>
    <message>
        <source>Sign in to import: the imported sessions are signed by whoever imports them.</source>
        <translation>Melden Sie sich zum Importieren an: Die importierten Sitzungen werden von der Person signiert, die sie importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems}</source>
        <translation>Es wurde nichts importiert: {problems}</translation>
    </message>
    <message>
        <source>Nothing was imported: {rows} with problems. Fix them in the files, or choose to skip the rows with problems (fixed later, importing the same files again adds them to the same clients).</source>
        <translation>Es wurde nichts importiert: {rows} mit Problemen. Beheben Sie sie in den Dateien oder wählen Sie, die Zeilen mit Problemen zu überspringen (später behoben, fügt ein erneuter Import derselben Dateien sie denselben Kunden hinzu).</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Nothing was imported: the files did not read the same as when they were checked (changed in between?). Check them again.</source>
        <translation>Es wurde nichts importiert: Die Dateien lasen sich anders als bei der Prüfung (zwischenzeitlich geändert?). Prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} row {row} was refused: {error}</source>
        <translation>Es wurde nichts importiert: {file}, Zeile {row} wurde abgelehnt: {error}</translation>
    </message>
    <message>
        <source>Nothing was imported: {file} row {row}: {error}</source>
        <translation>Es wurde nichts importiert: {file}, Zeile {row}: {error}</translation>
    </message>
    <message>
        <source>The import was stopped: nothing was imported.</source>
        <translation>Der Import wurde abgebrochen: Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>TreatmentField</name>
    <message>
        <source>Client id (link to the clients file)</source>
        <translation>Kunden-ID (Verknüpfung zur Kundendatei)</translation>
    </message>
    <message>
        <source>Date (required)</source>
        <translation>Datum (erforderlich)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Notes (kept as session notes)</source>
        <translation>Notizen (als Sitzungsnotizen übernommen)</translation>
    </message>
    <message>
        <source>Service / treatment name (kept in the notes)</source>
        <translation>Leistung / Behandlungsname (in den Notizen übernommen)</translation>
    </message>
    <message>
        <source>Area(s)</source>
        <translation>Bereich(e)</translation>
    </message>
    <message>
        <source>Needle depth (mm)</source>
        <translation>Nadeltiefe (mm)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Appointment status (cancelled / no-show rows are left out)</source>
        <translation>Terminstatus (abgesagte / nicht wahrgenommene Termine werden ausgelassen)</translation>
    </message>
    <message>
        <source>Appointment id</source>
        <translation>Termin-ID</translation>
    </message>
    <message>
        <source>Product(s)</source>
        <translation>Produkt(e)</translation>
    </message>
    <message>
        <source>Lot number(s)</source>
        <translation>Chargennummer(n)</translation>
    </message>
    <message>
        <source>Client&apos;s name (the link)</source>
        <translation>Name des Kunden (die Verknüpfung)</translation>
    </message>
    <message>
        <source>Client&apos;s first name</source>
        <translation>Vorname des Kunden</translation>
    </message>
    <message>
        <source>Client&apos;s last name</source>
        <translation>Nachname des Kunden</translation>
    </message>
    <message>
        <source>Client&apos;s date of birth</source>
        <translation>Geburtsdatum des Kunden</translation>
    </message>
</context>
</TS>
